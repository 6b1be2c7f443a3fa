import Foundation
import FolioCore
import MarkdownFormat
import Testing

/// The Markdown writer's output, line by line.
@Suite struct MarkdownWriterTests {
    @Test func fragmentLeavesTheMetadataBlockOut() throws {
        let document = Document(metadata: Metadata(title: "港城夜市", date: "2024-07-18", language: "zh-CN"),
                                blocks: [.paragraph([.text("首晚客流超过1.5万人次。")])])
        let output = try MarkdownWriter().write(document, context: WriteContext(options: Options(["fragment": "true"])))
        guard case .data(let data) = output.content else { Issue.record("no data"); return }
        #expect(String(decoding: data, as: UTF8.self) == "首晚客流超过1.5万人次。\n")
    }

    @Test func writesMetadataHeadingsParagraphsAndTables() {
        let document = Document(
            metadata: Metadata(title: "港城夜市", authors: [Author(name: "王明远", role: "记者")], date: "2024-07-18", language: "zh-CN"),
            blocks: [
                .heading(Heading(level: 2, content: [.text("开市第一晚")], identifier: "opening")),
                .paragraph([.text("首晚客流超过"), .strong([.text("1.5万人次")]), .text("，"), .quoted([.text("比预想的多")]), .text("。")]),
                .table(Table(columnAlignments: [.left, .right],
                             head: [TableRow(cells: [TableCell(text: "类别", isHeader: true), TableCell(text: "摊位数", isHeader: true)])],
                             body: [TableRow(texts: ["小吃", "46"]), TableRow(texts: ["a|b", "18"])])),
            ])
        #expect(MarkdownWriter.markdown(document) == """
        ---
        author:
        - "王明远"
        author-role:
        - "记者"
        date: "2024-07-18"
        lang: "zh-CN"
        title: "港城夜市"
        ---

        ## 开市第一晚

        首晚客流超过**1.5万人次**，“比预想的多”。

        | 类别 | 摊位数 |
        |:-----|-------:|
        | 小吃 | 46     |
        | a\\|b | 18     |

        """)
    }

    @Test func chineseParagraphsAreNeverWrapped() {
        let sentence = String(repeating: "夜市里的摊主们把折叠桌支了起来，灯一盏接一盏地亮了。", count: 12)
        let markdown = MarkdownWriter.markdown(Document(blocks: [.paragraph([.text(sentence)])]))
        #expect(markdown == sentence + "\n")
    }

    @Test func syntaxInTextIsEscaped() {
        let markdown = MarkdownWriter.markdown(Document(blocks: [
            .paragraph([.text("# not a heading, *not emphasis*, [not a link], <b>, a_b, 5$ ~x~ ^y^ @cite \"q\" &amp;")]),
            .paragraph([.text("- not a list")]),
            .paragraph([.text("2024. not a list either")]),
            .paragraph([.text("first"), .lineBreak, .text("> not a quote")]),
        ]))
        #expect(markdown == """
        \\# not a heading, \\*not emphasis\\*, \\[not a link\\], \\<b>, a\\_b, 5\\$ \\~x\\~ \\^y\\^ \\@cite \\"q\\" \\&amp;

        \\- not a list

        2024\\. not a list either

        first\\
        \\> not a quote

        """)
    }

    @Test func inlinesOfEveryKind() {
        let markdown = MarkdownWriter.markdown(Document(blocks: [.paragraph([
            .emphasis([.text("em ")]), .text("then "), .code("a`b"), .text(" "), .code("`tick"), .text(" "),
            .link(Link(target: "https://example.org/a b", title: "T \"x\"", content: [.text("link")])), .text(" "),
            .image(Image(source: "i.png", alternative: "alt [1]")), .lineBreak,
        ])]))
        #expect(markdown == """
        *em* then ``a`b`` `` `tick `` [link](<https://example.org/a b> "T \\"x\\"") ![alt \\[1\\]](i.png)

        """)
    }

    @Test func blocksOfEveryKind() {
        let markdown = MarkdownWriter.markdown(Document(blocks: [
            .figure(Figure(image: Image(source: "p1.jpg", alternative: "现场"), caption: [.text("招聘会现场")])),
            .figure(Figure(caption: [.text("无图的图注")])),
            .blockQuote([.paragraph([.text("引文一")]), .paragraph([.text("引文二")])]),
            .list(List(isOrdered: false, items: [[.paragraph([.text("一")])], [.paragraph([.text("二")]), .list(List(isOrdered: true, start: 3, items: [[.paragraph([.text("三")])]]))]])),
            .list(List(isOrdered: false, items: [[.paragraph([.text("another list")])]])),
            .list(List(isOrdered: true, items: [[.paragraph([.text("loose")]), .paragraph([.text("item")])], [.paragraph([.text("two")])]])),
            .codeBlock(CodeBlock(language: "sh", text: "echo ```\n")),
            .divider,
            .note(Note(kind: "编者按", blocks: [.paragraph([.text("按语。")])])),
        ]))
        #expect(markdown == """
        ![招聘会现场](p1.jpg)

        无图的图注

        > 引文一
        >
        > 引文二

        - 一
        - 二
          3. 三

        <!-- -->

        - another list

        1. loose

           item

        2. two

        ````sh
        echo ```
        ````

        * * *

        > **编者按**
        >
        > 按语。

        """)
    }

    @Test func tablesWithSpansAreGridTables() {
        let table = Table(
            caption: [.text("表1")],
            head: [TableRow(cells: [TableCell(text: "区县", rowSpan: 2, isHeader: true), TableCell(text: "人数", columnSpan: 2, isHeader: true)]),
                   TableRow(cells: [TableCell(text: "周五", isHeader: true), TableCell(text: "周六", isHeader: true)])],
            body: [TableRow(cells: [TableCell(text: "海曙"), TableCell(content: [.text("1200"), .lineBreak, .text("约")]), TableCell(text: "甲")]),
                   TableRow(cells: [TableCell(text: "江北"), TableCell(text: "800", columnSpan: 2)])])
        #expect(MarkdownWriter.markdown(Document(blocks: [.table(table)])) == """
        +------+--------------+
        | 区县 | 人数         |
        |      +-------+------+
        |      | 周五  | 周六 |
        +======+=======+======+
        | 海曙 | 1200\\ | 甲   |
        |      | 约    |      |
        +------+-------+------+
        | 江北 | 800          |
        +------+--------------+

        : 表1

        """)
    }

    @Test func overlappingSpansAreCutToRectangles() {
        // Fuzz finding: a row span from above crossed a later cell's column span.
        let table = Table(body: [
            TableRow(cells: [TableCell(text: "a"), TableCell(text: "b", rowSpan: 2)]),
            TableRow(cells: [TableCell(text: "c", columnSpan: 3)]),
        ])
        #expect(MarkdownWriter.markdown(Document(blocks: [.table(table)])) == """
        +---+---+
        | a | b |
        +---+   |
        | c |   |
        +---+---+

        """)
    }

    @Test func emptyDocumentIsEmpty() {
        #expect(MarkdownWriter.markdown(Document()) == "")
    }
}
