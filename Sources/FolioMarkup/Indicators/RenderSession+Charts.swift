import FolioCore

/// The geometry of a horizontal bar chart, in SVG user units: labels on the left, the bars
/// from a zero line, each bar's figure at its end.
private struct ChartLayout {
    static let width = 640.0
    static let margin = 8.0
    static let fontSize = 13.0
    static let titleBaseline = 20.0
    static let axisBaseline = 44.0
    static let plotTop = 52.0
    static let rowHeight = 26.0
    static let barHeight = 16.0
    /// Labels wider than this are shortened with `…`: fifteen Chinese characters.
    static let labelWidth = 195.0
    /// The title is shortened past this width (at the label size), which fills the chart at its own.
    static let titleWidth = 560.0

    let scale: ChartScale
    let labelRight: Double
    let plotLeft: Double
    let plotRight: Double
    let height: Double

    init(_ chart: IndicatorChart) {
        scale = ChartScale(values: chart.bars.map(\.value))
        let labelWidth = chart.bars.map { Self.textWidth(Self.shortened($0.label)) }.max() ?? 0
        let figureWidth = (chart.bars.map { Self.textWidth($0.figure) }.max() ?? 0) + 6
        labelRight = Self.margin + labelWidth
        let hasNegative = chart.bars.contains { $0.value < 0 }
        // Negative bars carry their figure on the left, so the plot leaves room there too.
        plotLeft = labelRight + 10 + (hasNegative ? figureWidth : 0)
        plotRight = Self.width - Self.margin - figureWidth
        height = Self.plotTop + Double(chart.bars.count) * Self.rowHeight + (chart.hiddenCount > 0 ? 26 : 6)
    }

    /// Where a value falls on the axis.
    func x(_ value: Double) -> Double {
        plotLeft + (value - scale.lower) / (scale.upper - scale.lower) * (plotRight - plotLeft)
    }

    /// The vertical middle of bar `index`.
    func middle(_ index: Int) -> Double {
        Self.plotTop + (Double(index) + 0.5) * Self.rowHeight
    }

    /// The width text takes in a CJK sans-serif face: an em for a wide character (CJK, and the
    /// quotation marks and dots a Chinese font sets full width), 0.6 em otherwise.
    static func textWidth<Text: StringProtocol>(_ text: Text) -> Double {
        text.unicodeScalars.reduce(0) { $0 + glyphWidth($1) }
    }

    private static func glyphWidth(_ scalar: Unicode.Scalar) -> Double {
        let isWide = CJK.displayWidth(of: scalar) == 2 || (0x2010...0x206F).contains(scalar.value) || scalar == "\u{B7}"
        return isWide ? fontSize : fontSize * 0.6
    }

    /// Text cut to `width`, ending in `…` when cut.
    static func shortened(_ label: String, width limit: Double = labelWidth) -> String {
        guard textWidth(label) > limit else { return label }
        var result = ""
        var width = 0.0
        let room = limit - fontSize
        for character in label {
            let next = textWidth(String(character))
            if width + next > room { break }
            result.append(character)
            width += next
        }
        return result + "…"
    }

    /// A coordinate written with at most two decimals.
    static func number(_ value: Double) -> String { ChartScale.plain(value) }
}

