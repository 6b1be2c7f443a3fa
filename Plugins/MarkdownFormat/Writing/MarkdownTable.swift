import FolioCore

/// A table as a GFM pipe table when it is one header row over plain rows, else as a grid table
/// (pandoc's), which holds spans, several header rows, a footer and line breaks in cells.
///
/// Columns are padded by display width (CJK counts two), as pandoc measures grid tables. The
/// caption follows as pandoc's `: caption` line.
struct MarkdownTable {
    /// The table laid out.
    let table: Table

    /// The table's lines.
    var lines: [String] {
        let renderer = InlineRenderer(breaks: .hard, escapesPipes: true)
        var lines = isPipeTable ? pipeLines(renderer) : gridLines(renderer)
        guard !lines.isEmpty else { return [] }
        if !table.caption.isEmpty {
            lines += ["", ": " + InlineRenderer(breaks: .space).render(table.caption)]
        }
        return lines
    }

    private var isPipeTable: Bool {
        table.head.count == 1 && table.foot.isEmpty
            && table.rows.allSatisfy { $0.cells.allSatisfy { $0.rowSpan == 1 && $0.columnSpan == 1 && !$0.content.contains(.lineBreak) } }
    }

    // MARK: - Pipe tables

    private func pipeLines(_ renderer: InlineRenderer) -> [String] {
        let rows = table.rows.map { $0.cells.map { renderer.render($0.content) } }
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return [] }
        var widths = Array(repeating: 3, count: width)
        for row in rows {
            for (column, text) in row.enumerated() { widths[column] = max(widths[column], CJK.displayWidth(of: text)) }
        }
        func line(_ cells: [String]) -> String {
            "| " + (0..<width).map { column in
                let text = column < cells.count ? cells[column] : ""
                return text + String(repeating: " ", count: widths[column] - CJK.displayWidth(of: text))
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + (0..<width).map { column -> String in
            let alignment = column < table.columnAlignments.count ? table.columnAlignments[column] : nil
            let dashes = String(repeating: "-", count: widths[column])
            switch alignment {
            case .left: return ":" + dashes + "-"
            case .right: return "-" + dashes + ":"
            case .center: return ":" + dashes + ":"
            case nil: return "-" + dashes + "-"
            }
        }.joined(separator: "|") + "|"
        return [line(rows[0]), rule] + rows.dropFirst().map(line)
    }

    // MARK: - Grid tables

    /// A cell placed on the grid: where it starts, what it covers, its lines of text.
    private struct PlacedCell {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
        var lines: [String]
    }

    private func gridLines(_ renderer: InlineRenderer) -> [String] {
        let sections = [table.head, table.body, table.foot]
        let rowCount = sections.map(\.count).reduce(0, +)
        var owners: [[Int?]] = Array(repeating: [], count: rowCount)
        var cells: [PlacedCell] = []
        var rowIndex = 0
        for section in sections {
            let sectionEnd = rowIndex + section.count
            for row in section {
                var column = 0
                for cell in row.cells {
                    while column < owners[rowIndex].count, owners[rowIndex][column] != nil { column += 1 }
                    // A grid table draws rectangles that do not overlap: a span stops at a slot that
                    // a cell from a row above already covers, and inside its section (head, body,
                    // foot), as the `=` rules require.
                    func isFree(_ row: Int, _ column: Int) -> Bool { column >= owners[row].count || owners[row][column] == nil }
                    var columnSpan = 1
                    while columnSpan < min(cell.columnSpan, Table.maximumColumnSpan), isFree(rowIndex, column + columnSpan) { columnSpan += 1 }
                    var rowSpan = 1
                    while rowSpan < min(cell.rowSpan, sectionEnd - rowIndex),
                          (column..<(column + columnSpan)).allSatisfy({ isFree(rowIndex + rowSpan, $0) }) { rowSpan += 1 }
                    for r in rowIndex..<(rowIndex + rowSpan) {
                        while owners[r].count < column + columnSpan { owners[r].append(nil) }
                        for c in column..<(column + columnSpan) { owners[r][c] = cells.count }
                    }
                    let text = renderer.render(cell.content)
                    cells.append(PlacedCell(row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan,
                                            lines: text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
                    column += columnSpan
                }
                rowIndex += 1
            }
        }
        let width = owners.map(\.count).max() ?? 0
        guard width > 0 else { return [] }
        // Empty slots become empty cells, so that the grid is a rectangle.
        for r in 0..<rowCount {
            for c in 0..<width where c >= owners[r].count || owners[r][c] == nil {
                while owners[r].count <= c { owners[r].append(nil) }
                owners[r][c] = cells.count
                cells.append(PlacedCell(row: r, column: c, rowSpan: 1, columnSpan: 1, lines: []))
            }
        }

        var widths = Array(repeating: 1, count: width)
        for cell in cells.sorted(by: { $0.columnSpan < $1.columnSpan }) {
            let needed = cell.lines.map { CJK.displayWidth(of: $0) }.max() ?? 0
            let available = widths[cell.column..<(cell.column + cell.columnSpan)].reduce(0, +) + 3 * (cell.columnSpan - 1)
            if needed > available { widths[cell.column + cell.columnSpan - 1] += needed - available }
        }
        var heights = Array(repeating: 1, count: rowCount)
        for cell in cells { heights[cell.row] = max(heights[cell.row], cell.lines.count) }

        func owner(_ row: Int, _ column: Int) -> Int? {
            row >= 0 && row < rowCount && column >= 0 && column < width ? owners[row][column] : nil
        }
        func vertical(_ row: Int, _ column: Int) -> Bool {
            row >= 0 && row < rowCount && (column == 0 || column == width || owner(row, column - 1) != owner(row, column))
        }
        func horizontal(_ boundary: Int, _ column: Int) -> Bool {
            column >= 0 && column < width && owner(boundary - 1, column) != owner(boundary, column)
        }
        let headEnd = table.head.count, footStart = rowCount - table.foot.count
        func rule(_ boundary: Int) -> String {
            let fill: Character = (boundary == headEnd && headEnd > 0) || (boundary == footStart && !table.foot.isEmpty) ? "=" : "-"
            var line = ""
            for column in 0...width {
                let left = horizontal(boundary, column - 1), right = horizontal(boundary, column)
                let up = vertical(boundary - 1, column), down = vertical(boundary, column)
                line.append(left || right ? (up || down ? "+" : fill) : (up || down ? "|" : " "))
                if column < width {
                    line += String(repeating: right ? fill : " ", count: widths[column] + 2)
                }
            }
            return line
        }
        func content(_ row: Int, _ lineIndex: Int) -> String {
            var line = ""
            var column = 0
            while column < width {
                line.append(vertical(row, column) ? "|" : " ")
                let cell = cells[owners[row][column] ?? 0]
                let span = widths[column..<(column + cell.columnSpan)].reduce(0, +) + 3 * (cell.columnSpan - 1)
                let text = cell.row == row && lineIndex < cell.lines.count ? cell.lines[lineIndex] : ""
                line += " " + text + String(repeating: " ", count: span - CJK.displayWidth(of: text) + 1)
                column += cell.columnSpan
            }
            return line + "|"
        }

        var lines: [String] = []
        for row in 0..<rowCount {
            lines.append(rule(row))
            for lineIndex in 0..<heights[row] { lines.append(content(row, lineIndex)) }
        }
        lines.append(rule(rowCount))
        return lines
    }
}
