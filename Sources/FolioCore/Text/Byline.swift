/// A newspaper byline: the people credited for an article with their roles (记者 王一 通讯员 李二),
/// and any credit printed on the same line (本版图片由市委组织部提供, 记者 王三 摄).
///
/// Shared so that every reader recognises bylines alike; it only accepts a line that is wholly
/// a byline, so ordinary sentences mentioning a 记者 are left alone.
public struct Byline: Sendable, Hashable {
    /// The people named, in order, each with the role printed before them.
    public var authors: [Author]
    /// Credits that are not authorship, such as a photo credit.
    public var credits: [String]

    /// Roles printed before names, longest first so that 本报记者 wins over 记者.
    public static let roles = [
        "本报特约记者", "本报见习记者", "本报实习记者", "本报实习生", "本报通讯员", "本报评论员", "融媒体记者", "全媒体记者",
        "特约通讯员", "本报记者", "见习记者", "实习记者", "特约记者", "首席记者", "摄影记者", "特约撰稿", "责任编辑", "评论员",
        "通讯员", "实习生", "记者", "摄影", "撰稿", "作者", "文/图", "文／图", "图/文", "图／文",
    ].sorted { $0.count > $1.count }

    /// Marks some papers print before a byline (□本报记者 …).
    static let decorations: Set<Character> = ["□", "■", "●", "◆", "▲", "○", "◇"]
    /// Separators between the names and roles of a byline.
    static let separators: Set<Character> = [" ", "\u{3000}", "\u{A0}", "\t", "、", "，", ",", "；", ";", "（", "）", "(", ")", "【", "】", "[", "]"]

    /// Words printed around the names that are not names (本报记者 王一 报道).
    static let fillerWords: Set<String> = ["报道", "整理", "发", "讯", "和", "及"]

    /// Parses a line; nil unless it names at least one person under a role and holds nothing else.
    ///
    /// `By Ann Lee and Tom Hart` gives authors without roles. A group of names followed by 摄
    /// (`记者 王三 摄`) took the pictures: it becomes a credit, not authorship.
    public init?(line: String) {
        guard line.utf8.count <= 320 else { return nil }
        let trimmed = String(line.trimmingCharactersInWhitespace().drop { Self.decorations.contains($0) || $0 == " " })
        guard !trimmed.isEmpty, trimmed.count <= 80 else { return nil }
        if trimmed.hasPrefix("By ") || trimmed.hasPrefix("by ") {
            guard let authors = Self.englishAuthors(trimmed.dropFirst(3)) else { return nil }
            self.authors = authors
            self.credits = []
            return
        }
        var authors: [Author] = []
        var credits: [String] = []
        var role: String?
        var group: [String] = []
        let tokens = trimmed.split(whereSeparator: { Self.separators.contains($0) })
        for token in tokens {
            if Self.isCredit(token) {
                credits.append(String(token))
                continue
            }
            if token == "摄" || (token.count > 2 && token.hasSuffix("摄") && Self.isName(token.dropLast())) {
                var names = group
                if token != "摄" { names.append(String(token.dropLast())) }
                guard !names.isEmpty else { return nil }
                authors.removeLast(min(group.count, authors.count))
                credits.append(([role].compactMap { $0 } + names + ["摄"]).joined(separator: " "))
                group = []
                continue
            }
            if Self.fillerWords.contains(String(token)) { continue }
            var rest = Substring(token)
            if let found = Self.roles.first(where: { rest.hasPrefix($0) }) {
                role = found
                group = []
                rest = rest.dropFirst(found.count)
                if rest.hasPrefix(":") || rest.hasPrefix("：") { rest = rest.dropFirst() }
                if rest.isEmpty { continue }
            }
            guard role != nil, Self.isName(rest) else { return nil }
            authors.append(Author(name: String(rest), role: role))
            group.append(String(rest))
        }
        guard !authors.isEmpty else { return nil }
        self.authors = authors
        self.credits = credits
    }

    /// The authors a 本报讯 lead names (`本报讯（记者 李白 通讯员 杜甫）昨天…`); empty for other text.
    public static func leadAuthors(in paragraph: String) -> [Author] {
        guard paragraph.hasPrefix("本报讯") else { return [] }
        let rest = paragraph.dropFirst(3).drop { $0 == " " }
        guard let open = rest.first, open == "（" || open == "(" else { return [] }
        let inner = rest.dropFirst().prefix { $0 != "）" && $0 != ")" }
        guard inner.count < rest.count - 1 else { return [] }
        return Byline(line: String(inner))?.authors ?? []
    }

    /// Whether a text is a picture credit (`本版图片由市委组织部提供`, `新华社供图`, `图/新华社`).
    public static func isCredit<S: StringProtocol>(_ text: S) -> Bool {
        guard text.count <= 40 else { return false }
        return text.hasSuffix("提供") || text.hasSuffix("供图") || text.hasPrefix("图片由") || text.hasPrefix("本版图片")
            || text.hasPrefix("图/") || text.hasPrefix("图／")
    }

    /// Whether a token reads as a person's name: 2 to 5 ideographs (more when joined by ·),
    /// or a word of Latin letters.
    private static func isName(_ token: Substring) -> Bool {
        guard (2...12).contains(token.count) else { return false }
        let ideographic = token.allSatisfy { $0 == "·" || $0 == "•" || ($0.unicodeScalars.first.map(CJK.isIdeographic) ?? false) }
        if ideographic { return token.count <= 5 || token.contains("·") || token.contains("•") }
        return token.count <= 10 && token.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
    }

    /// `Ann Lee and Tom Hart`, `Ann Lee, Tom Hart`: names of letters, spaces and dots.
    private static func englishAuthors(_ names: Substring) -> [Author]? {
        var authors: [Author] = []
        for part in names.split(separator: ",") {
            for name in part.split(separator: " and ") where !name.isEmpty {
                let trimmed = name.trimmingCharactersInWhitespace()
                guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.allSatisfy({ $0.isLetter || " .'-·".contains($0) }) else { return nil }
                authors.append(Author(name: trimmed))
            }
        }
        return authors.isEmpty ? nil : authors
    }
}
