import Foundation
import Testing
import FolioCore
import FolioMarkup
import TextFormat
@testable import HTMLFormat

/// The seed page (a text dump of an e-paper page) converted to HTML: the page's DOM, not its
/// strings, must show what the hand-written structure file lists.
@Suite struct SeedPageTests {
    private struct Structure: Decodable {
        struct Metadata: Decodable { let title: String; let authors: [Author] }
        struct Author: Decodable { let name: String; let role: String? }
        let metadata: Metadata
        let figures: [String]
        let headings: [String]
    }

    private func seed() throws -> (document: Document, structure: Structure)? {
        guard let seed = sharedDirectory?.appendingPathComponent("corpus/seed") else { return nil }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: seed.path)) ?? []
        guard let text = files.first(where: { $0.hasSuffix(".txt") }) else { return nil }
        let stem = String(text.dropLast(4))
        let structure = try JSONDecoder().decode(Structure.self, from: Data(contentsOf: seed.appendingPathComponent(stem + ".structure.json")))
        let document = try TextFormatPlugin().reader!.read(Data(contentsOf: seed.appendingPathComponent(text)), source: text, options: Options())
        return (document, structure)
    }

    @Test func seedPageHTMLShowsTitleBylineFiguresAndSections() throws {
        guard let (document, structure) = try seed() else {
            print("skipped: ../shared/corpus/seed is absent (set FOLIO_SHARED_DIR to run it)")
            return
        }
        let html = try writeHTML(document)
        let page = try MarkupParser.parseXML(Data(html.utf8), source: "seed.html")
        let elements = page.root?.descendantElements() ?? []
        func texts(_ name: String) -> [String] {
            elements.filter { $0.isElement(named: name) }.map { HTMLMetadata.collapsed($0.textContent()) }
        }
        #expect(texts("title") == [structure.metadata.title])
        #expect(texts("h1").first == structure.metadata.title)
        let byline = elements.first { $0.classes.contains("byline") }.map { $0.textContent() } ?? ""
        for author in structure.metadata.authors { #expect(byline.contains(author.name)) }
        #expect(texts("figcaption") == structure.figures)
        let sections = elements.filter { $0.isElement(named: "section") }.compactMap { $0.childElements.first.map { HTMLMetadata.collapsed($0.textContent()) } }
        #expect(sections == structure.headings)
        // And the page reads back into the same document.
        #expect(try readHTML(html) == document)
    }
}
