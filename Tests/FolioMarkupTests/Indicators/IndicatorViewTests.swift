import FolioCore
import FolioMarkup
import Foundation
import Testing

/// A small page and its indicator table in the filter's eight columns, written for these tests.
enum IndicatorPage {
    static let sentence1 = "全年培训干部2.1万余人次,其中市管干部4400人次。"
    static let sentence2 = "新建服务站约1.2万个,覆盖率60%以上。"

    static func row(_ section: String, _ subject: String, _ value: String, _ unit: String, _ qualifier: String, _ kind: String,
                    _ mention: String, _ sentence: String) -> TableRow {
        TableRow(texts: [section, subject, value, unit, qualifier, kind, mention, sentence])
    }

    static func table(_ rows: [TableRow]) -> Table {
        Table(role: .indicators, head: [TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })], body: rows)
    }

    static let document = Document(metadata: Metadata(language: "zh-CN"), blocks: [
        .heading(Heading(level: 2, content: [.text("培训")])),
        .paragraph([.text(sentence1)]),
        .heading(Heading(level: 2, content: [.text("服务")])),
        .paragraph([.text("今年"), .strong([.text("新建服务站约1.2")]), .text("万个,覆盖率60%以上。")]),
        .table(table([
            row("培训", "培训干部", "21000", "人次", "more_than", "count", "2.1万余人次", sentence1),
            row("培训", "市管干部", "4400", "人次", "exact", "count", "4400人次", sentence1),
            row("服务", "服务站", "12000", "个", "about", "count", "约1.2万个", sentence2),
            row("服务", "覆盖率", "60", "%", "at_least", "share", "60%以上", sentence2),
        ])),
    ])

    /// Every element of rendered body markup, parsed as XML.
    static func elements(_ markup: RenderedMarkup) throws -> [MarkupNode] {
        let page = XHTMLPage(title: "样张", language: "zh-CN").render(body: markup.bytes)
        return try MarkupParser.parseXML(Data(page), source: "page.xhtml").root?.descendantElements() ?? []
    }
}

@Suite("Indicator views")
struct IndicatorViewTests {
    @Test("The reading table shows figures as printed, qualifiers in words, sections as row groups, no sentences")
    func readingTable() throws {
        let rendered = MarkupRenderer(indicatorView: .table).render(IndicatorPage.document.blocks)
        let elements = try IndicatorPage.elements(rendered)
        let table = try #require(elements.first { $0.isElement(named: "table") })
        #expect(table.classes.contains("indicators"))
        #expect(elements.filter { $0.isElement(named: "th") && $0.attribute("scope") == "col" }.map { $0.textContent() } == ["指标", "数值", "单位", "说明"])
        #expect(elements.filter { $0.isElement(named: "th") && $0.attribute("scope") == "rowgroup" }.map { $0.textContent() } == ["培训", "服务"])
        let figures = elements.filter { $0.isElement(named: "td") && $0.classes.contains("figure") }
        #expect(figures.map { $0.textContent() } == ["2.1万余", "4400", "约1.2万", "60%以上"])
        #expect(figures.map { $0.attribute("data-value") } == ["21000", "4400", "12000", "60"])
        let rows = elements.filter { $0.isElement(named: "tr") && ($0.attribute("id") ?? "").hasPrefix("indicator-") }
        #expect(rows.count == 4)
        #expect(rows.map { $0.childElements.last?.textContent() } == ["超过", "", "约", "以上，占比"])
        #expect(!rendered.markup.contains("more_than"))
        #expect(!rendered.markup.contains("<td>" + IndicatorPage.sentence1))
        #expect(!rendered.hasSVG)
    }

