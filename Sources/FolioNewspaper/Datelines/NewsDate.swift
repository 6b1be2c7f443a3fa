import FolioCore

/// The dates newspapers and news sites print, read as ISO 8601 calendar dates (`2021-03-01`).
///
/// Pages print dates in many shapes: `2021年03月01日 星期一`, `2021-03-01 08:20:18`,
/// `2010/1/6 16:43:13`, `2025.12.22星期一`, `20210301`, with full-width digits in older dumps.
/// One reader serves the text and HTML readers alike, so a page gets the same date either way.
public enum NewsDate {
    /// A date found in a text: its ISO form and where it was printed.
    public struct Match: Sendable, Hashable {
        /// `YYYY-MM-DD`.
        public var iso: String
        /// The printed date's position in the text's characters.
        public var range: Range<String.Index>
        /// Whether a clock time (`08:20`) follows the date.
        public var hasTime: Bool
    }

    /// The first calendar date printed in `text`, in any of the shapes pages use, or nil.
    ///
    /// Four-digit years from 1900 to 2099 only, so that counts and phone numbers are not dates.
    public static func first(in text: some StringProtocol) -> Match? {
        // Every date starts with a digit: most lines hold none and are done in one pass.
        guard text.unicodeScalars.contains(where: { digit($0) != nil }) else { return nil }
        let string = String(text)
        let scalars = Array(string.unicodeScalars)
        var start = 0
        while start + 4 <= scalars.count {
            if let found = match(scalars, at: start) {
                let lower = string.unicodeScalars.index(string.startIndex, offsetBy: found.begin)
                let upper = string.unicodeScalars.index(lower, offsetBy: found.end - found.begin)
                return Match(iso: found.iso, range: lower..<upper, hasTime: found.hasTime)
            }
            start += 1
        }
        return nil
    }

    /// `text` read as a date when it holds one at its start (`2021年3月1日`, `2021-03-01 10:54`),
    /// or nil.
    public static func iso(_ text: some StringProtocol) -> String? {
        let trimmed = String(text).trimmingCharactersInWhitespace()
        guard let match = first(in: trimmed), match.range.lowerBound == trimmed.startIndex else { return nil }
        return match.iso
    }

    /// The weekday words printed after a date (`星期一`, `周一`, `禮拜一`).
    public static func isWeekday(_ token: some StringProtocol) -> Bool {
        let text = String(token)
        for lead in ["星期", "礼拜", "禮拜", "周", "週"] where text.hasUTF8Prefix(lead) {
            let rest = text.dropFirst(lead.count)
            return rest.count <= 1 && rest.allSatisfy { "一二三四五六日天".contains($0) }
        }
        return false
    }

    // MARK: - Matching

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    /// Reads a run of digits at `index`, at most `limit` long.
    private static func number(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (value: Int, end: Int)? {
        var value = 0, end = index
        while end < scalars.count, end - index < limit, let digit = digit(scalars[end]) {
            value = value * 10 + digit
            end += 1
        }
        return end > index ? (value, end) : nil
    }

    private static func match(_ scalars: [Unicode.Scalar], at start: Int) -> (iso: String, begin: Int, end: Int, hasTime: Bool)? {
        // A date starts a number: no digit right before it.
        if start > 0, digit(scalars[start - 1]) != nil { return nil }
        guard let year = number(scalars, at: start, limit: 8) else { return nil }
        var cursor = year.end
        var values: [Int]
        // `中華民國91年3月19日`: Taiwan's papers count years from 1912.
        let republic = rocEraLength(scalars, before: start)
        if year.end - start == 8 {
            // 20210301
            values = [year.value / 10000, year.value / 100 % 100, year.value % 100]
        } else {
            guard year.end - start == 4 || republic > 0 && year.end - start <= 3, cursor < scalars.count else { return nil }
            let separator = scalars[cursor]
            let chinese = separator == "年"
            guard chinese || republic == 0 else { return nil }
            guard chinese || "-/.．".unicodeScalars.contains(separator) else { return nil }
            cursor += 1
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            guard let month = number(scalars, at: cursor, limit: 2) else { return nil }
            cursor = month.end
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            guard cursor < scalars.count else { return nil }
            let second = scalars[cursor]
            guard chinese ? second == "月" : second == separator else { return nil }
            cursor += 1
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            guard let day = number(scalars, at: cursor, limit: 2) else { return nil }
            cursor = day.end
            if chinese {
                guard cursor < scalars.count, scalars[cursor] == "日" || scalars[cursor] == "号" else { return nil }
                cursor += 1
            } else if cursor < scalars.count, digit(scalars[cursor]) != nil {
                return nil
            }
            values = [republic > 0 && year.end - start <= 3 ? year.value + 1911 : year.value, month.value, day.value]
        }
        guard (1900...2099).contains(values[0]), (1...12).contains(values[1]), (1...31).contains(values[2]) else { return nil }
        var probe = cursor
        while probe < scalars.count, scalars[probe] == " " { probe += 1 }
        var hasTime = false
        if let hour = number(scalars, at: probe, limit: 2), hour.end < scalars.count, scalars[hour.end] == ":" || scalars[hour.end] == "：" {
            hasTime = true
        }
        return (iso(year: values[0], month: values[1], day: values[2]), start - republic, cursor, hasTime)
    }

    /// How many scalars before `index` name the Republic of China's era (`中華民國`, `民國`, `民国`), or 0.
    private static func rocEraLength(_ scalars: [Unicode.Scalar], before index: Int) -> Int {
        guard index >= 2, scalars[index - 1] == "國" || scalars[index - 1] == "国", scalars[index - 2] == "民" else { return 0 }
        if index >= 4, scalars[index - 4] == "中", scalars[index - 3] == "華" || scalars[index - 3] == "华" { return 4 }
        return 2
    }

    /// `YYYY-MM-DD` of a year from 1900 to 2099, a month and a day.
    static func iso(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
