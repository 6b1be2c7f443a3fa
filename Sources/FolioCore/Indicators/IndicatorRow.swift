/// One row of an indicator table read by its columns: what the reading views (HTML, EPUB,
/// text) show of a statistic.
///
/// Everything comes from the eight standard columns, so a table that went through CSV or JSON
/// and back reads the same: the figure as printed is the mention without its unit, and the
/// sentence is what finds the paragraph the figure was printed in.
public struct IndicatorRow: Sendable, Hashable {
    /// The heading the figure sits under; empty before the first heading.
    public var section: String
    /// The thing counted.
    public var subject: String
    /// The normalised value as the table writes it: `21000`, `-5`, `3~5`.
    public var valueText: String
    /// The unit or measure word (`人次`, `%`, `元`).
    public var unit: String
    /// The qualifiers: one, or two for a qualified forecast (`more_than+forecast`); unknown codes are left out.
    public var qualifiers: [IndicatorQualifier]
    /// The kind of statistic, when the code is known.
    public var kind: IndicatorKind?
    /// The figure exactly as printed, with its qualifier words and unit (`2.1万余人次`).
    public var mention: String
    /// The sentence the figure appears in.
    public var sentence: String

    /// Creates a row.
    public init(section: String, subject: String, valueText: String, unit: String, qualifiers: [IndicatorQualifier],
                kind: IndicatorKind?, mention: String, sentence: String) {
        self.section = section
        self.subject = subject
        self.valueText = valueText
        self.unit = unit
        self.qualifiers = qualifiers
        self.kind = kind
        self.mention = mention
        self.sentence = sentence
    }

    /// Where the figure as printed and its sentence stand among ``Table/indicatorColumns``:
    /// the columns that find a row's paragraph.
    static let mentionColumn = 6, sentenceColumn = 7

    /// Reads a row of cells in ``Table/indicatorColumns`` order; missing cells are empty.
    public init(cells: [String]) {
        func cell(_ index: Int) -> String { index < cells.count ? cells[index] : "" }
        self.init(section: cell(0), subject: cell(1), valueText: cell(2), unit: cell(3),
                  qualifiers: cell(4).split(separator: "+").compactMap { IndicatorQualifier(rawValue: String($0)) },
                  kind: IndicatorKind(rawValue: cell(5)), mention: cell(Self.mentionColumn), sentence: cell(Self.sentenceColumn))
    }

    /// The figure as the page printed it, without its unit: `2.1万余` for 2.1万余人次, `约1.2万`,
    /// `60%以上`; a percent sign stays, as it is part of how the number is written.
    /// Without a mention, the normalised value.
    public var printedFigure: String {
        let mention = mention.trimmingCharactersInWhitespace()
        guard !mention.isEmpty else { return valueText }
        // Compared and cut on bytes: a unit is whole characters at the mention's end.
        guard unit != "%", !unit.isEmpty, mention.utf8.count > unit.utf8.count, mention.hasUTF8Suffix(unit) else { return mention }
        return String(decoding: mention.utf8.dropLast(unit.utf8.count), as: UTF8.self).trimmingCharactersInWhitespace()
    }

    /// The value as a number for drawing (the lower end of a range), or nil when it is none.
    public var numericValue: Double? {
        // Split on the bytes, as `split` on characters would (`~` is ASCII, so a piece is whole characters).
        let low = valueText.utf8.split(separator: UInt8(ascii: "~"), maxSplits: 1).first.map(Substring.init) ?? Substring(valueText)
        guard let number = Double(low), number.isFinite else { return nil }
        return number
    }

    /// Whether the value is a span (`3~5`) rather than one figure.
    public var isRange: Bool { valueText.utf8.contains(UInt8(ascii: "~")) }

    /// Whether the figure is a forecast (预计).
    public var isForecast: Bool { qualifiers.contains(.forecast) }
}

extension Table {
    /// Whether the table's header is exactly ``indicatorColumns``, so that its rows read as ``IndicatorRow``s.
    public var hasIndicatorColumns: Bool {
        head.last.map { $0.cells.map(\.content.plainText) == Self.indicatorColumns } ?? false
    }

    /// Whether the table is an indicator table with the standard columns, whose body rows read
    /// as ``IndicatorRow``s.
    public var hasStandardIndicatorRows: Bool { role == .indicators && hasIndicatorColumns }

    /// The body rows of an indicator table with the standard columns, or nil for any other table
    /// (a data table, or an indicator table someone wrote with columns of their own).
    public var indicatorRows: [IndicatorRow]? {
        guard hasStandardIndicatorRows else { return nil }
        return body.map { row in IndicatorRow(cells: row.cells.map(\.content.plainText)) }
    }
}

extension Array where Element == IndicatorRow {
    /// The rows' positions grouped by section, the sections in the order they first appear:
    /// how the reading views (table, listing, charts) group an indicator table.
    public func positionsBySection() -> [(section: String, positions: [Int])] {
        var groups: [(section: String, positions: [Int])] = []
        var groupOfSection: [String: Int] = [:]
        var current = -1
        for (position, row) in enumerated() {
            // A section's rows nearly always follow each other, and hashing a heading of CJK text
            // normalises it: only a change of section is looked up.
            if current < 0 || groups[current].section != row.section {
                if let known = groupOfSection[row.section] {
                    current = known
                } else {
                    current = groups.count
                    groupOfSection[row.section] = current
                    groups.append((row.section, []))
                }
            }
            groups[current].positions.append(position)
        }
        return groups
    }
}

extension TableRow {
    /// The plain text of the cell at `column`, empty when the row has no such cell.
    func text(at column: Int) -> String {
        column < cells.count ? cells[column].content.plainText : ""
    }
}
