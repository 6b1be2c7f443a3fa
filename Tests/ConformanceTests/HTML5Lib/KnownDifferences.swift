import Foundation

/// The checked-in list of html5lib cases where Folio's document differs from a browser's tree, with reasons.
///
/// Format: `# baseline: N` (the pass count the suite must keep), then one line per case:
/// `id<TAB>category<TAB>reason`. Regenerate with `FOLIO_UPDATE_KNOWN_DIFFERENCES=1`, which keeps
/// the hand-written reasons of cases still listed and writes the measured detail for new ones.
struct KnownDifferences {
    /// The recorded pass count.
    var baseline: Int
    /// Reasons by case id (`tests1#12`): category, tab, explanation.
    var reasons: [String: String]

    /// Reads the list; an absent file lists nothing with a baseline of zero.
    init(contentsOf url: URL) throws {
        baseline = 0
        reasons = [:]
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("# baseline:") {
                baseline = Int(line.dropFirst("# baseline:".count).trimmingCharacters(in: .whitespaces)) ?? 0
            } else if !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") {
                reasons[String(line[..<tab])] = String(line[line.index(after: tab)...])
            }
        }
    }

    /// What differs in one outcome, in one line.
    static func detail(_ outcome: HTML5LibTreeConstructionTests.Outcome) -> String {
        switch outcome.actual {
        case .failure(let error): return "reader error: \(error)"
        case .success(let actual):
            var parts: [String] = []
            if !outcome.textAgrees { parts.append("text expected \"\(outcome.expected.text)\" got \"\(actual.text)\"") }
            if !outcome.structureAgrees {
                parts.append("blocks expected [\(outcome.expected.structure.joined(separator: " "))] got [\(actual.structure.joined(separator: " "))]")
            }
            return parts.joined(separator: "; ")
        }
    }

    /// Writes the list for the differing outcomes, keeping the reasons already written by hand.
    static func write(_ differing: [HTML5LibTreeConstructionTests.Outcome], known: KnownDifferences, baseline: Int, to url: URL) throws {
        var text = """
            # html5lib tree-construction cases where Folio's document differs from the browser's tree.
            # Checked by Tests/ConformanceTests/HTML5Lib; regenerate with FOLIO_UPDATE_KNOWN_DIFFERENCES=1.
            # Columns: case, category, reason (then the measured difference).
            # baseline: \(baseline)

            """
        for outcome in differing {
            let id = outcome.testCase.id
            let entry = known.reasons[id] ?? "\(DifferenceCategory(outcome).rawValue)\t\(DifferenceCategory(outcome).reason) — \(detail(outcome))"
            text += "\(id)\t\(entry.replacingOccurrences(of: "\n", with: "\\n"))\n"
        }
        try Data(text.utf8).write(to: url)
    }
}
