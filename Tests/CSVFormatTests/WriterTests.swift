import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// The writer's quoting, record ends, byte order mark and span handling.
@Suite struct WriterTests {
    static func written(_ rows: [[String]], _ options: [String: String] = [:], plugin: any FolioPlugin = CSVFormatPlugin()) throws -> String {
        try #require(CSV.text(CSV.write(CSV.document(CSV.plainTable(rows)), options, plugin: plugin)))
    }

    @Test func plainFieldsAreNotQuoted() throws {
        #expect(try Self.written([["区县", "企业数"], ["海曙", "120"]]) == "区县,企业数\r\n海曙,120\r\n")
    }

    @Test func fieldWithCommaIsQuoted() throws {
        #expect(try Self.written([["a"], ["1,200"]]) == "a\r\n\"1,200\"\r\n")
    }

    @Test func quotesAreDoubled() throws {
        #expect(try Self.written([["a"], ["say \"hi\""]]) == "a\r\n\"say \"\"hi\"\"\"\r\n")
    }

    @Test func lineBreaksAreQuoted() throws {
        #expect(try Self.written([["a", "b"], ["x\ny", "p\rq"]]) == "a,b\r\n\"x\ny\",\"p\rq\"\r\n")
    }

    @Test func spacesAreKeptWithoutQuotes() throws {
        #expect(try Self.written([[" a ", "b "]]) == " a ,b \r\n")
    }

    @Test func emptyFieldsStayEmpty() throws {
        #expect(try Self.written([["a", "", "c"], ["", "", ""]]) == "a,,c\r\n,,\r\n")
    }

    @Test func loneEmptyFieldIsQuotedSoItIsNotABlankLine() throws {
        #expect(try Self.written([["name"], [""], ["Lin"]]) == "name\r\n\"\"\r\nLin\r\n")
    }

    @Test func byteOrderMarkOnRequest() throws {
        let output = try CSV.write(CSV.document(CSV.plainTable([["a"], ["1"]])), ["bom": "true"])
        guard case .data(let data) = output.content else { Issue.record("expected one file"); return }
        #expect(Array(data.prefix(4)) == [0xEF, 0xBB, 0xBF, UInt8(ascii: "a")])
        #expect(try !Self.written([["a"]]).unicodeScalars.contains("\u{FEFF}"))
    }

    @Test func tsvWriterUsesTabsAndQuotesTabs() throws {
        #expect(try Self.written([["a", "b"], ["x\ty", "z"]], plugin: TSVFormatPlugin()) == "a\tb\r\n\"x\ty\"\tz\r\n")
    }

    @Test func delimiterOptionChangesTheWrittenDelimiter() throws {
        #expect(try Self.written([["a", "b;c"], ["1", "2"]], ["delimiter": ";"]) == "a;\"b;c\"\r\n1;2\r\n")
    }

    @Test func headRowsComeFirstAndFootRowsLast() throws {
        let table = Table(head: [TableRow(texts: ["h"])], body: [TableRow(texts: ["b"])], foot: [TableRow(texts: ["f"])])
        #expect(try CSV.text(CSV.write(CSV.document(table))) == "h\r\nb\r\nf\r\n")
    }

    @Test func spansAreWrittenAsTheGrid() throws {
        let table = Table(
            head: [TableRow(cells: [TableCell(text: "区县", rowSpan: 2), TableCell(text: "企业", columnSpan: 2)]),
                   TableRow(texts: ["新增", "注销"])],
            body: [TableRow(texts: ["海曙", "120", "8"])])
        #expect(try CSV.text(CSV.write(CSV.document(table))) == "区县,企业,\r\n,新增,注销\r\n海曙,120,8\r\n")
    }

    @Test func inlineMarkupIsWrittenAsPlainText() throws {
        let table = Table(body: [TableRow(cells: [TableCell(content: [.strong([.text("重")]), .text("点")])])])
        #expect(try CSV.text(CSV.write(CSV.document(table))) == "重点\r\n")
    }

    @Test func writerAsksForTheIndicatorsFilter() throws {
        #expect(try #require(CSVFormatPlugin().writer).defaultFilters == ["indicators"])
        #expect(try #require(TSVFormatPlugin().writer).defaultFilters == ["indicators"])
    }
}
