import FolioCore
import Foundation
import FolioMarkup
import Testing

@Suite("Markup rendering")
struct MarkupRendererTests {
    let renderer = MarkupRenderer()

    private func page(_ blocks: [Block], renderer: MarkupRenderer = MarkupRenderer()) -> [UInt8] {
        XHTMLPage(title: "样张", language: "zh-CN", embeddedStyleSheet: DefaultStyleSheet.css).render(body: renderer.render(blocks).bytes)
    }

    @Test func paragraphTextIsEscapedAndNeverMarkup() {
        let hostile = "<script>alert(1)</script> & \"引号\" <b>粗</b>"
        let markup = renderer.render([.paragraph([.text(hostile)])]).markup
        #expect(markup == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"引号\" &lt;b&gt;粗&lt;/b&gt;</p>\n")
        #expect(XMLWellFormedness.check(page([.paragraph([.text(hostile)])])))
    }

    @Test func controlCharactersAreDropped() {
        let text = "甲\u{0}乙\u{1B}丙\u{7F}丁\u{85}戊\u{FFFE}己\u{FFFF}庚\r\n辛\t壬"
        let markup = renderer.render([.paragraph([.text(text)])]).markup
        #expect(markup == "<p>甲乙丙丁戊己庚\n辛\t壬</p>\n")
        #expect(XMLWellFormedness.check(page([.paragraph([.text(text)])])))
    }

    @Test func attributesEscapeQuotesAndNewlines() {
        let image = Image(source: "pic.jpg", alternative: "a \"b\" <c>\nd & e")
        let markup = renderer.render([.figure(Figure(image: image))]).markup
        #expect(markup.contains("alt=\"a &quot;b&quot; &lt;c&gt;&#10;d &amp; e\""))
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html,<b>", "file:///etc/passwd", "\u{1}javascript:x"])
    func dangerousLinksKeepOnlyTheirText(_ target: String) {
        let markup = renderer.render([.paragraph([.link(Link(target: target, content: [.text("点此")]))])]).markup
        #expect(markup == "<p>点此</p>\n")
    }

    @Test func safeLinksArePercentEncodedWhereNeeded() {
        let markup = renderer.render([.paragraph([.link(Link(target: "https://example.org/a b?q=\"x\"&r=%zz#frag", title: "题", content: [.text("链接")]))])]).markup
        #expect(markup == "<p><a href=\"https://example.org/a%20b?q=%22x%22&amp;r=%25zz#frag\" title=\"题\">链接</a></p>\n")
    }

    @Test func nestedLinksRenderAsText() {
        let inner = Inline.link(Link(target: "https://b.example", content: [.text("内")]))
        let markup = renderer.render([.paragraph([.link(Link(target: "https://a.example", content: [.text("外"), inner]))])]).markup
        #expect(markup == "<p><a href=\"https://a.example\">外内</a></p>\n")
    }

    @Test func inlineElements() {
        let inlines: [Inline] = [.emphasis([.text("斜")]), .strong([.text("粗")]), .quoted([.text("引")]), .code("x<y"), .lineBreak, .image(Image(source: "i.png", alternative: "图"))]
        #expect(renderer.render(inlines: inlines) == "<em>斜</em><strong>粗</strong><q>引</q><code>x&lt;y</code><br/><img src=\"i.png\" alt=\"图\"/>")
    }

    @Test func headingsGetUniqueAnchorsAndOpenSections() {
        let blocks: [Block] = [
            .paragraph([.text("导语")]),
            .heading(Heading(level: 1, content: [.text("一")], identifier: "part")),
            .heading(Heading(level: 2, content: [.text("一之一")], identifier: "part")),
            .paragraph([.text("正文")]),
            .heading(Heading(level: 1, content: [.text("二")], identifier: "有空格 的")),
            .heading(Heading(level: 1, content: [.text("三")], identifier: "section-3")),
        ]
        let rendered = renderer.render(blocks)
        #expect(rendered.outline == [
            OutlineEntry(level: 1, text: "一", anchor: "part"),
            OutlineEntry(level: 2, text: "一之一", anchor: "section-1"),
            OutlineEntry(level: 1, text: "二", anchor: "section-2"),
            OutlineEntry(level: 1, text: "三", anchor: "section-3"),
        ])
        #expect(rendered.markup == """
        <p>导语</p>
        <section>
        <h1 id="part">一</h1>
        <section>
        <h2 id="section-1">一之一</h2>
        <p>正文</p>
        </section>
        </section>
        <section>
        <h1 id="section-2">二</h1>
        </section>
        <section>
        <h1 id="section-3">三</h1>
        </section>

