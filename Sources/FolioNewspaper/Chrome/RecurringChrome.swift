import FolioCore
import Synchronization

/// Chrome learned from an archive: short lines that recur on many pages of one publication.
///
/// A page's frame repeats on every page a site serves (`东海日报数字报 · 让阅读更美好`,
/// `本报地址：文化路1号`), while an article's own lines do not. Counted over a sample of pages,
/// a line that stands on at least ``minimumPages`` pages and on a ``minimumShare`` of the
/// pages of its publication is chrome. Pages are counted, not lines, so a heading a single
/// page repeats is never learned; prose, datelines and bylines are never candidates.
public struct RecurringChrome: Sendable {
    /// The fewest pages a line must stand on.
    public var minimumPages: Int
    /// The least share of its publication's pages a line must stand on.
    public var minimumShare: Double
    /// Pages seen, by publication.
    private var pages: [String: Int] = [:]
    /// Pages each candidate line stood on, by publication.
    private var counts: [String: [String: Int]] = [:]

    /// The option that carries learned lines to the readers, one per line.
    public static let option = PluginOption(
        "learned-chrome", .text, for: .reader,
        help: "lines known to be chrome, one per line (folio batch and multi-input runs learn them from lines that recur across pages)")

    /// The fewest pages worth learning from.
    public static let minimumSample = 5

    /// Creates a learner.
    public init(minimumPages: Int = 3, minimumShare: Double = 0.3) {
        self.minimumPages = minimumPages
        self.minimumShare = minimumShare
    }

    /// Counts the lines of one page (a document's block texts) under its publication.
    public mutating func add(page lines: some Sequence<String>, publication: String) {
        pages[publication, default: 0] += 1
        var seen = Set<String>()
        for line in lines {
            // Most block texts are prose, far longer than any candidate: passed over unsplit.
            guard Self.isShortEnough(line) else { continue }
            let text = line.split(atScalarsIn: .whitespace).joined(separator: " ")
            guard Self.isCandidate(text), seen.insert(text).inserted else { continue }
            counts[publication, default: [:]][text, default: 0] += 1
        }
    }

    /// The lines learned as chrome, over every publication seen.
    public var learned: Set<String> {
        var result = Set<String>()
        for (publication, lines) in counts {
            let total = pages[publication] ?? 0
            guard total >= Self.minimumSample else { continue }
            let needed = max(minimumPages, Int((Double(total) * minimumShare).rounded(.up)))
            for (line, count) in lines where count >= needed { result.insert(line) }
        }
        return result
    }

    /// The learned lines as the option's value.
    public static func optionValue(_ lines: Set<String>) -> String {
        lines.sorted().joined(separator: "\n")
    }

    /// The learned lines an option value carries.
    public static func lines(in value: String?) -> Set<String> {
        guard let value, !value.isEmpty else { return [] }
        // Every page of a run carries the same value: it is split once.
        return parsed.withLock { last in
            if let last, last.value == value { return last.lines }
            let lines = Set(value.split(separator: "\n").map { String($0) })
            last = (value, lines)
            return lines
        }
    }

    /// The last option value split, with its lines.
    private static let parsed = Mutex<(value: String, lines: Set<String>)?>(nil)

    /// The most scalars a candidate holds.
    static let longestCandidate = 60

    /// Short lines that are neither prose nor a dateline nor a byline.
    static func isCandidate(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 240, text.scalarCount <= longestCandidate, !LineShape.isProse(text) else { return false }
        return Dateline(text) == nil && Byline(line: text) == nil
    }

    /// Whether a text holds few enough scalars besides white space to be a candidate once its
    /// white space is collapsed; it stops counting past the limit.
    static func isShortEnough(_ text: String) -> Bool {
        var count = 0
        for scalar in text.unicodeScalars where !ScalarSet.whitespace.contains(scalar) {
            count += 1
            if count > longestCandidate { return false }
        }
        return true
    }
}
