/// A newspaper byline: the people credited for an article with their roles (记者 王一 通讯员 李二),
/// and any credit printed on the same line (本版图片由市委组织部提供).
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
        "本报特约记者", "本报见习记者", "本报实习生", "本报通讯员", "本报记者", "见习记者", "实习记者", "特约记者", "首席记者",
        "特约撰稿", "责任编辑", "通讯员", "实习生", "记者", "摄影", "撰稿", "作者", "文/图", "文／图", "图/文", "图／文",
    ]

    /// Parses a line; nil unless it names at least one person under a role and holds nothing else.
    public init?(line: String) {
        let trimmed = line.trimmingCharactersInWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80 else { return nil }
        var authors: [Author] = []
        var credits: [String] = []
        var role: String?
        let separators: Set<Character> = [" ", "\u{3000}", "\u{A0}", "\t", "、", "，", ",", "；", ";", "（", "）", "(", ")", "【", "】", "[", "]"]
        for token in trimmed.split(whereSeparator: { separators.contains($0) }).map(String.init) {
            if Self.isCredit(token) {
                credits.append(token)
                continue
            }
            var rest = Substring(token)
            if let found = Self.roles.first(where: { rest.hasPrefix($0) }) {
                role = found
                rest = rest.dropFirst(found.count)
                if rest.hasPrefix(":") || rest.hasPrefix("：") { rest = rest.dropFirst() }
                if rest.isEmpty { continue }
            }
            guard role != nil, Self.isName(rest) else { return nil }
            authors.append(Author(name: String(rest), role: role))
        }
        guard !authors.isEmpty else { return nil }
        self.authors = authors
        self.credits = credits
    }

    /// Whether a token reads as a person's name: 2–10 letters, no digits or sentence punctuation.
    private static func isName(_ token: Substring) -> Bool {
        guard (2...10).contains(token.count) else { return false }
        return token.allSatisfy { $0.isLetter || $0 == "·" || $0 == "•" || $0 == "-" || $0 == "." }
    }

    private static func isCredit(_ token: String) -> Bool {
        (token.hasSuffix("提供") || token.hasSuffix("供图") || token.hasPrefix("图片由") || token.hasPrefix("本版图片")) && token.count <= 40
    }
}
