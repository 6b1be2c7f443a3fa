import FolioCore

/// The columns of an indicator table as CSV writes them, and how the reader recognises one.
///
/// The names are FolioCore's ``Table/indicatorColumns``; a CSV file with that header (or a
/// subset of it) must read back as an indicator table.
enum IndicatorColumns {
    /// The full header the `indicators` filter writes.
    static var names: [String] { Table.indicatorColumns }
    /// The columns the writer puts first when it merges the indicator tables of several documents.
    static var provenance: [String] { IndicatorProvenance.columns }

    /// The one column that combined files written before provenance put first.
    private static let formerSource = "source"

    private static let known = Set(names + provenance + [formerSource])
    private static let required: Set<String> = ["value", "unit", "qualifier", "kind"]

    /// Whether a header row is an indicator table's: only indicator columns (and provenance columns),
    /// each once, including value, unit, qualifier and kind; a subset such as the seed target's
    /// `subject,value,unit,qualifier,kind,mention` counts too.
    static func matches(_ header: [String]) -> Bool {
        // Length first, so a huge cell is never hashed.
        guard header.count <= known.count, header.allSatisfy({ $0.utf8.count <= 16 }) else { return false }
        let set = Set(header)
        return set.count == header.count && set.isSubset(of: known) && required.isSubset(of: set)
    }
}
