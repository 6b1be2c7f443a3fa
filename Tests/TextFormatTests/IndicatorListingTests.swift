import FolioCore
import Testing
@testable import TextFormat

@Suite("Indicator listing")
struct IndicatorListingTests {
    private let header = TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })

    private func document(_ rows: [[String]], language: String = "zh-CN") -> Document {
        Document(metadata: Metadata(language: language), blocks: [.table(Table(role: .indicators, head: [header], body: rows.map { TableRow(texts: $0) }))])
    }

    @Test("Subject, figure as printed and unit, aligned by display width under their sections")
    func alignedByDisplayWidth() throws {
        let text = try Support.write(document([
            ["聚焦人才", "培训干部", "21000", "人次", "more_than", "count", "2.1万余人次", "句。"],
            ["聚焦人才", "新引进海外留学生", "24.7", "%", "exact", "change", "增长24.7%", "句。"],
            ["聚焦服务", "Shops", "3", "家", "exact", "count", "3家", "句。"],
        ]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "[表] 文中数据",
            "  指标                   数值  单位",
            "聚焦人才",
            "  培训干部            2.1万余  人次",
            "  新引进海外留学生  增长24.7%  %",
            "聚焦服务",
            "  Shops                     3  家",
        ])
        let figureEnds = lines.filter { $0.hasPrefix("  ") }.map { line in CJK.displayWidth(of: line.components(separatedBy: "  ").dropLast().joined(separator: "  ")) }
        #expect(Set(figureEnds).count == 1)
        #expect(!text.contains("more_than") && !text.contains("句。"))
    }

    @Test("A long subject wraps within its column when the page is narrow")
    func wrapsToWidth() throws {
        let subject = String(repeating: "下沉疫情防控一线的党员干部", count: 3)
        let text = try Support.write(document([["", subject, "59000", "名", "more_than", "count", "5.9万余名", "句。"]]), options: ["columns": "40"])
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { CJK.displayWidth(of: $0) <= 40 })
        #expect(lines.count > 3)
        #expect(lines[2].hasSuffix("5.9万余  名"))
    }

    @Test("No indicators, no listing")
    func empty() throws {
        #expect(try Support.write(document([])) == "")
    }
}