        """)
    }

    @Test func headingOffsetShiftsTagsButNotOutline() {
        let renderer = MarkupRenderer(wrapsSections: false, headingLevelOffset: 1)
        let rendered = renderer.render([.heading(Heading(level: 6, content: [.text("深")]))])
        #expect(rendered.markup == "<h6 id=\"section-1\">深</h6>\n")
        #expect(rendered.outline.first?.level == 6)
    }

    @Test func figureWithoutResolvableImageKeepsCaption() {
        let renderer = MarkupRenderer(resolveImage: { _ in nil })
        let figure = Figure(image: Image(source: "missing.jpg", alternative: "缺"), caption: [.text("图注")])
        #expect(renderer.render([.figure(figure)]).markup == "<figure><figcaption>图注</figcaption></figure>\n")
        #expect(renderer.render([.figure(Figure(image: figure.image))]).markup == "")
    }

    @Test func figureWithImage() {
        let figure = Figure(image: Image(source: "img/a.jpg", alternative: "会场", title: "题"), caption: [.text("会场一角")])
        #expect(renderer.render([.figure(figure)]).markup
                == "<figure><img src=\"img/a.jpg\" alt=\"会场\" title=\"题\"/><figcaption>会场一角</figcaption></figure>\n")
    }

    @Test func notesBecomeAsidesWithTheirKind() {
        let note = Note(kind: "编者按", blocks: [.heading(Heading(level: 2, content: [.text("注")])), .paragraph([.text("说明")])])
        let rendered = renderer.render([.note(note)])
        #expect(rendered.markup == "<aside class=\"note\" data-kind=\"编者按\">\n<p class=\"note-kind\">编者按</p>\n<h2 id=\"section-1\">注</h2>\n<p>说明</p>\n</aside>\n")
        #expect(rendered.outline.isEmpty)
    }

    @Test func listsQuotesCodeAndDividers() {
        let blocks: [Block] = [
            .list(List(isOrdered: true, start: 3, items: [[.paragraph([.text("甲")])], [.paragraph([.text("乙")]), .paragraph([.text("丙")])]])),
            .list(List(isOrdered: false, items: [[.paragraph([.text("丁")])]])),
            .blockQuote([.paragraph([.text("引文")])]),
            .codeBlock(CodeBlock(language: "swift\" onclick=", text: "let a = 1 < 2")),
            .divider,
        ]
        let markup = renderer.render(blocks).markup
        #expect(markup == """
        <ol start="3">
        <li>甲</li>
        <li><p>乙</p>
        <p>丙</p>
        </li>
        </ol>
        <ul>
        <li>丁</li>
        </ul>
        <blockquote>
        <p>引文</p>
        </blockquote>
        <pre><code class="language-swiftonclick">let a = 1 &lt; 2</code></pre>
        <hr/>

