import FolioCore

/// The `meta` keys that carry Folio's metadata fields, shared by the reader and the writer.
///
/// Where pandoc's own templates use a key (`title`, `subtitle`, `author`, `date`, `lang`,
/// `publisher`, `keywords`, `abstract`, `identifier`), that key carries the field, so pandoc's
/// writers show it; Folio's other fields keep their own names.
enum PandocMetadataKeys {
    static let title = "title"
    static let subtitle = "subtitle"
    static let introTitle = "introtitle"
    static let author = "author"
    /// The authors' roles (记者, 通讯员), a list parallel to `author`, present when any author has one.
    static let authorRole = "author-role"
    static let date = "date"
    static let publication = "publisher"
    static let edition = "edition"
    static let section = "section"
    static let language = "lang"
    static let source = "source"
    static let identifier = "identifier"
    static let credits = "credits"
    static let keywords = "keywords"
    static let summary = "abstract"

    /// Every key above: free metadata (`extra`) under one of these names is not written.
    static let all: Set<String> = [
        title, subtitle, introTitle, author, authorRole, date, publication, edition, section,
        language, source, identifier, credits, keywords, summary,
    ]
}

/// The class that marks Folio's constructs on pandoc's `Div` and `Table` nodes.
enum PandocClasses {
    /// A `Div` with this class is a Folio note; its `kind` attribute is the note's kind.
    static let note = "note"
    /// The attribute of a note `Div` that holds the note's kind (编者按).
    static let noteKind = "kind"
    /// A `Table` with this class is an indicator table.
    static let indicators = Table.Role.indicators.rawValue
}
