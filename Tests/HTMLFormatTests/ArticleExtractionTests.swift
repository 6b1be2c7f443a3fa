import Foundation
import Testing
import FolioCore
import FolioTestSupport
@testable import HTMLFormat

/// Pages written for these tests in the shapes of the sites users save: a big portal's article
/// page, an e-paper site laid out in tables, a government news page, an English news site with
/// JSON-LD, a WordPress blog. Each carries the chrome such sites put around an article.
enum SitePages {
    /// A portal article: masthead, channel navigation, breadcrumb, a timestamp line with a
    /// source, the article, a share bar, an editor line, a related-news list named in pinyin,
    /// a comment block, a hot-news sidebar and a footer.
    static let portal = """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>江滨公园改造完工 市民下周可入园_新闻中心_某某网</title>
    <meta name="keywords" content="江滨公园,改造"></head><body>
    <div class="top-bar"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/finance">财经</a> | <a href="/sports">体育</a> | <a href="/ent">娱乐</a></div>
    <div class="path"><a href="/">某某网</a> &gt; <a href="/news">新闻中心</a> &gt; 正文</div>
    <div class="main-wrap">
      <div class="left">
        <h1 class="main-title">江滨公园改造完工 市民下周可入园</h1>
        <div class="date-source"><span class="date">2024-05-14 10:54:37</span> <span class="source">来源：江城日报</span></div>
        <div class="article" id="artibody">
          <p>　　本报讯（记者 周明辉）历时八个月的江滨公园改造工程日前完工，公园将于下周一起重新向市民开放。</p>
          <p>　　据介绍，此次改造新建滨水步道三公里，增设休憩座椅一百二十处，并对园内原有的三座凉亭进行了修缮，夜间照明也同步升级。</p>
          <p>　　公园管理处负责人表示，开园初期将实行错峰入园，节假日每日接待人数上限为两万人次，市民可通过公众号预约。</p>
          <p>　　不少周边居民对改造效果表示满意。家住附近的退休教师王女士说，以前步道坑洼不平，现在晚上出来散步安心多了。</p>
        </div>
        <div class="share-bar"><a href="#">分享到微信</a> <a href="#">分享到微博</a> <a href="#">QQ空间</a></div>
        <p class="show-author">责任编辑：李晓燕</p>
        <div class="xgxw"><h3>相关新闻</h3><ul>
          <li><a href="/n/1">江城再添三处口袋公园 市民休闲有了新去处</a></li>
          <li><a href="/n/2">城区绿道网络年底前基本成形</a></li>
          <li><a href="/n/3">夏季公园开放时间调整 延长至晚十点</a></li>
          <li><a href="/n/4">江滨片区旧改项目进入收尾阶段</a></li>
        </ul></div>
        <div id="comment-area"><h3>网友评论</h3>
          <div class="reply"><p>网友甲：终于修好了，周末带孩子去看看，希望管理跟得上。</p></div>
          <div class="reply"><p>网友乙：停车位太少了，建议周边多规划一些停车场，不然周末肯定堵。</p></div>
        </div>
      </div>
      <div class="right"><h3>热点排行</h3><ol>
        <li><a href="/h/1">全市中小学暑假时间公布</a></li><li><a href="/h/2">地铁五号线开通时间确定</a></li>
        <li><a href="/h/3">本周末全市将迎来降雨降温</a></li><li><a href="/h/4">多家银行下调存款利率</a></li>
      </ol></div>
    </div>
    <div class="bottom">关于我们 | 联系方式 | 广告服务 | 版权声明 Copyright © 2024 某某网 版权所有</div>
    </body></html>
    """

    /// The article paragraphs of ``portal``, as read.
    static let portalParagraphs = [
        "本报讯（记者 周明辉）历时八个月的江滨公园改造工程日前完工，公园将于下周一起重新向市民开放。",
        "据介绍，此次改造新建滨水步道三公里，增设休憩座椅一百二十处，并对园内原有的三座凉亭进行了修缮，夜间照明也同步升级。",
        "公园管理处负责人表示，开园初期将实行错峰入园，节假日每日接待人数上限为两万人次，市民可通过公众号预约。",
        "不少周边居民对改造效果表示满意。家住附近的退休教师王女士说，以前步道坑洼不平，现在晚上出来散步安心多了。",
    ]

    /// An e-paper site's article page laid out in tables (not Founder's markup): an edition
    /// navigation cell, the article cell with paragraphs set apart by line breaks, and a list of
    /// the edition's other articles.
    static let ePaper = """
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>海港晨报数字报</title></head><body>
    <table width="1000"><tr>
      <td width="260" valign="top">
        <table><tr><td><a href="node_1.htm">第A01版：要闻</a></td></tr><tr><td><a href="node_2.htm">第A02版：综合</a></td></tr>
        <tr><td><a href="node_3.htm">第A03版：城事</a></td></tr><tr><td><a href="node_4.htm">第A04版：经济</a></td></tr></table>
        <table><tr><td><a href="c_1.htm">港区集装箱吞吐量创新高</a></td></tr><tr><td><a href="c_2.htm">新一批人才公寓配租</a></td></tr>
        <tr><td><a href="c_3.htm">滨海大道夜间施工公告</a></td></tr></table>
      </td>
      <td valign="top">
        <table><tr><td class="font01">渔港小镇迎来开渔季</td></tr></table>
        <table><tr><td>本报记者 林海潮 通讯员 许帆</td></tr></table>
        <table><tr><td class="content">　　9月16日中午12时，随着一声汽笛长鸣，停泊在渔港的两百余艘渔船陆续出海，标志着今年的开渔季正式开始。<br><br>　　据渔港管理站介绍，今年休渔期间，渔民们对船只和网具进行了全面检修，安全设备配备率达到百分之百。<br><br>　　不少渔民表示，休渔让海洋资源得到了恢复，大家对今年的收成充满信心。</td></tr></table>
      </td>
    </tr></table>
    <table><tr><td>海港晨报社版权所有 未经授权不得转载</td></tr></table>
    </body></html>
    """

