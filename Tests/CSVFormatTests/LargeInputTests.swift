import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Big and hostile inputs finish and give the right answer (timing is measured elsewhere, not asserted).
@Suite struct LargeInputTests {
    @Test func oneMegabyteFileParses() throws {
        var text = "区县,企业数,增长,备注\r\n"
        var rows = 0
        while text.utf8.count < 1 << 20 {
            text += "海曙\(rows),\(rows * 7),\(rows % 100).5%,\"第\(rows)行, 含\"\"引号\"\"\"\r\n"
            rows += 1
        }
        let table = try CSV.table(text)
        #expect(table.head.count == 1)
        #expect(table.body.count == rows)
        #expect(table.body.last?.cells.last?.content.plainText == "第\(rows - 1)行, 含\"引号\"")
    }

    @Test func unterminatedQuoteWithAMillionDoubledQuotes() throws {
        let text = "\"" + String(repeating: "\"\"", count: 1_000_000)
        let error = try #require(CSV.error(text))
        #expect(error.line == 1)
        #expect(error.column == 1)
        let repaired = try CSV.rows(text, ["lenient": "true"])
        #expect(repaired.count == 1)
        #expect(repaired.first?.first?.utf8.count == 1_000_000)
    }

    @Test func longSingleLineParses() throws {
        let field = String(repeating: "数据", count: 1 << 20)
        let text = "a,\"\(field)\",c"
        let rows = try CSV.rows(text)
        #expect(rows.count == 1)
        #expect(rows.first?[1].utf8.count == field.utf8.count)
    }

    @Test func emptyInputIsAnEmptyTable() throws {
        let table = try CSV.table("")
        #expect(table.rows.isEmpty)
        #expect(CSV.text(try CSV.write(CSV.document(table))) == "")
    }

    @Test func onlyLineBreaksIsAnEmptyTable() throws {
        #expect(try CSV.table("\r\n\n\r").rows.isEmpty)
    }

    @Test func lineLengthLimitIsEnforcedWhenGiven() throws {
        let error = try #require(CSV.error("a,b\n1,\"22\n333333\"\n", ["max-line-length": "5"]))
        #expect(error.kind == .limitExceeded)
        #expect(error.line == 3)
        #expect(try CSV.rows("a,b\n1,\"22\n3333\"\n", ["max-line-length": "5"]).count == 2)
        #expect(CSV.error("abcdef", ["max-line-length": "5"])?.kind == .limitExceeded)
        #expect(CSV.error("a\n", ["max-line-length": "five"])?.kind == .invalidOption)
    }
}
