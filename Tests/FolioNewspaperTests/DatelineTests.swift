import FolioCore
import FolioNewspaper
import Testing

@Suite("Dates and datelines")
struct DatelineTests {
    @Test("Dates in the shapes pages print", arguments: [
        ("2021年03月01日 星期一", "2021-03-01"), ("2019年4月8日", "2019-04-08"), ("2010-02-23 08:20:18", "2010-02-23"),
        ("2010/1/6 16:43:13", "2010-01-06"), ("2025.12.22星期一", "2025-12-22"), ("20210301", "2021-03-01"),
        ("２０２１年３月１日", "2021-03-01"),
        // Taiwan's papers count years from the Republic's founding (1912 is its year 1).
        ("中華民國91年3月19日星期二", "2002-03-19"), ("民國112年5月1日", "2023-05-01"), ("民国38年10月1日", "1949-10-01"),
    ])
    func dates(text: String, iso: String) {
        #expect(NewsDate.iso(text) == iso)
    }

    @Test("Numbers that are no dates", arguments: ["2025年扬州城市足球联赛", "电话83867113", "1234-56-78", "2023-01-", "91年3月19日", "民國91-3-19"])
    func notDates(text: String) {
        #expect(NewsDate.iso(text) == nil)
    }

    @Test("News-site datelines: source and time, in either order, with editors and reporters")
    func siteDatelines() throws {
        let cnnb = try #require(Dateline("稿源: 东海日报  | 2011-03-22 08:04:17"))
        #expect(cnnb.date == "2011-03-22" && cnnb.hasTime && cnnb.source == "东海日报" && cnnb.strength == 3)
        let dayoo = try #require(Dateline("2025-05-28 08:21 来源:南城网"))
        #expect(dayoo.date == "2025-05-28" && dayoo.source == "南城网" && dayoo.publication == "南城网")
        let glued = try #require(Dateline("来源:北方日报海外版2024-01-11 09:41"))
        #expect(glued.source == "北方日报海外版" && glued.date == "2024-01-11")
        let xmw = try #require(Dateline("来源:江南晚报     记者:柳一     作者:柳一     编辑:严二     2024-12-07 13:29 | |"))
        #expect(xmw.authors.map(\.name) == ["柳一", "柳一"] && xmw.credits == ["编辑:严二"])
        let zjol = try #require(Dateline("2014年11月15日 来源: 海湾日报 陈伟"))
        #expect(zjol.source == "海湾日报" && zjol.authors == [Author(name: "陈伟")])
        let traditional = try #require(Dateline("發佈時間:2024-02-23 10:22:47"))
        #expect(traditional.date == "2024-02-23")
        #expect(Dateline("来源 北方通讯社")?.source == "北方通讯社")
        // A person printed as the source wrote the piece; a paper stays the source.
        let person = try #require(Dateline("2024-05-14 10:54 来源：孙晓岚"))
        #expect(person.source == nil && person.authors == [Author(name: "孙晓岚")])
        #expect(Dateline("来源：海湾日报")?.source == "海湾日报")
        // An editor's line in round brackets, as portals and the People's Daily site print it.
        #expect(Dateline("(责编:李明、张华)")?.credits == ["责编:李明、张华"])
        #expect(Dateline("（责任编辑：王小明）")?.credits == ["责任编辑：王小明"])
        // A news agency site's footer: an error-report button beside the bracketed editor.
        #expect(Dateline("【纠错】 【责任编辑：刘小明】")?.credits == ["责任编辑：刘小明"])
        #expect(Dateline("[打印] [关闭] [责任编辑：赵一]")?.credits == ["责任编辑：赵一"])
        let counter = try #require(Dateline("2010/1/6 16:43:13 次浏览 分类:政府动态    来源:"))
        #expect(counter.date == "2010-01-06")
    }

    @Test("Portal timestamp lines: ideographic spaces, GBK icons, a bracketed name, an edit link")
    func portalTimestamps() throws {
        // GBK's user-defined area decodes to private-use characters: icons that say nothing.
        let glyph = try #require(Dateline("SITE.COM\u{3000}2004年7月16日08:19 [ 黄一 ]\u{E5C2}  来源：[ 江城晚报 ]\u{E5C2}"))
        #expect(glyph.authors == [Author(name: "黄一")] && glyph.source == "江城晚报" && glyph.hasTime)
        let spaced = try #require(Dateline("NEWS.EXAMPLE.COM\u{3000}2005年3月11日 12:12\u{3000}[ 林二 ]"))
        #expect(spaced.authors == [Author(name: "林二")] && spaced.date == "2005-03-11")
        // A blog's edit link beside the label of the post's time credits no one.
        let blog = try #require(Dateline("作者:lanyu 阅读(12) 评论(3)  编辑 发表于:2005-07-31 12:30"))
        #expect(blog.authors == [Author(name: "lanyu")] && blog.credits.isEmpty)
        let diary = try #require(Dateline("作者:mocha 阅读(7)  编辑 写于:2006-01-02 09:15"))
        #expect(diary.credits.isEmpty && diary.date == "2006-01-02")
    }

