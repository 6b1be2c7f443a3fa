/// One metadata field under the key that document tools use for it: pandoc's `meta`, a
/// Markdown file's YAML block.
///
/// Where pandoc's templates know a field, its key is pandoc's (`title`, `subtitle`, `author`,
/// `date`, `lang`, `publisher`, `keywords`, `abstract`, `identifier`); Folio's other fields keep
/// their own names (`introtitle`, `edition`, `section`, `source`, `credits`, and `author-role`,
/// the authors' roles in the order of `author`). Free keys (``Metadata/extra``) follow as text.
public struct MetadataEntry: Sendable, Hashable {
    /// A field's value: one text or a list of texts.
    public enum Value: Sendable, Hashable {
        /// A single text.
        case text(String)
        /// Several texts, in order (authors, keywords, credits).
        case list([String])
    }

    /// The key.
    public var key: String
    /// The value.
    public var value: Value

    /// Creates an entry.
    public init(key: String, value: Value) {
        self.key = key
        self.value = value
    }
}

extension Metadata {
    /// The keys of the metadata fields as ``entries`` names them; free keys among these are not written.
    public static let entryKeys: Set<String> = [
        "title", "subtitle", "introtitle", "author", "author-role", "date", "publisher", "edition",
        "section", "lang", "source", "identifier", "credits", "keywords", "abstract",
    ]

    /// The fields that are set, sorted by key, so that equal metadata gives equal output.
    public var entries: [MetadataEntry] {
        var entries: [MetadataEntry] = []
        func add(_ key: String, _ text: String?) {
            if let text, !text.isEmpty { entries.append(MetadataEntry(key: key, value: .text(text))) }
        }
        func add(_ key: String, _ list: [String]) {
            if !list.isEmpty { entries.append(MetadataEntry(key: key, value: .list(list))) }
        }
        add("title", title)
        add("subtitle", subtitle)
        add("introtitle", introTitle)
        add("author", authors.map(\.name))
        if authors.contains(where: { $0.role != nil }) { add("author-role", authors.map { $0.role ?? "" }) }
        add("date", date)
        add("publisher", publication)
        add("edition", edition)
        add("section", section)
        add("lang", language)
        add("source", source)
        add("identifier", identifier)
        add("credits", credits)
        add("keywords", keywords)
        add("abstract", summary)
        for (key, value) in extra where !Self.entryKeys.contains(key) { add(key, value) }
        return entries.sorted { $0.key < $1.key }
    }

    /// Metadata from entries, as ``entries`` writes them: a list where a text is expected is
    /// joined with commas, a text where a list is expected is a list of one.
    public init(entries: [MetadataEntry]) {
        self.init()
        var roles: [String] = []
        for entry in entries {
            let list: [String], text: String
            switch entry.value {
            case .text(let value): (list, text) = ([value], value)
            case .list(let values): (list, text) = (values, values.joined(separator: ", "))
            }
            switch entry.key {
            case "title": title = text
            case "subtitle": subtitle = text
            case "introtitle": introTitle = text
            case "author": authors = list.map { Author(name: $0) }
            case "author-role": roles = list
            case "date": date = text
            case "publisher": publication = text
            case "edition": edition = text
            case "section": section = text
            case "lang": language = text
            case "source": source = text
            case "identifier": identifier = text
            case "credits": credits = list
            case "keywords": keywords = list
            case "abstract": summary = text
            default: extra[entry.key] = text
            }
        }
        for (index, role) in roles.enumerated() where index < authors.count && !role.isEmpty {
            authors[index].role = role
        }
    }
}
