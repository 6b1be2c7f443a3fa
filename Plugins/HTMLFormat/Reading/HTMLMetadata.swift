import FolioCore
import FolioNewspaper
import FolioMarkup

/// Reads a page's metadata from its `<html lang>`, `<title>` and `<meta>` tags (standard names,
/// Dublin Core, Open Graph and `article:` properties, and the `folio:` names Folio's writer uses)
/// and from the article its JSON-LD describes (``LinkedDataArticle``).
enum HTMLMetadata {
    /// The prefix of the `<meta name>`s that carry Folio's own fields exactly (`folio:subtitle`).
    static let folioPrefix = "folio:"

    /// Whether the page says Folio wrote it (`<meta name="generator" content="Folio">`).
    static func isWrittenByFolio(_ document: MarkupDocument) -> Bool {
        (document.head?.childElements ?? []).contains { element in
            element.isElement(named: "meta") && element.attribute("name")?.lowercased() == "generator"
                && element.attribute("content")?.hasPrefix("Folio") == true
        }
    }

    /// The metadata the page declares.
    static func read(_ document: MarkupDocument) -> Metadata {
        var metadata = Metadata()
        guard let root = document.root else { return metadata }
        metadata.language = (root.attribute("lang") ?? root.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace"))
            .flatMap(Self.nonEmpty)
        var pageTitle: String?
        var folio = Metadata()
        var sawFolio = false
        var authorsFromMeta: [String] = []
        let elements = (document.head?.descendantElements(limit: 2000) ?? []) + (document.body?.childElements.filter { $0.isElement(named: "meta") } ?? [])
        for element in elements {
            if element.isElement(named: "title") {
                pageTitle = pageTitle ?? nonEmpty(collapsed(element.textContent(limit: 4096))).flatMap { Self.isPlaceholderTitle($0) ? nil : $0 }
                continue
            }
            guard element.isElement(named: "meta"), let content = element.attribute("content").flatMap(nonEmpty) else { continue }
            if let equiv = element.attribute("http-equiv")?.lowercased(), equiv == "content-language" {
                metadata.language = metadata.language ?? content
                continue
            }
            guard let key = (element.attribute("name") ?? element.attribute("property") ?? element.attribute("itemprop"))?.lowercased() else { continue }
            if key.hasPrefix(folioPrefix) {
                sawFolio = true
                folio.set(String(key.dropFirst(folioPrefix.count)), to: content)
                continue
            }
            switch key {
            case "author", "article:author", "dc.creator", "dcterms.creator", "byl":
                authorsFromMeta.append(content)
            case "description", "og:description", "dc.description", "dcterms.description", "twitter:description":
                metadata.summary = metadata.summary ?? content
            case "keywords", "news_keywords", "article:tag", "dc.subject", "dcterms.subject":
                metadata.keywords += content.split(whereSeparator: { ",，;；、".contains($0) }).compactMap { nonEmpty(String($0)) }
            case "date", "pubdate", "publishdate", "publish_date", "publication_date", "article:published_time",
                 "dc.date", "dcterms.date", "dcterms.created", "og:published_time", "datepublished":
                metadata.date = metadata.date ?? NewsDate.iso(content) ?? nonEmpty(content)
            case "og:title", "twitter:title", "dc.title", "dcterms.title":
                metadata.title = metadata.title ?? content
            case "og:site_name", "dc.publisher", "dcterms.publisher", "application-name":
                metadata.publication = metadata.publication ?? content
            case "article:section":
                metadata.section = metadata.section ?? content
            case "og:locale":
                metadata.language = metadata.language ?? content.replacingOccurrences(of: "_", with: "-")
            case "dc.identifier", "dcterms.identifier":
                metadata.identifier = metadata.identifier ?? content
            case "dc.language", "dcterms.language":
                metadata.language = metadata.language ?? content
            default:
                break
            }
        }
        var seen = Set<String>()
        // A field that gives an address names the site, not people: OpenGraph's `article:author`
        // is a profile's address, and portals write `www.site.cn,某某报业集团,某某网`.
        for value in authorsFromMeta where !Self.holdsAddress(value) {
            let authors = Byline(line: value)?.authors ?? value.split(whereSeparator: { ",，;；、".contains($0) }).compactMap { nonEmpty(String($0)) }.map { Author(name: $0) }
            for author in authors where seen.insert(author.name).inserted { metadata.authors.append(author) }
        }
        metadata.title = metadata.title ?? pageTitle
        LinkedDataArticle(document)?.apply(to: &metadata, pageTitle: pageTitle)
        if let title = metadata.title { metadata.title = withoutSiteName(title, publication: &metadata.publication) }
        if metadata.keywords.count > 1 {
            var unique = Set<String>()
            metadata.keywords = metadata.keywords.filter { unique.insert($0).inserted }
        }
        // Folio's exact fields win over the generic ones.
        if sawFolio { metadata = folio.filling(from: metadata) }
        return metadata
    }

    /// Text with its white space runs collapsed to single spaces.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" }).joined(separator: " ")
    }