    @Test("Names of papers, agencies and sites, a Latin brand opening some", arguments: [
        ("宁波日报", true), ("中国宁波网", true), ("新华社", true), ("Newtalk新聞", true), ("江城校报电子版", true),
        ("王小明", false), ("今天的新闻很多", false), ("Newtalk", false), ("图", false), ("日报", false), ("即时新闻", false),
        ("我要举报", false), ("天气预报", false), ("情况通报", false), ("人民画报", true),
    ])
    func outletNames(word: String, isOutlet: Bool) {
        #expect(Dateline.isOutletName(word) == isOutlet, "\(word)")
    }

    @Test("Small papers' info lines: the author, the issue and edition, the page's buttons; a department as source")
    func infoLines() throws {
        let campus = try #require(Dateline("作者：林一 期刊： 第312期 版面： 第2版 [字体： 大 中 小 ] [ 打印 ] [ 关闭 ]"))
        #expect(campus.authors == [Author(name: "林一")] && campus.edition == "2")
        let office = try #require(Dateline("作者：林一  来源：宣传部  日期：2024-09-02"))
        #expect(office.authors == [Author(name: "林一")] && office.source == "宣传部" && office.date == "2024-09-02")
        #expect(Dateline("版面： 我们的城市") == nil)
        // A key glued to the names before it, before a colon (a student paper's and a portal's lines).
        let glued = try #require(Dateline("記者:黃一、鄧二編輯:鄧二、黃一"))
        #expect(glued.authors.map(\.name) == ["黃一", "鄧二"] && glued.credits == ["編輯:鄧二、黃一"])
        // Government and party media credit their reviewers and producers, keyed with a colon.
        let staff = try #require(Dateline("责任编辑：张三  审核：李四"))
        #expect(staff.credits == ["责任编辑：张三", "审核：李四"])
        let reviews = try #require(Dateline("初审：王五 复审：赵六 终审：钱七"))
        #expect(reviews.credits == ["初审：王五", "复审：赵六", "终审：钱七"])
        #expect(Dateline("策划 新方案") == nil && Dateline("审核通过的项目名单") == nil)
        // The page's own staff at its foot, keyed with a space too.
        for line in ["本版编辑 林一", "图片编辑 林一", "版式设计 林一", "美编 林一"] {
            #expect(Dateline(line)?.credits == [line], "\(line)")
        }
        // WeChat articles: the account, and the writer before it, beside the time and the place posted from.
        let original = try #require(Dateline("原创 林小雨 江城发布 2024-05-14 10:54 发表于浙江"))
        #expect(original.publication == "江城发布" && original.authors == [Author(name: "林小雨")] && original.date == "2024-05-14")
        let account = try #require(Dateline("港湾观察 2024-05-14 10:54 发表于上海"))
        #expect(account.publication == "港湾观察" && account.authors.isEmpty)
        #expect(Dateline("今天 2024-05-14 我们在北京发表于报刊的文章很多很多") == nil)
        // News apps: the place posted from, or the paper's account, after a dot.
        let app = try #require(Dateline("江城日报 2024-05-14 10:54 · 浙江"))
        #expect(app.publication == "江城日报" && app.hasTime)
        let official = try #require(Dateline("2024-05-14 10:54·江城日报官方账号"))
        #expect(official.publication == "江城日报")
        let source = try #require(Dateline("作者：王五来源：江城日报"))
        #expect(source.authors == [Author(name: "王五")] && source.source == "江城日报")
        // A line that opens with a date and a time dates the article whatever few words follow it
        // (names glued together, an update mark); news told after the time stays prose.
        for line in ["2019-04-11 09:15王小明李大伟赵一平", "2005-01-06 08:13更新"] {
            #expect(Dateline(line)?.date == String(line.prefix(10)), "\(line)")
        }
        #expect(Dateline("2024-05-14 10:54，一辆货车在江北大道侧翻") == nil)
        #expect(Dateline("王小明李大伟 2019-04-11 09:15") == nil)
        #expect(Dateline("2024-05-01 08:00:01 INFO server started") == nil)
        // Forums: the poster before 发表于 and the time posted, the name printed twice where the
        // avatar's label runs into it.
        let doubled = try #require(Dateline("林一平林一平 发表于 2024-11-21 04:56:59"))
        #expect(doubled.authors == [Author(name: "林一平")] && doubled.publication == nil && doubled.date == "2024-11-21")
        let traditional = try #require(Dateline("陳小華 發表於 2019-3-8 21:40"))
        #expect(traditional.authors == [Author(name: "陳小華")] && traditional.date == "2019-03-08")
    }

