import FolioCore
import FolioMarkup

/// What a page made by the Founder (方正) publishing system says about its article, where many
/// Chinese e-paper sites keep it: the body between `<!--enpcontent-->` and `<!--/enpcontent-->`
/// (or in `<founder-content>`, or a `div#ozoom`), and the metadata in an
/// `<!--enpproperty <title>…</title><date>…</date>… /enpproperty-->` comment or in
/// `<founder-title>`, `<founder-date>`… elements.
struct FounderPage {
    /// The fields found, by lower-case name (`title`, `date`, `author`, `articleid`…).
    var properties: [String: String] = [:]
    /// The article body's nodes, in order, when the page marks them.
    var content: [MarkupNode]?
    /// Founder elements that hold metadata and must not be read as body text.
    var metadataElements: Set<MarkupNode> = []

    /// The Founder markings of a page, or nil when it has none.
    init?(_ document: MarkupDocument) {
        var start: MarkupNode?
        var end: MarkupNode?
        var contentElement: MarkupNode?
        var zoom: MarkupNode?
        func visit(_ node: MarkupNode) -> Bool {
            switch node.kind {
            case .comment:
                let text = node.text.trimmingCharactersInWhitespace()
                if text.hasPrefix("enpproperty") {
                    properties.merge(Self.fields(in: text)) { old, _ in old }
                } else if text == "enpcontent" {
                    start = start ?? node
                } else if text == "/enpcontent" {
                    end = end ?? node
                }
                return false
            case .element:
                let name = node.name
                if name == "founder-content" {
                    contentElement = contentElement ?? node
                } else if name.hasPrefix("founder-") {
                    let key = String(name.dropFirst("founder-".count))
                    if let value = Self.nonEmpty(HTMLMetadata.collapsed(node.textContent(limit: 4096))), properties[key] == nil {
                        properties[key] = value
                    }
                    metadataElements.insert(node)
                    return false
                } else if name == "div", node.attribute("id") == "ozoom" {
                    zoom = zoom ?? node
                }
                return true
            default:
                return false
            }
        }
        // Comments may sit outside the root element, before `<html>`.
        for node in document.topLevelNodes where visit(node) {
            node.forEachDescendant(visit)
        }
        if let start {
            content = Self.nodes(after: start, until: end)
        } else if let element = contentElement ?? zoom {
            content = Array(element.children)
        }
        guard content != nil || !properties.isEmpty else { return nil }
    }

    /// Sets the metadata fields the page states, keeping those already set by richer sources.
    func apply(to metadata: inout Metadata) {
        func value(_ keys: String...) -> String? {
            keys.lazy.compactMap { properties[$0] }.first
        }
        if let title = value("title") { metadata.title = title }
        if let subtitle = value("subtitle") { metadata.subtitle = subtitle }
        if let intro = value("introtitle") { metadata.introTitle = intro }
        if let date = value("date", "pubdate", "publishdate") { metadata.date = DateText.iso(date) }
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

    /// `<name>value</name>` pairs of an enpproperty comment; markup inside values is stripped.
    static func fields(in comment: String) -> [String: String] {
        var fields: [String: String] = [:]
        var rest = comment[...]
        while let open = rest.firstIndex(of: "<") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: ">") else { break }
            let name = rest[afterOpen..<close].lowercased()
            guard !name.isEmpty, !name.hasPrefix("/"), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                rest = rest[rest.index(after: close)...]
                continue
            }
            let valueStart = rest.index(after: close)
            guard let end = rest[valueStart...].range(of: "</" + name + ">", options: .caseInsensitive) else {
                rest = rest[valueStart...]
                continue
            }
            if let value = nonEmpty(HTMLMetadata.collapsed(plainText(of: rest[valueStart..<end.lowerBound]))), fields[name] == nil {
                fields[name] = value
            }
            rest = rest[end.upperBound...]
        }
        return fields
    }

    /// Text without tags, with the common character references decoded.
    private static func plainText(of markup: Substring) -> String {
        var text = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        for (reference, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        return text
    }

    /// The siblings after `start` up to `end`; when `end` lies elsewhere, up to the sibling holding it.
    private static func nodes(after start: MarkupNode, until end: MarkupNode?) -> [MarkupNode] {
        var ancestorsOfEnd = Set<MarkupNode>()
        var ancestor = end?.parent
        while let current = ancestor {
            ancestorsOfEnd.insert(current)
            ancestor = current.parent
        }
        var result: [MarkupNode] = []
        var sibling = start.nextSibling
        while let node = sibling {
            if let end, node == end { break }
            // A second `<!--enpcontent-->` (some templates repeat it) is not content.
            result.append(node)
            if ancestorsOfEnd.contains(node) { break }
            sibling = node.nextSibling
        }
        return result
    }

    private static func nonEmpty(_ text: String) -> String? { HTMLMetadata.nonEmpty(text) }
}
