import Foundation
import Folio
import FolioTestSupport
import Testing

/// html5lib tree-construction cases through the HTML reader: the text and block structure
/// Folio builds must agree with the tree a browser builds, except for the differences listed
/// with reasons in `known-differences.tsv`; the pass count must not fall below its baseline.
@Suite struct HTML5LibTreeConstructionTests {
    /// The suite files that matter to a document model (see the conformance README).
    static let files = (1...26).map { "tests\($0)" } + [
        "tables01", "adoption01", "adoption02", "tricky01", "entities01", "entities02", "blocks", "webkit01", "webkit02",
    ]

    /// The checked-in list of known differences and the recorded baseline.
    static let knownDifferencesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("known-differences.tsv")

    /// One case's outcome.
    struct Outcome {
        var testCase: TreeConstructionCase
        var expected: ContentSummary
        var actual: Result<ContentSummary, FolioError>

        var textAgrees: Bool { (try? actual.get().text) == expected.text }
        var structureAgrees: Bool { (try? actual.get().structure) == expected.structure }
        var agrees: Bool { textAgrees && structureAgrees }
    }

    @Test(.needsShared(SharedData.suite("html5lib-tests/tree-construction")))
    func treeConstructionCasesAgreeOrAreKnownDifferences() throws {
        let suite = try SharedCorpus.url(SharedData.suite("html5lib-tests/tree-construction"))
        let reader = try SharedData.reader("html")
        var cases: [TreeConstructionCase] = []
        for file in Self.files {
            let url = suite.appendingPathComponent("\(file).dat")
            if FileManager.default.fileExists(atPath: url.path) { cases += try TreeConstructionCase.cases(in: url) }
        }
        // A document reader parses whole documents and runs no scripts.
        let fragments = cases.filter(\.isFragment).count
        let scripted = cases.filter { !$0.isFragment && $0.assumesScripting }.count
        let applicable = cases.filter { !$0.isFragment && !$0.assumesScripting }
        #expect(applicable.count > 1000, "expected the suite's cases, found \(applicable.count)")

        let outcomes = applicable.map { testCase in
            Outcome(testCase: testCase, expected: ContentSummary(expected: testCase.tree), actual: Self.read(testCase, with: reader))
        }
        let passed = outcomes.filter(\.agrees)
        let known = try KnownDifferences(contentsOf: Self.knownDifferencesFile)
        print("""
            html5lib tree-construction: \(passed.count) of \(applicable.count) cases agree \
            (text \(outcomes.filter(\.textAgrees).count), block structure \(outcomes.filter(\.structureAgrees).count)); \
            \(known.reasons.count) known differences listed; baseline \(known.baseline); \
            not applicable: \(fragments) fragment cases, \(scripted) scripting-on cases
            """)

        if ProcessInfo.processInfo.environment["FOLIO_UPDATE_KNOWN_DIFFERENCES"] != nil {
            try KnownDifferences.write(outcomes.filter { !$0.agrees }, known: known, baseline: passed.count, to: Self.knownDifferencesFile)
            return
        }
        for outcome in outcomes where !outcome.agrees && known.reasons[outcome.testCase.id] == nil {
            Issue.record("\(outcome.testCase.id) differs and is not a known difference: \(KnownDifferences.detail(outcome))\ninput: \(outcome.testCase.data)")
        }
        let stale = outcomes.filter { $0.agrees && known.reasons[$0.testCase.id] != nil }.map(\.testCase.id)
        if !stale.isEmpty { print("html5lib: now agree, remove from known-differences.tsv: \(stale.joined(separator: " "))") }
        #expect(passed.count >= known.baseline, "pass count \(passed.count) fell below the recorded baseline \(known.baseline)")
    }

    /// The summary of the document the reader builds from a case's input, whole page kept.
    static func read(_ testCase: TreeConstructionCase, with reader: any DocumentReader) -> Result<ContentSummary, FolioError> {
        do {
            let document = try reader.read(Data(testCase.data.utf8), source: "\(testCase.id).html", options: Options(["no-extract": "true"]))
            // The reader lifts a leading <h1> into the title: count it where the tree has it.
            let summary = ContentSummary(document: document)
            let expected = ContentSummary(expected: testCase.tree)
            if summary != expected, let title = document.metadata.title {
                let lifted = ContentSummary(text: title.filter { !$0.isWhitespace } + summary.text, structure: ["h1"] + summary.structure)
                if lifted.text == expected.text { return .success(lifted) }
            }
            return .success(summary)
        } catch let error as FolioError {
            return .failure(error)
        } catch {
            return .failure(FolioError(.malformedInput, "\(error)"))
        }
    }
}
