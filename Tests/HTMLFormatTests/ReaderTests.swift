import Foundation
import Testing
import FolioCore
import FolioNewspaper
@testable import HTMLFormat

@Suite struct MetadataTests {
    @Test func titleLanguageAndMetaTags() throws {
        let document = try readHTML("""
        <html lang="zh-CN"><head><title>滨江步道全线贯通</title>
        <meta name="author" content="陈明远, 林小溪"><meta name="description" content="步道全长12公里。">
        <meta name="keywords" content="滨江，步道, 民生"><meta name="date" content="2023年9月8日">
        </head><body><p>正文。</p></body></html>
        """)
        let metadata = document.metadata
        #expect(metadata.title == "滨江步道全线贯通")
        #expect(metadata.language == "zh-CN")
        #expect(metadata.authors == [Author(name: "陈明远"), Author(name: "林小溪")])
        #expect(metadata.summary == "步道全长12公里。")
        #expect(metadata.keywords == ["滨江", "步道", "民生"])
        #expect(metadata.date == "2023-09-08")
    }

    @Test func openGraphAndArticleProperties() throws {
        let document = try readHTML("""
        <html><head><title>Harbour reopens | The Bay Courier</title>
        <meta property="og:title" content="Harbour reopens"><meta property="og:description" content="After two years.">
        <meta property="og:site_name" content="The Bay Courier"><meta property="og:locale" content="en_GB">
        <meta property="article:published_time" content="2022-11-03T07:30:00Z">
        <meta property="article:author" content="Ann Lee"><meta property="article:section" content="City">
        <meta property="article:tag" content="harbour"></head><body><p>Text.</p></body></html>
        """)
        let metadata = document.metadata
        #expect(metadata.title == "Harbour reopens")
        #expect(metadata.summary == "After two years.")
        #expect(metadata.publication == "The Bay Courier")
        #expect(metadata.language == "en-GB")
        #expect(metadata.date == "2022-11-03")
        #expect(metadata.authors == [Author(name: "Ann Lee")])
        #expect(metadata.section == "City")
        #expect(metadata.keywords == ["harbour"])
    }

    @Test func datesAreNormalised() {
        #expect(NewsDate.iso("2021-3-1 00:00:00.0") == "2021-03-01")
        #expect(NewsDate.iso("2021-03-01T10:54:37+08:00") == "2021-03-01")
        #expect(NewsDate.iso("2021/03/01") == "2021-03-01")
        #expect(NewsDate.iso("20210301") == "2021-03-01")
        #expect(NewsDate.iso("2021年03月01日 星期一") == "2021-03-01")
        #expect(NewsDate.iso("spring 2021") == nil)
    }
}

@Suite struct FounderPageTests {
    private let page = """
    <html><head><meta charset="utf-8"><title>海州日报数字报</title></head><body>
    <div class="toolbar"><a href="#">上一版</a> <a href="#">下一版</a> 放大 缩小 默认</div>
    <table><tr><td class="nav"><a href="a.html">标题导航一</a><br><a href="b.html">标题导航二</a></td>
    <td><div id="content">
    <!--enpproperty <articleid>880431</articleid><date>2024-04-12 00:00:00:0</date><author></author><title><p>老街换新颜</p></title><keyword>老街,改造</keyword><subtitle>——西门老街改造纪实</subtitle><introtitle>留住烟火气</introtitle><siteid>1</siteid><nodeid>17</nodeid><nodename>城市·民生</nodename><nodesearchname></nodesearchname>/enpproperty-->
    <!--enpcontent--><!--enpcontent-->
    <p>　　记者 顾晓岚 通讯员 钱东 本版图片由西门街道提供</p>
    <p>　　西门老街全长八百米，
    两侧保留了四十余栋老建筑。</p>
    <p>　　改造后的老街已迎来游客十五万人次。</p>
    <!--/enpcontent-->
    <p>责任编辑：周一</p>
    </div></td></tr></table>
    </body></html>
    """

    @Test func metadataFromTheEnpPropertyComment() throws {
        let metadata = try readHTML(page).metadata
        #expect(metadata.title == "老街换新颜")
        #expect(metadata.subtitle == "——西门老街改造纪实")
        #expect(metadata.introTitle == "留住烟火气")
        #expect(metadata.date == "2024-04-12")
        #expect(metadata.identifier == "880431")
        #expect(metadata.keywords == ["老街", "改造"])
        #expect(metadata.section == "城市·民生")
    }

