import FolioCore

extension RenderSession {
    /// Writes a paragraph's inlines, marking the indicator figures printed in it when the
    /// reading table is shown (each mark links to its row, and the row back to the mark).
    mutating func paragraphContent(_ content: [Inline], at address: BlockAddress) {
        guard renderer.indicatorView.showsTable, let marks = references.marks[address] else {
            inlines(content)
            return
        }
        activeMarks = marks
        markOffset = 0
        inlines(content)
        activeMarks = []
    }

    /// Writes a text run, wrapping the parts that marks cover in `<mark>`; the part where a
    /// mark begins carries its `id`.
    mutating func markedText(_ text: String) {
        let bytes = Array(text.utf8)
        let runStart = markOffset
        let runEnd = runStart + bytes.count
        var written = 0
        for mark in activeMarks where mark.range.lowerBound < runEnd && mark.range.upperBound > runStart {
            let start = max(mark.range.lowerBound - runStart, written)
            let end = min(mark.range.upperBound - runStart, bytes.count)
            guard start < end else { continue }
            if written < start { buffer.text(String(decoding: bytes[written..<start], as: UTF8.self)) }
            buffer.begin("mark")
            buffer.attribute("class", "indicator-figure")
            if mark.range.lowerBound >= runStart { buffer.attribute("id", mark.anchor) }
            buffer.endStartTag()
            let linked = !isInsideLink
            if linked {
                buffer.begin("a")
                buffer.attribute("href", references.file(mark.tableBlock) + "#" + mark.rowAnchor)
                buffer.endStartTag()
            }
            buffer.text(String(decoding: bytes[start..<end], as: UTF8.self))
            if linked { buffer.close("a") }
            buffer.close("mark")
            written = end
        }
        if written < bytes.count { buffer.text(String(decoding: bytes[written...], as: UTF8.self)) }
        markOffset = runEnd
    }

    /// Writes the reading view of an indicator table: its charts and its reading table, as
    /// ``MarkupRenderer/indicatorView`` asks; nothing at all for a table without rows.
    mutating func indicatorView(_ rows: [IndicatorRow], located: IndicatorReferences.LocatedTable?) {
        guard !rows.isEmpty else { return }
        let wording = IndicatorWording(language: renderer.language, rows: rows)
        let view = renderer.indicatorView
        let charts = view.showsCharts ? IndicatorChart.charts(for: rows, wording: wording) : []
        guard view.showsTable || !charts.isEmpty else { return }
        buffer.begin("div"); buffer.attribute("class", "indicator-view"); buffer.endStartTag(); buffer.newline()
        for (index, chart) in charts.enumerated() {
            self.chart(chart, anchor: anchors.anchor(preferring: "chart-\(located?.number ?? 0)-\(index + 1)"), wording: wording)
            hasSVG = true
        }
        if view.showsTable { readingTable(rows, located: located, wording: wording) }
        buffer.close("div"); buffer.newline()
    }

    /// The reading table: 指标 / 数值 / 单位 / 说明, one row group per section, figures as
    /// printed with the normalised value in `data-value`, each row linked to its figure.
    private mutating func readingTable(_ rows: [IndicatorRow], located: IndicatorReferences.LocatedTable?, wording: IndicatorWording) {
        buffer.begin("table"); buffer.attribute("class", "indicators indicator-table"); buffer.endStartTag(); buffer.newline()
        buffer.open("caption"); buffer.text(wording.tableCaption); buffer.close("caption"); buffer.newline()
        let headers = wording.columnHeaders
        buffer.raw("<thead><tr>")
        for header in [headers.subject, headers.value, headers.unit, headers.notes] {
            buffer.raw("<th scope=\"col\">"); buffer.text(header); buffer.raw("</th>")
        }
        buffer.raw("</tr></thead>"); buffer.newline()

        let sections = rows.positionsBySection()
        let labelsSections = sections.map(\.section) != [""]
        for (section, positions) in sections {
            buffer.open("tbody"); buffer.newline()
            if labelsSections {
                buffer.raw("<tr class=\"indicator-section\"><th scope=\"rowgroup\" colspan=\"4\">")
                buffer.text(section.isEmpty ? wording.unsectionedHeading : section)
                buffer.raw("</th></tr>"); buffer.newline()
            }
            for index in positions {
                readingRow(rows[index], number: index, located: located, wording: wording)
            }
            buffer.close("tbody"); buffer.newline()
        }
        buffer.close("table"); buffer.newline()
    }

    private mutating func readingRow(_ row: IndicatorRow, number: Int, located: IndicatorReferences.LocatedTable?, wording: IndicatorWording) {
        buffer.begin("tr")
        if let located { buffer.attribute("id", IndicatorReferences.rowAnchor(table: located.number, row: number + 1)) }
        buffer.endStartTag()
        buffer.raw("<th scope=\"row\">"); buffer.text(row.subject); buffer.raw("</th>")
        buffer.begin("td"); buffer.attribute("class", "figure"); buffer.attribute("data-value", row.valueText); buffer.endStartTag()
        if let target = located?.targets[number] {
            buffer.begin("a"); buffer.attribute("href", references.file(target.block) + "#" + target.anchor); buffer.endStartTag()
            buffer.text(row.printedFigure)
            buffer.close("a")
        } else {
            buffer.text(row.printedFigure)
        }
        buffer.close("td")
        buffer.open("td"); buffer.text(row.unit); buffer.close("td")
        buffer.open("td"); buffer.text(wording.notes(for: row)); buffer.close("td")
        buffer.close("tr"); buffer.newline()
    }
}
