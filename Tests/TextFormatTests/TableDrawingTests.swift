import FolioCore
import Testing
@testable import TextFormat

@Suite struct TableDrawingTests {
    private func table(_ rows: [[String]]) -> Table {
        Table(head: [TableRow(texts: rows[0])], body: rows.dropFirst().map { TableRow(texts: $0) })
    }

    @Test func narrowTableIsDrawnWithBoxesAlignedByDisplayWidth() {
        let lines = TableDrawing.lines(for: table([["区县", "人数"], ["海曙", "1200"], ["Yinzhou", "35"]]), width: 72)
        #expect(lines == [
            "┌─────────┬──────┐",
            "│ 区县    │ 人数 │",
            "├─────────┼──────┤",
            "│ 海曙    │ 1200 │",
            "│ Yinzhou │   35 │",
            "└─────────┴──────┘",
        ])
    }

    @Test func longCellsWrapInsideTheirColumnToFitTheWidth() {
        let sentence = String(repeating: "新增就业大学生人数持续增长。", count: 6)
        let lines = TableDrawing.lines(for: table([["指标", "说明"], ["就业", sentence]]), width: 40)
        #expect(lines.allSatisfy { CJK.displayWidth(of: $0) <= 40 })
        #expect(lines.count > 5)
        #expect(lines.joined().filter { !"│ ".contains($0) }.contains("新增就业大学生人数持续增长。新增"))
    }

    @Test func tableTooWideForBoxesBecomesRecords() {
        let header = ["section", "subject", "value", "unit", "qualifier", "kind", "mention", "sentence"]
        let row = ["聚焦人才", "新增硕博士", "10000", "人", "more_than", "count", "突破1万人", String(repeating: "新增硕博士首次突破1万人。", count: 5)]
        let lines = TableDrawing.lines(for: table([header, row]), width: 60)
        #expect(lines.first?.hasPrefix("── 1 ─") == true)
        #expect(lines.contains("value      10000"))
        #expect(lines.allSatisfy { CJK.displayWidth(of: $0) <= 60 })
    }

    @Test func withoutAWidthNothingWraps() {
        let sentence = String(repeating: "长句", count: 60)
        let lines = TableDrawing.lines(for: table([["a", "b"], ["1", sentence]]))
        #expect(lines.count == 5)
    }
}
