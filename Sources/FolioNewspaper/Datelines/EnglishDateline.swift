import FolioCore

/// A line of an English news page that only says when the article was published or updated
/// (and who posted it): `Updated 5:27 am CST, Wednesday, November 20, 2019`, `Published 11:11 PM
/// EST Nov 19, 2019`, `Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT`,
/// `November 20, 2019 / 1:07 AM / CBS News`, `Posted by Ann Lee on November 19, 2019, 6:21 AM EST`.
///
/// As with ``Dateline``, a line is one only when every word is explained: a month, a weekday, a
/// day, a year, a clock time and its zone, the words that introduce them, a name after `by`, and
/// at most one short name set apart by a slash or bar (the outlet). A sentence with a date is none.
public struct EnglishDateline: Sendable, Hashable {
    /// The first date printed, as ISO 8601.
    public var date: String
    /// The name after `Posted by`, if any.
    public var author: String?
    /// The outlet set apart by a slash or bar (`CBS News`), if any.
    public var publication: String?

    /// Reads a line that is wholly an English dateline, or nil.
    public init?(_ text: String) {
        guard text.utf8.count <= 160, text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        var month: Int?, day: Int?, year: Int?
        var author: [String] = []
        var publication: String?
        for segment in text.split(whereSeparator: { $0 == "/" || $0 == "|" || $0 == "•" || $0 == "·" }) {
            // Sites glue the clock to its period with a no-break space (`5:27&nbsp;am`).
            let words = segment.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            guard !words.isEmpty else { continue }
            var readingAuthor = false
            var explained = true
            for raw in words {
                let trimmed = raw.trimming(scalarsIn: ",;")
                let word = String(trimmed).lowercased()
                if readingAuthor, raw.first?.isUppercase == true, Self.introducers.contains(word) == false {
                    author.append(String(trimmed))
                    continue
                }
                readingAuthor = false
                let bare = word.hasUTF8Suffix(".") ? String(word.dropLast()) : word
                if bare == "by" { readingAuthor = author.isEmpty; continue }
                if Self.introducers.contains(bare) || Self.weekdays.contains(bare) || Self.zones.contains(bare) || Self.isClock(bare) { continue }
                if let index = Self.months.firstIndex(where: { bare == $0 || (bare.count >= 3 && $0.hasPrefix(bare)) }) {
                    if month == nil { month = index + 1 }
                    continue
                }
                let digits = bare.prefix { $0.isASCII && $0.isNumber }
                guard let number = Int(digits), ["", "st", "nd", "rd", "th"].contains(String(bare.dropFirst(digits.count))) else {
                    explained = false
                    break
                }
                if digits.count == 4, (1900...2099).contains(number) {
                    if year == nil { year = number }
                } else if digits.count <= 2, (1...31).contains(number) {
                    if day == nil { day = number }
                } else {
                    explained = false
                    break
                }
            }
            if !explained {
                // One short name apart from the date: the outlet (`/ CBS News`).
                guard publication == nil, words.count <= 4, words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) else { return nil }
                publication = words.joined(separator: " ")
            }
        }
        guard let month, let day, let year, (1...12).contains(month), author.count <= 4 else { return nil }
        date = NewsDate.iso(year: year, month: month, day: day)
        self.author = author.isEmpty ? nil : author.joined(separator: " ")
        self.publication = publication
    }

    /// Months in order, in full; a word of three letters or more that starts one names it (`Nov`, `Sept`).
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
    static let zones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "gmt", "utc", "bst", "cet", "cest", "ist", "aest", "aedt"]
    /// Words that introduce a date or a time.
    static let introducers: Set<String> = ["published", "updated", "posted", "last", "modified", "first", "on", "at", "am", "pm", "a.m", "p.m"]

    /// `5:27`, `18.54`, `6:21am`, `11:08:30`.
    static func isClock(_ word: String) -> Bool {
        var rest = Substring(word)
        for suffix in ["am", "pm", "a.m", "p.m"] where rest.hasUTF8Suffix(suffix) { rest = rest.dropLast(suffix.count) }
        let parts = rest.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        return (2...3).contains(parts.count) && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && parts.dropFirst().allSatisfy { $0.count == 2 }
    }
}
