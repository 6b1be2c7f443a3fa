import Foundation
import FolioCore
import FolioNewspaper
import FolioTestSupport
import Testing
@testable import TextFormat

/// The text reader on the real page layouts of `../shared/corpus/layouts` (57 pages from about
/// 30 papers and news sites), scored against their hand-written labels. Thresholds sit at what
/// is measured, so a regression fails; the README prints the same figures.
@Suite("Real page layouts", .needsShared("corpus/layouts"))
struct RealLayoutTests {
    /// Every labelled page, read and compared with its labels.
    static func evaluations() throws -> [(name: String, evaluation: StructureEvaluation, document: Document)] {
        let folder = try SharedCorpus.url("corpus/layouts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".labels.json") }.sorted()
        return try names.map { name in
            let stem = String(name.dropLast(".labels.json".count))
            let labels = try StructureLabels.decode(Data(contentsOf: folder.appendingPathComponent(name)), source: name)
            let document = try Support.read(Data(contentsOf: folder.appendingPathComponent(stem + ".txt")))
            return (stem, StructureEvaluation(document: document, labels: labels), document)
        }
    }

    @Test("Titles, dates, bylines, chrome, paragraphs and articles at the measured rates")
    func scores() throws {
        let pages = try Self.evaluations()
        #expect(pages.count == 57)
        var score = StructureScore()
        pages.forEach { score.add($0.evaluation) }
        let misses = pages.filter { !$0.evaluation.misses.isEmpty }.map { "\($0.name): \($0.evaluation.misses.joined(separator: "; "))" }
        // The two missed titles are run into their lead with no separator left in the skeleton.
        #expect(score.titles.right >= 44 && score.titles.compared == 46, "\(misses.joined(separator: "\n"))")
        #expect(score.dates.right == score.dates.compared)
        #expect(score.chromeFree.right == score.chromeFree.compared)
        #expect(score.authors.right >= 31, "\(misses.joined(separator: "\n"))")
        #expect(score.paragraphs.right == score.paragraphs.compared)
        #expect(score.articles.right >= 54)
    }

    /// The ways text dumps of one page differ, by the tool that made them.
    enum DumpVariant: String, CaseIterable, Sendable {
        case crlf = "CRLF line ends"
        case noIndentation = "no indentation"
        case tabIndentation = "tab indentation"
        case ideographicIndentation = "ideographic-space indentation"
        case trailingSpaces = "trailing spaces"

        /// The page as this dump would print it.
        func apply(to text: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            switch self {
            case .crlf: return lines.joined(separator: "\r\n")
            case .noIndentation: return lines.map { $0.trimmingCharactersInWhitespace() }.joined(separator: "\n")
            case .tabIndentation: return Self.reindented(lines, with: "\t")
            case .ideographicIndentation: return Self.reindented(lines, with: "\u{3000}\u{3000}")
            case .trailingSpaces: return lines.map { $0 + "  " }.joined(separator: "\n")
            }
        }

        private static func reindented(_ lines: [Substring], with indentation: String) -> String {
            lines.map { $0.hasPrefix("  ") ? indentation + $0.trimmingCharactersInWhitespace() : String($0) }.joined(separator: "\n")
        }
    }

    @Test("However the page was dumped, every page reads as it does as printed", arguments: DumpVariant.allCases)
    func dumpVariants(variant: DumpVariant) throws {
        let folder = try SharedCorpus.url("corpus/layouts")
        for page in try Self.evaluations() {
            let text = try String(contentsOf: folder.appendingPathComponent(page.name + ".txt"), encoding: .utf8)
            let labels = try StructureLabels.decode(Data(contentsOf: folder.appendingPathComponent(page.name + ".labels.json")), source: page.name)
            let evaluation = StructureEvaluation(document: try Support.read(Data(variant.apply(to: text).utf8)), labels: labels)
            #expect(evaluation.misses == page.evaluation.misses, "\(variant.rawValue): \(page.name)")
        }
    }

    @Test("No rule is keyed to one page: every family's headline rule holds on each of its sources")
    func familiesHold() throws {
        let pages = try Self.evaluations()
        // Founder e-paper dumps of the Ningbo group's four papers, other e-papers, news sites, archives.
        for prefix in ["cnnb-nbrb", "cnnb-nbwb", "cnnb-news", "rmrb", "zjol", "zxs"] {
            let family = pages.filter { $0.name.hasPrefix(prefix) && $0.evaluation.title != nil }
            #expect(family.count >= 2, "\(prefix)")
            #expect(family.allSatisfy { $0.evaluation.title == true }, "\(prefix): \(family.filter { $0.evaluation.title != true }.map(\.name))")
        }
    }

    @Test("Chrome never becomes a title, and a page without a printed title gets none")
    func noChromeTitles() throws {
        let folder = try SharedCorpus.url("corpus/layouts")
        for page in try Self.evaluations() {
            let labels = try StructureLabels.decode(Data(contentsOf: folder.appendingPathComponent(page.name + ".labels.json")), source: page.name)
            if let title = page.document.metadata.title {
                #expect(ChromeLine.classify(title) == nil, "\(page.name): \(title)")
                #expect(!labels.chromeLines.contains(title) || title == labels.metadata.title, "\(page.name): \(title)")
            }
        }
    }

    @Test("Traditional-character pages are tagged zh-Hant (their own lines, without the skeleton's simplified filler)")
    func traditionalPages() throws {
        let folder = try SharedCorpus.url("corpus/layouts")
        let filler = "这一段是正文的占位文字"
        for name in ["cncom-2016-01-22-1", "govcn-2008-03-04-1", "govcn-2021-08-01-1", "zjnews-2024-02-23-1", "zxs-2002-10-05-1", "zxs-2003-07-22-1"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let own = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(filler) }.joined(separator: "\n")
            #expect(try Support.read(own).metadata.language == "zh-Hant", "\(name)")
        }
    }
}
