import FolioCore

/// Maps an HTML `table` to a model table, or recognises it as a layout table.
struct TableMapper {
    let mapper: MarkupMapper

    /// The largest span accepted; HTML caps `rowspan` at 65534 and `colspan` at 1000.
    private static let maximumRowSpan = 65534
    private static let maximumColumnSpan = 1000

    /// The data table, or nil when the table only lays out the page (nested tables, one column of regions).
    func table(_ node: MarkupNode) -> Table? {
        if node.attribute("role")?.lowercased() == "presentation" { return nil }
        if node.firstDescendantElement(where: { $0.isElement(named: "table") }) != nil { return nil }
        // Folio marks the statistics tables it writes, so that they read back as such.
        var table = Table(role: node.classes.contains("indicators") ? .indicators : .data)
        var bodyRows: [TableRow] = []
        var sawHead = false
        for child in node.childElements {
            switch child.name {
            case "caption": table.caption = mapper.inlines(from: child)
            case "colgroup": table.columnAlignments += columnAlignments(child)
            case "col": table.columnAlignments += columnAlignments(child, single: true)
            case "thead":
                sawHead = true
                table.head += rows(in: child)
            case "tfoot": table.foot += rows(in: child)
            case "tbody": bodyRows += rows(in: child)
            case "tr": bodyRows.append(row(child))
            default: break
            }
        }
        // A first row of header cells is the head, as browsers and pandoc read it.
        if !sawHead, bodyRows.count > 1, let first = bodyRows.first, first.cells.allSatisfy(\.isHeader) {
            table.head = [first]
            bodyRows.removeFirst()
        }
        table.body = bodyRows
        let rows = table.rows
        let widest = rows.map { $0.cells.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0
        // One column of plain cells is how old pages stack page regions.
        if widest <= 1, !rows.contains(where: { $0.cells.contains(where: \.isHeader) }) { return nil }
        if rows.isEmpty { return nil }
        if table.columnAlignments.allSatisfy({ $0 == .left }) && !table.columnAlignments.isEmpty {
            table.columnAlignments = []
        }
        return table
    }

    /// Content a page put inside a table but outside its cells (`<table>note<tr>…`), which
    /// browsers show before the table; libxml2 leaves it where it was written.
    func strayContent(_ node: MarkupNode) -> [MarkupNode] {
        var stray: [MarkupNode] = []
        func collect(_ node: MarkupNode) {
            for child in node.children {
                switch child.kind {
                case .text:
                    if child.text.contains(where: { !$0.isWhitespace }) { stray.append(child) }
                case .element:
                    switch child.name {
                    case "thead", "tbody", "tfoot", "tr": collect(child)
                    case "caption", "colgroup", "col", "td", "th": break
                    default: stray.append(child)
                    }
                default:
                    break
                }
            }
        }
        collect(node)
        return stray
    }

    /// The cells of a layout table in reading order.
    func layoutCells(_ node: MarkupNode) -> [MarkupNode] {
        var cells: [MarkupNode] = []
        func collect(_ node: MarkupNode) {
            for child in node.childElements {
                switch child.name {
                case "td", "th", "caption": cells.append(child)
                case "thead", "tbody", "tfoot", "tr": collect(child)
                default: break
                }
            }
        }
        collect(node)
        return cells
    }

    private func rows(in section: MarkupNode) -> [TableRow] {
        section.childElements.filter { $0.isElement(named: "tr") }.map(row)
    }

    private func row(_ node: MarkupNode) -> TableRow {
        TableRow(cells: node.childElements.compactMap { cell in
            let isHeader = cell.isElement(named: "th")
            guard isHeader || cell.isElement(named: "td") else { return nil }
            return TableCell(
                content: mapper.inlines(from: cell),
                rowSpan: span(cell.attribute("rowspan"), maximum: Self.maximumRowSpan),
                columnSpan: span(cell.attribute("colspan"), maximum: Self.maximumColumnSpan),
                alignment: Self.alignment(of: cell),
                isHeader: isHeader)
        })
    }

    private func span(_ value: String?, maximum: Int) -> Int {
        guard let value, let number = Int(value.trimmingCharactersInWhitespace()) else { return 1 }
        return min(max(number, 1), maximum)
    }

    private func columnAlignments(_ node: MarkupNode, single: Bool = false) -> [Alignment] {
        let columns = single ? [node] : node.childElements.filter { $0.isElement(named: "col") }
        if columns.isEmpty {
            return Array(repeating: Self.alignment(of: node) ?? .left, count: min(span(node.attribute("span"), maximum: Self.maximumColumnSpan), 64))
        }
        return columns.flatMap { column in
            Array(repeating: Self.alignment(of: column) ?? .left, count: min(span(column.attribute("span"), maximum: Self.maximumColumnSpan), 64))
        }
    }

    /// The alignment an `align` attribute, an `align-*` class (Folio's own output) or a `text-align` style gives.
    static func alignment(of node: MarkupNode) -> Alignment? {
        for name in node.classes where name.hasPrefix("align-") {
            if let alignment = Alignment(rawValue: String(name.dropFirst(6))) { return alignment }
        }
        if let align = node.attribute("align")?.trimmingCharactersInWhitespace().lowercased() {
            return Alignment(rawValue: align == "middle" ? "center" : align)
        }
        guard let style = node.attribute("style")?.lowercased(), let range = style.range(of: "text-align") else { return nil }
        let value = style[range.upperBound...].drop { $0 == ":" || $0 == " " }.prefix { $0.isLetter }
        switch value {
        case "left", "start": return .left
        case "center": return .center
        case "right", "end": return .right
        default: return nil
        }
    }
}