    @Test("Each row links to its figure, marked in its paragraph, and the mark links back")
    func rowsAndMarksLinkBothWays() throws {
        let rendered = MarkupRenderer(indicatorView: .table).render(IndicatorPage.document.blocks)
        let elements = try IndicatorPage.elements(rendered)
        let ids = Set(elements.compactMap { $0.attribute("id") })
        let marks = elements.filter { $0.isElement(named: "mark") }
        #expect(marks.map { $0.textContent() } == ["2.1万余人次", "4400人次", "约1.2", "万个", "60%以上"])
        // The figure 约1.2万个 runs out of the bold span: two pieces, one id.
        #expect(marks.compactMap { $0.attribute("id") }.count == 4)
        for link in elements.filter({ $0.isElement(named: "a") }) {
            let target = try #require(link.attribute("href"))
            #expect(target.hasPrefix("#") && ids.contains(String(target.dropFirst())), "dangling link \(target)")
        }
        let rowLinks = elements.filter { $0.isElement(named: "td") && $0.classes.contains("figure") }.compactMap { $0.childElements.first?.attribute("href") }
        #expect(rowLinks.count == 4)
        #expect(rendered.markup.contains("<p>全年培训干部<mark class=\"indicator-figure\" id=\"figure-1-1\"><a href=\"#indicator-1-1\">2.1万余人次</a></mark>"))
    }

    @Test("A chart view draws bars with their figures and writes no table and no marks")
    func chartView() throws {
        var rows: [TableRow] = []
        var paragraphs: [Block] = []
        for index in 1...6 {
            let sentence = "第\(index)区新增岗位\(index * 300)个。"
            paragraphs.append(.paragraph([.text(sentence)]))
            rows.append(IndicatorPage.row("", "第\(index)区新增岗位", "\(index * 300)", "个", "exact", "count", "\(index * 300)个", sentence))
        }
        let rendered = MarkupRenderer(indicatorView: .chart, language: "zh-CN").render(paragraphs + [.table(IndicatorPage.table(rows))])
        let elements = try IndicatorPage.elements(rendered)
        #expect(rendered.hasSVG)
        #expect(!elements.contains { $0.isElement(named: "table") || $0.isElement(named: "mark") })
        let svg = try #require(elements.first { $0.isElement(named: "svg") })
        #expect(svg.attribute("role") == "img")
        #expect(elements.first { $0.isElement(named: "title") && $0.attribute("id") != nil }?.textContent() == "数量（个）")
        #expect(elements.first { $0.isElement(named: "desc") }?.textContent().contains("第6区新增岗位：1800") == true)
        let bars = elements.filter { $0.isElement(named: "g") && $0.classes.contains("bar") }
        #expect(bars.count == 6)
        // Largest first, each with its figure at the bar.
        #expect(bars.map { $0.childElements.last?.textContent() } == ["1800", "1500", "1200", "900", "600", "300"])
        let widths = bars.compactMap { $0.childElements.first { $0.isElement(named: "rect") }?.attribute("width").flatMap(Double.init) }
        #expect(widths == widths.sorted(by: >) && widths.allSatisfy { $0 > 0 })
    }

    @Test("Decreases are drawn as bars left of the zero line")
    func negativeBars() throws {
        let changes = [("工业产值", "12.5"), ("进出口额", "-8.2"), ("社零总额", "4.1"), ("固定资产投资", "-3")]
        let rows = changes.map { IndicatorPage.row("", $0.0, $0.1, "%", "exact", "change", ($0.1.hasPrefix("-") ? "下降" + $0.1.dropFirst() : "增长" + $0.1) + "%", "") }
        let rendered = MarkupRenderer(indicatorView: .chart).render([.table(IndicatorPage.table(rows))])
        let elements = try IndicatorPage.elements(rendered)
        let bars = elements.filter { $0.isElement(named: "g") && $0.classes.contains("bar") }
        #expect(bars.filter { $0.classes.contains("negative") }.count == 2)
        func rect(_ bar: MarkupNode) -> (x: Double, width: Double) {
            let rect = bar.childElements.first { $0.isElement(named: "rect") }
            return (Double(rect?.attribute("x") ?? "") ?? .nan, Double(rect?.attribute("width") ?? "") ?? .nan)
        }
        let positive = bars.filter { !$0.classes.contains("negative") }.map(rect)
        let negative = bars.filter { $0.classes.contains("negative") }.map(rect)
        let zero = try #require(positive.map(\.x).min())
        #expect(positive.allSatisfy { $0.x == zero })
        #expect(negative.allSatisfy { abs($0.x + $0.width - zero) < 0.02 })
        #expect(bars.last?.childElements.last?.textContent() == "下降8.2%")
    }

