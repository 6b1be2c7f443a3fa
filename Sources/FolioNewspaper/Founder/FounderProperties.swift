import FolioCore

/// The article metadata that the Founder (方正) publishing system, behind many Chinese e-paper
/// sites, writes into its pages: an `<!--enpproperty <title>…</title><date>…</date>…
/// /enpproperty-->` comment, `<founder-title>`-style elements, or, in a text dump, the same
/// fields flattened into one line (`2024-09-01 1 1 宁波日报 content_172389.html … /enpproperty-->`).
public struct FounderProperties: Sendable, Hashable {
    /// The fields found, by lower-case name (`title`, `date`, `author`, `articleid`…).
    public var fields: [String: String]

    /// Creates properties from fields.
    public init(fields: [String: String] = [:]) {
        self.fields = fields
    }

    /// The `<name>value</name>` pairs of an enpproperty comment; markup inside values is stripped.
    public init(comment: String) {
        var fields: [String: String] = [:]
        var rest = comment[...]
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ">") else { break }
            let name = rest[afterOpen..<close].lowercased()
            guard !name.isEmpty, !name.hasUTF8Prefix("/"), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                rest = rest[rest.index(after: close)...]
                continue
            }
            let valueStart = rest.index(after: close)
            let closing = "</" + name + ">"
            guard let end = Self.range(of: closing, in: rest[valueStart...]) else {
                rest = rest[valueStart...]
                continue
            }
            if let value = Self.nonEmpty(Self.plainText(of: rest[valueStart..<end.lowerBound])), fields[name] == nil {
                fields[name] = value
            }
            rest = rest[end.upperBound...]
        }
        self.fields = fields
    }

    /// The date and paper a flattened properties line in a text dump gives, or nil when the line
    /// is no such line.
    public static func flattenedLine(_ text: String) -> (date: String?, publication: String?)? {
        // The line ends with the comment's close, or names the article's page near its start.
        let tail = text.utf8.count > 512 ? String(text.suffix(64)) : text
        let head = text.utf8.count > 512 ? String(text.prefix(256)) : text
        guard tail.containsUTF8("enpproperty") || (head.containsUTF8("content_") && head.containsUTF8(".htm")) else { return nil }
        let tokens = text.split(separator: " ")
        let date = tokens.first.flatMap { NewsDate.iso($0) }
        let publication = tokens.first { Dateline.isOutletName($0) && $0.hasUTF8Suffix("报") }.map(String.init)
        return (date, publication)
    }

    /// Sets the metadata fields the properties state; they are the page's own, so they win.
    public func apply(to metadata: inout Metadata) {
        func value(_ keys: String...) -> String? {
            keys.lazy.compactMap { fields[$0] }.first
        }
        if let title = value("title") { metadata.title = title }
        if let subtitle = value("subtitle") { metadata.subtitle = subtitle }
        if let intro = value("introtitle") { metadata.introTitle = intro }
        if let date = value("date", "pubdate", "publishdate") { metadata.date = NewsDate.iso(date) ?? date }
        if let author = value("author") {
            metadata.authors = Byline(line: author)?.authors
                ?? author.split(whereSeparator: { " ,，、;；".contains($0) }).map { Author(name: String($0)) }
        }
        if let identifier = value("articleid") { metadata.identifier = identifier }
        if let keywords = value("keyword", "keywords") {
            metadata.keywords = keywords.split(whereSeparator: { ",，;；、".contains($0) }).compactMap { Self.nonEmpty(String($0)) }
        }
        if let section = value("nodename", "section") { metadata.section = section }
        if let edition = value("pagenum", "pageno", "edition") { metadata.edition = edition }
        if let publication = value("papername", "sitename", "publication") { metadata.publication = publication }
    }

    /// Text without tags, with the common character references decoded and white space collapsed.
    private static func plainText(of markup: Substring) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        var decoded = ""
        var rest = text[...]
        let references: [(String, Character)] = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
        while let first = rest.first {
            if first == "&", let (reference, character) = references.first(where: { rest.hasUTF8Prefix($0.0) }) {
                decoded.append(character)
                rest = rest.dropFirst(reference.count)
            } else {
                decoded.append(first)
                rest = rest.dropFirst()
            }
        }
        return decoded.split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" }).joined(separator: " ")
    }

    /// A case-insensitive search for an ASCII closing tag.
    private static func range(of needle: String, in text: Substring) -> Range<String.Index>? {
        let lowered = needle.lowercased()
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "<") {
            index = open
            if text[index...].prefix(lowered.count).lowercased() == lowered {
                return index..<text.index(index, offsetBy: lowered.count)
            }
            index = text.index(after: index)
        }
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharactersInWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
