import FolioCore

/// A bar chart of comparable figures from an indicator table: one family (counts in one unit,
/// shares in %, money, changes) within one section, or gathered from several sections.
struct IndicatorChart: Sendable, Hashable {
    /// One bar.
    struct Bar: Sendable, Hashable {
        /// What was counted.
        var label: String
        /// The section it comes from.
        var section: String
        /// The normalised value, negative for a decrease.
        var value: Double
        /// The figure as printed, written at the bar.
        var figure: String
        /// The unit, for the bar's tooltip.
        var unit: String
    }

    /// The title above the bars.
    var title: String
    /// The bars drawn, largest first.
    var bars: [Bar]
    /// How many more figures of the family the chart leaves out.
    var hiddenCount: Int

    /// A family needs more than a few figures to be drawn: three compare little that a sentence cannot.
    static let minimumBars = 4
    /// A chart draws at most this many bars (the largest) and says how many it leaves out.
    static let maximumBars = 12

    /// Figures that can share an axis: one kind, one unit.
    private struct Family: Hashable {
        var kind: IndicatorKind
        var unit: String
    }

    /// The charts of an indicator table: a chart for each section's family of at least
    /// ``minimumBars`` figures, then, from what is left, a chart for each family that reaches
    /// that count across sections. Ranks, ranges and figures without a number are not drawn.
    static func charts(for rows: [IndicatorRow], wording: IndicatorWording) -> [IndicatorChart] {
        var charts: [IndicatorChart] = []
        var leftovers: [(Family, IndicatorRow)] = []
        var sectionsDrawn = 0
        for (section, positions) in rows.positionsBySection() {
            let drawable = positions.compactMap { position -> (Family, IndicatorRow)? in
                let row = rows[position]
                guard let kind = row.kind, kind != .rank, !row.isRange, row.numericValue != nil else { return nil }
                return (Family(kind: kind, unit: row.unit), row)
            }
            if !drawable.isEmpty { sectionsDrawn += 1 }
            for (family, members) in grouped(drawable) {
                guard members.count >= minimumBars else {
                    leftovers += members.map { (family, $0) }
                    continue
                }
                let familyTitle = wording.familyTitle(kind: family.kind, unit: family.unit)
                charts.append(chart(title: section.isEmpty ? familyTitle : section + " · " + familyTitle, rows: members))
            }
        }
        if sectionsDrawn > 1 {
            for (family, members) in grouped(leftovers) where members.count >= minimumBars {
                charts.append(chart(title: wording.acrossSections + " · " + wording.familyTitle(kind: family.kind, unit: family.unit), rows: members))
            }
        }
        return charts
    }

    /// Rows grouped by family, families in order of first appearance.
    private static func grouped(_ rows: [(Family, IndicatorRow)]) -> [(Family, [IndicatorRow])] {
        var order: [Family] = []
        var members: [Family: [IndicatorRow]] = [:]
        for (family, row) in rows {
            if members[family] == nil { order.append(family) }
            members[family, default: []].append(row)
        }
        return order.map { ($0, members[$0] ?? []) }
    }

    /// The largest ``maximumBars`` figures by size, drawn largest first.
    private static func chart(title: String, rows: [IndicatorRow]) -> IndicatorChart {
        let bars = rows.compactMap { row in
            row.numericValue.map { Bar(label: row.subject, section: row.section, value: $0, figure: row.printedFigure, unit: row.unit) }
        }
        let kept = bars.enumerated().sorted { abs($0.element.value) != abs($1.element.value) ? abs($0.element.value) > abs($1.element.value) : $0.offset < $1.offset }
            .prefix(maximumBars).map(\.element)
        let ordered = kept.enumerated().sorted { $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset }.map(\.element)
        return IndicatorChart(title: title, bars: ordered, hiddenCount: bars.count - kept.count)
    }
}

/// The ticks of a value axis: round steps (1, 2, 2.5 or 5 times a power of ten) that cover
/// the values and zero.
struct ChartScale: Sendable, Hashable {
    /// The low end of the axis (zero, or below for negative values).
    var lower: Double
    /// The high end of the axis (zero, or above for positive values).
    var upper: Double
    /// The distance between ticks.
    var step: Double

    /// A scale for values, with about `tickCount` intervals.
    init(values: [Double], tickCount: Int = 4) {
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = high - low
        guard span > 0 else {
            (lower, upper, step) = (0, 1, 1)
            return
        }
        let raw = span / Double(tickCount)
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? magnitude * 10
        self.step = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from ``lower`` to ``upper``.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// A tick value written short: `2万`, `1.5亿` in Chinese, `20K`, `1.5M` in English.
    static func label(_ value: Double, chinese: Bool) -> String {
        let magnitude = abs(value)
        let units: [(Double, String)] = chinese ? [(1e8, "亿"), (1e4, "万")] : [(1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (size, suffix) in units where magnitude >= size {
            return plain(value / size) + suffix
        }
        return plain(value)
    }

    /// A number with at most two decimals and no trailing zeros.
    static func plain(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
