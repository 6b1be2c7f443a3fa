import Foundation
import FolioTestSupport
import FolioCore
@testable import TextFormat

/// Shared helpers: reading text, locating ../shared and Examples/pages, summarising documents.
enum Support {
    static let repositoryRoot = ProjectFolders.repository

    static var examplePages: URL { repositoryRoot.appendingPathComponent("Examples/pages") }

    static func read(_ text: String, options: [String: String] = [:]) throws -> Document {
        try TextReader().read(Data(text.utf8), source: "test.txt", options: Options(options))
    }

    static func read(_ data: Data, options: [String: String] = [:]) throws -> Document {
        try TextReader().read(data, source: "test.txt", options: Options(options))
    }

    static func write(_ document: Document, options: [String: String] = [:]) throws -> String {
        let output = try TextWriter().write(document, context: WriteContext(options: Options(options)))
        guard case .data(let data) = output.content else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    static func paragraphs(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .paragraph(let inlines) = $0 { return inlines.plainText } else { return nil } }
    }

    static func headings(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .heading(let heading) = $0 { return heading.content.plainText } else { return nil } }
    }

    static func figures(_ document: Document) -> [String] {
        document.blocks.compactMap { if case .figure(let figure) = $0 { return figure.caption.plainText } else { return nil } }
    }

    /// Paragraph counts before the first heading and under each heading.
    static func paragraphsPerSection(_ document: Document) -> [Int] {
        var counts = [0]
        for block in document.blocks {
            switch block {
            case .heading: counts.append(0)
            case .paragraph: counts[counts.count - 1] += 1
            default: break
            }
        }
        return counts
    }
}

/// The hand-written target of a page, in the schema of the seed's `.structure.json`.
struct StructureTarget: Decodable {
    struct Person: Decodable { var name: String; var role: String? }
    struct Target: Decodable {
        var publication: String?, date: String?, edition: String?, section: String?
        var title: String?, subtitle: String?, introTitle: String?, language: String?
        var authors: [Person]?
        var credit: String?
    }
    struct Paragraphs: Decodable { var count: Int; var first: String?; var last: String? }
    var metadata: Target
    var figures: [String]
    var headings: [String]
    var paragraphs: Paragraphs
    var paragraphs_per_section: [Int]?
    var notes_kinds: [String]?
    var lists: [Int]?

    static func load(_ url: URL) throws -> StructureTarget {
        try JSONDecoder().decode(StructureTarget.self, from: Data(contentsOf: url))
    }

    /// Every difference between a document and this target, one line each.
    func differences(from document: Document) -> [String] {
        var found: [String] = []
        func check<T: Equatable>(_ name: String, _ actual: T, _ expected: T) {
            if actual != expected { found.append("\(name): got \(actual), expected \(expected)") }
        }
        let m = document.metadata
        check("publication", m.publication, metadata.publication)
        check("date", m.date, metadata.date)
        check("edition", m.edition, metadata.edition)
        check("section", m.section, metadata.section)
        check("title", m.title, metadata.title)
        check("subtitle", m.subtitle, metadata.subtitle)
        check("introTitle", m.introTitle, metadata.introTitle)
        check("language", m.language, metadata.language)
        check("authors", m.authors.map { "\($0.role ?? "-") \($0.name)" }, (metadata.authors ?? []).map { "\($0.role ?? "-") \($0.name)" })
        check("credits", m.credits, metadata.credit.map { [$0] } ?? [])
        check("figures", Support.figures(document), figures)
        check("headings", Support.headings(document), headings)
        let paragraphs = Support.paragraphs(document)
        check("paragraph count", paragraphs.count, self.paragraphs.count)
        if let first = self.paragraphs.first { check("first paragraph", paragraphs.first, first) }
        if let last = self.paragraphs.last { check("last paragraph", paragraphs.last, last) }
        if let perSection = paragraphs_per_section { check("paragraphs per section", Support.paragraphsPerSection(document), perSection) }
        if let kinds = notes_kinds {
            let actual = document.blocks.compactMap { if case .note(let note) = $0 { return note.kind ?? "" } else { return nil } }
            check("notes", actual, kinds)
        }
        if let lists {
            let actual = document.blocks.compactMap { if case .list(let list) = $0 { return list.items.count } else { return nil } }
            check("list items", actual, lists)
        }
        return found
    }
}
