import FolioCore
import Foundation

/// How well an extracted indicator table matches a hand-written target: precision and recall on
/// (value, unit, qualifier, kind), and how well the matched rows agree on the subject: exactly,
/// and as a character-overlap F1 that gives credit for a subject that is nearly right.
///
/// Both tables are read by their header names (`subject`, `value`, `unit`, `qualifier`, `kind`,
/// `mention`), so a target may leave out `section` and `sentence`. Rows match one to one; among
/// equal keys, a row with the same mention is preferred.
public struct IndicatorEvaluation: Sendable, Hashable {
    /// One row as the comparison sees it.
    public struct Row: Sendable, Hashable, CustomStringConvertible {
        /// The subject.
        public var subject: String
        /// The value as written.
        public var value: String
        /// The unit.
        public var unit: String
        /// The qualifier.
        public var qualifier: String
        /// The kind.
        public var kind: String
        /// The mention as printed.
        public var mention: String

        /// The row as `mention → value unit qualifier kind [subject]`.
        public var description: String { "\(mention) → \(value) \(unit) \(qualifier) \(kind) [\(subject)]" }
    }

    /// Rows in the extracted table.
    public var extractedCount: Int
    /// Rows in the target.
    public var targetCount: Int
    /// Pairs of matching rows.
    public var matched: [(extracted: Row, target: Row)] { zip(matchedExtracted, matchedTarget).map { ($0, $1) } }
    /// Target rows nothing matched.
    public var missed: [Row]
    /// Extracted rows that match no target row.
    public var extra: [Row]
    private var matchedExtracted: [Row]
    private var matchedTarget: [Row]

    /// Matched rows over extracted rows (1 when nothing was extracted and nothing expected).
    public var precision: Double { extractedCount == 0 ? (targetCount == 0 ? 1 : 0) : Double(matchedExtracted.count) / Double(extractedCount) }
    /// Matched rows over target rows.
    public var recall: Double { targetCount == 0 ? 1 : Double(matchedTarget.count) / Double(targetCount) }
    /// Among matched rows, the share whose subjects are equal once spaces, quote and bracket forms are ignored.
    public var subjectAgreement: Double { share { Self.normalised($0.extracted.subject) == Self.normalised($0.target.subject) } }
    /// Among matched rows, the share whose subjects are equal or one contains the other.
    public var subjectOverlap: Double {
        share {
            let a = Self.normalised($0.extracted.subject), b = Self.normalised($0.target.subject)
            return !a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a))
        }
    }

    /// Among matched rows, the mean character-overlap F1 of the subjects: for each pair, twice the
    /// characters the two share (counted with repeats) over the characters of both, after folding
    /// spaces and quote forms. 1 when every subject is exact, 0 when none shares a character.
    public var subjectF1: Double { mean { Self.characterF1(Self.normalised($0.extracted.subject), Self.normalised($0.target.subject)) } }

    /// The character-overlap F1 of two subjects (1 for two empty subjects).
    public static func characterF1(_ a: String, _ b: String) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var counts: [Character: Int] = [:]
        for character in a { counts[character, default: 0] += 1 }
        var common = 0
        for character in b where counts[character, default: 0] > 0 {
            counts[character, default: 0] -= 1
            common += 1
        }
        return 2 * Double(common) / Double(a.count + b.count)
    }

    /// Compares an extracted indicator table with a target table.
    public static func compare(extracted: Table, target: Table) -> IndicatorEvaluation {
        compare(extracted: extracted.grid, target: target.grid)
    }

    /// Compares two tables given as rows of cells, each starting with its header row.
    public static func compare(extracted: [[String]], target: [[String]]) -> IndicatorEvaluation {
        let found = rows(extracted), expected = rows(target)
        var taken = [Bool](repeating: false, count: found.count)
        var result = IndicatorEvaluation(extractedCount: found.count, targetCount: expected.count, missed: [], extra: [],
                                         matchedExtracted: [], matchedTarget: [])
        for row in expected {
            let candidates = found.indices.filter { !taken[$0] && sameKey(found[$0], row) }
            guard let chosen = candidates.first(where: { found[$0].mention == row.mention }) ?? candidates.first else {
                result.missed.append(row)
                continue
            }
            taken[chosen] = true
            result.matchedExtracted.append(found[chosen])
            result.matchedTarget.append(row)
        }
        result.extra = found.indices.filter { !taken[$0] }.map { found[$0] }
        return result
    }

    /// A short report: the figures, then the missed and the extra rows.
    public var summary: String {
        var lines = [
            String(format: "precision %.1f%% (%d/%d)  recall %.1f%% (%d/%d)  subject agreement %.1f%% (overlap %.1f%%, F1 %.1f%%)",
                   precision * 100, matchedExtracted.count, extractedCount, recall * 100, matchedTarget.count, targetCount,
                   subjectAgreement * 100, subjectOverlap * 100, subjectF1 * 100),
        ]
        lines += missed.map { "missed: \($0)" }
        lines += extra.map { "extra:  \($0)" }
        return lines.joined(separator: "\n")
    }

    // MARK: - Reading rows

    private static func rows(_ grid: [[String]]) -> [Row] {
        guard let header = grid.first else { return [] }
        func column(_ name: String) -> Int? { header.firstIndex { $0.trimmingCharactersInWhitespace().lowercased() == name } }
        let indices = ["subject", "value", "unit", "qualifier", "kind", "mention"].map(column)
        return grid.dropFirst().filter { !$0.allSatisfy(\.isEmpty) }.map { cells in
            let field = { (position: Int) -> String in
                guard let index = indices[position], index < cells.count else { return "" }
                return cells[index].trimmingCharactersInWhitespace()
            }
            return Row(subject: field(0), value: field(1), unit: field(2), qualifier: field(3), kind: field(4), mention: field(5))
        }
    }

    private static func sameKey(_ a: Row, _ b: Row) -> Bool {
        a.unit == b.unit && a.qualifier == b.qualifier && a.kind == b.kind && sameValue(a.value, b.value)
    }

    private static func sameValue(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let numeric = { (text: String) in !text.isEmpty && text.allSatisfy { "-+0123456789.".contains($0) } }
        guard numeric(a), numeric(b), let x = Decimal(string: a), let y = Decimal(string: b) else { return false }
        return x == y
    }

    private static func normalised(_ subject: String) -> String {
        let folded: [Character: Character] = ["“": "\"", "”": "\"", "（": "(", "）": ")", "「": "\"", "」": "\""]
        return String(subject.filter { !$0.isWhitespace }.map { folded[$0] ?? $0 })
    }

    private func share(_ agrees: ((extracted: Row, target: Row)) -> Bool) -> Double {
        mean { agrees($0) ? 1 : 0 }
    }

    private func mean(_ score: ((extracted: Row, target: Row)) -> Double) -> Double {
        let pairs = matched
        return pairs.isEmpty ? 0 : pairs.map(score).reduce(0, +) / Double(pairs.count)
    }
}