    @Test func bodyBetweenTheContentCommentsWithTheBylineMoved() throws {
        let document = try readHTML(page)
        #expect(document.blocks == [
            .paragraph([.text("西门老街全长八百米，两侧保留了四十余栋老建筑。")]),
            .paragraph([.text("改造后的老街已迎来游客十五万人次。")]),
        ])
        #expect(document.metadata.authors == [Author(name: "顾晓岚", role: "记者"), Author(name: "钱东", role: "通讯员")])
        #expect(document.metadata.credits == ["本版图片由西门街道提供"])
    }

    @Test func founderElements() throws {
        let document = try readHTML("""
        <html><body><div class="head">报头 导航</div>
        <founder-title>湖畔书房开门迎客</founder-title><founder-subtitle>全市第十二家</founder-subtitle>
        <founder-date>2024-06-01</founder-date><founder-author>记者 吴桐</founder-author>
        <founder-content><p>湖畔书房今天开门。</p><p>藏书一万册。</p></founder-content>
        <div class="foot">版权所有</div></body></html>
        """)
        #expect(document.metadata.title == "湖畔书房开门迎客")
        #expect(document.metadata.subtitle == "全市第十二家")
        #expect(document.metadata.date == "2024-06-01")
        #expect(document.metadata.authors == [Author(name: "吴桐", role: "记者")])
        #expect(document.blocks.map(\.plainText) == ["湖畔书房今天开门。", "藏书一万册。"])
    }

    @Test func kickerAndDeckAboveTheBodyAreMetadata() throws {
        let document = try readHTML("""
        <!--enpproperty <title>老街换新颜</title><subtitle>——西门老街改造纪实</subtitle><introtitle>留住烟火气</introtitle>/enpproperty-->
        <div class="article"><h3>留住烟火气</h3><h1>老街换新颜</h1><h2>西门老街改造纪实</h2>
        <p>西门老街全长八百米，两侧保留了四十余栋老建筑，是城里最热闹的地方之一。</p></div>
        """)
        #expect(document.blocks.map(\.plainText) == ["西门老街全长八百米，两侧保留了四十余栋老建筑，是城里最热闹的地方之一。"])
    }

    @Test func zoomDivHoldsTheArticle() throws {
        let document = try readHTML("""
        <html><body><div class="menu"><a href="/">首页</a></div>
        <div id="ozoom"><founder-title>标题</founder-title><p>正文第一段。</p><p>正文第二段。</p></div>
        <div class="footer">联系我们</div></body></html>
        """)
        #expect(document.blocks.map(\.plainText) == ["正文第一段。", "正文第二段。"])
        #expect(document.metadata.title == "标题")
    }

    @Test func boldLinesAreSectionHeadingsOfAnArticleWithoutHeadings() throws {
        let document = try readHTML("""
        <div id="ozoom"><p>导语一段。</p><p><b>一、老街换新颜</b></p><p>正文。</p>
        <p><strong>二、游客多起来</strong></p><p><b>重点</b>在于，保留原貌。</p></div>
        """)
        #expect(document.headingTexts == ["一、老街换新颜", "二、游客多起来"])
        #expect(document.blocks.last == .paragraph([.strong([.text("重点")]), .text("在于，保留原貌。")]))
        let single = try readHTML("<div id='ozoom'><p><b>仅此一处</b></p><p>正文。</p></div>")
        #expect(single.headingTexts.isEmpty)
    }

    @Test func enpPropertyFieldsParse() {
        let fields = FounderProperties(comment: "enpproperty <title>A &amp; B</title><author>记者 王一</author><empty></empty>/enpproperty").fields
        #expect(fields == ["title": "A & B", "author": "记者 王一"])
    }
}

@Suite struct ExtractionTests {
    private let page = """
    <html><head><title>城东新建三座口袋公园 - 海州日报</title></head><body>
    <div id="header" class="masthead"><a href="/">海州日报</a> <a href="/news">新闻</a> <a href="/sports">体育</a></div>
    <div class="nav"><ul><li><a href="/1">要闻</a></li><li><a href="/2">社会</a></li><li><a href="/3">经济</a></li></ul></div>
    <div class="article-content">
    <h1>城东新建三座口袋公园</h1>
    <p>记者 陈明远</p>
    <p>本报讯 城东街道今年新建三座口袋公园，总面积达1.2万平方米，惠及周边居民3万余人，成为居民家门口的好去处。</p>
    <div class="share-bar"><a href="#">微信</a> <a href="#">微博</a></div>
    <p>公园里设有健身步道、儿童游乐区和休息亭，每天吸引不少居民前来散步锻炼，周末更是热闹。</p>
    </div>
    <div class="sidebar"><h3>热点</h3><ul><li><a href="/4">热点新闻一，标题很长很长很长很长</a></li><li><a href="/5">热点新闻二，标题也很长很长很长</a></li></ul></div>
    <div class="footer">版权所有 海州日报社，未经许可不得转载，违者必究。地址：海州市人民路1号，电话：0000-0000000。</div>
    </body></html>
    """

