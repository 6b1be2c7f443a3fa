import FolioCore

extension RenderSession {
    mutating func table(_ table: Table, at address: BlockAddress) {
        if let indicators = references.indicatorRows(of: table, at: address) {
            if renderer.placesIndicatorViews { indicatorView(indicators.rows, located: indicators.located) }
            return
        }
        buffer.begin("table")
        if table.role == .indicators { buffer.attribute("class", "indicators") }
        buffer.endStartTag(); buffer.newline()
        if !table.caption.isEmpty {
            buffer.open("caption"); inlines(table.caption); buffer.close("caption"); buffer.newline()
        }
        rowGroup("thead", table.head, alignments: table.columnAlignments, isHead: true)
        rowGroup("tbody", table.body, alignments: table.columnAlignments, isHead: false)
        rowGroup("tfoot", table.foot, alignments: table.columnAlignments, isHead: false)
        buffer.close("table")
    }

    /// Renders one row group; row spans are clamped to the group, as HTML requires.
    private mutating func rowGroup(_ tag: StaticString, _ rows: [TableRow], alignments: [Alignment], isHead: Bool) {
        guard !rows.isEmpty else { return }
        buffer.open(tag); buffer.newline()
        // For each column, how many more rows a cell from above still covers.
        var coveredRows: [Int] = []
        for (rowIndex, row) in rows.enumerated() {
            buffer.open("tr")
            var column = 0
            for cell in row.cells {
                while column < coveredRows.count, coveredRows[column] > 0 { column += 1 }
                let rowSpan = min(cell.rowSpan, rows.count - rowIndex)
                let columnSpan = min(cell.columnSpan, 1000)
                self.cell(cell, rowSpan: rowSpan, columnSpan: columnSpan,
                          alignment: cell.alignment ?? (column < alignments.count ? alignments[column] : nil),
                          isHeader: isHead || cell.isHeader, inHead: isHead)
                if coveredRows.count < column + columnSpan {
                    coveredRows.append(contentsOf: repeatElement(0, count: column + columnSpan - coveredRows.count))
                }
                for covered in column..<(column + columnSpan) { coveredRows[covered] = rowSpan }
                column += columnSpan
            }
            buffer.close("tr"); buffer.newline()
            for index in coveredRows.indices where coveredRows[index] > 0 { coveredRows[index] -= 1 }
        }
        buffer.close(tag); buffer.newline()
    }

    private mutating func cell(_ cell: TableCell, rowSpan: Int, columnSpan: Int, alignment: Alignment?, isHeader: Bool, inHead: Bool) {
        let tag: StaticString = isHeader ? "th" : "td"
        buffer.begin(tag)
        if inHead { buffer.attribute("scope", "col") }
        if rowSpan > 1 { buffer.attribute("rowspan", String(rowSpan)) }
        if columnSpan > 1 { buffer.attribute("colspan", String(columnSpan)) }
        if let alignment { buffer.attribute("style", "text-align: " + alignment.rawValue) }
        buffer.endStartTag()
        inlines(cell.content)
        buffer.close(tag)
    }
}
