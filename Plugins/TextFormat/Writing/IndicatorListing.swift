import FolioCore

/// The reading view of an indicator table in plain text: one line per figure — subject, figure
/// as printed, unit — under its section, columns aligned by display width (CJK counting two).
///
/// Text cannot draw charts, so every `indicator-view` gives this table.
enum IndicatorListing {
    /// Spaces between columns.
    static let gap = 2
    /// Rows are indented under their section's line.
    static let indent = 2

    /// The lines for `rows`, fitted to `width` columns when given: a long subject wraps within
    /// its column; nothing at all for no rows.
    static func lines(for rows: [IndicatorRow], wording: IndicatorWording, width: Int?) -> [String] {
        guard !rows.isEmpty else { return [] }
        let headers = wording.columnHeaders
        let figures = rows.map(\.printedFigure)
        let figureWidth = max(CJK.displayWidth(of: headers.value), figures.map { CJK.displayWidth(of: $0) }.max() ?? 0)
        let unitWidth = max(CJK.displayWidth(of: headers.unit), rows.map { CJK.displayWidth(of: $0.unit) }.max() ?? 0)
        let naturalSubject = max(CJK.displayWidth(of: headers.subject), rows.map { CJK.displayWidth(of: $0.subject) }.max() ?? 0)
        let subjectWidth = width.map { min(naturalSubject, max(TableDrawing.minimumColumnWidth, $0 - indent - figureWidth - unitWidth - 2 * gap)) } ?? naturalSubject

        func line(_ subject: String, _ figure: String, _ unit: String) -> String {
            let subjectPad = String(repeating: " ", count: max(0, subjectWidth - CJK.displayWidth(of: subject)))
            let figurePad = String(repeating: " ", count: max(0, figureWidth - CJK.displayWidth(of: figure)))
            let space = String(repeating: " ", count: gap)
            let text = String(repeating: " ", count: indent) + subject + subjectPad + space + figurePad + figure + space + unit
            return String(text.reversed().drop { $0 == " " }.reversed())
        }

        var lines = ["[表] " + wording.tableCaption, line(headers.subject, headers.value, headers.unit)]
        let sections = rows.positionsBySection()
        let labelsSections = sections.map(\.section) != [""]
        for (section, positions) in sections {
            if labelsSections { lines.append(section.isEmpty ? wording.unsectionedHeading : section) }
            for index in positions {
                let row = rows[index]
                let subject = CJK.displayWidth(of: row.subject) <= subjectWidth ? [row.subject] : LineBreaker.wrap(row.subject, width: subjectWidth)
                lines.append(line(subject[0], figures[index], row.unit))
                lines += subject.dropFirst().map { line($0, "", "") }
            }
        }
        return lines
    }
}