    @Test func mainArticleIsFound() throws {
        let document = try readHTML(page)
        #expect(document.metadata.title == "城东新建三座口袋公园")
        #expect(document.metadata.authors == [Author(name: "陈明远", role: "记者")])
        #expect(document.blocks.map(\.plainText) == [
            "本报讯 城东街道今年新建三座口袋公园，总面积达1.2万平方米，惠及周边居民3万余人，成为居民家门口的好去处。",
            "公园里设有健身步道、儿童游乐区和休息亭，每天吸引不少居民前来散步锻炼，周末更是热闹。",
        ])
    }

    @Test func footnotesInsideTheArticleStay() throws {
        let document = try readHTML(page.replacingOccurrences(of: "<div class=\"share-bar\">", with: "<p class=\"footnote\">注：面积为规划数据。</p><div class=\"share-bar\">"))
        #expect(document.blocks.contains(.paragraph([.text("注：面积为规划数据。")])))
        #expect(!document.blocks.map(\.plainText).contains { $0.contains("微信") })
    }

    @Test func noExtractKeepsEverything() throws {
        let document = try readHTML(page, options: ["no-extract": ""])
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("热点新闻一"))
        #expect(text.contains("版权所有"))
        #expect(text.contains("微信"))
    }

    @Test func aSimplePageIsKeptWhole() throws {
        let document = try readHTML("<p>one short paragraph</p><p>another, with a comma, or two</p>")
        #expect(document.blocks.count == 2)
    }
}

@Suite struct ReaderRobustnessTests {
    @Test func scriptsNeverBecomeText() throws {
        let document = try readHTML("""
        <p>safe<script>document.write('<p>injected</p>')</script></p><img src=x onerror="alert(1)" alt="x">
        <p onclick="alert(2)">click</p><style>p { color: red }</style>
        """)
        let text = document.blocks.map(\.plainText).joined()
        #expect(!text.contains("injected"))
        #expect(!text.contains("alert"))
        #expect(!text.contains("color"))
    }

    @Test func hostileInputGivesErrorsOrDocuments() throws {
        let inputs: [[UInt8]] = [
            [], [0x3C], Array("<".utf8) + Array(repeating: 0x61, count: 10_000), Array("<table><tr><td rowspan=999999999>".utf8),
            Array(repeating: 0xFF, count: 64), Array("<p>\u{0}</p>".utf8), Array("<!--".utf8),
        ]
        for input in inputs {
            do { _ = try readHTML(bytes: input) } catch let error as FolioError { #expect(!error.message.isEmpty) }
        }
    }

    /// `\r\n` is one Character: dropping the newline that opens a `<pre>` took two characters
    /// and trapped on a block holding nothing else (a fuzzer found it).
    @Test func preformattedTextOfOneLineBreak() throws {
        for html in ["<pre>\r\n</pre>", "<pre>\r\nx = 1\r\n</pre>", "<pre>\nx</pre>"] {
            let blocks = try readHTML("<html><body><p>前文。</p>\(html)</body></html>", options: ["no-extract": ""]).blocks
            let code = blocks.compactMap { block -> String? in
                if case .codeBlock(let code) = block { return code.text }
                return nil
            }
            #expect(code.allSatisfy { !$0.hasPrefix("\n") && !$0.hasPrefix("\r") }, "\(html)")
        }
    }

    @Test func deepNestingIsRefused() throws {
        let html = String(repeating: "<div>", count: 1000) + "x"
        #expect(throws: FolioError.self) { try readHTML(html) }
        #expect(throws: FolioError.self) { try readHTML(html, options: ["max-depth": "600"]) }
        #expect(try readHTML(html, options: ["max-depth": "1500"]).blocks == [.paragraph([.text("x")])])
    }

    @Test func oversizedInputIsRefused() {
        #expect(throws: FolioError.self) { try readHTML("<p>0123456789</p>", options: ["max-input-size": "8"]) }
    }

    @Test func registeredUnderItsNamesAndMediaTypes() {
        let registry = PluginRegistry([HTMLFormatPlugin()])
        #expect(registry.reader(forPath: "page.HTM")?.descriptor.name == "html")
        #expect(registry.reader(forPath: "chapter.xhtml")?.descriptor.name == "html")
        #expect(registry.reader(forMediaType: "text/html; charset=gbk")?.descriptor.name == "html")
        #expect(registry.writer(forPath: "out.html")?.descriptor.name == "html")
    }
}
