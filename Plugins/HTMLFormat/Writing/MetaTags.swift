import FolioCore
import FolioMarkup

/// The `<meta>` elements that carry a document's metadata in a written page.
///
/// Standard names (`author`, `description`, `keywords`, `date`) serve other tools; `folio:`
/// names carry every field exactly (`folio:author` as `role:name`, as `--metadata` takes it), so
/// that the HTML reader gets back the metadata the page was written from.
enum MetaTags {
    /// The markup, one element per line.
    static func markup(for metadata: Metadata) -> String {
        var lines: [String] = [tag("generator", "Folio")]
        for author in metadata.authors { lines.append(tag("author", author.name)) }
        if let summary = metadata.summary { lines.append(tag("description", summary)) }
        if !metadata.keywords.isEmpty { lines.append(tag("keywords", metadata.keywords.joined(separator: ", "))) }
        if let date = metadata.date { lines.append(tag("date", date)) }
        func folio(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append(tag(HTMLMetadata.folioPrefix + key, value)) }
        }
        folio("title", metadata.title)
        folio("introtitle", metadata.introTitle)
        folio("subtitle", metadata.subtitle)
        for author in metadata.authors {
            folio("author", author.role.map { $0 + ":" + author.name } ?? author.name)
        }
        folio("date", metadata.date)
        folio("publication", metadata.publication)
        folio("edition", metadata.edition)
        folio("section", metadata.section)
        folio("language", metadata.language)
        folio("source", metadata.source)
        folio("identifier", metadata.identifier)
        for credit in metadata.credits { folio("credit", credit) }
        if !metadata.keywords.isEmpty { folio("keywords", metadata.keywords.joined(separator: ",")) }
        folio("summary", metadata.summary)
        for key in metadata.extra.keys.sorted() where !Metadata.settableKeys.contains(key.lowercased()) {
            folio(key, metadata.extra[key])
        }
        return lines.joined(separator: "\n")
    }

    private static func tag(_ name: String, _ content: String) -> String {
        "<meta name=\"" + MarkupEscaping.escapedAttribute(name) + "\" content=\"" + MarkupEscaping.escapedAttribute(content) + "\"/>"
    }
}
