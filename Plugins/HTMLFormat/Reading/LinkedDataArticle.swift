import FolioCore
import FolioMarkup
import FolioNewspaper
import Foundation

/// The article a page describes in JSON-LD (`<script type="application/ld+json">`), as news
/// sites publish it for search engines: a schema.org `NewsArticle`, `Article`, `BlogPosting` or
/// `ReportageNewsArticle`, alone, in an array, or in an `@graph`.
struct LinkedDataArticle: Sendable, Equatable {
    /// `headline`.
    var headline: String?
    /// `author`: names of people or organisations.
    var authors: [String] = []
    /// `datePublished`, as an ISO date.
    var datePublished: String?
    /// `publisher.name`.
    var publisher: String?
    /// `description`.
    var summary: String?
    /// `inLanguage`.
    var language: String?

    /// The first article described in the page's JSON-LD scripts, or nil.
    init?(_ document: MarkupDocument) {
        guard let root = document.root else { return nil }
        var found: LinkedDataArticle?
        root.forEachDescendant { node in
            guard found == nil else { return false }
            guard node.isElement(named: "script") else { return true }
            guard node.attribute("type")?.lowercased().contains("ld+json") == true else { return false }
            let text = node.textContent(limit: Self.maximumScriptLength)
            if let data = text.data(using: .utf8), let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) {
                found = Self.article(in: json, depth: 0)
            }
            return false
        }
        guard let found else { return nil }
        self = found
    }

    /// Fills the fields the page's `<meta>` tags left empty; the headline also replaces a
    /// `<title>` that wraps it in the site's name.
    func apply(to metadata: inout Metadata, pageTitle: String?) {
        if let headline, metadata.title == nil || metadata.title == pageTitle { metadata.title = headline }
        if metadata.authors.isEmpty { metadata.authors = authors.map { Author(name: $0) } }
        metadata.date = metadata.date ?? datePublished
        metadata.publication = metadata.publication ?? publisher
        metadata.summary = metadata.summary ?? summary
        metadata.language = metadata.language ?? language
    }

    private init(fields: [String: Any]) {
        headline = Self.text(fields["headline"]) ?? Self.text(fields["name"])
        authors = Self.names(fields["author"], people: true)
        datePublished = Self.text(fields["datePublished"]).flatMap { NewsDate.iso($0) }
        publisher = Self.names(fields["publisher"]).first
        summary = Self.text(fields["description"])
        language = Self.text(fields["inLanguage"])
    }

    /// JSON-LD nests objects; pages do not nest articles deeper than this.
    private static let maximumDepth = 8
    /// Longer scripts are not article descriptions.
    private static let maximumScriptLength = 1 << 20
    private static let articleTypes: Set<String> = ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                                                    "AnalysisNewsArticle", "OpinionNewsArticle", "Report", "LiveBlogPosting"]

    private static let organisationTypes: Set<String> = ["Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization"]

    private static func article(in json: Any, depth: Int) -> LinkedDataArticle? {
        guard depth < maximumDepth else { return nil }
        if let array = json as? [Any] {
            for item in array { if let found = article(in: item, depth: depth + 1) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        if types.contains(where: articleTypes.contains) { return LinkedDataArticle(fields: object) }
        if let graph = object["@graph"] { return article(in: graph, depth: depth + 1) }
        return nil
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        return HTMLMetadata.nonEmpty(HTMLMetadata.collapsed(string))
    }

    /// Names from a string, an object with a `name`, or an array of either; with `people`, not
    /// those of organisations (`"author": {"@type": "Organization", "name": "BBC News"}` is the
    /// publisher credited, not a writer).
    private static func names(_ value: Any?, people: Bool = false) -> [String] {
        switch value {
        case let string as String:
            return text(string).map { [$0] } ?? []
        case let object as [String: Any]:
            if people, let type = object["@type"] as? String, organisationTypes.contains(type) { return [] }
            return text(object["name"]).map { [$0] } ?? []
        case let array as [Any]:
            return array.prefix(20).flatMap { names($0, people: people) }
        default:
            return []
        }
    }
}
