import FolioCore

/// The indicator table: how indicators become a ``Table`` with role `.indicators`, and back.
public enum IndicatorTable {
    /// The header row, in the order the CSV writer prints it.
    public static var columns: [String] { Table.indicatorColumns }

    /// The caption of the table the filter appends.
    public static let caption = "指标 Indicators"

    /// A table of indicators, one body row each, under the standard header.
    public static func table(_ indicators: [Indicator]) -> Table {
        let rows = indicators.map { indicator in
            TableRow(texts: [indicator.section, indicator.subject, indicator.valueText, indicator.unit,
                             indicator.qualifierText, indicator.kind.rawValue, indicator.mention, indicator.sentence])
        }
        let header = TableRow(cells: columns.map { TableCell(text: $0, isHeader: true) })
        let alignments: [Alignment] = [.left, .left, .right, .left, .left, .left, .left, .left]
        return Table(role: .indicators, caption: [.text(caption)], columnAlignments: alignments, head: [header], body: rows)
    }
}
