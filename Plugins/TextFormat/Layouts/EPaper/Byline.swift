import FolioCore

/// Reads bylines (`记者 黄合 通讯员 勇祖轩`, `本报记者 李白`, `By Ann Lee`) and photo credits
/// (`本版图片由市委组织部提供`, `记者 王明 摄`).
enum Byline {
    /// The roles printed before names, longest first so that 本报记者 wins over 记者.
    static let roles: [String] = [
        "本报特约记者", "本报见习记者", "本报实习记者", "本报通讯员", "特约通讯员", "本报评论员", "融媒体记者",
        "全媒体记者", "本报记者", "首席记者", "特约记者", "见习记者", "实习记者", "摄影记者", "评论员",
        "通讯员", "实习生", "记者", "作者",
    ].sorted { $0.count > $1.count }

    /// Decorations some papers print before a byline.
    static let decorations: Set<Character> = ["□", "■", "●", "◆", "▲", "○", "◇"]

    /// Authors and credits read from one line.
    struct Parsed: Equatable {
        var authors: [Author] = []
        var credits: [String] = []
    }

    /// The byline a line holds, or nil when the line is not one.
    static func parse(_ line: String) -> Parsed? {
        guard line.count <= 60, !line.contains("。") else { return nil }
        let text = String(line.drop { decorations.contains($0) || $0 == " " })
        if text.hasPrefix("By ") || text.hasPrefix("by ") { return parseEnglish(text.dropFirst(3)) }
        guard let first = text.split(separator: " ").first, role(prefixing: first) != nil || isCredit(String(first)) else { return nil }
        var parsed = Parsed()
        var role: String?
        var group: [Author] = []
        let tokens = text.split { $0 == " " || $0 == "、" || $0 == "，" || $0 == "," }
        for (position, token) in tokens.enumerated() {
            if isCreditStart(token) {
                parsed.credits.append(tokens[position...].joined(separator: " "))
                break
            }
            if token == "摄" || (token.hasSuffix("摄") && token.count > 1 && isName(token.dropLast())) {
                // The names since the last role took the photographs: a credit, not authorship.
                var names = group.map(\.name)
                if token != "摄" { names.append(String(token.dropLast())) }
                parsed.authors.removeLast(min(group.count, parsed.authors.count))
                parsed.credits.append(([role].compactMap { $0 } + names + ["摄"]).joined(separator: " "))
                group = []
                continue
            }
            var name = Substring(token)
            if let prefix = Self.role(prefixing: token) {
                role = prefix
                group = []
                name = token.dropFirst(prefix.count)
                if name.isEmpty { continue }
            }
            guard role != nil, isName(name) else { return nil }
            let author = Author(name: String(name), role: role)
            group.append(author)
            parsed.authors.append(author)
        }
        return parsed.authors.isEmpty && parsed.credits.isEmpty ? nil : parsed
    }

    private static func parseEnglish(_ names: Substring) -> Parsed? {
        var parsed = Parsed()
        for part in names.replacingOccurrences(of: " and ", with: ",").split(separator: ",") {
            let name = part.trimmingCharactersInWhitespace()
            guard !name.isEmpty, name.count <= 40, name.allSatisfy({ $0.isLetter || " .'-·".contains($0) }) else { return nil }
            parsed.authors.append(Author(name: name))
        }
        return parsed.authors.isEmpty ? nil : parsed
    }

    /// The role a token starts with, if any.
    static func role<S: StringProtocol>(prefixing token: S) -> String? {
        roles.first { token.hasPrefix($0) }
    }

    /// Whether a token could be a person's name: 2 to 5 ideographs, or a longer one joined by `·`.
    static func isName<S: StringProtocol>(_ token: S) -> Bool {
        let count = token.count
        guard count >= 2, count <= 12 else { return false }
        let ideographic = token.allSatisfy { $0 == "·" || $0 == "•" || ($0.unicodeScalars.first.map(CJK.isIdeographic) ?? false) }
        if ideographic { return count <= 5 || token.contains("·") || token.contains("•") }
        return token.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Whether a token begins a photo credit.
    static func isCreditStart<S: StringProtocol>(_ token: S) -> Bool {
        token.hasPrefix("本版图片") || token.hasPrefix("图片由") || token.hasPrefix("图/") || token.hasPrefix("图／")
            || token.hasPrefix("摄影") || token.hasPrefix("本版摄影") || token.hasPrefix("Photo")
    }

    /// Whether a whole line is a photo credit (`本版图片由市委组织部提供`, `图/新华社`).
    static func isCredit(_ line: String) -> Bool {
        guard line.count <= 60, !LineMarks.endsSentence(line) else { return false }
        return isCreditStart(line) || (line.contains("图片由") && line.hasSuffix("提供"))
    }

    /// The authors named in a 本报讯 lead (`本报讯（记者 李白 通讯员 杜甫）昨天…`).
    static func lead(_ paragraph: String) -> [Author] {
        guard paragraph.hasPrefix("本报讯") else { return [] }
        let rest = paragraph.dropFirst(3).drop { $0 == " " }
        guard let open = rest.first, open == "（" || open == "(" else { return [] }
        let inner = rest.dropFirst().prefix { $0 != "）" && $0 != ")" }
        guard inner.count < rest.count - 1 else { return [] }
        return parse(String(inner))?.authors ?? []
    }
}
