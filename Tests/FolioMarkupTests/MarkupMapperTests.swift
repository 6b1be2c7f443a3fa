import Foundation
import Testing
@testable import FolioMarkup
import FolioCore

/// Maps an HTML body fragment to blocks.
func mapHTML(_ html: String) throws -> [Block] {
    let document = try MarkupParser.parseHTML("<html><body>" + html + "</body></html>", source: "fixture.html")
    return MarkupMapper().blocks(from: try #require(document.body))
}

@Suite struct MarkupMapperTests {
    @Test func headingsAndParagraphs() throws {
        let blocks = try mapHTML("<h1 id='top'>Title</h1><p>First  para\n graph.</p><h3>Sub</h3><p>Second</p>")
        #expect(blocks == [
            .heading(Heading(level: 1, content: [.text("Title")], identifier: "top")),
            .paragraph([.text("First para graph.")]),
            .heading(Heading(level: 3, content: [.text("Sub")])),
            .paragraph([.text("Second")]),
        ])
    }

    @Test func whitespaceCollapsesAroundSpans() throws {
        let blocks = try mapHTML("<p>  one <em> two </em>three<strong>four</strong> <a href='x.html'>five</a>  </p>")
        #expect(blocks == [.paragraph([
            .text("one "), .emphasis([.text("two")]), .text(" three"), .strong([.text("four")]), .text(" "),
            .link(Link(target: "x.html", content: [.text("five")])),
        ])])
    }

    @Test func lineBreakInsideChineseTextJoinsWithoutSpace() throws {
        let blocks = try mapHTML("<p>宁波市今年新建\n  公园十二座，\nand then English\nwords 以及 空格</p>")
        #expect(blocks == [.paragraph([.text("宁波市今年新建公园十二座，and then English words 以及 空格")])])
    }

    @Test func indentationWithIdeographicAndNoBreakSpacesIsTrimmed() throws {
        let blocks = try mapHTML("<p>&nbsp;&nbsp;\u{3000}\u{3000}正文开始。<br></p>")
        #expect(blocks == [.paragraph([.text("正文开始。")])])
    }

    @Test func lineBreaksAndImages() throws {
        let blocks = try mapHTML("<p>line one <br> line two <img src='a.png' alt=' A '></p>")
        #expect(blocks == [.paragraph([.text("line one"), .lineBreak, .text("line two "), .image(Image(source: "a.png", alternative: "A"))])])
    }

    @Test func doubleBreaksAndIndentedLinesSeparateParagraphs() throws {
        let blocks = try mapHTML("<div>第一段。<br><br>第二段。<br>\n\u{3000}\u{3000}第三段。<br>同段新行</div>")
        #expect(blocks == [.paragraph([.text("第一段。")]), .paragraph([.text("第二段。")]), .paragraph([.text("第三段。"), .lineBreak, .text("同段新行")])])
    }

    @Test func looseTextInDivsBecomesParagraphs() throws {
        let blocks = try mapHTML("<div>loose one<div>inner</div>loose two<p>para</p></div>")
        #expect(blocks == [.paragraph([.text("loose one")]), .paragraph([.text("inner")]), .paragraph([.text("loose two")]), .paragraph([.text("para")])])
    }

    @Test func scriptsStylesNavigationAndFormsAreDropped() throws {
        let blocks = try mapHTML("""
        <nav><a href='/'>Home</a></nav><script>alert(1)</script><style>p{}</style><noscript>enable js</noscript>
        <form><input value='q'><button>Go</button></form><template><p>hidden</p></template><p>kept</p>
        """)
        #expect(blocks == [.paragraph([.text("kept")])])
    }

    @Test func unknownElementsKeepTheirText() throws {
        let blocks = try mapHTML("<p>a <custom-tag>b</custom-tag> c</p><x-box><p>inside</p></x-box>")
        #expect(blocks == [.paragraph([.text("a b c")]), .paragraph([.text("inside")])])
    }

    @Test func nestedLists() throws {
        let blocks = try mapHTML("<ol start='3'><li>one<ul><li>a</li><li>b</li></ul></li><li><p>two</p></li></ol>")
        let inner = Block.list(List(isOrdered: false, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]))
        #expect(blocks == [.list(List(isOrdered: true, start: 3, items: [[.paragraph([.text("one")]), inner], [.paragraph([.text("two")])]]))])
    }

    @Test func listWrittenWithoutItemForTheNestedList() throws {
        let blocks = try mapHTML("<ul><li>one</li><ul><li>nested</li></ul><li>two</li></ul>")
        guard case .list(let list) = blocks.first else { Issue.record("no list"); return }
        #expect(list.items.count == 2)
        #expect(list.items[0].count == 2)
    }

    @Test func blockQuotesAndAsides() throws {
        let blocks = try mapHTML("<blockquote><p>quoted</p>more</blockquote><aside><p>aside</p></aside>")
        #expect(blocks == [
            .blockQuote([.paragraph([.text("quoted")]), .paragraph([.text("more")])]),
            .note(Note(blocks: [.paragraph([.text("aside")])])),
        ])
    }

    @Test func preformattedKeepsWhiteSpace() throws {
        let blocks = try mapHTML("<pre class='language-swift'>\nlet x = 1\n  return x &lt; 2</pre><p>use <code>a   b</code> here</p>")
        #expect(blocks == [
            .codeBlock(CodeBlock(language: "swift", text: "let x = 1\n  return x < 2")),
            .paragraph([.text("use "), .code("a b"), .text(" here")]),
        ])
    }

    @Test func figureWithCaption() throws {
        let blocks = try mapHTML("<figure><img src='p.jpg' alt='公园'><figcaption>新建的<b>公园</b></figcaption></figure>")
        #expect(blocks == [.figure(Figure(image: Image(source: "p.jpg", alternative: "公园"), caption: [.text("新建的"), .strong([.text("公园")])]))])
    }

    @Test("A lazy-loaded picture in a gallery frame is the figure's image: the real source, not the placeholder")
    func lazyGalleryFigure() throws {
        let blocks = try mapHTML("""
            <figure><div class="media"><a href="#"><img alt="Harbour at dawn" src="data:image/svg+xml,%3Csvg%3E" data-src="https://example.com/harbour.jpg"></a>\
            <div class="count"><span>6</span></div></div><figcaption>Boats leave the harbour</figcaption></figure>
            """)
        #expect(blocks == [.figure(Figure(image: Image(source: "https://example.com/harbour.jpg", alternative: "Harbour at dawn"), caption: [.text("Boats leave the harbour")]))])
        // Words beside the picture are the figure's content, not a counter.
        let poem = try mapHTML("<figure><div><img src='a.jpg'><p>Two roads diverged</p></div><figcaption>Frost</figcaption></figure>")
        #expect(poem.contains(.paragraph([.text("Two roads diverged")])))
    }

    @Test func figureWithoutImageKeepsCaption() throws {
        let blocks = try mapHTML("<figure><figcaption>只有图注</figcaption></figure>")
        #expect(blocks == [.figure(Figure(caption: [.text("只有图注")]))])
    }

    @Test func dividerAndEmphasisVariants() throws {
        let blocks = try mapHTML("<p><i>i</i><b>b</b><q>q</q></p><hr><p>after</p>")
        #expect(blocks == [.paragraph([.emphasis([.text("i")]), .strong([.text("b")]), .quoted([.text("q")])]), .divider, .paragraph([.text("after")])])
    }

    @Test func blockInsideInlineKeepsTheSpan() throws {
        let blocks = try mapHTML("<b>bold<div>still bold</div></b>")
        #expect(blocks == [.paragraph([.strong([.text("bold")])]), .paragraph([.strong([.text("still bold")])])])
    }

    @Test func brokenMarkupGivesWhatABrowserShows() throws {
        let blocks = try mapHTML("<p>one<p>two</b> three</p></p><p><b>bold <i>both</b> italic</i>")
        #expect(blocks.count == 3)
        #expect(blocks.map(\.plainText) == ["one", "two three", "bold both italic"])
    }

    @Test func dataTableWithSpansAndSections() throws {
        let blocks = try mapHTML("""
        <table><caption>主要指标</caption>
        <thead><tr><th>指标</th><th align="right">数值</th></tr></thead>
        <tbody><tr><td rowspan="2">产值</td><td style="text-align: right">12</td></tr><tr><td>13</td></tr></tbody>
        <tfoot><tr><td colspan="2">合计</td></tr></tfoot></table>
        """)
        guard case .table(let table) = blocks.first else { Issue.record("no table: \(blocks)"); return }
        #expect(table.caption == [.text("主要指标")])
        #expect(table.head == [TableRow(cells: [TableCell(text: "指标", isHeader: true), TableCell(text: "数值", alignment: .right, isHeader: true)])])
        #expect(table.body[0].cells[0].rowSpan == 2)
        #expect(table.body[0].cells[1].alignment == .right)
        #expect(table.foot[0].cells[0].columnSpan == 2)
        #expect(table.grid == [["指标", "数值"], ["产值", "12"], ["", "13"], ["合计", ""]])
    }

    @Test func firstRowOfHeaderCellsBecomesTheHead() throws {
        let blocks = try mapHTML("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>")
        guard case .table(let table) = blocks.first else { Issue.record("no table"); return }
        #expect(table.head.count == 1)
        #expect(table.body.count == 1)
    }

    @Test func layoutTablesAreReadAsRegions() throws {
        let blocks = try mapHTML("""
        <table><tr><td><table><tr><td>左栏</td><td>右栏</td></tr></table></td></tr>
        <tr><td><p>正文一</p><p>正文二</p></td></tr></table>
        """)
        #expect(blocks.contains(.paragraph([.text("正文一")])))
        #expect(!blocks.contains { if case .table = $0 { true } else { false } } || blocks.count > 1)
    }

    @Test func pictureTablesBecomeFigures() throws {
        let blocks = try mapHTML("<table><tr><td><img src='a.jpg'></td></tr><tr><td>图一说明</td></tr></table>")
        #expect(blocks == [.figure(Figure(image: Image(source: "a.jpg"), caption: [.text("图一说明")]))])
    }

    @Test func textOutsideCellsComesBeforeTheTable() throws {
        let blocks = try mapHTML("<table><tr><td>a</td><td>b</td></tr>表外说明</table>")
        #expect(blocks.first == .paragraph([.text("表外说明")]))
        #expect(blocks.count == 2)
    }

    @Test func hugeSpansAreClamped() throws {
        let blocks = try mapHTML("<table><tr><td rowspan='99999999' colspan='-4'>x</td><td>y</td></tr></table>")
        guard case .table(let table) = blocks.first else { Issue.record("no table"); return }
        #expect(table.body[0].cells[0].rowSpan == 65534)
        #expect(table.body[0].cells[0].columnSpan == 1)
    }

    @Test func xhtmlEntitiesWithoutDTDAreKnown() throws {
        let xhtml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>a&nbsp;b &amp; c</p></body></html>
        """
        let document = try MarkupParser.parseXML(Data(xhtml.utf8), source: "c.xhtml", recover: true)
        let blocks = MarkupMapper().blocks(from: try #require(document.body))
        #expect(blocks == [.paragraph([.text("a\u{A0}b & c")])])
    }
}