    /// A government site's news page: a header with the site's navigation, a line of
    /// publication time, source and author, the article in a `TRS_Editor`-style div, print and
    /// close links, a related-links list, and a footer with the site's registration numbers.
    static let government = """
    <html><head><meta charset="utf-8"><title>我市召开春季防汛工作会议_政务动态_某市人民政府</title></head><body>
    <div class="header"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
    <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwdt">政务动态</a></div>
    <div class="con">
      <div class="tit">我市召开春季防汛工作会议</div>
      <div class="info">发布时间：2024-04-02 09:30　来源：市应急管理局　作者：赵振宇　浏览次数：1024</div>
      <div class="TRS_Editor">
        <p>4月2日，我市召开春季防汛工作会议，分析研判今年汛期形势，部署防汛各项准备工作。</p>
        <p>会议指出，各地各部门要立足防大汛、抢大险、救大灾，全面排查河道堤防、水库山塘和城市易涝点，建立隐患清单，限期整改到位。</p>
        <p>会议要求，要加强值班值守和信息报送，严格落实领导带班和二十四小时值班制度，确保汛情险情第一时间发现、第一时间处置。</p>
      </div>
      <div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
      <div class="xglj"><span>相关链接：</span><a href="/a">市应急管理局</a> <a href="/b">市水利局</a> <a href="/c">市气象局</a></div>
    </div>
    <div class="foot">主办：某市人民政府办公室　网站标识码：0000000000　备案号：某ICP备00000000号</div>
    </body></html>
    """

    /// An English news site: JSON-LD `NewsArticle`, a byline block, the story split by an ad
    /// slot, a newsletter box, a "more stories" list and a comment section.
    static let englishNews = """
    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens after repairs | The Coastal Herald</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Coastal Herald"},
    {"@type":"NewsArticle","headline":"Harbour bridge reopens after repairs","datePublished":"2024-03-08T07:15:00+00:00",
    "author":[{"@type":"Person","name":"Dana Whitfield"},{"@type":"Person","name":"Omar Haddad"}],
    "publisher":{"@type":"Organization","name":"The Coastal Herald"}}]}</script></head><body>
    <header class="site-header"><a href="/">The Coastal Herald</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav></header>
    <main><div class="story">
      <h1>Harbour bridge reopens after repairs</h1>
      <div class="story-body">
        <p>The harbour bridge reopened to traffic on Friday morning, three weeks after engineers closed it to replace corroded bearings under the eastern span.</p>
        <p>Crews worked through the night to finish resurfacing, and the first buses crossed shortly after six, the transport authority said.</p>
      </div>
      <div class="ad-slot"><a href="https://ads.example/click">Advertisement</a></div>
      <div class="story-body">
        <p>Local businesses on both sides of the water said the closure had cut their weekday trade, and several welcomed the early finish.</p>
        <p>The authority expects a second, shorter closure in the autumn, when the western span's lighting is due to be replaced.</p>
      </div>
      <div class="newsletter-signup"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
      <div class="more-stories"><h2>More stories</h2><ul><li><a href="/a">Council approves new ferry timetable</a></li>
        <li><a href="/b">Storm warning issued for the weekend</a></li><li><a href="/c">Museum extends opening hours</a></li></ul></div>
      <section id="comments"><h2>Comments</h2><p>Great news, the detour was adding forty minutes to my commute every single day.</p>
        <p>About time, although the repairs were promised for January, so not exactly early.</p></section>
    </div></main>
    <footer><p>© 2024 The Coastal Herald. All rights reserved.</p></footer>
    </body></html>
    """

    /// The story paragraphs of ``englishNews``.
    static let englishParagraphs = [
        "The harbour bridge reopened to traffic on Friday morning, three weeks after engineers closed it to replace corroded bearings under the eastern span.",
        "Crews worked through the night to finish resurfacing, and the first buses crossed shortly after six, the transport authority said.",
        "Local businesses on both sides of the water said the closure had cut their weekday trade, and several welcomed the early finish.",
        "The authority expects a second, shorter closure in the autumn, when the western span's lighting is due to be replaced.",
    ]
}

@Suite struct ArticleExtractionTests {
    @Test func portalArticleWithoutItsChrome() throws {
        let document = try readHTML(SitePages.portal)
        #expect(document.blocks.map(\.plainText) == SitePages.portalParagraphs)
        #expect(document.metadata.title == "江滨公园改造完工 市民下周可入园")
        #expect(document.metadata.date == "2024-05-14")
        #expect(document.metadata.source == "江城日报")
        #expect(document.metadata.authors.map(\.name) == ["周明辉"])
        #expect(document.metadata.credits.contains { $0.contains("李晓燕") })
    }

