import Foundation
import Testing
import FolioCore
import FolioMarkup
import FolioTestSupport
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

    @Test(.needsShared(SeedPage.text))
    func seedPageHTMLShowsTitleBylineFiguresAndSections() throws {
        let structure = try JSONDecoder().decode(Structure.self, from: Data(contentsOf: SharedCorpus.url(SeedPage.structure)))
        let document = try TextReader().read(Data(contentsOf: SharedCorpus.url(SeedPage.text)), source: "seed.txt", options: Options())
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
