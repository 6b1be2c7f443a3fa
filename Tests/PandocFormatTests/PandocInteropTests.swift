import Foundation
import FolioCore
import FolioTestSupport
import PandocFormat
import Testing
import TextFormat

/// Folio and real pandoc: pandoc reads what Folio writes, and documents go pandoc → Folio → pandoc.
@Suite(.needsTool(Pandoc.path != nil, Pandoc.missing))
struct PandocInteropTests {
    /// A test document written for this suite in pandoc's Markdown.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: ProjectFolders.project("Tests/PandocFormatTests/Fixtures/\(name)"))
    }

    /// pandoc's Markdown → pandoc JSON → Folio → pandoc JSON, as pandoc reads it back; with Folio's warnings.
    static func roundTrip(_ markdown: Data) throws -> (json: String, document: Document, warnings: [String]) {
        let pandocJSON = try Pandoc.convert(markdown, ["-f", "markdown", "-t", "json"])
        #expect(pandocJSON.status == 0, "\(pandocJSON.errors)")
        let read = try readPandoc(pandocJSON.output)
        return (try Pandoc.canonicalJSON(of: try writePandoc(read.document), from: "json"), read.document, read.warnings)
    }

    /// The pages Folio's users convert: the sample pages, and the seed page when `shared/` is present.
    static var pages: [URL] { SamplePages.withSeed }

    @Test func pandocReadsFolioJSONOfEveryPageExactly() throws {
        #expect(Self.pages.count >= 6)
        for page in Self.pages {
            let document = try TextReader().read(try Data(contentsOf: page), source: page.path, options: Options())
            let written = try writePandoc(document)
            // pandoc reads Folio's JSON and writes back the same AST: nothing was misread or dropped.
            #expect(try Pandoc.canonicalJSON(of: written, from: "json") == Pandoc.canonical(written), "\(page.lastPathComponent)")
            // And its writers take it: DOCX, as `folio page.txt -t pandoc-json | pandoc -f json -o page.docx` does.
            let docx = try Pandoc.convert(written, ["-f", "json", "-t", "docx", "-o", "-"])
            #expect(docx.status == 0 && docx.output.starts(with: Array("PK".utf8)), "\(page.lastPathComponent): \(docx.errors)")
            // And back, as `pandoc report.docx -t json | folio - -f pandoc-json` does: the same
            // headings, and every paragraph in order (DOCX adds the figure captions as paragraphs).
            let json = try Pandoc.convert(docx.output, ["-f", "docx", "-t", "json"])
            let back = try readPandoc(json.output).document
            #expect(Self.headings(back) == Self.headings(document), "\(page.lastPathComponent)")
            var remaining = Self.paragraphs(back)[...]
            for paragraph in Self.paragraphs(document) {
                guard let found = remaining.firstIndex(of: paragraph) else {
                    Issue.record("\(page.lastPathComponent): paragraph missing after DOCX: \(paragraph)")
                    break
                }
                remaining = remaining[(found + 1)...]
            }
        }
    }

    static func headings(_ document: Document) -> [String] {
        var headings: [String] = []
        document.walk(blocks: { if case .heading(let heading) = $0 { headings.append("\(heading.level) \(heading.content.plainText)") } })
        return headings
    }

    /// Every paragraph's text, at every depth, in reading order.
    static func paragraphs(_ document: Document) -> [String] {
        var paragraphs: [String] = []
        document.walk(blocks: { if case .paragraph(let inlines) = $0 { paragraphs.append(inlines.plainText) } })
        return paragraphs
    }

    @Test func pandocReadsEveryPartOfTheModel() throws {
        let written = try writePandoc(SampleDocuments.everything)
        #expect(try Pandoc.canonicalJSON(of: written, from: "json") == Pandoc.canonical(written))
    }

    @Test func aLuaFilterRunsBetweenFolioAndPandoc() throws {
        let indicators = Table(role: .indicators, head: [TableRow(cells: [TableCell(text: "subject", isHeader: true)])], body: [TableRow(texts: ["培训干部"])])
        let document = Document(blocks: [.paragraph([.text("正文。")]), .table(indicators), .paragraph([.text("结尾。")])])
        let filter = ProjectFolders.project("Examples/pandoc/indicators-appendix.lua").path
        let filtered = try Pandoc.convert(try writePandoc(document), ["-f", "json", "-t", "json", "--lua-filter", filter])
        #expect(filtered.status == 0, "\(filtered.errors)")
        let read = try readPandoc(filtered.output)
        #expect(read.document.blocks == [.paragraph([.text("正文。")]), .paragraph([.text("结尾。")]),
                                         .heading(Heading(level: 2, content: [.text("数据附录")])), .table(indicators)])
        #expect(read.warnings.isEmpty)
    }

    @Test func whatFolioHoldsComesBackFromPandocUnchanged() throws {
        let markdown = try Self.fixture("exact.md")
        let trip = try Self.roundTrip(markdown)
        #expect(trip.json == (try Pandoc.canonicalJSON(of: markdown, from: "markdown")))
        #expect(trip.warnings.isEmpty)
    }

    @Test func tablesWithSpansComeBackWithoutTheirColumnWidths() throws {
        let markdown = try Self.fixture("spans.md")
        let trip = try Self.roundTrip(markdown)
        // The one difference: grid tables give relative column widths, which the model does not hold.
        let original = try Pandoc.canonicalJSON(of: markdown, from: "markdown")
            .replacingOccurrences(of: #"\{"c":[0-9.e-]+,"t":"ColWidth"\}"#, with: #"{"t":"ColWidthDefault"}"#, options: .regularExpression)
        #expect(trip.json == original)
        let spans = trip.document.tables.first.map { $0.rows.map { $0.cells.map { "\($0.content.plainText) \($0.rowSpan)×\($0.columnSpan)" } } }
        #expect(spans == [["District 2×1", "Visitors 1×2"], ["Friday 1×1", "Saturday 1×1"],
                          ["East 1×1", "1200 1×1", "1800 1×1"], ["West 1×1", "900 1×2"], ["Total 1×1", "2100 1×1", "1800 1×1"]])
        #expect(trip.warnings == ["Table column widths dropped"])
    }

    @Test func whatFolioCannotHoldComesBackAsListed() throws {
        let trip = try Self.roundTrip(try Self.fixture("lossy.md"))
        // lossy.expected.md is the document as Folio gives it back: each difference written out.
        #expect(trip.json == (try Pandoc.canonicalJSON(of: try Self.fixture("lossy.expected.md"), from: "markdown")))
        #expect(trip.warnings == [
            "MetaMap kept as its name or as key: value text",
            "Header classes and key=value attributes dropped",
            "Strikeout kept as its text",
            "Superscript kept as its text",
            "Subscript kept as its text",
            "SmallCaps kept as its text",
            "Underline kept as emphasis",
            "single quotes kept as double quotes",
            "Math kept as code (TeX)",
            "RawInline (html) kept as code (2 times)",
            "footnotes kept as numbered notes at the end, marked [1], [2], … (2 times)",
            "DefinitionList kept as a bullet list with each term in bold",
            "LineBlock kept as a paragraph with line breaks",
            "OrderedList numbered LowerAlpha with OneParen kept as 1. 2. 3.",
            "Div attributes (identifier, classes, key=value) dropped",
            "RawBlock (html) kept as a code block (2 times)",
            "Image attributes (identifier, classes, key=value) dropped",
        ])
    }
}