    @Test("A meta author that gives the site's address names the publisher, not people", arguments: [
        "www.jiangcheng.cn,江城日报报业集团,江城网", "https://news.haigang.cn,海港网",
    ])
    func siteNamedAsAuthor(field: String) throws {
        let page = SitePages.portal.replacingOccurrences(of: "<meta name=\"keywords\"", with: "<meta name=\"author\" content=\"\(field)\"><meta name=\"keywords\"")
        #expect(try readHTML(page).metadata.authors.map(\.name) == ["周明辉"])
    }

    @Test("A source and editor line set in a list under the article is read as a dateline")
    func editorLineInAList() throws {
        let page = SitePages.portal.replacingOccurrences(of: "</body>", with: "<div class=\"info\"><ul><li>来源：江城日报 &ensp;&ensp;&ensp;编辑：苏明</li></ul></div></body>")
        #expect(try readHTML(page).metadata.credits.contains("编辑：苏明"))
    }

    @Test("A channel's logo under the headline is no lone name: its alternative text is shown to no reader", arguments: ["房产", "商业"])
    func logoUnderTheHeadline(channel: String) throws {
        let page = SitePages.portal.replacingOccurrences(
            of: "<div class=\"article\"", with: "<div id=\"channel\"><a href=\"/c\"><img src=\"/c.gif\" alt=\"\(channel)\"></a></div><div class=\"article\"")
        #expect(try readHTML(page).metadata.authors.map(\.name) == ["周明辉"])
    }

    @Test func ePaperTableLayout() throws {
        let document = try readHTML(SitePages.ePaper)
        let text = document.blocks.map(\.plainText)
        #expect(text.count == 3)
        #expect(text.first?.contains("开渔季正式开始") == true)
        #expect(!text.joined().contains("第A02版"))
        #expect(!text.joined().contains("人才公寓"))
        #expect(document.metadata.authors.map(\.name) == ["林海潮", "许帆"])
    }

    @Test func governmentNewsPage() throws {
        let document = try readHTML(SitePages.government)
        let text = document.blocks.map(\.plainText)
        #expect(text.count == 3)
        #expect(text.first?.hasPrefix("4月2日，我市召开春季防汛工作会议") == true)
        #expect(!text.joined().contains("打印本页"))
        #expect(!text.joined().contains("市气象局"))
        #expect(!text.joined().contains("备案号"))
        #expect(document.metadata.date == "2024-04-02")
        #expect(document.metadata.authors.map(\.name) == ["赵振宇"])
    }

    @Test("A <title> sheds the site's name set after or before the headline; the name is the publication", arguments: [
        ("Tide Tables for the Harbour | The Example Gazette", "The Example Gazette", "Tide Tables for the Harbour", "The Example Gazette"),
        ("The Example Gazette - Tide Tables for the Harbour", "The Example Gazette", "Tide Tables for the Harbour", "The Example Gazette"),
        ("港区新增两条集装箱航线_江城网", nil, "港区新增两条集装箱航线", "江城网"),
        ("港区新增两条集装箱航线_财经_江城网", nil, "港区新增两条集装箱航线", "江城网"),
        ("新竹尖石賞楓 (2) @ 山友的家 :: 部落格平台 ::", "山友的家", "新竹尖石賞楓 (2)", "山友的家"),
        ("Q&A - Part Two of the Series", nil, "Q&A - Part Two of the Series", nil),
        // The site's name matches as a whole name, letter case aside.
        ("Harbour Pilots Plan the Season - Timesheet", "Times", "Harbour Pilots Plan the Season - Timesheet", "Times"),
        ("Tide Tables for the Harbour | THE EXAMPLE GAZETTE | Local", "The Example Gazette", "Tide Tables for the Harbour", "The Example Gazette"),
    ] as [(String, String?, String, String?)])
    func siteNameInTitle(pageTitle: String, siteName: String?, title: String, publication: String?) throws {
        let meta = siteName.map { "<meta property=\"og:site_name\" content=\"\($0)\">" } ?? ""
        let html = """
            <html><head><meta charset="utf-8"><title>\(pageTitle)</title>\(meta)</head><body><article>
            <p>The harbour master publishes the tide tables every month, and the fishing fleet plans its trips around them.</p>
            <p>Boats leave two hours before high water and come back on the ebb, when the channel is deep enough.</p>
            </article></body></html>
            """
        let document = try readHTML(html)
        #expect(document.metadata.title == title)
        #expect(document.metadata.publication == publication)
    }

