import FolioCore
import FolioNewspaper
import Testing

@Suite("Bylines")
struct BylineTests {
    private func printed(_ byline: Byline?) -> [String] { byline?.authors.map { "\($0.role ?? "-") \($0.name)" } ?? [] }

    @Test("Whole-line bylines: roles, several people, glued roles, padding, decorations", arguments: [
        ("记者 陈明远 通讯员 林小溪 周舟", ["记者 陈明远", "通讯员 林小溪", "通讯员 周舟"]),
        ("本报记者王晓晨", ["本报记者 王晓晨"]),
        ("□本报记者 王小明", ["本报记者 王小明"]),
        ("（本报记者 赵一鸣 孙艺 报道）", ["本报记者 赵一鸣", "本报记者 孙艺"]),
        ("见习记者 欧阳明月", ["见习记者 欧阳明月"]),
        ("本报记者 张 燕", ["本报记者 张燕"]),
        ("通讯员 于 骏", ["通讯员 于骏"]),
        ("记者王小明 实习生陈思", ["记者 王小明", "实习生 陈思"]),
        ("记者 张三、李四 通讯员 王五", ["记者 张三", "记者 李四", "通讯员 王五"]),
        ("By Ann Lee and Tom Hart", ["- Ann Lee", "- Tom Hart"]),
        // After the names, an agency or a job, and an outlet after a bar, name no one.
        ("By ANN LEE, Associated Press", ["- ANN LEE"]),
        ("By Ann Lee, Staff Writer", ["- Ann Lee"]),
        ("By Ann Lee and Tom Hart | Reuters", ["- Ann Lee", "- Tom Hart"]),
        ("本报记者林海发自杭州", ["本报记者 林海"]),
        ("晨报记者 周远 浙江安吉报道", ["晨报记者 周远"]),
        // Traditional characters: every role has its traditional form.
        ("■本報見習記者 林一 鞏二", ["本報見習記者 林一", "本報見習記者 鞏二"]),
        ("特約記者 陳三 本報實習生 吳四", ["特約記者 陳三", "本報實習生 吳四"]),
        // More roles, decorations and outlets: a special commentator, a star, a broadcaster; video credits keep the role before.
        ("◎本报特约评论员 林一", ["本报特约评论员 林一"]),
        ("央视记者 林一", ["央视记者 林一"]),
        ("记者 林一 视频 李二", ["记者 林一", "记者 李二"]),
        // Taiwanese papers: the place filed from after a slash, the paper's name glued after it.
        ("記者林一／台北報導", ["記者 林一"]),
        ("特派記者賴二/北京報導聯合報", ["特派記者 賴二"]),
        ("記者林一、李三／台中報導", ["記者 林一", "記者 李三"]),
        ("記者 林一 台北報導", ["記者 林一"]),
        // One author and who they are, in brackets (a culture weekly's essay, a magazine column).
        ("作者:張五(中國作協副主席、山東省作協主席)", ["作者 張五"]),
        ("撰文：林六（北京大学历史系教授）", ["撰文 林六"]),
    ] as [(String, [String])])
    func wholeLines(line: String, authors: [String]) {
        #expect(printed(Byline(line: line)) == authors, "\(line)")
    }

    @Test("An organisation's reporter keeps the organisation in the role (news sites, agencies)", arguments: [
        ("东海网记者 章明远 通讯员 鲍小溪 文/摄", ["东海网记者 章明远", "通讯员 鲍小溪"]),
        ("南江客户端记者 邹立 卢晓", ["南江客户端记者 邹立", "南江客户端记者 卢晓"]),
        ("新華社記者 高明", ["新華社記者 高明"]),
        ("港口报道组 严一帆", ["港口报道组 严一帆"]),
        // News apps named …新闻 employ reporters too.
        ("潮汐新闻记者 王一 通讯员 李二", ["潮汐新闻记者 王一", "通讯员 李二"]),
        // A role keyed with a colon before an organisation's reporter.
        ("撰文：南方日报记者 林曦", ["南方日报记者 林曦"]),
        ("采写：本报记者 王一", ["本报记者 王一"]),
        ("记者|王一 特约撰稿人 李二", ["记者 王一", "特约撰稿人 李二"]),
        // Two outlets joined by a middle dot, and the marks of what each name made glued after it.
        ("云端新闻·江城商报记者李明远/文受访者供图", ["云端新闻·江城商报记者 李明远"]),
        ("记者 王一/文 李二/图", ["记者 王一", "摄 李二"]),
    ] as [(String, [String])])
    func organisationRoles(line: String, authors: [String]) {
        #expect(printed(Byline(line: line)) == authors, "\(line)")
    }

