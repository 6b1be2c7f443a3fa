import FolioCore

/// Which tables a CSV output holds, in which order, and under which file names.
///
/// Indicator tables come first, then the other tables in reading order, so that `table=1` is
/// the indicators whenever there are any. Several tables become files named by position and
/// role: `01-indicators.csv`, `02-table.csv`, … (two digits, more when there are over 99).
struct TableSelection {
    /// The tables to write, in order.
    let tables: [Table]

    /// The tables of one document.
    init(document: Document) {
        let all = document.tables
        tables = all.filter { $0.role == .indicators } + all.filter { $0.role != .indicators }
    }

    /// The tables of several documents: their indicator tables merged into one with a leading
    /// `source` column naming each row's document (when their headers agree), then every
    /// other table in document order.
    init(documents: [Document]) {
        var indicators: [Table] = []
        var data: [Table] = []
        for (index, document) in documents.enumerated() {
            let name = document.metadata.source ?? document.metadata.identifier ?? document.metadata.title ?? "document \(index + 1)"
            for table in document.tables {
                guard table.role == .indicators else {
                    data.append(table)
                    continue
                }
                let sourced = Self.prependingSource(name, to: table)
                if let last = indicators.last, last.head == sourced.head {
                    indicators[indicators.count - 1].body += sourced.body
                } else {
                    indicators.append(sourced)
                }
            }
        }
        tables = indicators + data
    }

    /// The indicator table with a first column naming its document (`source` in the head).
    private static func prependingSource(_ name: String, to table: Table) -> Table {
        let grid = table.grid
        let headCount = min(table.head.count, grid.count)
        let head = grid[..<headCount].map { TableRow(texts: [IndicatorColumns.source] + $0) }
        let body = grid[headCount...].map { TableRow(texts: [name] + $0) }
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