    @Test("An article written as lists beats the comments under it, its items' words wrapped or not", arguments: [("", ""), ("<em>", "</em>")])
    func anArticleWrittenAsListsBeatsTheCommentsUnderIt(open: String, close: String) throws {
        let items = (1...8).map { "<li>\(open)Release \($0) lands <a href=\"/bug/\($0)\">bug \($0)</a>, which makes the download panel remember the folder you chose last, and the update check waits for other windows to close.\(close)</li>" }
        let comments = (1...4).map { "<li class=\"comment\"><p>Reader \($0) wrote: thanks for the notes, the panel change is very welcome and works well on my machine every single day.</p></li>" }
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>These Weeks in the Browser</title></head><body>
            <article class="post"><h1>These Weeks in the Browser</h1><div class="entry-content"><h3>Highlights</h3><ul>\(items.joined())</ul></div></article>
            <section id="comments"><ol class="comment-list">\(comments.joined())</ol></section>
            </body></html>
            """)
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Release 8 lands bug 8"))
        #expect(!text.contains("Reader 1 wrote"))
    }

    @Test("What stands above a web page's headline is the site's, never a kicker", arguments: ["TRENDING:", "Wed, Nov 20, 2019", "Europe"])
    func noKickerAboveAWebHeadline(above: String) throws {
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>Harbour fleet plans its season</title></head><body><article>
            <p>\(above)</p><h1>Harbour fleet plans its season</h1>
            <p>The harbour master publishes the tide tables every month, and the fishing fleet plans its trips around them.</p>
            <p>Boats leave two hours before high water and come back on the ebb, when the channel is deep enough.</p>
            </article></body></html>
            """)
        #expect(document.metadata.title == "Harbour fleet plans its season")
        #expect(document.metadata.introTitle == nil)
    }

    @Test("Below a web page's headline, a short line is no deck; a `——` deck is", arguments: [("Breaking News", nil), ("——港区十年变迁记", "港区十年变迁记")] as [(String, String?)])
    func deckBelowAWebHeadline(below: String, subtitle: String?) throws {
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>港区新增两条集装箱航线</title></head><body><article>
            <h1>港区新增两条集装箱航线</h1><p>\(below)</p>
            <p>昨天，港区新开通两条通往东南亚的集装箱航线，每周各有一个航班，进一步扩大了港口的航线网络。</p>
            <p>港区有关负责人说，今年还将再开通三条航线，货物吞吐量有望继续增长。</p>
            </article></body></html>
            """)
        #expect(document.metadata.title == "港区新增两条集装箱航线")
        #expect(document.metadata.subtitle == subtitle)
    }

    @Test("The rest of an article folded behind a Read more button is read; a Read more teaser is not")
    func foldedArticleText() throws {
        let lead = (1...3).map { "<p>Paragraph \($0) of the story tells how the harbour fleet plans its season around the tide tables, month by month.</p>" }
        let folded = (4...8).map { "<p>Paragraph \($0) of the story goes on about the channel, the pilots and the new berths the port authority is building.</p>" }
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>Harbour fleet plans its season</title></head><body><div class="story">
            <h1>Harbour fleet plans its season</h1>\(lead.joined())
            <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div><div id="read-more-content">\(folded.joined())</div></div>
            <div class="read-more-big"><a href="/other"><span class="read-more-big__title">Also on this site</span></a><p>Another story about the coast guard.</p></div>
            </div></body></html>
            """)
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Paragraph 8 of the story"))
        #expect(!text.contains("Read more") && !text.contains("Also on this site"))
    }

    @Test("A gallery, slideshow or carousel beside the story stays out; the story's own picture stays in", arguments: [
        ("<div class=\"asset_gallery\"><ul class=\"hst-resgallery\">", "</ul></div>"),
        ("<div class=\"slideshow-carousel\"><ul>", "</ul></div>"),
    ])
    func galleriesStayOut(open: String, close: String) throws {
        let slides = (1...3).map { "<li><img src=\"/p\($0).jpg\" alt=\"\"><div class=\"caption\">Slide \($0): crowds on the quay as the ferry leaves, a long caption a gallery repeats for each screen.</div></li>" }
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>Ferry returns to the island</title></head><body><article>
            <h1>Ferry returns to the island</h1>\(open)\(slides.joined())\(close)
            <figure><img src="/ferry.jpg" alt=""><figcaption>The ferry at the island pier.</figcaption></figure>
            <p>The ferry returned to the island on Monday after a month in the yard, and the first crossing was full by noon.</p>
            <p>The harbour master said the timetable would stay as it was, with a late boat added on Fridays through the summer.</p>
            </article></body></html>
            """)
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(!text.contains("Slide 1") && !text.contains("Slide 3"))
        #expect(text.contains("The ferry at the island pier.") && text.contains("late boat added on Fridays"))
    }

    @Test func paragraphsOfZeroWidthSpacesAreEmpty() throws {
        let document = try readHTML("""
            <html><head><meta charset="utf-8"><title>Festival opening night at the park</title></head><body><article>
            <p>The festival opened on a special stage in the park, and crowds came early to find a seat on the lawn.</p>
            <p>&#8203;</p><p>&#8203; &#xFEFF;</p>
            <p>The drummers\u{200B} played until dark, and the dancers followed them through the crowd to the gate.</p>
            </article></body></html>
            """)
        #expect(document.blocks.count == 2)
        #expect(!document.blocks.map(\.plainText).joined().unicodeScalars.contains("\u{200B}"))
    }

    /// Small papers' and organisations' article templates: the `<title>` is the site's name or a
    /// placeholder, an info line carries the author, the issue, the edition and the page's buttons,
    /// and the trail is drawn with arrows.
    static let templatePages = [
        ("校报电子版", """
            <div class="position"> 你的位置：<a href="#">第312期</a> → <a href="#">第2版</a> → 新闻浏览</div>
            <h3 class="title">图书馆新馆正式开放</h3>
            <div class="info">作者：林小雨&nbsp; 期刊：<a href="#">第312期</a> &nbsp; 版面：<a href="#">第2版</a> &nbsp;
            [字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a> ] &nbsp;[<a href="#">打印</a>]&nbsp;[<a href="#">关闭</a>]</div>
            """),
        ("阅读文章", """
            <div id="crumb">您的位置：<a href="/">首页</a>><a href="/news">时事新闻</a>>正文</div>
            <h4>图书馆新馆正式开放</h4>
            <p>作者：林小雨&nbsp;&nbsp;&nbsp;&nbsp; 来源：宣传部&nbsp;&nbsp;&nbsp;&nbsp; 日期：2024-09-02</p>
            """),
    ]

    @Test("A small site's template: the headline replaces a site-name or placeholder <title>; the info line is metadata", arguments: templatePages)
    func templateArticlePage(title: String, head: String) throws {
        let html = """
            <html><head><meta charset="utf-8"><title>\(title)</title></head><body>\(head)
            <div class="content"><p>　　本报讯 9月1日，学校图书馆新馆正式向全校师生开放。新馆建筑面积两万三千平方米，设有阅览座位两千四百个。</p>
            <p>　　开馆首日，新馆共接待读者六千余人次，借出图书一千二百册。</p></div>
            <p><span>上一篇：<a href="#">秋季运动会圆满落幕</a></span> <span>下一篇：<a href="#">新生军训开营</a></span></p>
            </body></html>
            """
        let document = try readHTML(html)
        #expect(document.metadata.title == "图书馆新馆正式开放")
        #expect(document.metadata.authors.map(\.name) == ["林小雨"])
        #expect(document.blocks.count == 2)
        #expect(document.blocks.first?.plainText.hasPrefix("本报讯") == true)
    }

    @Test func englishNewsMergesTheSplitStoryAndDropsTheRest() throws {
        let document = try readHTML(SitePages.englishNews)
        #expect(document.blocks.map(\.plainText) == SitePages.englishParagraphs)
    }

    @Test func jsonLinkedDataFillsTheMetadata() throws {
        let metadata = try readHTML(SitePages.englishNews).metadata
        #expect(metadata.title == "Harbour bridge reopens after repairs")
        #expect(metadata.date == "2024-03-08")
        #expect(metadata.authors.map(\.name) == ["Dana Whitfield", "Omar Haddad"])
        #expect(metadata.publication == "The Coastal Herald")
    }

    @Test("OpenGraph's author address names no one, so JSON-LD names the writers; an organisation credited as author is none")
    func authorAddressesAndOrganisations() throws {
        let withAddress = SitePages.englishNews.replacingOccurrences(
            of: "<script type=", with: "<meta property=\"article:author\" content=\"https://www.facebook.com/coastalherald\"><script type=")
        #expect(try readHTML(withAddress).metadata.authors.map(\.name) == ["Dana Whitfield", "Omar Haddad"])
        let organisation = SitePages.englishNews.replacingOccurrences(
            of: "{\"@type\":\"Person\",\"name\":\"Omar Haddad\"}", with: "{\"@type\":\"Organization\",\"name\":\"Coastal Herald Newsroom\"}")
        #expect(try readHTML(organisation).metadata.authors.map(\.name) == ["Dana Whitfield"])
    }

    @Test func metaTagsWinOverJSONLinkedData() throws {
        let page = SitePages.englishNews.replacingOccurrences(
            of: "<script type=", with: "<meta property=\"article:published_time\" content=\"2024-03-09\"><script type=")
        #expect(try readHTML(page).metadata.date == "2024-03-09")
    }

    @Test func brokenJSONLinkedDataIsIgnored() throws {
        let page = SitePages.englishNews.replacingOccurrences(of: "\"@context\"", with: "{{{\"@context\"")
        let document = try readHTML(page)
        #expect(document.metadata.date == nil)
        #expect(document.blocks.map(\.plainText) == SitePages.englishParagraphs)
    }

    @Test func relatedPostsHeadedByAChromeHeadingStayOut() throws {
        let page = """
        <html><body><div id="primary">
        <article class="entry"><h1>Walking the old canal path</h1>
        <p>The towpath runs for nine miles from the basin to the locks, and most of it is flat, shaded and quiet on a weekday morning.</p>
        <p>Bring water: there is a café at the halfway bridge, but it keeps irregular hours outside the summer.</p></article>
        <div class="postbox"><h3 class="relatedpoststitle">You may also like</h3>
        <article class="entry"><p>Ten picnic spots within an hour of the city, chosen by readers, with directions, parking notes and the best time to arrive.</p></article>
        <article class="entry"><p>How to read an ordnance survey map, from contour lines to the symbols for churches with towers and spires.</p></article>
        <article class="entry"><p>The best autumn walks for families, from short riverside loops to a full day on the ridge above the valley.</p></article>
        </div></div></body></html>
        """
        let text = try readHTML(page).blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("towpath"))
        #expect(!text.contains("picnic"))
        #expect(!text.contains("ordnance"))
    }

    /// A magazine's article split by a full-width figure into body sections, each nested in its
    /// own layout section, and a paper's split by a podcast player, its parts differing in a
    /// modifier class: every part is read, the pull quote and the teasers are not.
    static let splitArticles = [
        """
        <html><body><section class="outer"><div class="container"><div class="post__content wysiwyg">
        <p>The first surveys of the estuary, made in the spring, found twice as many wading birds as the count ten years ago had recorded.</p>
        <p>Volunteers walked the same transects at low tide, with the same telescopes, so the counts can be compared, the trust said.</p>
        </div></div></section>
        <section class="outer"><figure class="full-width"><img src="mudflats.jpg"><figcaption>Mudflats at low tide.</figcaption></figure></section>
        <section class="outer"><div class="container"><div class="post__content wysiwyg">
        <p>Most of the increase is in redshank and dunlin, which feed on the worms that returned once the outfalls upstream were closed.</p>
        <p>The trust will repeat the survey every autumn, and it has asked anglers to report ringed birds on its website, with a photograph.</p>
        </div></div></section>
        <aside class="teasers"><div class="post__content"><a href="/a">Ten coastal walks for the winter</a></div></aside>
        </body></html>
        """,
        """
        <html><body><article><div class="article-body-text component version-2"><div class="component-content">
        <p>The first surveys of the estuary, made in the spring, found twice as many wading birds as the count ten years ago had recorded.</p>
        <p>Volunteers walked the same transects at low tide, with the same telescopes, so the counts can be compared, the trust said.</p>
        </div></div>
        <div class="podcast-player"><iframe src="player.html"></iframe><p><a href="/listen">How to listen</a></p></div>
        <blockquote class="article-body-text pull">Twice as many wading birds.</blockquote>
        <div class="article-body-text component"><div class="component-content">
        <p>Most of the increase is in redshank and dunlin, which feed on the worms that returned once the outfalls upstream were closed.</p>
        <p>The trust will repeat the survey every autumn, and it has asked anglers to report ringed birds on its website, with a photograph.</p>
        </div></div></article></body></html>
        """,
    ]

    @Test("An article split into several containers of one kind is read whole", arguments: splitArticles)
    func splitArticle(page: String) throws {
        let text = try readHTML(page).blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("first surveys") && text.contains("transects") && text.contains("redshank") && text.contains("anglers"))
        #expect(!text.contains("coastal walks") && !text.contains("Twice as many"))
    }

    @Test("A headline set as a paragraph and an English dateline above the story go to the metadata", arguments: [
        ("<p class=\"headline\">Harbour bridge reopens after repairs</p><p>Updated 6:40 am CST, Friday, March 8, 2024</p>", "2024-03-08"),
        ("<p>Harbour bridge reopens after repairs</p><p>Published 10:15 PM EST Mar 7, 2024</p>", "2024-03-07"),
    ])
    func headlineAndDatelineAsParagraphs(head: String, date: String) throws {
        let page = "<html><head><title>Harbour bridge reopens after repairs</title></head><body><div class=\"story-body\">" + head
            + SitePages.englishParagraphs.map { "<p>\($0)</p>" }.joined() + "</div></body></html>"
        let document = try readHTML(page)
        #expect(document.blocks.map(\.plainText) == SitePages.englishParagraphs)
        #expect(document.metadata.date == date && document.metadata.title == "Harbour bridge reopens after repairs")
    }

    @Test("Ad labels and pointers past them are no article text", arguments: [
        "Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Story continues below gallery", "Continue reading the main story",
        // Publishing platforms' widgets: likes, share plugins, slideshows, players, gallery toggles and counters.
        "Like Loading...", "Sharing is caring!", "This slideshow requires JavaScript.", "Media playback is unsupported on your device", "Caption", "3 of 12",
    ])
    func adLabels(line: String) {
        #expect(FurnitureLine(line) == .adLabel)
    }

    @Test("A picture's credit set apart from its caption is a credit", arguments: [
        "Photo: Lena Ortiz, AP", "Photo: Sam Reed / Associated Press", "(Image credit: Harbour Robotics)", "(Image credit: Future/Northwind)",
        "Image copyright Getty Images", "Getty Images", "Rosa Lind/Harbour Times/Getty Images", "Port Authority via AP", "Stockimages, Getty Images/Creatas RF",
    ])
    func pictureCredits(line: String) {
        #expect(FurnitureLine(line) == .pictureCredit(line))
    }

    @Test("People and the agency they work for: a picture's credit under a figure, a wire story's byline elsewhere", arguments: [
        ("Lena Ortiz, AP", ["Lena Ortiz"]), ("Dana Whitfield and Omar Haddad, Associated Press", ["Dana Whitfield", "Omar Haddad"]),
        ("Sam Reed Associated Press", ["Sam Reed"]), ("Ann Lee, Ap National Political Writer", ["Ann Lee"]),
    ] as [(String, [String])])
    func agencyCredits(line: String, people: [String]) {
        #expect(FurnitureLine(line) == .agencyCredit(line, people: people))
    }

    @Test("Prompts under a story: follow, sign up, subscribe, write in", arguments: [
        "Follow Harbour News on Instagram, Facebook and YouTube.", "Email Ann Lee at alee@harbour.example or follow her @annlee.",
        "Have a tip? Tom Hart may be reached at thart@harbour.example.", "Sign up for The Morning Tide newsletter",
        "Reach the reporters on Twitter at http://twitter.com/annlee", "Write to sam.reed@harbour.example",
    ])
    func closingPrompts(line: String) {
        #expect(ArticleCleanup.isPrompt(line))
    }

    @Test("Closing sentences with an address or a handle in them are the story's", arguments: [
        "The group's account, @harbourwatch, posted the video on Tuesday and it was shared thousands of times.",
        "Residents can send comments to the council until March 30.", "Follow-up inspections are planned for the spring.",
        "记者 王一 邮箱：wangyi@example.cn",
    ])
    func notClosingPrompts(line: String) {
        #expect(!ArticleCleanup.isPrompt(line))
    }

    @Test("Wire stories' reporting credits are credits", arguments: [
        "Reporting by Ann Lee; additional reporting by Tom Hart; Editing by Sam Reed", "Additional reporting by Rosa Lind",
        "Omar Haddad contributed reporting from Lisbon.", "Associated Press writers Ann Lee and Tom Hart contributed to this report.",
    ])
    func reportingCredits(line: String) {
        #expect(FurnitureLine(line) == .reportingCredit(line))
    }

    @Test("A wire byline names the writers; the same shape under a picture credits it")
    func wireBylinesAndPictureCredits() throws {
        let paragraphs = SitePages.englishParagraphs.map { "<p>\($0)</p>" }
        let page = "<html><head><title>Harbour bridge reopens</title></head><body><div class=\"story-body\"><h1>Harbour bridge reopens</h1><p>Rosa Lind and Sam Reed, Associated Press</p>" + paragraphs[0]
            + "<figure><img src=\"span.jpg\" alt=\"\"><figcaption>The western span at dawn.</figcaption></figure><p>Lena Ortiz, AP</p>"
            + paragraphs[1...].joined() + "<p>Reporting by Rosa Lind; Editing by Tom Hart</p></div></body></html>"
        let document = try readHTML(page)
        #expect(document.metadata.authors.map(\.name).suffix(2) == ["Rosa Lind", "Sam Reed"])
        #expect(document.metadata.credits.contains("Lena Ortiz, AP") && document.metadata.credits.contains("Reporting by Rosa Lind; Editing by Tom Hart"))
        #expect(document.blocks.map(\.plainText).filter { !$0.isEmpty && !$0.hasPrefix("The western") } == SitePages.englishParagraphs)
    }

    @Test("Sentences about photos and ads are article text", arguments: [
        "Photo: the council released a picture of the damaged span on Tuesday, showing corrosion along the bearings.",
        "Advertisement revenue fell by a third last year.", "The photo was taken at dawn.",
        "Talks Resume With AP", "Caption contests are back", "Reporters were kept outside the hall.", "He moved to Pittsburgh, PA",
    ])
    func notFurniture(line: String) {
        #expect(FurnitureLine(line) == nil)
    }

    @Test func adLabelsAndPhotoCreditsLeaveTheStory() throws {
        let paragraphs = SitePages.englishParagraphs.map { "<p>\($0)</p>" }
        let page = "<html><body><div class=\"story-body\">" + paragraphs[0] + "<p>Photo: Lena Ortiz, AP</p><p>Advertisement</p>" + paragraphs[1]
            + "<p>Photo: Lena Ortiz, AP</p>" + paragraphs[2...].joined() + "</div></body></html>"
        let document = try readHTML(page)
        #expect(document.blocks.map(\.plainText) == SitePages.englishParagraphs)
        #expect(document.metadata.credits == ["Photo: Lena Ortiz, AP"])
    }

    @Test func hiddenCopiesOfTheArticleStayOut() throws {
        let page = """
        <html><body><div class="article-body">
        <p>The library will open on Sundays from next month, after a trial in the spring drew more than four thousand visitors.</p>
        <p>Staff hours are being rearranged rather than extended, the council said, so the change costs nothing extra.</p></div>
        <div style="display: none" itemscope><div itemprop="description">Sunday opening hours for the library</div><div itemprop="datePublished">2024-01-01T00:00:00Z</div></div>
        <div hidden><p>Template text for the cookie banner, never shown to a reader of the page.</p></div>
        <div class="gallery-overlay hidden"><p>Back to the gallery of pictures from the opening weekend at the library</p></div>
        <div class="modal d-none" aria-label="x"><p>Sign in to save this article to your reading list for later.</p></div>
        <span aria-hidden="true">An icon font's glyph names, read by no one and shown as pictures.</span>
        </body></html>
        """
        let text = try readHTML(page).blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Sundays"))
        #expect(!text.contains("2024-01-01"))
        #expect(!text.contains("cookie"))
        #expect(!text.contains("gallery") && !text.contains("Sign in") && !text.contains("glyph"))
    }

    @Test("A caption a gallery repeats for each screen size and in its slide list is read once")
    func galleryCaptionCopiesAreReadOnce() throws {
        let caption = "Crews clear the flooded underpass on Tuesday morning, after the overnight storm closed the road."
        let paragraphs = SitePages.englishParagraphs.map { "<p>\($0)</p>" }
        let page = "<html><body><div class=\"story-body\"><ul><li>\(caption) Photo: Lena Ortiz</li></ul><p>Caption</p>"
            + "<div class=\"caption-full\">\(caption)</div><div class=\"caption-short\">\(caption)</div>" + paragraphs.joined() + "</div></body></html>"
        let text = try readHTML(page).blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.components(separatedBy: "Crews clear").count == 2, "\(text)")
        // A paragraph the story itself repeats further on is kept.
        let repeated = "<html><body><div class=\"story-body\">" + paragraphs.joined() + paragraphs[0] + "</div></body></html>"
        #expect(try readHTML(repeated).blocks.count == SitePages.englishParagraphs.count + 1)
    }

    @Test func aPageWrappedInAFormKeepsItsArticle() throws {
        let page = """
        <html><body><form id="Form1" method="post" action="page.aspx"><input type="hidden" name="__VIEWSTATE" value="x">
        <div class="blog-post"><p>　　昨日上午，市图书馆新馆正式开馆，首日接待读者逾五千人次，自助借还机前排起了长队。</p>
        <p>　　新馆藏书量达一百二十万册，并设有少儿阅览区、古籍修复展示区和二十四小时自助阅览室。</p></div>
        <div class="search">搜索：<input type="text" name="q"><input type="submit" value="搜索"></div>
        </form></body></html>
        """
        let text = try readHTML(page).blocks.map(\.plainText)
        #expect(text.count == 2)
        #expect(text[0].contains("新馆正式开馆"))
    }

    @Test func extractionIsDeterministic() throws {
        let first = try readHTML(SitePages.portal)
        for _ in 0..<3 { #expect(try readHTML(SitePages.portal) == first) }
    }

    @Test func noExtractKeepsTheWholePortalPage() throws {
        let text = try readHTML(SitePages.portal, options: ["no-extract": ""]).blocks.map(\.plainText).joined(separator: "\n")
        for kept in ["热点排行", "网友甲", "相关新闻", "版权所有", "本报讯"] { #expect(text.contains(kept)) }
    }
}

@Suite struct BadPageTests {
    private func readReporting(_ html: String, options: [String: String] = [:]) throws -> ReadResult {
        try HTMLReader().readReporting(Data(html.utf8), source: "page.html", options: Options(options))
    }

    @Test func brokenMarkupStillGivesTheArticle() throws {
        let page = """
        <html><body><div class="content"><p>The ferry timetable changes on Monday, with two extra sailings in the evening
        <p>Tickets bought before the change stay valid <b>for a month<i>, the operator said.</div>
        <div class="sidebar"><ul><li><a href=/a>One<li><a href=/b>Two</ul>
        """
        let result = try readReporting(page)
        let text = result.document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("ferry timetable"))
        #expect(text.contains("for a month"))
        #expect(result.warnings.isEmpty)
    }

    @Test func aPageWithoutBodyIsRead() throws {
        let result = try readReporting("<title>Notice</title>The office is closed on Friday for the public holiday, and reopens on Monday at nine.")
        #expect(result.document.blocks.map(\.plainText) == ["The office is closed on Friday for the public holiday, and reopens on Monday at nine."])
        #expect(result.document.metadata.title == "Notice")
    }

    @Test func aPageOfNavigationIsKeptWithAWarning() throws {
        let page = """
        <html><head><title>Site map</title></head><body><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/weather">Weather</a></li></ul></nav></body></html>
        """
        let result = try readReporting(page)
        #expect(result.document.blocks.map(\.plainText).joined(separator: " ").contains("Weather"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings[0].contains("navigation"))
    }

    @Test func aPageWithoutTextWarns() throws {
        let result = try readReporting("<html><head><style>p { color: red }</style></head><body><script>var x = 1;</script></body></html>")
        #expect(result.document.blocks.isEmpty)
        #expect(result.warnings == ["the page holds no text: the document is empty"])
    }

    @Test func tenMegabytesOfNestedTablesGiveAOneLineError() throws {
        let depth = 12_000
        var page = "<html><body>"
        page.reserveCapacity(10 << 20)
        for _ in 0..<depth { page += "<table><tr><td>cell text here, and more of it, " }
        page += String(repeating: "x", count: max(0, (10 << 20) - page.utf8.count))
        #expect(page.utf8.count >= 10 << 20)
        let error = try #require(throws: FolioError.self) { try readReporting(page) }
        #expect(error.kind == .limitExceeded)
        #expect(!error.description.contains("\n"))
    }

    /// A page reads in time linear in its size: two megabytes of a flat table (a debug build
    /// reads it in seconds; the whole-page reading once took minutes on a tenth of it).
    @Test func megabytesOfAWideTableAreRead() throws {
        let row = "<tr><td>第一列的单元格文字</td><td>second column cell, with a comma</td><td><a href=\"/x\">link</a></td></tr>"
        let page = "<html><body><table>" + String(repeating: row, count: (2 << 20) / row.utf8.count + 1) + "</table></body></html>"
        let result = try readReporting(page)
        #expect(!result.document.blocks.isEmpty)
    }

    @Test func aGBKDeclarationOnUTF8BytesIsOverruled() throws {
        let page = """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>县城新开一家书店</title></head><body>
        <div class="text"><p>　　县城东街新开了一家书店，店面不大，却收藏了许多本地作者的作品，开业当天就吸引了不少读者。</p>
        <p>　　店主说，希望书店能成为县城里安静读书、交流的地方，今后每月都会举办一次读书分享会。</p></div></body></html>
        """
        let document = try readHTML(page)
        #expect(document.metadata.title == "县城新开一家书店")
        #expect(document.blocks.first?.plainText.contains("本地作者的作品") == true)
    }
}
