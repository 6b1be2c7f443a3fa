import Foundation
import FolioCore
import FolioTestSupport
import MarkdownFormat
import PandocFormat
import Testing
import TextFormat

/// pandoc reads Folio's Markdown back with the same metadata, headings, paragraphs and tables.
@Suite(.needsTool(Pandoc.path != nil, Pandoc.missing))
struct MarkdownPandocTests {
    /// The document as pandoc reads Folio's Markdown of it, through pandoc's JSON and Folio's reader.
    static func throughPandoc(_ document: Document) throws -> Document {
        let markdown = Data(MarkdownWriter.markdown(document).utf8)
        let json = try Pandoc.convert(markdown, ["-f", "markdown", "-t", "json"])
        #expect(json.status == 0, "\(json.errors)")
        return try PandocReader().read(json.output, source: "pandoc.json", options: Options())
    }

    /// Headings, paragraphs and tables in reading order, through quotes, lists and notes, as text.
    ///
    /// Runs of white space count as one space, as Markdown reads them; a note counts as its kind
    /// (a paragraph) and its blocks, as the writer writes it.
    static func outline(_ document: Document) -> [String] {
        func text(_ inlines: [Inline]) -> String {
            inlines.plainText.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        }
        var entries: [String] = []
        document.walk(blocks: { block in
            switch block {
            case .heading(let heading): entries.append("h\(heading.level) \(text(heading.content))")
            case .paragraph(let inlines): if !inlines.isEmpty { entries.append("p \(text(inlines))") }
            case .figure(let figure): entries.append(figure.image == nil ? "p \(text(figure.caption))" : "figure \(text(figure.caption))")
            case .table(let table):
                entries.append("table " + table.rows.map { $0.cells.map { "\(text($0.content)) \($0.rowSpan)×\($0.columnSpan)" }.joined(separator: " | ") }.joined(separator: " / ")
                               + " caption " + text(table.caption))
            case .note(let note): if let kind = note.kind { entries.append("p \(kind)") }
            case .codeBlock(let code): entries.append("code \(code.text)")
            case .divider: entries.append("divider")
            case .blockQuote, .list: break
            }
        })
        return entries
    }

    /// The sample pages, and the seed page when `shared/` is present.
    static var pages: [URL] { SamplePages.withSeed }

    @Test func pagesComeBackWithTheSameStructure() throws {
        #expect(Self.pages.count >= 6)
        for page in Self.pages {
            let document = try TextReader().read(try Data(contentsOf: page), source: page.path, options: Options())
            let back = try Self.throughPandoc(document)
            #expect(Self.outline(back) == Self.outline(document), "\(page.lastPathComponent)")
            #expect(back.metadata == document.metadata, "\(page.lastPathComponent)")
        }
    }

    @Test func tablesComeBackWithTheirSpans() throws {
        let table = Table(
            caption: [.text("表1 各区人数")],
            head: [TableRow(cells: [TableCell(text: "区县", rowSpan: 2, isHeader: true), TableCell(text: "人数", columnSpan: 2, isHeader: true)]),
                   TableRow(cells: [TableCell(text: "周五", isHeader: true), TableCell(text: "周六", isHeader: true)])],
            body: [TableRow(cells: [TableCell(text: "海曙"), TableCell(content: [.text("1200"), .lineBreak, .text("约")]), TableCell(text: "甲")]),
                   TableRow(cells: [TableCell(text: "江北"), TableCell(text: "800", columnSpan: 2)]),
                   TableRow(cells: [TableCell(text: "北仑", rowSpan: 2), TableCell(text: "5"), TableCell(text: "6")]),
                   TableRow(cells: [TableCell(text: "7"), TableCell(text: "8")])],
            foot: [TableRow(cells: [TableCell(text: "合计"), TableCell(text: "2000", columnSpan: 2)])])
        let pipe = Table(columnAlignments: [.left, .center, .right],
                         head: [TableRow(cells: ["a", "b|c", "d"].map { TableCell(text: $0, isHeader: true) })],
                         body: [TableRow(texts: ["1", "二", "*3*"]), TableRow(texts: ["", "x", "y"])])
        let document = Document(blocks: [.table(table), .table(pipe)])
        let back = try Self.throughPandoc(document)
        #expect(Self.outline(back) == Self.outline(document))
        #expect(back.tables.last?.columnAlignments == [.left, .center, .right])
    }

    @Test func everyBlockAndInlineComesBack() throws {
        let document = Document(
            metadata: Metadata(title: "标题 *不是强调*", subtitle: "副题", authors: [Author(name: "甲", role: "记者"), Author(name: "B. Lee")],
                               date: "2024-07-18", language: "zh-CN", keywords: ["夜市", "消费"], summary: "摘要", extra: ["rights": "CC BY 4.0"]),
            blocks: [
                .heading(Heading(level: 1, content: [.text("一级 # 标题")])),
                .paragraph([.text("文字"), .emphasis([.text("强调")]), .strong([.text("加粗")]), .quoted([.text("引号")]),
                            .code("code`tick"), .link(Link(target: "https://example.org/(x)", content: [.text("链接")])), .lineBreak, .text("- 第二行")]),
                .figure(Figure(image: Image(source: "图 1.jpg"), caption: [.text("图注")])),
                .blockQuote([.paragraph([.text("1. 引文")])]),
                .list(List(isOrdered: true, start: 7, items: [[.paragraph([.text("七")])], [.paragraph([.text("八")]), .paragraph([.text("八续")])]])),
                .list(List(isOrdered: true, items: [[.paragraph([.text("another")])]])),
                .codeBlock(CodeBlock(language: "python", text: "print('```')")),
                .divider,
                .note(Note(kind: "编者按", blocks: [.paragraph([.text("按语。")])])),
                .paragraph([.text("$5 and 50% ~ ^ @x a_b_c <tag> & &amp; \\ | :")]),
            ])
        let back = try Self.throughPandoc(document)
        // The one addition: the comment that keeps two ordered lists apart, which pandoc reads as raw HTML.
        #expect(Self.outline(back).filter { $0 != "code <!-- -->" } == Self.outline(document))
        #expect(Self.outline(back).count(where: { $0 == "code <!-- -->" }) == 1)
        #expect(back.metadata == document.metadata)
    }
}