    @Test("Two thousand figures: each chart draws twelve bars and says how many more there are")
    func manyIndicators() throws {
        let rows = (0..<2000).map { index in
            IndicatorPage.row("第\(index % 4)部分", "项目\(index)", "\(index + 1)", "名", "exact", "count", "\(index + 1)名", "")
        }
        let rendered = MarkupRenderer().render([.table(IndicatorPage.table(rows))])
        let elements = try IndicatorPage.elements(rendered)
        let charts = elements.filter { $0.isElement(named: "svg") }
        #expect(charts.count == 4)
        for chart in charts {
            #expect(chart.descendantElements().filter { $0.isElement(named: "g") }.count == 12)
            #expect(chart.descendantElements().contains { $0.classes.contains("chart-note") && $0.textContent() == "另有488项未画出" })
        }
        #expect(elements.filter { $0.isElement(named: "tr") && $0.attribute("id") != nil }.count == 2000)
    }

    @Test("No indicators: no table, no chart, nothing")
    func emptyTable() {
        let rendered = MarkupRenderer().render([.paragraph([.text("本期没有数字。")]), .table(IndicatorPage.table([]))])
        #expect(rendered.markup == "<p>本期没有数字。</p>\n\n")
    }

    @Test("Labels with markup characters are escaped in the table and the chart")
    func escaping() throws {
        let rows = (1...4).map { IndicatorPage.row("<h1>&</h1>", "<script>alert(\($0))</script>\"&", "\($0)", "<i>", "exact", "count", "\($0)<i>", "") }
        let rendered = MarkupRenderer().render([.table(IndicatorPage.table(rows))])
        #expect(!rendered.markup.contains("<script>") && !rendered.markup.contains("<i>") && !rendered.markup.contains("<h1>"))
        #expect(rendered.markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;\"&amp;"))
        let elements = try IndicatorPage.elements(rendered)
        #expect(elements.filter { $0.isElement(named: "g") }.count == 4)
        #expect(elements.first { $0.isElement(named: "title") && $0.attribute("id") != nil }?.textContent() == "<h1>&</h1> · Counts (<i>)")
    }

    @Test("English documents get English headers and words")
    func english() throws {
        let sentence = "Exports rose by more than 4,000 tonnes."
        let table = IndicatorPage.table([IndicatorPage.row("", "Exports", "4000", "tonnes", "more_than", "change", "more than 4,000 tonnes", sentence)])
        let rendered = MarkupRenderer(language: "en").render([.paragraph([.text(sentence)]), .table(table)])
        let elements = try IndicatorPage.elements(rendered)
        #expect(elements.filter { $0.isElement(named: "th") && $0.attribute("scope") == "col" }.map { $0.textContent() } == ["Indicator", "Value", "Unit", "Notes"])
        #expect(elements.first { $0.isElement(named: "tr") && $0.attribute("id") != nil }?.childElements.last?.textContent() == "more than, change")
        #expect(elements.first { $0.isElement(named: "td") && $0.classes.contains("figure") }?.textContent() == "more than 4,000")
    }

    @Test("A heading that asks for an indicator anchor gets another one")
    func anchorsStayUnique() throws {
        var blocks = IndicatorPage.document.blocks
        blocks[0] = .heading(Heading(level: 2, content: [.text("培训")], identifier: "indicator-1-1"))
        let elements = try IndicatorPage.elements(MarkupRenderer().render(blocks))
        let ids = elements.compactMap { $0.attribute("id") }
        #expect(ids.count == Set(ids).count)
        #expect(elements.first { $0.isElement(named: "tr") && $0.attribute("id") == "indicator-1-1" }?.childElements.first?.textContent() == "培训干部")
    }

    @Test("An indicator table with columns of its own is written as a table")
    func otherColumns() {
        let table = Table(role: .indicators, head: [TableRow(texts: ["主题", "数值"])], body: [TableRow(texts: ["巡查", "5000"])])
        let markup = MarkupRenderer().render([.table(table)]).markup
        #expect(markup.contains("<table class=\"indicators\">"))
        #expect(markup.contains("<td>巡查</td>"))
    }
}
