import FolioCore

/// Draws a table with box characters, columns aligned by display width.
///
/// A table wider than the page has its widest columns narrowed and their cells wrapped onto
/// several lines, so an indicator table with whole sentences still reads in 72 columns.
enum TableDrawing {
    /// The narrowest a column is made when the table must fit a width.
    static let minimumColumnWidth = 6

    /// The table's lines: top border, head rows, a rule, body and foot rows, bottom border;
    /// fitted to `width` columns when given and possible.
    static func lines(for table: Table, width: Int? = nil) -> [String] {
        let grid = table.grid.map { $0.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } }
        guard let columnCount = grid.map(\.count).max(), columnCount > 0 else { return [] }
        var widths = [Int](repeating: 1, count: columnCount)
        for row in grid {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], CJK.displayWidth(of: cell)) }
        }
        if let width {
            let natural = widths
            fit(&widths, into: width - (3 * columnCount + 1))
            // Squeezing short columns makes a table unreadable: show each row as a record instead.
            if zip(widths, natural).contains(where: { $0 < min($1, 10) }) {
                return records(grid, headRows: table.head.count, width: width)
            }
        }
        let alignments = (0..<columnCount).map { $0 < table.columnAlignments.count ? table.columnAlignments[$0] : Self.guessAlignment(grid, column: $0, headRows: table.head.count) }
        func border(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        }
        func row(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { column, cell in
                CJK.displayWidth(of: cell) <= widths[column] ? [cell] : LineBreaker.wrap(cell, width: widths[column])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                physicalRow(wrapped.map { line < $0.count ? $0[line] : "" })
            }
        }
        func physicalRow(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let gap = max(0, widths[column] - CJK.displayWidth(of: cell))
                switch alignments[column] {
                case .right: return String(repeating: " ", count: gap) + cell
                case .center: return String(repeating: " ", count: gap / 2) + cell + String(repeating: " ", count: gap - gap / 2)
                case .left: return cell + String(repeating: " ", count: gap)
                }
            }
            return "│ " + padded.joined(separator: " │ ") + " │"
        }
        var lines = [border("┌", "┬", "┐")]
        for (index, cells) in grid.enumerated() {
            if index == table.head.count && index > 0 { lines.append(border("├", "┼", "┤")) }
            lines += row(cells)
        }
        lines.append(border("└", "┴", "┘"))
        return lines
    }

    /// A table too wide for the page, one record per body row: each cell on its own line after
    /// its column's header, long cells wrapped under themselves.
    private static func records(_ grid: [[String]], headRows: Int, width: Int) -> [String] {
        let header = headRows > 0 ? grid[headRows - 1] : grid.first.map { $0.indices.map { "\($0 + 1)" } } ?? []
        let labelWidth = min(header.map { CJK.displayWidth(of: $0) }.max() ?? 0, width / 3)
        var lines: [String] = []
        for (number, row) in grid.dropFirst(headRows).enumerated() {
            let title = "── \(number + 1) "
            lines.append(title + String(repeating: "─", count: max(0, width - CJK.displayWidth(of: title))))
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let label = column < header.count ? header[column] : ""
                let padding = String(repeating: " ", count: max(0, labelWidth - CJK.displayWidth(of: label)))
                let hang = String(repeating: " ", count: labelWidth + 2)
                let wrapped = LineBreaker.wrap(cell, width: max(minimumColumnWidth, width - labelWidth - 2))
                lines.append(label + padding + "  " + wrapped[0])
                lines += wrapped.dropFirst().map { hang + $0 }
            }
        }
        return lines
    }

    /// Narrows the widest columns, one column at a time, until their sum fits `available`
    /// or every column is at ``minimumColumnWidth``.
    private static func fit(_ widths: inout [Int], into available: Int) {
        var excess = widths.reduce(0, +) - available
        while excess > 0 {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimumColumnWidth else { return }
            let others = widths.enumerated().filter { $0.offset != widest }.map(\.element).max() ?? minimumColumnWidth
            let cut = min(excess, widths[widest] - max(minimumColumnWidth, others), widths[widest] - minimumColumnWidth)
            widths[widest] -= max(1, cut)
            excess -= max(1, cut)
        }
    }

    /// Right alignment for columns whose body cells all start with a digit, left otherwise.
    private static func guessAlignment(_ grid: [[String]], column: Int, headRows: Int) -> Alignment {
        let cells = grid.dropFirst(headRows).map { $0[column] }.filter { !$0.isEmpty }
        let numeric = !cells.isEmpty && cells.allSatisfy { cell in
            cell.first.map { $0.isNumber || $0 == "-" || $0 == "+" } ?? false && CJK.displayWidth(of: cell) == cell.count
        }
        return numeric ? .right : .left
    }
}