    @Test("`文/` marks who wrote and `图/` who took the pictures (Guangzhou and Yangcheng papers' credit lines)", arguments: [
        ("文/南方日报全媒体记者贾明、魏小娜 图/南方日报全媒体记者庄小龙", ["南方日报全媒体记者 贾明", "南方日报全媒体记者 魏小娜", "摄 庄小龙"]),
        ("文/羊城晚报记者 林清清 通讯员 黄小明 图/羊城晚报记者 宋金峪", ["羊城晚报记者 林清清", "通讯员 黄小明", "摄 宋金峪"]),
        ("文/记者 孙一 图/ 记者 钱二", ["记者 孙一", "摄 钱二"]),
        ("文/王一帆 图/刘二", ["- 王一帆", "摄 刘二"]),
        ("文/图 本报记者 周远", ["本报记者 周远"]),
        ("图：记者 陈达", ["摄 陈达"]),
        // Sites and magazines set the mark apart with a bar.
        ("文丨王一帆", ["- 王一帆"]),
        ("文 | 孙一 图 | 钱二", ["- 孙一", "摄 钱二"]),
    ] as [(String, [String])])
    func workMarks(line: String, authors: [String]) {
        #expect(printed(Byline(line: line)) == authors, "\(line)")
    }

    @Test("A `图/` before an agency credits the picture and names no one", arguments: ["图/新华社", "图/视觉中国"])
    func pictureCreditsNameNoOne(line: String) {
        #expect(Byline(line: line) == nil, "\(line)")
    }

    @Test("Photographers are authors with the role 摄 as printed, and the credit stays as printed")
    func photographers() throws {
        let byline = try #require(Byline(line: "记者 方舟 通讯员 林立 记者 胡海 摄"))
        #expect(printed(byline) == ["记者 方舟", "通讯员 林立", "摄 胡海"])
        #expect(byline.credits == ["记者 胡海 摄"])
        #expect(printed(Byline(line: "新華社記者 高明 攝")) == ["攝 高明"])
        let picture = try #require(Byline(line: "见习记者 欧阳明月 本版图片由市文旅局提供"))
        #expect(picture.credits == ["本版图片由市文旅局提供"])
    }

    @Test("Sentences and words beside a role are not bylines", arguments: [
        "记者了解到，今年全市新增就业岗位2万个。", "记者从市统计局获悉", "通讯员大会今天召开，会上表彰了优秀通讯员。",
        "张三 李四", "", "宁波日报记者新闻", "By noon the market would be full.", "记者发自前线的报道", "山东冠县报道",
    ])
    func notBylines(line: String) {
        #expect(Byline(line: line) == nil, "\(line)")
    }

    @Test("Dateline leads name their authors, in papers' and agencies' shapes", arguments: [
        ("本报讯（记者 李白 通讯员 杜甫）昨天，…", ["记者 李白", "通讯员 杜甫"]),
        ("本报讯(记者孙一)昨天上午…", ["记者 孙一"]),
        ("东海网温州3月5日电(记者 柯明 通讯员 吴水)…", ["记者 柯明", "通讯员 吴水"]),
        ("新华社北京3月1日电（记者 王一）…", ["记者 王一"]),
        ("中新社北京十月四日電(記者王永)…", ["記者 王永"]),
        ("本报讯 昨天，…", []),
        // Unbracketed: the byline between the mark and 报道 or a colon (a provincial daily's site, a city paper).
        ("荆江网 湖北日报讯 记者孔一、周二报道:高峡出平湖…", ["记者 孔一", "记者 周二"]),
        ("江城晚报讯 记者 钱三 报道：昨天上午…", ["记者 钱三"]),
        ("本报讯 通讯员 孙四：昨天上午…", ["通讯员 孙四"]),
        ("本报讯 记者昨天从市统计局获悉…", []),
        // An agency's dispatch with its reporters, name and place run together (Taiwanese wire copy).
        ("（中央社記者王一明台北5日電）行政院今天召開會議…", ["記者 王一明"]),
        ("（中央社記者王一明、李二華華盛頓4日電）美國國務院今天表示…", ["記者 王一明", "記者 李二華"]),
        ("中央社記者李明台中十五日電 台中市政府今天宣布…", ["記者 李明"]),
        ("（中央社台北5日電）行政院今天召開會議…", []),
        // The dateline in square brackets (Hong Kong papers, the 1950s People's Daily).
        ("【本報訊】（記者 林二）昨日上午，立法會召開會議…", ["記者 林二"]),
        ("【新华社北京3月1日电】（记者 王一）今天，国务院召开常务会议…", ["记者 王一"]),
    ] as [(String, [String])])
    func leads(paragraph: String, authors: [String]) {
        #expect(Byline.lead(in: paragraph).map { "\($0.role ?? "-") \($0.name)" } == authors, "\(paragraph)")
    }

