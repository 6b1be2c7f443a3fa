import FolioCore

/// The classes and attributes that mark Folio's constructs on pandoc's `Div` and `Table` nodes.
enum PandocClasses {
    /// A `Div` with this class is a Folio note; its `kind` attribute is the note's kind.
    static let note = "note"
    /// The attribute of a note `Div` that holds the note's kind (编者按).
    static let noteKind = "kind"
    /// A `Table` with this class is an indicator table.
    static let indicators = Table.Role.indicators.rawValue
}