extension RenderSession {
    /// Draws a chart as inline SVG without script: a title, `<title>` and `<desc>` for
    /// assistive technology, gridlines with round ticks, and one labelled bar per figure.
    mutating func chart(_ chart: IndicatorChart, anchor: String, wording: IndicatorWording) {
        let layout = ChartLayout(chart)
        let number = ChartLayout.number
        buffer.begin("figure"); buffer.attribute("class", "indicator-chart"); buffer.endStartTag(); buffer.newline()
        buffer.begin("svg")
        buffer.attribute("xmlns", "http://www.w3.org/2000/svg")
        buffer.attribute("id", anchor)
        buffer.attribute("role", "img")
        buffer.attribute("aria-labelledby", anchor + "-title " + anchor + "-desc")
        buffer.attribute("width", number(ChartLayout.width))
        buffer.attribute("height", number(layout.height))
        buffer.attribute("viewBox", "0 0 \(number(ChartLayout.width)) \(number(layout.height))")
        buffer.attribute("font-family", "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif")
        buffer.attribute("font-size", number(ChartLayout.fontSize))
        buffer.endStartTag(); buffer.newline()

        buffer.begin("title"); buffer.attribute("id", anchor + "-title"); buffer.endStartTag()
        buffer.text(chart.title)
        buffer.close("title"); buffer.newline()
        buffer.begin("desc"); buffer.attribute("id", anchor + "-desc"); buffer.endStartTag()
        buffer.text(wording.chartDescription(title: chart.title, entries: chart.bars.map { ($0.label, $0.figure) }, hidden: chart.hiddenCount))
        buffer.close("desc"); buffer.newline()

        text(ChartLayout.shortened(chart.title, width: ChartLayout.titleWidth), x: ChartLayout.margin, y: ChartLayout.titleBaseline, anchor: "start", className: "chart-title", size: 14, weight: "bold", fill: "#222222")
        buffer.newline()
        // Gridlines and their values; the zero line darker when bars run both ways.
        let bottom = ChartLayout.plotTop + Double(chart.bars.count) * ChartLayout.rowHeight
        for tick in layout.scale.ticks {
            let x = layout.x(tick)
            line(x: x, from: ChartLayout.plotTop - 4, to: bottom, stroke: tick == 0 && layout.scale.lower < 0 ? "#888888" : "#dddddd")
            text(ChartScale.label(tick, chinese: wording.isChinese), x: x, y: ChartLayout.axisBaseline, anchor: "middle", className: "tick", size: 11, fill: "#666666")
            buffer.newline()
        }
        for (index, bar) in chart.bars.enumerated() {
            let middle = layout.middle(index)
            let zero = layout.x(0), end = layout.x(bar.value)
            buffer.begin("g"); buffer.attribute("class", bar.value < 0 ? "bar negative" : "bar"); buffer.endStartTag()
            buffer.open("title")
            buffer.text(wording.isChinese ? "\(bar.label)：\(bar.figure)\(bar.unit == "%" ? "" : bar.unit)" : "\(bar.label): \(bar.figure) \(bar.unit == "%" ? "" : bar.unit)")
            buffer.close("title")
            text(ChartLayout.shortened(bar.label), x: layout.labelRight, y: middle + 4.5, anchor: "end", className: "bar-label", fill: "#333333")
            buffer.begin("rect")
            buffer.attribute("x", number(min(zero, end)))
            buffer.attribute("y", number(middle - ChartLayout.barHeight / 2))
            // A zero still shows as a hairline, so every figure has a bar to see.
            buffer.attribute("width", number(max(1, abs(end - zero))))
            buffer.attribute("height", number(ChartLayout.barHeight))
            buffer.attribute("fill", bar.value < 0 ? "#c0504d" : "#3b6ea8")
            buffer.endEmptyTag()
            let figureX = bar.value < 0 ? min(zero, end) - 4 : max(zero, end) + 4
            text(bar.figure, x: figureX, y: middle + 4.5, anchor: bar.value < 0 ? "end" : "start", className: "bar-value", fill: "#222222")
            buffer.close("g"); buffer.newline()
        }
        if chart.hiddenCount > 0 {
            text(wording.moreNotShown(chart.hiddenCount), x: layout.plotLeft, y: bottom + 18, anchor: "start", className: "chart-note", size: 12, fill: "#666666")
            buffer.newline()
        }
        buffer.close("svg"); buffer.newline()
        buffer.close("figure")
        buffer.newline()
    }

    private mutating func text(_ content: String, x: Double, y: Double, anchor: String, className: String,
                               size: Double? = nil, weight: String? = nil, fill: String) {
        buffer.begin("text")
        buffer.attribute("class", className)
        buffer.attribute("x", ChartLayout.number(x))
        buffer.attribute("y", ChartLayout.number(y))
        buffer.attribute("text-anchor", anchor)
        if let size { buffer.attribute("font-size", ChartLayout.number(size)) }
        if let weight { buffer.attribute("font-weight", weight) }
        buffer.attribute("fill", fill)
        buffer.endStartTag()
        buffer.text(content)
        buffer.close("text")
    }

    private mutating func line(x: Double, from top: Double, to bottom: Double, stroke: String) {
        buffer.begin("line")
        buffer.attribute("x1", ChartLayout.number(x)); buffer.attribute("x2", ChartLayout.number(x))
        buffer.attribute("y1", ChartLayout.number(top)); buffer.attribute("y2", ChartLayout.number(bottom))
        buffer.attribute("stroke", stroke)
        buffer.attribute("stroke-width", "1")
        buffer.endEmptyTag()
    }
}
