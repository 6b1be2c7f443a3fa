import FolioCore
import FolioTestSupport
import Testing
@testable import HTMLFormat

@Suite("Indicator views in HTML pages")
struct IndicatorTemplateTests {
    static let sentence = "全市新增岗位1200个,培训人员3000余人次。"
    static let document: Document = {
        let header = TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })
        let rows = [
            TableRow(texts: ["", "新增岗位", "1200", "个", "exact", "count", "1200个", sentence]),
            TableRow(texts: ["", "培训人员", "3000", "人次", "more_than", "count", "3000余人次", sentence]),
        ]
        return Document(metadata: Metadata(title: "样张", language: "zh-CN"),
                        blocks: [.paragraph([.text(sentence)]), .table(Table(role: .indicators, head: [header], body: rows))])
    }()

    @Test("A template that names indicators places the view there, outside the body")
    func templatePlacesTheView() throws {
        let template = "<main>{{{body}}}</main><aside>{{{indicators}}}</aside>"
        let page = try writeHTML(Self.document, options: ["template": "page.mustache"], resources: InMemoryResources(texts: ["page.mustache": template]))
        let main = try #require(page.components(separatedBy: "<aside>").first)
        #expect(!main.contains("indicator-view"))
        #expect(main.contains("<mark class=\"indicator-figure\" id=\"figure-1-1\"><a href=\"#indicator-1-1\">1200个</a></mark>"))
        #expect(page.contains("<aside><div class=\"indicator-view\">"))
        #expect(page.contains("<tr id=\"indicator-2-2\">") == false && page.contains("<tr id=\"indicator-1-2\">"))
    }

    @Test("A template that does not name indicators keeps the view in the body")
    func bodyKeepsTheView() throws {
        let page = try writeHTML(Self.document, options: ["template": "page.mustache"], resources: InMemoryResources(texts: ["page.mustache": "<main>{{{body}}}</main>"]))
        #expect(page.contains("<main><p>") && page.contains("<div class=\"indicator-view\">"))
    }

    @Test("The view option picks the table or the charts, and refuses other words")
    func viewOption() throws {
        #expect(try writeHTML(Self.document, options: ["indicator-view": "table"]).contains("<table class=\"indicators indicator-table\">"))
        let charts = try writeHTML(Self.document, options: ["indicator-view": "chart", "fragment": "true"])
        #expect(!charts.contains("<table") && !charts.contains("<mark"))
        #expect(throws: FolioError.self) { try writeHTML(Self.document, options: ["indicator-view": "pie"]) }
    }

    @Test("Template tags are recognised however they are written")
    func namesField() {
        for source in ["{{{indicators}}}", "{{& indicators}}", "{{#indicators}}x{{/indicators}}", "{{ indicators }}"] {
            #expect(PageTemplate.names("indicators", in: source), "\(source)")
        }
        for source in ["{{{body}}}", "indicators", "{{indicatorsX}}"] {
            #expect(!PageTemplate.names("indicators", in: source), "\(source)")
        }
    }
}