    @Test("Paper datelines: a paper's name, an edition, an address beside the date")
    func paperDatelines() throws {
        let qlwb = try #require(Dateline("齐东晚报     2020年11月05日"))
        #expect(qlwb.publication == "齐东晚报" && qlwb.date == "2020-11-05" && qlwb.strength == 2)
        let archive = try #require(Dateline("1989年11月11日人民日报 第5版"))
        #expect(archive.publication == "人民日报" && archive.edition == "5")
        let marks = try #require(Dateline("《 青年周报 》( 2011年08月31日   15 版)"))
        #expect(marks.publication == "青年周报" && marks.edition == "15" && marks.date == "2011-08-31")
        let reprint = try #require(Dateline("http://finance.example.com 2004年10月15日 11:54 人民网-国际金融报 | ||||||||"))
        #expect(reprint.publication == "国际金融报" && reprint.hasTime)
        let signed = try #require(Dateline("(刘一 刘二) 《国际金融报》 (2004年10月15日 第二版) |"))
        #expect(signed.authors.map(\.name) == ["刘一", "刘二"])
        #expect(Dateline("2017年08月26日 星期六")?.strength == 1)
        #expect(Dateline("【编辑:徐一】")?.credits == ["编辑:徐一"])
    }

    @Test("English datelines: published or updated, the date in either order, a clock and its zone, an outlet apart", arguments: [
        ("Updated 6:40 am CST, Thursday, March 7, 2024", "2024-03-07", nil, nil),
        ("Updated 6:40\u{A0}am CST, Thursday, March 7, 2024", "2024-03-07", nil, nil),
        ("Published 10:15 PM EST Mar 6, 2024", "2024-03-06", nil, nil),
        ("Thu 7 Mar 2024 09.30 GMT Last modified on Thu 7 Mar 2024 09.45 GMT", "2024-03-07", nil, nil),
        ("March 7, 2024 / 6:05 AM / Harbour News", "2024-03-07", nil, "Harbour News"),
        ("Posted by Ann Lee on March 7th, 2024, 8:02 a.m. EST", "2024-03-07", "Ann Lee", nil),
    ] as [(String, String, String?, String?)])
    func englishDatelines(line: String, date: String, author: String?, publication: String?) throws {
        let dateline = try #require(EnglishDateline(line))
        #expect(dateline.date == date && dateline.author == author && dateline.publication == publication)
    }

    @Test("English sentences and figures with dates are no datelines", arguments: [
        "The bridge closed on March 7, 2024, for repairs.", "Published in 2024", "March 7, 2024 was a Thursday", "Room 12, 7 March 2024 exhibitors",
    ])
    func notEnglishDatelines(line: String) {
        #expect(EnglishDateline(line) == nil, "\(line)")
    }

    @Test("Sentences with dates are no datelines", arguments: [
        "2021年3月1日，全市召开大会。", "中新网温州12月16日电(记者 柴一)今天…", "2025年扬州城市足球联赛", "宁波日报",
    ])
    func notDatelines(line: String) {
        #expect(Dateline(line) == nil, "\(line)")
    }

    @Test("Edition lines and lists of editions", arguments: [
        ("第A7版:政治纵深·党建 上一版3 4下一版", "A7", "政治纵深·党建"),
        ("第05版：教育周刊", "05", "教育周刊"),
        ("第B4版", "B4", nil),
        ("第十二版:副刊 上一版 下一版", "十二", "副刊"),
        ("A11版:青未了·人物周刊", "A11", "青未了·人物周刊"),
        ("01版:要闻", "01", "要闻"),
        ("第5版(国内专页(教科文))", "5", "国内专页(教科文)"),
        ("当前版:04版", "04", nil),
        ("第01版:封面 4下一版", "01", "封面"),
    ] as [(String, String, String?)])
    func editions(line: String, label: String, section: String?) throws {
        let edition = try #require(EditionLine(line))
        #expect(edition.label == label && edition.section == section)
    }
}