        """)
    }

    @Test func tablesWithSpansAlignmentAndGroups() {
        let table = Table(
            role: .indicators, caption: [.text("主要指标")], columnAlignments: [.left, .right],
            head: [TableRow(cells: [TableCell(text: "项目"), TableCell(text: "数值")])],
            body: [
                TableRow(cells: [TableCell(text: "人才", rowSpan: 5), TableCell(text: "2.1万")]),
                TableRow(cells: [TableCell(text: "50余万", alignment: .center)]),
            ],
            foot: [TableRow(cells: [TableCell(text: "合计", columnSpan: 2, isHeader: true)])]
        )
        #expect(renderer.render([.table(table)]).markup == """
        <table class="indicators">
        <caption>主要指标</caption>
        <thead>
        <tr><th scope="col" style="text-align: left">项目</th><th scope="col" style="text-align: right">数值</th></tr>
        </thead>
        <tbody>
        <tr><td rowspan="2" style="text-align: left">人才</td><td style="text-align: right">2.1万</td></tr>
        <tr><td style="text-align: center">50余万</td></tr>
        </tbody>
        <tfoot>
        <tr><th colspan="2" style="text-align: left">合计</th></tr>
        </tfoot>
        </table>

        """)
    }

    @Test func headerShowsTitleBylineAndDateline() {
        let metadata = Metadata(title: "城东新桥通车", subtitle: "——三年建设纪实", introTitle: "民生工程", authors: [Author(name: "林晓", role: "记者"), Author(name: "陈一")],
                                date: "2024-05-06", publication: "江城日报", edition: "A3", credits: ["本版图片由市交通局提供"])
        let header = renderer.renderHeader(metadata)
        #expect(header == """
        <header class="document-header">
        <p class="intro-title">民生工程</p>
        <h1 class="title">城东新桥通车</h1>
        <p class="subtitle">——三年建设纪实</p>
        <p class="byline"><span class="author">记者 林晓</span> <span class="author">陈一</span></p>
        <p class="dateline">江城日报 · 2024-05-06 · A3</p>
        <p class="credit">本版图片由市交通局提供</p>
        </header>

        """)
        #expect(renderer.renderHeader(Metadata()) == "")
    }

    @Test func pageIsPolyglotXHTML() {
        let page = XHTMLPage(title: "  ", language: "zh-CN\"><x", styleSheetLinks: ["style.css"], embeddedStyleSheet: "a > b { content: \"<&\" }",
                             declaresEPUBNamespace: true, bodyClass: "chapter").render(body: Array("<p>正文</p>\n".utf8))
        let markup = String(decoding: page, as: UTF8.self)
        #expect(markup.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">"))
        #expect(markup.contains("<title>Untitled</title>"))
        #expect(markup.contains("content: \"\\3C \\26 \""))
        #expect(XMLWellFormedness.check(page))
    }

    @Test func languageTagsAreWellFormedOrAbsent() {
        #expect(XHTMLPage.languageTag("zh-CN") == "zh-CN")
        #expect(XHTMLPage.languageTag(" zh_Hans_CN ") == "zh-Hans-CN")
        #expect(XHTMLPage.languageTag("en") == "en")
        for bad in ["", "x", "zh-", "中文", "en US", "zh-CN\"><x", "toolonglanguage", "en-abcdefghi"] {
            #expect(XHTMLPage.languageTag(bad) == nil, "\(bad)")
        }
    }

    @Test func defaultStyleSheetEmbedsUnchanged() {
        #expect(!DefaultStyleSheet.css.contains("<") && !DefaultStyleSheet.css.contains("&"))
        #expect(DefaultStyleSheet.css.contains("text-indent: 2em"))
        #expect(DefaultStyleSheet.css.contains("line-height: 1.8"))
    }

    @Test func everyBlockKindRendersWellFormed() {
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("标题 & <题>")])),
            .paragraph([.text("一"), .lineBreak, .link(Link(target: "https://x.example/?a=1&b=2", content: [.strong([.text("二")])]))]),
            .figure(Figure(image: Image(source: "a b.png", alternative: "\""), caption: [.emphasis([.text("注")])])),
            .blockQuote([.note(Note(kind: "<k>", blocks: [.paragraph([.text("三")])]))]),
            .list(List(isOrdered: false, items: [[], [.divider]])),
            .table(Table(body: [TableRow(cells: [TableCell(content: [.code("]]>")], rowSpan: 0, columnSpan: 0)])])),
            .codeBlock(CodeBlock(text: "]]> <!-- -->")),
            .divider,
        ]
        #expect(XMLWellFormedness.check(page(blocks)))
    }
}
