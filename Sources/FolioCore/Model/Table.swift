/// A table with a caption, header, body and footer rows, and cells that may span.
public struct Table: Sendable, Hashable {
    /// What the table holds: ordinary data, or statistics the `indicators` filter found in prose.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// A table that the input contained.
        case data
        /// Statistics extracted from the document's text.
        case indicators
    }

    /// The header of an indicator table, in order: the `indicators` filter writes it, the CSV
    /// writer prints it, and the CSV reader recognises it.
    public static let indicatorColumns = ["section", "subject", "value", "unit", "qualifier", "kind", "mention", "sentence"]

    /// What the table holds.
    public var role: Role
    /// A caption, if any.
    public var caption: [Inline]
    /// Default alignment of each column; may be shorter than the widest row.
    public var columnAlignments: [Alignment]
    /// Header rows.
    public var head: [TableRow]
    /// Body rows.
    public var body: [TableRow]
    /// Footer rows.
    public var foot: [TableRow]

    /// Creates a table.
    public init(
        role: Role = .data, caption: [Inline] = [], columnAlignments: [Alignment] = [],
        head: [TableRow] = [], body: [TableRow] = [], foot: [TableRow] = []
    ) {
        self.role = role
        self.caption = caption
        self.columnAlignments = columnAlignments
        self.head = head
        self.body = body
        self.foot = foot
    }

    /// Every row: head, then body, then foot.
    public var rows: [TableRow] { head + body + foot }

    /// The text of the table: one line per row, cells separated by tabs.
    public var plainText: String {
        rows.map { $0.cells.map(\.content.plainText).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// A spanned cell covers at most this many columns, as in HTML (`colspan` above 1000 counts as 1000).
    public static let maximumColumnSpan = 1000

    /// The table laid out on a rectangular grid, spans expanded.
    ///
    /// A spanned cell's text sits in its top-left slot; the other slots it covers are empty
    /// strings. Writers that cannot express spans (CSV, plain text) write this grid. As in
    /// HTML, a row span ends at the last row and a column span at ``maximumColumnSpan``, so the grid
    /// stays in proportion to the table whatever spans its cells claim.
    public var grid: [[String]] {
        let rows = rows
        // Most tables (every indicator table) span nothing: each row is its cells' texts.
        if rows.allSatisfy({ $0.cells.allSatisfy { $0.rowSpan == 1 && $0.columnSpan == 1 } }) {
            let width = rows.map(\.cells.count).max() ?? 0
            return rows.map { row in
                row.cells.map(\.content.plainText) + Array(repeating: "", count: width - row.cells.count)
            }
        }
        var grid: [[String?]] = []
        for (rowIndex, row) in rows.enumerated() {
            while grid.count <= rowIndex { grid.append([]) }
            var column = 0
            for cell in row.cells {
                while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
                let rowSpan = min(max(1, cell.rowSpan), rows.count - rowIndex)
                let colSpan = min(max(1, cell.columnSpan), Self.maximumColumnSpan)
                for r in rowIndex..<(rowIndex + rowSpan) {
                    while grid.count <= r { grid.append([]) }
                    for c in column..<(column + colSpan) {
                        while grid[r].count <= c { grid[r].append(nil) }
                        grid[r][c] = (r == rowIndex && c == column) ? cell.content.plainText : ""
                    }
                }
                column += colSpan
            }
        }
        let width = grid.map(\.count).max() ?? 0
        return grid.map { row in (0..<width).map { $0 < row.count ? (row[$0] ?? "") : "" } }
    }
}

/// One row of a table.
public struct TableRow: Sendable, Hashable, Codable {
    /// The row's cells, left to right; spanned slots are not repeated.
    public var cells: [TableCell]

    /// Creates a row.
    public init(cells: [TableCell]) {
        self.cells = cells
    }

    /// Creates a row of plain-text cells.
    public init(texts: [String]) {
        self.cells = texts.map { TableCell(text: $0) }
    }
}

/// One cell of a table.
public struct TableCell: Sendable, Hashable {
    /// The cell's content.
    public var content: [Inline]
    /// How many rows the cell covers (at least 1).
    public var rowSpan: Int
    /// How many columns the cell covers (at least 1).
    public var columnSpan: Int
    /// The cell's own alignment, overriding its column's.
    public var alignment: Alignment?
    /// Whether the cell is a header cell (`th`), also outside the head rows.
    public var isHeader: Bool

    /// Creates a cell.
    public init(content: [Inline], rowSpan: Int = 1, columnSpan: Int = 1, alignment: Alignment? = nil, isHeader: Bool = false) {
        self.content = content
        self.rowSpan = max(1, rowSpan)
        self.columnSpan = max(1, columnSpan)
        self.alignment = alignment
        self.isHeader = isHeader
    }

    /// Creates a cell holding plain text (no inline for an empty string).
    public init(text: String, rowSpan: Int = 1, columnSpan: Int = 1, alignment: Alignment? = nil, isHeader: Bool = false) {
        self.init(content: text.isEmpty ? [] : [.text(text)], rowSpan: rowSpan, columnSpan: columnSpan, alignment: alignment, isHeader: isHeader)
    }
}

/// Horizontal alignment of a table column or cell.
public enum Alignment: String, Sendable, Hashable, Codable, CaseIterable {
    /// Aligned to the start of the line.
    case left
    /// Centred.
    case center
    /// Aligned to the end of the line.
    case right
}
