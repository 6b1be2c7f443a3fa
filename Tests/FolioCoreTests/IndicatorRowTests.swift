import FolioCore
import Testing

@Suite("Indicator rows")
struct IndicatorRowTests {
    private func row(_ value: String, _ unit: String, _ qualifier: String, _ kind: String, _ mention: String) -> IndicatorRow {
        IndicatorRow(cells: ["第一节", "培训干部", value, unit, qualifier, kind, mention, "句子。"])
    }

    @Test("The figure as printed is the mention without its unit; a percent sign stays", arguments: [
        ("21000", "人次", "2.1万余人次", "2.1万余"), ("12000", "人", "约1.2万人", "约1.2万"), ("60", "%", "60%以上", "60%以上"),
        ("50", "%", "超过50%", "超过50%"), ("-5", "岁", "下降5岁", "下降5"), ("20", "%", "百分之二十", "百分之二十"),
        ("300", "", "", "300"), ("5", "年", "年", "年"),
    ])
    func printedFigure(_ value: String, _ unit: String, _ mention: String, _ printed: String) {
        #expect(row(value, unit, "exact", "count", mention).printedFigure == printed)
    }

    @Test func readsCodes() {
        let forecast = row("3~5", "年", "about+forecast", "duration", "预计3至5年")
        #expect(forecast.qualifiers == [.about, .forecast])
        #expect(forecast.isForecast && forecast.isRange)
        #expect(forecast.kind == .duration)
        #expect(forecast.numericValue == 3)
        let unknown = row("abc", "个", "someday", "thing", "abc个")
        #expect(unknown.qualifiers.isEmpty && unknown.kind == nil && unknown.numericValue == nil)
    }

    @Test("A value's number is its lower end, read as splitting on `~` reads it", arguments: [
        ("21000", 21000.0), ("-5", -5.0), ("3~5", 3.0), ("2.5~3.5~4", 2.5), ("~5", 5.0), ("5~", 5.0), ("~", nil), ("", nil), ("1e400", nil),
    ] as [(String, Double?)])
    func numericValue(_ value: String, _ number: Double?) {
        let read = row(value, "个", "exact", "count", value + "个")
        #expect(read.numericValue == number)
        #expect(read.isRange == value.contains("~"))
    }

    @Test("Only an indicator table with the standard columns has indicator rows")
    func indicatorRows() {
        let header = TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })
        let body = [TableRow(texts: ["", "志愿者", "500000", "名", "more_than", "count", "50余万名", "志愿者50余万名。"])]
        #expect(Table(role: .indicators, head: [header], body: body).indicatorRows?.map(\.subject) == ["志愿者"])
        #expect(Table(role: .data, head: [header], body: body).indicatorRows == nil)
        #expect(Table(role: .indicators, head: [TableRow(texts: ["主题", "数值"])], body: body).indicatorRows == nil)
    }

    @Test("The view option: both by default, one of three words, a clear error otherwise")
    func viewOption() throws {
        #expect(try IndicatorView(options: Options()) == .both)
        #expect(try IndicatorView(options: Options(["indicator-view": "chart"])) == .chart)
        #expect(throws: FolioError.self) { try IndicatorView(options: Options(["indicator-view": "pie"])) }
    }

    @Test("Words follow the document's language, or the rows' script when it states none")
    func wording() {
        let chinese = IndicatorWording(language: nil, rows: [row("1", "个", "exact", "count", "1个")])
        #expect(chinese.isChinese && chinese.columnHeaders.subject == "指标")
        #expect(chinese.notes(for: row("60", "%", "at_least", "share", "60%以上")) == "以上，占比")
        let english = IndicatorWording(language: "en-GB")
        #expect(!english.isChinese && english.words(for: .moreThan) == "more than")
        #expect(IndicatorWording(language: "zh-TW").isChinese)
    }

    @Test func groupsPositionsBySectionInFirstOrder() {
        let sections = ["第一节", "第一节", "", "第二节", "第一节", "第二节", "第二节"]
        let rows = sections.map { IndicatorRow(cells: [$0, "培训干部", "1", "人", "exact", "count", "1人", "句子。"]) }
        let groups = rows.positionsBySection()
        #expect(groups.map(\.section) == ["第一节", "", "第二节"])
        #expect(groups.map(\.positions) == [[0, 1, 4], [2], [3, 5, 6]])
    }
}
