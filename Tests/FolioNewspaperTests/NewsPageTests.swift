import FolioCore
import FolioNewspaper
import Testing

/// Pages written for these tests in the layout families of real e-paper and news-site dumps:
/// each rule is shown on two papers or sites of its family.
@Suite("Reading news pages")
struct NewsPageTests {
    /// Lines with their indentation: ASCII and no-break spaces count one column, U+3000 two.
    static func page(_ text: String) -> NewsPage {
        NewsPage(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let lead = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\u{A0}" }
            let columns = lead.reduce(0) { $0 + ($1 == "\u{3000}" ? 2 : 1) }
            return PageLine(text: line.dropFirst(lead.count).split(separator: " ").joined(separator: " "), indentation: columns)
        })
    }

    static func bodyText(_ page: NewsPage) -> [String] {
        page.lines.indices.filter { page.roles[$0] == .body }.map { page.lines[$0].text }
    }

    // MARK: - E-paper pages (Founder page view)

    static let eastSeaDaily = """
        第A3版:城市新闻 上一版3  4下一版
        标题导航
        dlrb
         
        2023年05月12日 星期五
        3 上一篇  下一篇 4 放大 缩小 默认

        老街区装上新电梯

          本报讯(记者 邹明 通讯员 鲍小雨)昨天上午，江北区三个老小区的十二部加装电梯同时投入使用，两百多户居民告别了爬楼的日子。

          居民们说，以前买菜回家要歇三次，现在一按按钮就到了。

        3 上一篇  下一篇 4 放大 缩小 默认
           

        东海日报
        """

    static let harbourEvening = """
        第B2版:社区 4下一版
        标题导航
        hbwb
        2022年11月05日 星期六
        3 上一篇 放大 缩小 默认

        周末去哪儿

        社区图书馆延长开放时间

        ——每周六开到晚上九点

        读者在新开的自习区看书。(韩冬 摄)

            记者 庞一鸣

            从这个周末起，港城社区图书馆的开放时间延长到每周六晚上九点，新设的自习区可容纳四十人。

            图书馆负责人介绍，延长开放是应读者的要求。
        """

    @Test("E-paper pages: navigation, edition and date lines are chrome; the headline is found by position and shape")
    func ePaperPages() {
        let east = Self.page(Self.eastSeaDaily)
        #expect(east.metadata.title == "老街区装上新电梯")
        #expect(east.metadata.date == "2023-05-12" && east.metadata.edition == "A3" && east.metadata.section == "城市新闻")
        #expect(east.metadata.publication == "东海日报")
        #expect(east.metadata.authors.map(\.name) == ["邹明", "鲍小雨"])
        #expect(Self.bodyText(east).count == 2)

        let harbour = Self.page(Self.harbourEvening)
        #expect(harbour.metadata.introTitle == "周末去哪儿")
        #expect(harbour.metadata.title == "社区图书馆延长开放时间")
        #expect(harbour.metadata.subtitle == "每周六开到晚上九点")
        #expect(harbour.metadata.date == "2022-11-05" && harbour.metadata.edition == "B2")
        // Writers first, then whoever took the pictures.
        #expect(harbour.metadata.authors == [Author(name: "庞一鸣", role: "记者"), Author(name: "韩冬", role: "摄")])
        #expect(harbour.roles.filter { $0 == .caption }.count == 1)
        #expect(Self.bodyText(harbour).count == 2)
    }

    // MARK: - News-site pages

    static let eastSeaNet = """
        新闻
        报料热线:81850000
        您当前的位置 : 东海网  >  新闻中心  >  本地  >  民生
        老街区装上新电梯 两百多户告别爬楼
        稿源: 东海日报  | 2023-05-12 08:20:18

          东海网讯 昨天上午，江北区三个老小区的十二部加装电梯同时投入使用，两百多户居民告别了爬楼的日子。

          居民们说，以前买菜回家要歇三次，现在一按按钮就到了。

        【编辑:柳青】
        扫一扫,东海网装进手机
        Copyright(C) 2001-2023 example.com All Rights Reserved
        """

    static let southCityNet = """
        您的位置: 新闻频道> 南城> 正文

        南城十条古道完成修缮

        2024-04-02 09:15 来源:南城网

        图为修缮后的石板古道。南城网记者 卢一 摄

        南城区文旅局介绍，今年修缮的十条古道全长二十六公里，沿途新设了休息亭和指示牌。

        编辑: 向晓
        """

    @Test("A paper's app or site names its online edition (电子报, 数字报): the publication is the paper (two papers)", arguments: [
        ("江城日报电子报\n江城日报2025.11.03星期一\n01版:要闻\n02版:要闻\n03版:评论\n01版:要闻\n港口群联动发展\n　　江城港口前三季度完成货物吞吐量1.2亿吨，同比增长6.5%。", "江城日报"),
        ("南湖晚报数字报\n2024年06月18日 星期二\n第A2版:城事\n南湖新添三处口袋公园\n　　市园林部门介绍，三处口袋公园均利用闲置边角地改造而成。", "南湖晚报"),
    ])
    func onlineEditionNamesThePaper(text: String, publication: String) {
        #expect(Self.page(text).metadata.publication == publication)
    }

    @Test("An online edition's suffix goes only where a paper's name stays (数字报 alone is no paper)")
    func paperNameKeepsOtherNames() {
        #expect(Dateline.paperName("东海日报电子版") == "东海日报")
        #expect(Dateline.paperName("江城网数字报") == "江城网数字报")
        #expect(Dateline.paperName("中国宁波网") == "中国宁波网")
    }

    @Test("News sites: the headline stands above the dateline; what stands above it is the site's")
    func newsSites() {
        let east = Self.page(Self.eastSeaNet)
        #expect(east.metadata.title == "老街区装上新电梯 两百多户告别爬楼")
        #expect(east.metadata.date == "2023-05-12" && east.metadata.source == "东海日报")
        #expect(east.metadata.publication == "东海网")
        #expect(east.metadata.credits == ["编辑:柳青"])
        #expect(Self.bodyText(east).count == 2)

        let south = Self.page(Self.southCityNet)
        #expect(south.metadata.title == "南城十条古道完成修缮")
        #expect(south.metadata.date == "2024-04-02" && south.metadata.publication == "南城网")
        #expect(south.metadata.authors == [Author(name: "卢一", role: "摄")])
        #expect(south.metadata.credits == ["编辑: 向晓"])
        #expect(Self.bodyText(south) == ["南城区文旅局介绍，今年修缮的十条古道全长二十六公里，沿途新设了休息亭和指示牌。"])
    }

    @Test("News sites: a bulleted summary under the byline is the article's, not a headline that hides the one above it (two sites)")
    func bulletedSummaries() {
        // A provincial portal's feature: breadcrumb, share button, kicker, title, decorated byline, ◆ summary.
        let portal = Self.page("""
            您現在的位置:海港網>新聞中心>國內頻道>國內新聞
            分享

            從試點到推廣——老舊小區改造有了新辦法,居民自己定方案

            舊樓加裝電梯,誰說了算?

            ■本報見習記者 林一 鞏二

            ◆改造方案由居民投票決定,政府出資補助一半,其餘由受益住戶按樓層分攤,這一做法已在三個城區推開,還要繼續完善

            城東的老小區大多建於上世紀八十年代,沒有電梯,老人上下樓很不方便。

            去年起,街道請居民自己商量方案,再由政府補助。
            """)
        #expect(portal.metadata.title == "舊樓加裝電梯,誰說了算?")
        #expect(portal.metadata.introTitle == "從試點到推廣——老舊小區改造有了新辦法,居民自己定方案")
        #expect(portal.metadata.authors.map(\.name) == ["林一", "鞏二"])
        // A city paper's site: the same shape in simplified characters, a ● summary.
        let city = Self.page("""
            您当前的位置：江城网 > 新闻 > 本地
            江城菜篮子工程交出新答卷

            □本报记者 陶三

            ●全市新建改建农贸市场四十二家，蔬菜自给率提高到六成以上，市民买菜更方便、更便宜，下一步还将推进智慧菜场建设

            今年以来，我市持续推进菜篮子工程，一批农贸市场完成改造。
            """)
        #expect(city.metadata.title == "江城菜篮子工程交出新答卷")
        #expect(city.metadata.authors == [Author(name: "陶三", role: "本报记者")])
        #expect(Self.bodyText(city).count == 2)
    }

    @Test("Taiwanese news pages: a bracketed outlet under the headline names the publication; the byline files from a place (two sites)")
    func taiwaneseSites() {
        let portal = Self.page("""
            行政院通過明年度總預算 社福支出創新高
            [Newtalk新聞]
            行政院今天召開院會，通過明年度中央政府總預算案，社會福利支出占比為歷年最高。
            主計總處表示，預算案將於下週送交立法院審議。
            """)
        #expect(portal.metadata.title == "行政院通過明年度總預算 社福支出創新高")
        #expect(portal.metadata.publication == "Newtalk新聞" && Self.bodyText(portal).count == 2)
        let paper = Self.page("""
            兩岸交流 盼盡早正常化
            特派記者賴二/北京報導聯合報

            國民黨副主席一行昨天在北京與對岸官員會面，雙方同意持續推動兩岸交流，並就民生經貿議題交換意見。
            """)
        #expect(paper.metadata.title == "兩岸交流 盼盡早正常化")
        #expect(paper.metadata.authors == [Author(name: "賴二", role: "特派記者")])
    }

    @Test("WeChat articles: the account line dates the article, its buttons and prompts are chrome (two accounts)")
    func weChatArticles() {
        for (line, account) in [("原创 江城发布 江城发布 2024-05-14 10:54 发表于浙江", "江城发布"), ("港湾观察 2023-11-02 08:30 发表于上海", "港湾观察")] {
            let page = Self.page("""
                港城新添两条公交线 串起六个老小区

                \(line)

                5月13日起，江城公交新开通两条支线，串起沿线六个老小区和两所学校，方便老人和学生出行。

                据公交公司介绍，两条线路早晚高峰发车间隔为十分钟，平峰为十五分钟。

                阅读原文

                微信扫一扫
                关注该公众号

                继续滑动看下一个
                """)
            #expect(page.metadata.title == "港城新添两条公交线 串起六个老小区")
            #expect(page.metadata.publication == account && page.metadata.date != nil)
            #expect(Self.bodyText(page).count == 2)
        }
    }

    // MARK: - Archive mirrors and pages of several articles

    static let archive = """
        1987年3月6日北方日报 第2版

        第2版(农村)
        专栏:

        河谷村修起了水渠
        ——记老支书严守田
        本报记者 孔一帆
        河谷村地处山区，过去吃水要到三里外的河边去挑。今年开春，老支书带着全村人修起了一条水渠。
        村里的老人说，这是他们盼了几十年的事。


        第2版(农村)
        专栏:来信

        果园里的新技术
        本报通讯员 贾二
        去年冬天，县农技站的技术员来到果园，教果农们给果树剪枝、施肥。
        """

    @Test("Archive mirrors: each edition header after prose opens another article, with its own headline and byline")
    func severalArticles() {
        let page = Self.page(Self.archive)
        #expect(page.articles.count == 2)
        #expect(page.articles.map(\.title) == ["河谷村修起了水渠", "果园里的新技术"])
        #expect(page.metadata.title == "河谷村修起了水渠" && page.metadata.subtitle == "记老支书严守田")
        #expect(page.metadata.date == "1987-03-06" && page.metadata.publication == "北方日报")
        #expect(page.articles[1].authors == [Author(name: "贾二", role: "本报通讯员")])
        #expect(Self.bodyText(page).count == 3)
    }

    // MARK: - Clippings without chrome

    @Test("Clippings: a kicker over a title set on two lines, joined by how they were set")
    func clippings() {
        let blankSeparated = Self.page("昨天上午10点\n\n江北图书馆新馆\n\n正式开门迎客\n\n新馆面积是老馆的三倍，设有少儿阅览区和自习区，开馆首日接待读者五千余人次。\n")
        #expect(blankSeparated.metadata.introTitle == "昨天上午10点")
        #expect(blankSeparated.metadata.title == "江北图书馆新馆正式开门迎客")
        let consecutive = Self.page("今春第一场雨\n东山茶园\n披“新绿”\n茶农们说，今年的春茶比往年早上市十天左右，品质也更好。\n")
        #expect(consecutive.metadata.introTitle == "今春第一场雨")
        #expect(consecutive.metadata.title == "东山茶园 披“新绿”")
        let deck = Self.page("城西三所学校如期开学\n新增学位两千多个\n今天上午，城西新建的三所学校迎来了第一批学生，新增学位两千多个。\n")
        #expect(deck.metadata.title == "城西三所学校如期开学" && deck.metadata.subtitle == "新增学位两千多个")
    }

    @Test("News in brief: a brief signs its last paragraph, in brackets or after the last sentence (two papers)")
    func closingSignatures() {
        // An evening paper's brief box: the signature in brackets may be a pen name.
        let box = Self.page("""
            简讯

            　　○城东菜场本周起延长营业时间，早市提前到清晨五点开门，晚市延到八点。

            　　○江北新开两条公交支线，串起沿线六个小区和两所学校。（晓旻）

            上一篇  下一篇
            """)
        #expect(box.metadata.authors == [Author(name: "晓旻")])
        // A city daily's short report: a bare name after the last sentence, the page going on.
        let report = Self.page("""
            港区新增两条集装箱航线

            　　昨天，港区新开通两条通往东南亚的集装箱航线，每周各有一个航班。

            　　港区有关负责人说，今年还将再开通三条航线。 邬一 方二
            责任编辑：孙三
            """)
        #expect(report.metadata.authors == [Author(name: "邬一"), Author(name: "方二")])
        // An end mark and an outlet sign nothing; nor does a page cut short after a sentence.
        for ending in ["。（完）", "。（新华社）"] {
            #expect(Self.page("港区新增两条航线\n\n　　昨天，港区新开通两条航线\(ending)\n\n上一篇\n").metadata.authors.isEmpty, "\(ending)")
        }
        #expect(Self.page("港区新增两条航线\n\n　　昨天，港区新开通两条航线。高温\n").metadata.authors.isEmpty)
    }

    @Test("A quoted sentence under the headline opens the story; it is no part of the title (a news site, a traditional-character mirror)", arguments: [
        ("- +1\n江北村庄防汛之困:小概率强降雨的应对难题\n“你这辈子能遇到几回百年一遇的暴雨?”\n一位不久前经历了江北暴雨的村民这样问。\n暴雨来临之前，她一直觉得自己住的地方很少受灾，从没想过会遇上这样的事。\n",
         "江北村庄防汛之困:小概率强降雨的应对难题", "“你这辈子能遇到几回百年一遇的暴雨?”"),
        ("南灣漁港的最後一班船\n「我們還要再出一次海！」\n老船長說完，把纜繩繞上了木樁，這是他今年最後一次出海前的準備。\n",
         "南灣漁港的最後一班船", "「我們還要再出一次海！」"),
    ])
    func quotedSentenceOpensTheStory(text: String, title: String, firstParagraph: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == title)
        #expect(page.metadata.introTitle == nil && page.metadata.subtitle == nil)
        #expect(Self.bodyText(page).first == firstParagraph)
    }

    @Test("A headline printed again under the dateline is no paragraph (a site builder's news template, a county portal)", arguments: [
        "您的位置:首页 > 新闻 > 小体积中文字体的分层设计\n\n小体积中文字体的分层设计\n\n2026-05-22 来源:https://blog.example.net/u1/article/9  浏览:\n\n小体积中文字体的分层设计\n\n在多语言数字环境中，中文字体面临着体积、性能和兼容性的三重挑战，嵌入式系统尤其明显。\n",
        "首页 | 政务公开 | 新闻动态\n\n小体积中文字体的分层设计\n\n发布时间：2024-03-02 10:20 来源：江城发布 字号：大 中 小\n\n小体积中文字体的分层设计\n\n　　在多语言数字环境中，中文字体面临着体积、性能和兼容性的三重挑战，嵌入式系统尤其明显。\n",
    ])
    func repeatedHeadlineIsNoParagraph(text: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == "小体积中文字体的分层设计")
        #expect(Self.bodyText(page) == ["在多语言数字环境中，中文字体面临着体积、性能和兼容性的三重挑战，嵌入式系统尤其明显。"])
    }

    @Test("A page copied with every line indented alike indents none of them: its headline is found, and names under it sign it (a journal mirror, a content farm)", arguments: [
        "•\n\n      ?\n\n      基于高铁客流的城市联系网络结构与演化\n\n      2019-04-11 09:15王小明李大伟赵一平\n\n      王小明 李大伟 赵一平\n\n      摘 要:近年来，高速铁路的快速发展改变了城市之间联系的空间格局，本文对网络的结构特征和演化规律进行了分析。\n",
        "    基于高铁客流的城市联系网络结构与演化\n\n    2019-04-11 09:15\n\n    王小明 李大伟 赵一平\n\n    近年来，高速铁路的快速发展改变了城市之间联系的空间格局，本文对网络的结构特征和演化规律进行了分析。\n",
    ])
    func uniformlyIndentedPage(text: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == "基于高铁客流的城市联系网络结构与演化")
        #expect(page.metadata.date == "2019-04-11")
        #expect(page.metadata.authors.map(\.name) == ["王小明", "李大伟", "赵一平"])
    }

    @Test("A dateline above the headline names the article's people too (a forum's post header, a portal's info line)", arguments: [
        "林一平林一平 发表于 2024-11-21 04:56:59\n\n县级媒体怎样做好新闻摄影?\n\n在新闻摄影领域，什么样的作品能在评选中脱颖而出？撇开偶然与运气，创新之路更多受必然性驱使。\n",
        "作者：林一平 来源：江城日报 2024-11-21\n\n县级媒体怎样做好新闻摄影?\n\n在新闻摄影领域，什么样的作品能在评选中脱颖而出？撇开偶然与运气，创新之路更多受必然性驱使。\n",
    ])
    func datelineAboveHeadline(text: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == "县级媒体怎样做好新闻摄影?")
        #expect(page.metadata.authors == [Author(name: "林一平")] && page.metadata.date == "2024-11-21")
    }

    @Test("Teasers of other stories cut short over their links are chrome; a bracketed photo credit credits the picture (a Hong Kong paper's overseas edition, a mainland portal)", arguments: [
        ("第5屆校園新聞獎 本報奪兩項大獎\n【港灣專訊】第5屆「校園新聞獎」昨在灣區大學舉行頒獎禮，本報3名記者共奪兩獎。\n(港灣記者攝)\n【港灣專訊】外界關注議員在法案表決時的出席率，議會主席連續兩日被問到，均稱未有統計。本報翻查...\n詳情\n",
         "第5屆校園新聞獎 本報奪兩項大獎", "(港灣記者攝)"),
        ("校园新闻奖揭晓 本报获两项大奖\n本报讯 第5届校园新闻奖昨天在湾区大学颁奖，本报3名记者共获两奖。\n（本报记者 摄）\n外界关注议员在法案表决时的出席率，议会主席连续两日被问到，均称未有统计。本报查阅……\n阅读全文\n",
         "校园新闻奖揭晓 本报获两项大奖", "（本报记者 摄）"),
    ])
    func teasersAndBracketedCredits(text: String, title: String, credit: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == title)
        #expect(page.metadata.credits == [credit])
        #expect(Self.bodyText(page).count == 1)
    }

    @Test("A live news page: the section label is chrome, the posting time leaves the headline, tag lists and neighbour links are chrome (two papers)", arguments: [
        ("即時港聞\n\n港灣報聲明 (07:35)\n\n港灣報的社評代表港灣報，反映港灣報對社會時政的看法和立場，並不反映採訪同事的意見。\n\n編輯部\n\n相關字詞﹕港灣報 編輯推介\n\n上 / 下一篇新聞\n", "港灣報聲明"),
        ("即时新闻\n\n江城晚报声明（21:05）\n\n江城晚报的评论代表江城晚报，反映本报对社会时政的看法和立场，并不反映采访同事的意见。\n\n编辑部\n\n关键词：江城晚报 评论\n", "江城晚报声明"),
    ])
    func liveNewsPage(text: String, title: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == title)
        #expect(Self.bodyText(page).count == 2)
    }

    @Test("A writer's name set above the title signs the piece (a magazine mirror, a column); a profile titled with a name keeps it over its —— deck", arguments: [
        ("居小如\n報街地標\n沿著江城的山東路，北起南京路、南至福州路，這便是一百多年前江城十分有名的報館街，不足二百米的小馬路兩側集聚了數十家報館。\n", "報街地標", ["居小如"]),
        ("林小雨\n\n江岸的灯塔\n\n　　灯塔在江岸上站了一百年，守塔人换了四代，塔下的江水日夜不停地流向大海，这是一段足够长的正文。\n", "江岸的灯塔", ["林小雨"]),
        ("林巧云\n——记江城妇产医院的老院长\n　　她在产房里站了四十年，接生的孩子有的已经当了爷爷奶奶，这是一段足够长的正文，讲她的一生。\n", "林巧云", []),
    ])
    func writerAboveTitle(text: String, title: String, authors: [String]) {
        let page = Self.page(text)
        #expect(page.metadata.title == title)
        #expect(page.metadata.authors.map(\.name) == authors)
    }

    @Test("A page's list of its headlines above the article, the first printed again as its title: the list is chrome, the repeat the headline (a Taiwanese paper's archive, a county paper's page)", arguments: [
        ("今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁\n中華民國91年3月19日星期二\n\n港口轉型 卻放任貨櫃外移…這不是矛盾嗎?\n拿出魄力整頓港區秩序!\n老碼頭還有未來嗎?\n\n\n港口轉型 卻放任貨櫃外移…這不是矛盾嗎?\n\n☉林大明\n\n 以子之矛，攻子之盾的寓言，大家耳熟能詳，這種自打嘴巴、無法自圓其說的矛盾，是自相矛盾。\n",
         "港口轉型 卻放任貨櫃外移…這不是矛盾嗎?", "2002-03-19"),
        ("2024年04月02日 星期二\n\n古道修缮全面完工\n乡村公交新增三条线路\n春茶开采价格平稳\n\n古道修缮全面完工\n\n◎林大明\n\n　　历时八个月的古道修缮工程日前全面完工，沿途新设了休息亭和指示牌，这是一段足够长的正文。\n",
         "古道修缮全面完工", "2024-04-02"),
    ])
    func headlineListAboveTheArticle(text: String, title: String, date: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == title && page.metadata.date == date)
        #expect(page.metadata.authors.map(\.name) == ["林大明"])
        #expect(Self.bodyText(page).count == 1)
    }

    @Test("A news site's foot: the tip line, the like count and the report button are chrome, and a report button names no paper (two sites)", arguments: [
        "首页 时事 财经 思想 生活\n江城一季度GDP同比增长5.6%\n澎湃新闻记者 林小雨\n2024-04-18 16:32 来源：澎湃新闻\n江城市统计局发布一季度经济运行情况，全市地区生产总值2856.3亿元，同比增长5.6%。\n责任编辑：王大伟\n澎湃新闻报料：021-12345678\n+1\n收藏\n我要举报\n",
        "江城一季度GDP同比增长5.6%\n2024-04-18 16:32 来源：江城新闻网\n江城市统计局发布一季度经济运行情况，全市地区生产总值2856.3亿元，同比增长5.6%。\n新闻报料热线：12345678\n+12\n我要舉報\n",
    ])
    func siteFoot(text: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == "江城一季度GDP同比增长5.6%" && page.metadata.date == "2024-04-18")
        #expect(page.metadata.publication != "我要举报" && page.metadata.publication != "我要舉報")
        #expect(Self.bodyText(page) == ["江城市统计局发布一季度经济运行情况，全市地区生产总值2856.3亿元，同比增长5.6%。"])
    }

    @Test("Names spaced out to one width under the headline sign the piece (a journal's review, a paper's feature)", arguments: [
        "走好全媒体时代群众路线的县报样本\n——江城日报“读者点题”栏目评析\n林 一 黄馨茹\n江城日报“读者点题”专栏坚持以人民为中心的工作导向，聚焦广大读者共同关注的话题，提供了鲜活样本。\n",
        "走好全媒体时代群众路线的县报样本\n\n黄馨茹 林 一\n\n　　江城日报“读者点题”专栏坚持以人民为中心的工作导向，聚焦广大读者共同关注的话题，提供了鲜活样本。\n",
    ])
    func spacedNames(text: String) {
        let page = Self.page(text)
        #expect(page.metadata.title == "走好全媒体时代群众路线的县报样本")
        #expect(Set(page.metadata.authors.map(\.name)) == ["林一", "黄馨茹"])
    }

    @Test("A summary's label under the headline is the article's text, not a picture's caption (a journal's review, a feature's lead)", arguments: ["摘要", "导读"])
    func abstractLabel(label: String) {
        let page = Self.page("走好全媒体时代群众路线的县报样本\n——江城日报“读者点题”栏目评析\n\(label)\n江城日报“读者点题”专栏坚持以人民为中心的工作导向，聚焦广大读者共同关注的话题，提供了鲜活样本。\n")
        #expect(page.lines.indices.contains { page.lines[$0].text == label && page.roles[$0] == .body })
    }

    @Test("A name alone over the first paragraph signs the piece; it is no title (a column, a feature's reprint)")
    func nameOverProse() {
        for name in ["朱一", "欧阳二"] {
            let page = Self.page("\(name)\n新闻是明天的历史。记者作为历史的记录者，很少能够成为历史的一部分，这是一段足够长的正文。\n任何一个职业，对其从业者都有相应的要求。\n")
            #expect(page.metadata.title == nil, "\(name)")
            #expect(page.metadata.authors == [Author(name: name)], "\(name)")
        }
        // A headline over a name keeps both.
        let signed = Self.page("秀水河畔的时代足音\n朱一\n新闻是明天的历史。记者作为历史的记录者，很少能够成为历史的一部分，这是一段足够长的正文。\n")
        #expect(signed.metadata.title == "秀水河畔的时代足音" && signed.metadata.authors == [Author(name: "朱一")])
    }

    @Test("A flattened Founder metadata line is chrome and dates the page when nothing else does (two papers)")
    func founderLine() {
        for (paper, day) in [("东海日报", "2023-05-02"), ("港城晚报", "2024-09-01")] {
            let page = Self.page("江北新建三座桥\n\n　　本报讯(记者 钱一)昨天，江北新建的三座桥同时通车，市民出行更方便了。\n\n\(day) 3 3 \(paper) content_99821.html 江北新建三座桥 /enpproperty-->\n")
            #expect(page.metadata.date == day && page.metadata.publication == paper)
            #expect(Self.bodyText(page).count == 1)
        }
    }

    // MARK: - Bad input

    @Test("A page of chrome, a single line, headlines without a body, prose alone: no wrong title, no crash")
    func badPages() {
        let chrome = Self.page("标题导航\n3 上一篇  下一篇 4 放大 缩小 默认\n第A1版:要闻 4下一版\n宁波日报\n")
        #expect(chrome.metadata.title == nil && Self.bodyText(chrome).isEmpty)
        #expect(Self.page("放大 缩小 默认").metadata.title == nil)
        let prose = Self.page("今年全市新增就业岗位两万个，比去年多出三千个。\n就业服务中心将继续举办招聘会。\n")
        #expect(prose.metadata.title == nil && Self.bodyText(prose).count == 2)
        let headlines = Self.page("江北图书馆新馆开门\n城西三所学校开学\n东山茶园迎来春茶\n南城古道完成修缮\n")
        #expect(headlines.metadata.title != "标题导航")
        #expect(Self.page("").articles.count <= 1)
    }
}