    /// The title without the site's name a page sets after or before it (`Headline - Jeongdong
    /// Theater`, `标题_某某网`, `Site | Headline`): the name of the publication, or, where the page
    /// names none, a paper's or site's name, which then names the publication.
    static func withoutSiteName(_ title: String, publication: inout String?) -> String {
        func isSiteName(_ part: Substring) -> Bool {
            let name = part.trimmingCharactersInWhitespace()
            if let publication { return isSameSiteName(name, publication) }
            return Dateline.isOutletName(name)
        }
        // `Post @ Blog :: Platform ::`, `Headline | Site | Section`: the named site, wherever it stands after the headline.
        if let publication {
            for separator in siteSeparators + [" @ "] {
                var rest = title[...]
                while let range = rest.utf8Range(of: separator) {
                    rest = title[range.upperBound...]
                    guard range.lowerBound > title.startIndex, opens(rest, withSiteName: publication) else { continue }
                    let headline = title[..<range.lowerBound].trimmingCharactersInWhitespace()
                    if !headline.hasAtMostCharacters(3) { return headline }
                }
            }
        }
        for separator in siteSeparators {
            if let range = title.range(of: separator, options: .backwards), isSiteName(title[range.upperBound...]) {
                var headline = title[..<range.lowerBound].trimmingCharactersInWhitespace()
                guard !headline.hasAtMostCharacters(3) else { continue }
                publication = publication ?? title[range.upperBound...].trimmingCharactersInWhitespace()
                // `标题_科技_腾讯网`: portals set the channel between the headline and the site.
                if let channel = headline.range(of: separator, options: .backwards), headline[channel.upperBound...].hasAtMostCharacters(4),
                   !headline[..<channel.lowerBound].hasAtMostCharacters(3) {
                    headline = headline[..<channel.lowerBound].trimmingCharactersInWhitespace()
                }
                return headline
            }
            if let range = title.utf8Range(of: separator), isSiteName(title[..<range.lowerBound]) {
                let headline = title[range.upperBound...].trimmingCharactersInWhitespace()
                guard !headline.hasAtMostCharacters(3) else { continue }
                publication = publication ?? title[..<range.lowerBound].trimmingCharactersInWhitespace()
                return headline
            }
        }
        return title
    }

    /// Whether `text` opens with the site's name `name` as a whole name, compared as
    /// ``isSameSiteName(_:_:)`` compares: what follows it is nothing, white space or a separator
    /// (`Headline - Timesheet` does not name the site `Times`).
    private static func opens(_ text: Substring, withSiteName name: String) -> Bool {
        guard let end = text.index(text.startIndex, offsetBy: name.count, limitedBy: text.endIndex),
              isSameSiteName(text[..<end], name) else { return false }
        let rest = text[end...]
        guard let next = rest.unicodeScalars.first else { return true }
        return ScalarSet.whitespace.contains(next) || siteSeparators.contains { rest.hasUTF8Prefix($0) }
    }

    /// Whether a part of a title is the site's name, letter case aside (`THE GAZETTE`).
    private static func isSameSiteName<Part: StringProtocol>(_ part: Part, _ name: String) -> Bool {
        part.caseInsensitiveCompare(name) == .orderedSame
    }

    /// What pages set between a headline and the site's name.
    static let siteSeparators = [" - ", " | ", " – ", " — ", " :: ", " · ", "_", "｜"]

    /// Whether a `<title>` is an editor's or template's placeholder that names nothing
    /// (`无标题文档`, `Untitled Document`, a template's `阅读文章`): the page's headline is then its title.
    static func isPlaceholderTitle(_ title: String) -> Bool {
        placeholderTitles.contains(title.lowercased())
    }

    /// Placeholder titles, lower-cased.
    static let placeholderTitles: Set<String> = ["无标题文档", "無標題文件", "無標題文檔", "无标题页", "未命名", "未命名文档", "新建网页 1", "阅读文章", "文章详情",
                                                 "新闻详情", "详细内容", "内容页", "正文", "untitled", "untitled document", "untitled page", "document", "new page 1"]

    /// Whether a field holds a web address (`www.site.cn`, `https://…`).
    static func holdsAddress(_ text: String) -> Bool {
        text.containsUTF8("www.") || text.containsUTF8("http://") || text.containsUTF8("https://")
    }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharactersInWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
