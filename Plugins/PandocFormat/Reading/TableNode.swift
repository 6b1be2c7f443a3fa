import FolioCore

/// A pandoc `Table`: `[attributes, caption, column specifications, head, bodies, foot]`.
struct TableNode: Decodable {
    var table = Table()

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        var parts = try decoder.unkeyedContainer()
        guard parts.count == 6 else { throw PandocReadError.malformed("Table: expected a list of 6") }
        let attributes = try parts.decode(Attributes.self)
        if attributes.classes.contains(PandocClasses.indicators) { table.role = .indicators }
        if !attributes.identifier.isEmpty || !attributes.pairs.isEmpty || attributes.classes.contains(where: { $0 != PandocClasses.indicators }) {
            state.losses.record("Table attributes dropped")
        }
        table.caption = try parts.decode(CaptionNode.self).inlines

        var specifications = try parts.nestedUnkeyedContainer()
        var alignments: [Alignment?] = []
        var widths = false
        while !specifications.isAtEnd {
            var specification = try specifications.tuple(2, of: "Table column specification")
            alignments.append(try Self.alignment(try specification.decode(Tag.self).name))
            if try specification.decode(Tag.self).name != "ColWidthDefault" { widths = true }
        }
        if widths { state.losses.record("Table column widths dropped") }
        // Default alignment after the last explicit one is no alignment; before it, left.
        let explicit = (alignments.lastIndex { $0 != nil }).map { alignments[...$0] } ?? []
        table.columnAlignments = explicit.map { $0 ?? .left }

        var head = try parts.tuple(2, of: "TableHead")
        state.dropAttributes(try head.decode(Attributes.self), of: "TableHead")
        table.head = try head.decode([RowNode].self).map { $0.row(headerColumns: Int.max) }

        var bodies = try parts.nestedUnkeyedContainer()
        if (bodies.count ?? 0) > 1 { state.losses.record("Table bodies merged into one") }
        while !bodies.isAtEnd {
            var body = try bodies.tuple(4, of: "TableBody")
            state.dropAttributes(try body.decode(Attributes.self), of: "TableBody")
            let headerColumns = try body.decode(Int.self)
            table.body += try body.decode([RowNode].self).map { $0.row(headerColumns: Int.max) }
            table.body += try body.decode([RowNode].self).map { $0.row(headerColumns: headerColumns) }
        }

        var foot = try parts.tuple(2, of: "TableFoot")
        state.dropAttributes(try foot.decode(Attributes.self), of: "TableFoot")
        table.foot = try foot.decode([RowNode].self).map { $0.row(headerColumns: 0) }
    }

    /// The alignment a tag names; nil for `AlignDefault`.
    static func alignment(_ tag: String) throws -> Alignment? {
        switch tag {
        case "AlignLeft": return .left
        case "AlignCenter": return .center
        case "AlignRight": return .right
        case "AlignDefault": return nil
        default: throw PandocReadError.malformed("unknown alignment \"\(tag)\"")
        }
    }
}

/// A table row: `[attributes, cells]`, each cell `[attributes, alignment, row span, column span, blocks]`.
struct RowNode: Decodable {
    var cells: [TableCell] = []

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        var parts = try decoder.unkeyedContainer()
        guard parts.count == 2 else { throw PandocReadError.malformed("Row: expected a list of 2") }
        state.dropAttributes(try parts.decode(Attributes.self), of: "Row")
        var list = try parts.nestedUnkeyedContainer()
        while !list.isAtEnd {
            var cell = try list.tuple(5, of: "Cell")
            state.dropAttributes(try cell.decode(Attributes.self), of: "Cell")
            let alignment = try TableNode.alignment(try cell.decode(Tag.self).name)
            let rowSpan = try cell.decode(Int.self), columnSpan = try cell.decode(Int.self)
            cells.append(TableCell(content: try cell.decode(CellContent.self).inlines, rowSpan: rowSpan, columnSpan: columnSpan, alignment: alignment))
        }
    }

    /// The row, its first `headerColumns` cells marked as header cells.
    func row(headerColumns: Int) -> TableRow {
        var cells = cells
        for index in cells.indices where index < headerColumns { cells[index].isHeader = true }
        return TableRow(cells: cells)
    }
}
