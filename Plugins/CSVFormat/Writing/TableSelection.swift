import FolioCore

/// Which tables a CSV output holds, in which order, and under which file names.
///
/// Indicator tables come first, then the other tables in reading order, so that `table=1` is
/// the indicators whenever there are any. Several tables become files named by position and
/// role: `01-indicators.csv`, `02-table.csv`, … (two digits, more when there are over 99).
struct TableSelection {
    /// The tables to write, in order.
    let tables: [SelectedTable]

    /// The tables of a document read from the input `inputName`.
    ///
    /// With `provenance` (always, in a combined output of several documents, ``CombinedCSV``)
    /// the indicator tables get the ``IndicatorProvenance/columns`` before their own and are
    /// merged into one when their headers agree; every other table follows in document order.
    init(document: Document, inputName: String, provenance: Bool) {
        var indicators: [SelectedTable] = []
        var data: [SelectedTable] = []
        for table in document.tables {
            guard table.role == .indicators else {
                data.append(SelectedTable(table))
                continue
            }
            guard provenance else {
                indicators.append(SelectedTable(table))
                continue
            }
            let traced = Self.prependingProvenance(IndicatorProvenance.rows(of: table, in: document, file: inputName), to: table)
            if let last = indicators.last, last.head == traced.head {
                indicators[indicators.count - 1].grid += traced.grid[traced.headCount...]
            } else {
                indicators.append(traced)
            }
        }
        tables = indicators + data
    }

    /// The indicator table with the provenance columns first, its head and body rows (the
    /// filter's tables have no foot).
    private static func prependingProvenance(_ provenance: [IndicatorProvenance], to table: Table) -> SelectedTable {
        let selected = SelectedTable(table)
        let head = selected.head.map { IndicatorProvenance.columns + $0 }
        let body = zip(provenance, selected.grid[selected.headCount...]).map { $0.cells + $1 }
        return SelectedTable(role: .indicators, grid: head + body, headCount: head.count)
    }

    /// The file name of the table at a 0-based position among `count` files.
    static func fileName(at index: Int, of count: Int, role: Table.Role, fileExtension: String) -> String {
        let width = max(2, String(count).count)
        let number = String(index + 1)
        let padded = String(repeating: "0", count: max(0, width - number.count)) + number
        return "\(padded)-\(role == .indicators ? "indicators" : "table").\(fileExtension)"
    }
}

/// A table as a CSV output writes it: laid out on its grid (``Table/grid``), the first rows of
/// it the head. Written straight from the grid, a table with provenance columns is never built
/// again as cells.
struct SelectedTable {
    /// Whether it is an indicator table or a data table.
    var role: Table.Role
    /// Its rows, spans expanded: the head's, then the body's and the foot's.
    var grid: [[String]]
    /// How many of the rows are the head.
    var headCount: Int

    /// The head rows, which must agree for indicator tables to merge.
    var head: ArraySlice<[String]> { grid[..<headCount] }

    /// The table laid out on its grid.
    init(_ table: Table) {
        grid = table.grid
        headCount = min(table.head.count, grid.count)
        role = table.role
    }

    /// A table of the given rows.
    init(role: Table.Role, grid: [[String]], headCount: Int) {
        self.role = role
        self.grid = grid
        self.headCount = headCount
    }
}
