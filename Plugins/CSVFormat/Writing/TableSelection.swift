import FolioCore

/// Which tables a CSV output holds, in which order, and under which file names.
///
/// Indicator tables come first, then the other tables in reading order, so that `table=1` is
/// the indicators whenever there are any. Several tables become files named by position and
/// role: `01-indicators.csv`, `02-table.csv`, … (two digits, more when there are over 99).
struct TableSelection {
    /// The tables to write, in order.
    let tables: [Table]

    /// The tables of a document read from the input `inputName`.
    ///
    /// With `provenance` (always, in a combined output of several documents, ``CombinedCSV``)
    /// the indicator tables get the ``IndicatorProvenance/columns`` before their own and are
    /// merged into one when their headers agree; every other table follows in document order.
    init(document: Document, inputName: String, provenance: Bool) {
        var indicators: [Table] = []
        var data: [Table] = []
        for table in document.tables {
            guard table.role == .indicators else {
                data.append(table)
                continue
            }
            guard provenance else {
                indicators.append(table)
                continue
            }
            let traced = Self.prependingProvenance(IndicatorProvenance.rows(of: table, in: document, file: inputName), to: table)
            if let last = indicators.last, last.head == traced.head {
                indicators[indicators.count - 1].body += traced.body
            } else {
                indicators.append(traced)
            }
        }
        tables = indicators + data
    }

    /// The indicator table with the provenance columns first.
    private static func prependingProvenance(_ provenance: [IndicatorProvenance], to table: Table) -> Table {
        let grid = table.grid
        let headCount = min(table.head.count, grid.count)
        let head = grid[..<headCount].map { TableRow(texts: IndicatorProvenance.columns + $0) }
        let body = zip(provenance, grid[headCount...]).map { TableRow(texts: $0.cells + $1) }
        return Table(role: .indicators, head: head, body: body)
    }

    /// The file name of the table at a 0-based position among `count` files.
    static func fileName(at index: Int, of count: Int, role: Table.Role, fileExtension: String) -> String {
        let width = max(2, String(count).count)
        let number = String(index + 1)
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        return "\(padded)-\(role == .indicators ? "indicators" : "table").\(fileExtension)"
    }
}
