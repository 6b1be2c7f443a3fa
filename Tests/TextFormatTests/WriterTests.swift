import Foundation
import FolioCore
import Testing
@testable import TextFormat

@Suite("Text writer")
struct WriterTests {
    static let page = Document(
        metadata: Metadata(title: "港城新貌", subtitle: "三年来的变化", introTitle: "城市更新", authors: [Author(name: "李明", role: "记者"), Author(name: "王芳", role: "记者"), Author(name: "赵强", role: "通讯员")],
                           date: "2023-04-05", publication: "港城日报", edition: "A1", section: "要闻", language: "zh-CN", credits: ["本版图片由市建设局提供"]),
        blocks: [.paragraph([.text("正文。")])])

    @Test("Title block: metadata line, intro title, underlined title, subtitle, byline, credits")
    func titleBlock() throws {
        let text = try Support.write(Self.page)
        #expect(text == """
        港城日报 · 2023-04-05 · 第A1版 · 要闻

        城市更新
        港城新貌
        ════════
        ——三年来的变化

        记者 李明 王芳 通讯员 赵强
        本版图片由市建设局提供

        　　正文。

        """)
        #expect(try Support.read(text) == Self.page)
    }

    @Test("fragment leaves the header out: the body alone")
    func fragmentIsTheBodyAlone() throws {
        #expect(try Support.write(Self.page, options: ["fragment": "true"]) == "　　正文。\n")
    }

    @Test("Role-less authors are a By line; non-CJK editions are p. N")
    func englishByline() throws {
        let document = Document(metadata: Metadata(title: "Harbour news", authors: [Author(name: "Ann Lee"), Author(name: "Tom Hart")], date: "2023-04-05", edition: "7", language: "en"),
                                blocks: [.paragraph([.text("The harbour is busy today, and the boats are all out.")])])
        let text = try Support.write(document)
        #expect(text.hasPrefix("2023-04-05 · p. 7\n\nHarbour news\n════════════\n\nBy Ann Lee, Tom Hart\n\nThe harbour"))
        #expect(try Support.read(text) == document)
    }

    @Test("Headings are underlined by level; figures are [图] lines; dividers * * *")
    func headingsFiguresDividers() throws {
        let document = Document(metadata: Metadata(language: "zh-CN"), blocks: [
            .heading(Heading(level: 1, content: [.text("第一部分")])),
            .heading(Heading(level: 2, content: [.text("小节")])),
            .figure(Figure(caption: [.text("江边夜景")])),
            .figure(Figure(image: Image(source: "a.jpg", alternative: "航拍"))),
            .divider,
        ])
        let text = try Support.write(document)
        #expect(text == "第一部分\n════════\n\n小节\n────\n\n[图] 江边夜景\n\n[图] 航拍\n\n* * *\n")
    }

    @Test("English figures and tables are marked in English; a picture without words shows its address only with links=inline")
    func englishFigures() throws {
        let document = Document(metadata: Metadata(language: "en"), blocks: [
            .figure(Figure(caption: [.text("The harbour at dusk")])),
            .figure(Figure(image: Image(source: "https://example.com/a.jpg", alternative: ""))),
        ])
        #expect(try Support.write(document) == "[Figure] The harbour at dusk\n\n[Figure]\n")
        #expect(try Support.write(document, options: ["links": "inline"]) == "[Figure] The harbour at dusk\n\n[Figure] https://example.com/a.jpg\n")
    }

    @Test("Figures and tables are marked in the document's language, and read back as figures and tables", arguments: [
        ("ja", "港の夕暮れ", "[図] 港の夕暮れ"), ("ko", "항구의 저녁", "[그림] 항구의 저녁"), ("zh-Hant-TW", "港邊夜景", "[圖] 港邊夜景"), ("zh-CN", "港边夜景", "[图] 港边夜景"),
    ])
    func figuresInTheirLanguage(language: String, caption: String, line: String) throws {
        let document = Document(metadata: Metadata(language: language), blocks: [.figure(Figure(caption: [.text(caption)]))])
        let text = try Support.write(document)
        #expect(text == line + "\n")
        #expect(try Support.read(text).blocks == document.blocks)
    }

    @Test("A Korean table's caption is marked [표] and read back as the table's")
    func koreanTableCaption() throws {
        let table = Table(caption: [.text("지역별 인원")], head: [TableRow(cells: [TableCell(text: "지역", isHeader: true), TableCell(text: "인원", isHeader: true)])],
                          body: [TableRow(texts: ["서울", "12"])])
        let text = try Support.write(Document(metadata: Metadata(language: "ko"), blocks: [.table(table)]))
        #expect(text.hasPrefix("[표] 지역별 인원\n"))
        #expect(try Support.read(text).tables.first?.caption == [.text("지역별 인원")])
    }

    @Test("Lists, quotes, notes and code blocks")
    func otherBlocks() throws {
        let document = Document(metadata: Metadata(language: "en"), blocks: [
            .list(List(isOrdered: true, start: 3, items: [[.paragraph([.text("third")])], [.paragraph([.text("fourth")])]])),
            .list(List(isOrdered: false, items: [[.paragraph([.text("dot")])]])),
            .blockQuote([.paragraph([.text("quoted")]), .paragraph([.text("again")])]),
            .note(Note(kind: "编者按", blocks: [.paragraph([.text("说明。")])])),
            .codeBlock(CodeBlock(language: "sh", text: "folio a.txt\n  -o b.epub")),
        ])
        let text = try Support.write(document)
        #expect(text == "3. third\n4. fourth\n\n• dot\n\n> quoted\n>\n> again\n\n编者按：说明。\n\n```sh\nfolio a.txt\n  -o b.epub\n```\n")
        let reread = try Support.read(text)
        #expect(reread.blocks.count == 5)
        #expect(reread.blocks[0] == document.blocks[0] && reread.blocks[1] == document.blocks[1] && reread.blocks[2] == document.blocks[2])
        #expect(reread.blocks[3] == document.blocks[3])
        #expect(reread.blocks[4] == .codeBlock(CodeBlock(language: "sh", text: "folio a.txt\n  -o b.epub")))
    }

    @Test("Tables are drawn aligned by display width, CJK counting two, numbers to the right")
    func tables() throws {
        let table = Table(caption: [.text("主要指标")], head: [TableRow(texts: ["指标", "数值"])],
                          body: [TableRow(texts: ["地区生产总值", "1.2"]), TableRow(texts: ["GDP", "15"])])
        let text = try Support.write(Document(metadata: Metadata(language: "zh-CN"), blocks: [.table(table)]))
        #expect(text == """
        [表] 主要指标
        ┌──────────────┬──────┐
        │ 指标         │ 数值 │
        ├──────────────┼──────┤
        │ 地区生产总值 │  1.2 │
        │ GDP          │   15 │
        └──────────────┴──────┘

        """)
        let lines = text.split(separator: "\n").dropFirst()
        #expect(Set(lines.map { CJK.displayWidth(of: $0) }).count == 1)
        #expect(try Support.read(text).blocks == [.table(table)])
    }

    @Test("Indicator tables and spanned cells are drawn on the expanded grid")
    func indicatorTable() throws {
        let table = Table(role: .indicators, head: [TableRow(texts: ["section", "subject", "value"])],
                          body: [TableRow(cells: [TableCell(text: "第一节", rowSpan: 2), TableCell(text: "培训干部"), TableCell(text: "2.1万")]),
                                 TableRow(texts: ["市管干部", "4400"])])
        let text = try Support.write(Document(blocks: [.table(table)]))
        let rows = text.split(separator: "\n")
        #expect(rows.count == 6)
        #expect(Set(rows.map { CJK.displayWidth(of: $0) }).count == 1)
        #expect(rows[4].hasPrefix("│         │ 市管干部 │"))
    }

    @Test("Links are their words, with their target after them under links=inline; quoted spans get quotation marks; line breaks start lines")
    func inlines() throws {
        let document = Document(metadata: Metadata(language: "en"), blocks: [.paragraph([
            .text("See "), .link(Link(target: "https://example.org", content: [.text("the site")])), .text(", "),
            .quoted([.text("now")]), .lineBreak, .emphasis([.text("then")]), .text(" "),
            .link(Link(target: "https://example.org/a", content: [.text("https://example.org/a")])),
        ])])
        #expect(try Support.write(document) == "See the site, “now”\nthen https://example.org/a\n")
        #expect(try Support.write(document, options: ["links": "inline"]) == "See the site <https://example.org>, “now”\nthen https://example.org/a\n")
        #expect(throws: FolioError.self) { try Support.write(document, options: ["links": "footnotes"]) }
    }

    @Test("An empty document writes nothing")
    func emptyDocument() throws {
        #expect(try Support.write(Document()) == "")
    }

    @Test("The text plugin is registered under text and plain, for .txt")
    func registration() {
        let registry = PluginRegistry([TextFormatPlugin()])
        #expect(registry.reader(named: "text") != nil)
        #expect(registry.writer(named: "plain") != nil)
        #expect(registry.reader(forPath: "page.txt") != nil)
        #expect(registry.reader(forMediaType: "text/plain") != nil)
    }
}

@Suite("Text writer metadata line")
struct MetadataLineTests {
    @Test("A metadata line with a paper's name and a section but no date reads back")
    func paperAndSection() throws {
        let document = Document(metadata: Metadata(title: "港口夜话", publication: "港城晚报", section: "副刊", language: "zh-CN"),
                                blocks: [.paragraph([.text("夜里的港口很安静。")])])
        let text = try Support.write(document)
        #expect(text.hasPrefix("港城晚报 · 副刊\n"))
        #expect(try Support.read(text) == document)
    }

    @Test("A title with a spaced dot is no metadata line")
    func dottedTitle() {
        #expect(WrittenHeader.metadataLine("春天 · 江南") == nil)
    }
}
