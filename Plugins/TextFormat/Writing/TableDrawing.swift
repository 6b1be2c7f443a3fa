import FolioCore

/// Draws a table with box characters, columns aligned by display width.
enum TableDrawing {
    /// The table's lines: top border, head rows, a rule, body and foot rows, bottom border.
    static func lines(for table: Table) -> [String] {
        let grid = table.grid.map { $0.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } }
        guard let columnCount = grid.map(\.count).max(), columnCount > 0 else { return [] }
        var widths = [Int](repeating: 1, count: columnCount)
        for row in grid {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], CJK.displayWidth(of: cell)) }
        }
        let alignments = (0..<columnCount).map { $0 < table.columnAlignments.count ? table.columnAlignments[$0] : Self.guessAlignment(grid, column: $0, headRows: table.head.count) }
        func border(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        }
        func row(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                let gap = widths[column] - CJK.displayWidth(of: cell)
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
            lines.append(row(cells))
        }
        lines.append(border("└", "┴", "┘"))
        return lines
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
