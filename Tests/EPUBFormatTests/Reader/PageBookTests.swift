@testable import EPUBFormat
import FolioCore
import FolioMarkup
import FolioTestSupport
import Foundation
import Testing

/// Books made from e-paper text pages: the team's sample pages and the seed page.
@Suite("Page books")
struct PageBookTests {
    static let pages = PageFixtures.samplePages

    @Test(arguments: pages)
    func samplePageReadsBackUnchanged(_ url: URL) throws {
        let source = try PageFixtures.document(url)
        let data = try EPUBWriter().write(source, context: WriteContext()).data
        let read = try EPUBReader().read(data, source: "page.epub", options: Options())
        Self.expectSameContent(read: read.blocks, source: source.blocks)
        #expect(read.metadata.title == source.metadata.title)
        #expect(read.metadata.authors.map(\.name) == source.metadata.authors.map(\.name))
    }

    @Test func samplePagesExist() {
        #expect(Self.pages.count >= 3, "Examples/pages and Examples/labelled should hold the team's sample pages")
    }

    @Test(.needsShared(SeedPage.structure))
    func seedPageBookHasASectionPerHeading() throws {
        let seed = try SharedCorpus.url(SeedPage.text)
        let structure = try JSONSerialization.jsonObject(with: Data(contentsOf: SharedCorpus.url(SeedPage.structure))) as? [String: Any]
        let headings = try #require(structure?["headings"] as? [String])
        let metadata = try #require(structure?["metadata"] as? [String: Any])

        let source = try PageFixtures.document(seed)
        let data = try EPUBWriter().write(source, context: WriteContext()).data
        let archive = try ZipArchiveReader([UInt8](data), source: "seed.epub")
        let nav = try MarkupParser.parseXML(Data(try archive.contents(of: try #require(archive.entry(named: "EPUB/nav.xhtml")))), source: "nav.xhtml")
        let toc = try #require(nav.root?.descendantElements().first { $0.isElement(named: "nav") && $0.attribute("id") == "toc" })
        let labels = toc.descendantElements().filter { $0.isElement(named: "a") }.map { $0.textContent() }
        // The first entry is the opening page (the headline); the sections follow, one page each.
        #expect(labels.first == metadata["title"] as? String)
        #expect(Array(labels.dropFirst()) == headings.map { $0.replacingOccurrences(of: "\u{A0}", with: " ") })
        #expect(archive.entries.filter { $0.name.hasSuffix(".xhtml") && $0.name.contains("page-") }.count == headings.count + 1)

        let opf = String(decoding: try archive.contents(of: try #require(archive.entry(named: "EPUB/package.opf"))), as: UTF8.self)
        #expect(opf.contains("<dc:language>\(metadata["language"] as? String ?? "?")</dc:language>"))
        #expect(opf.contains("<dc:date>\(metadata["date"] as? String ?? "?")</dc:date>"))
        #expect(opf.contains("<meta property=\"dcterms:modified\">\(metadata["date"] as? String ?? "?")T00:00:00Z</meta>"))
        #expect(opf.contains("scheme=\"marc:relators\">aut</meta>"))
        #expect(opf.contains("scheme=\"marc:relators\">ctb</meta>"))

        let read = try EPUBReader().read(data, source: "seed.epub", options: Options())
        Self.expectSameContent(read: read.blocks, source: source.blocks)
    }

    /// The book's text reads back as the page's; its indicator table reads back as the reading
    /// view a book shows, one row per indicator with the figure as printed.
    static func expectSameContent(read: [Block], source: [Block], sourceLocation: SourceLocation = #_sourceLocation) {
        func split(_ blocks: [Block]) -> (text: [Block], indicators: [Table]) {
            var text: [Block] = [], indicators: [Table] = []
            for block in blocks {
                if case .table(let table) = block, table.role == .indicators { indicators.append(table) } else { text.append(block) }
            }
            return (text, indicators)
        }
        let (readText, readTables) = split(read)
        let (sourceText, sourceTables) = split(ContentShape.removingImages(source))
        ContentShape.expectEqual(ContentShape.of(readText), ContentShape.of(sourceText), sourceLocation: sourceLocation)
        let printed = sourceTables.flatMap { $0.indicatorRows ?? [] }.map(\.printedFigure)
        // Section rows span the table; indicator rows have a cell per column.
        let shown = readTables.flatMap(\.body).filter { $0.cells.count == 4 }.map { $0.cells[1].content.plainText }
        #expect(shown == printed, sourceLocation: sourceLocation)
    }
}