    @Test("A name alone on a line is a family name and one or two given characters, never a Latin word", arguments: [
        ("邢一", true), ("欧阳二", true), ("Su", false), ("Mo", false), ("Home", false), ("宁波日报", false), ("新闻", false), ("简讯", false), ("时评", false),
    ])
    func nameAlone(line: String, isName: Bool) {
        #expect(LineShape.isNameAlone(line) == isName, "\(line)")
    }

    @Test("Bylines that close a paragraph or caption", arguments: [
        ("……工作仍在进行中。本报记者 董一 陈二", ["本报记者 董一", "本报记者 陈二"]),
        ("……工作仍在进行中。(记者罗三通讯员罗四)", ["记者 罗三", "通讯员 罗四"]),
        ("……合影留念。(钟五 蔡六)", ["- 钟五", "- 蔡六"]),
        ("……依次排开。(甘晓明李少波)", ["- 甘晓明", "- 李少波"]),
        ("港区一角。蒋七摄", ["摄 蒋七"]),
        ("万松浦朝霞 田八摄", ["摄 田八"]),
        ("雨后的西湖 许九攝", ["攝 许九"]),
        ("创始人父子。史八/摄", ["摄 史八"]),
        ("市民在排队。(江九 吴十 摄)", ["摄 江九", "摄 吴十"]),
        ("这是一段没有署名的正文。", []),
        ("……全面铺开。交汇点记者 王一", ["记者 王一"]),
        ("……全面铺开。光明日报记者王二", ["记者 王二"]),
        // A role glued into a phrase, and a site's editor glued to its name, sign nothing.
        ("■该作者文章", []),
        ("▲查看作者文章", []),
        ("……网友来稿。(江城在线编辑 孙三)", []),
        ("……网友来稿。(海港在线编辑 周四)", []),
        // English words in brackets after a caption are its picture credit, not names.
        ("An artist's concept of the lander. (Image credit: Blue Origin)", []),
        ("Crews at work on the span. (Lena Ortiz Photography)", []),
    ] as [(String, [String])])
    func trailing(paragraph: String, authors: [String]) {
        #expect(printed(Byline.trailing(in: paragraph)) == authors, "\(paragraph)")
    }

    @Test("Signatures that close a brief's last paragraph: pen names in brackets, family names bare", arguments: [
        ("……价格有望继续走低。（晓旻）", true, ["晓旻"]),
        ("……价格有望继续走低。(钟五 蔡六)", true, ["钟五", "蔡六"]),
        ("（晓旻）", true, ["晓旻"]),
        ("……价格有望继续走低。 邬一", true, ["邬一"]),
        ("……价格有望继续走低。邬一、方二", true, ["邬一", "方二"]),
        // A bare name is read only where the page goes on; a bare pen name only alone.
        ("……价格有望继续走低。 邬一", false, []),
        ("……价格有望继续走低。晓旻", true, ["晓旻"]),
        ("……价格有望继续走低。晓旻 芸芸", true, []),
        ("……价格有望继续走低。”晓旻", true, ["晓旻"]),
        ("相关内容欢迎关注“宁波组工”微信号", true, []),
        // End marks, outlets, roles, words inside a sentence: no signature.
        ("……价格有望继续走低。（完）", true, []),
        ("……价格有望继续走低。（未完待续）", true, []),
        ("……价格有望继续走低。（新华社）", true, []),
        ("……价格有望继续走低。（记者 邬一）", true, []),
        ("……价格（均价）有望继续走低", true, []),
        ("……价格有望继续走低。", true, []),
    ] as [(String, Bool, [String])])
    func closingSignature(paragraph: String, allowingBareName: Bool, names: [String]) {
        #expect((Byline.closingSignature(in: paragraph, allowingBareName: allowingBareName) ?? []).map(\.name) == names, "\(paragraph)")
    }
}
