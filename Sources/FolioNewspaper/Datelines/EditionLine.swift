import FolioCore

/// A line naming an edition (a printed page) of a paper: `第A7版:政治纵深·党建 上一版3 4下一版`,
/// `A01版:重点`, `01版:要闻`, `第5版(国内专页(教科文))`, `当前版:04版`, `第1版:一版要闻 2022-05-28`.
///
/// E-paper pages print the current edition above the article, and many print the list of all
/// the day's editions as links; both are chrome, and the first says which page this is.
public struct EditionLine: Sendable, Hashable {
    /// The edition's label as printed between 第 and 版 (`A7`, `01`, `RB01`, `二`).
    public var label: String
    /// The section printed after it (`政治纵深·党建`), if any.
    public var section: String?
    /// A date printed on the same line, as ISO 8601.
    public var date: String?

    /// Reads a line that is wholly an edition line, or nil.
    public init?(_ text: String) {
        guard text.unicodeScalars.contains("版") else { return nil }
        var rest = Substring(text.trimmingCharactersInWhitespace())
        // 版 follows at most a lead (当前版:), 第 and a label of six.
        guard rest.unicodeScalars.prefix(16).contains("版") else { return nil }
        guard !rest.isEmpty, rest.scalarCount <= 60 else { return nil }
        for lead in ["当前版", "當前版", "本版"] where rest.hasUTF8Prefix(lead) {
            rest = rest.dropFirst(lead.count).drop { $0 == ":" || $0 == "：" || $0 == " " }
        }
        if rest.hasUTF8Prefix("第") { rest = rest.dropFirst() }
        guard let mark = rest.prefix(8).firstIndex(where: { $0 == "版" }) else { return nil }
        let label = rest[..<mark].trimmingCharactersInWhitespace()
        guard !label.isEmpty, label.count <= 6,
              label.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || Self.chineseNumerals.contains($0) }) else { return nil }
        self.label = label
        rest = rest[rest.index(after: mark)...]
        // `第三版块的内容…`: 版 inside a word is no edition.
        if let next = rest.first, !" :：(（".contains(next) { return nil }
        rest = rest.drop { $0 == " " }
        // `第5版(国内专页(教科文))`, `第4版()`: the section in brackets.
        if let open = rest.first, open == "(" || open == "（" {
            let inner = rest.dropFirst().dropLast()
            guard let close = rest.last, close == ")" || close == "）" else { return nil }
            section = inner.isEmpty ? nil : String(inner)
            return
        }
        if let colon = rest.first, colon == ":" || colon == "：" { rest = rest.dropFirst().drop { $0 == " " } }
        var words: [Substring] = rest.split(separator: " ")
        if let found = words.lazy.compactMap({ NewsDate.iso($0) }).first {
            date = found
            words.removeAll { NewsDate.iso($0) != nil || NewsDate.isWeekday($0) }
        }
        // What follows the section is page navigation (上一版3 4下一版) or nothing.
        let navigation = words.dropFirst().filter { !ChromeLine.isNavigation($0) }
        guard navigation.isEmpty else { return nil }
        if let first = words.first, !ChromeLine.isNavigation(first) { section = String(first) }
        guard section.map({ $0.hasAtMostCharacters(16) }) ?? true else { return nil }
    }

    static let chineseNumerals: ScalarSet = "一二三四五六七八九十〇零"
}
