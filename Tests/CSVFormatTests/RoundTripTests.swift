import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// CSV → model → CSV gives the same bytes for RFC-normal input, also through the JSON form.
@Suite struct RoundTripTests {
    /// RFC-normal files: CRLF record ends, UTF-8, quotes only where needed, rectangular.
    static let normalFiles = [
        "区县,企业数,增长\r\n海曙,120,3.5%\r\n江北,98,-1.2%\r\n",
        "section,subject,value,unit,qualifier,kind,mention,sentence\r\n人才,新引进海外留学生,24.7,%,exact,change,增长24.7%,\"新引进海外留学生增长24.7%,创新高。\"\r\n",
        "note,text\r\nquoted,\"他说“好”, 然后\"\"走了\"\"\"\r\nmultiline,\"第一行\r\n第二行\nthird\"\r\nempty,\r\n",
        "only\r\n\"\"\r\nvalue\r\n",
        "1,2,3\r\n4,5,6\r\n",
        "a\tb,c\r\n\"x\"\"\",y\r\n",
    ]

    static func roundTrip(_ text: String, plugin: any FolioPlugin = CSVFormatPlugin()) throws -> String? {
        let reader = try #require(plugin.reader)
        let document = try reader.read(Data(text.utf8), source: "in.csv", options: Options())
        return CSV.text(try CSV.write(document, plugin: plugin))
    }

    @Test(arguments: normalFiles) func csvToModelToCSVIsByteIdentical(_ text: String) throws {
        #expect(try Self.roundTrip(text) == text)
    }

    @Test(arguments: normalFiles) func csvThroughTheJSONFormIsByteIdentical(_ text: String) throws {
        let document = try #require(CSVFormatPlugin().reader).read(Data(text.utf8), source: "in.csv", options: Options())
        let json = try JSONFormat.Writer.encode(document)
        let back = try JSONFormat.Reader.decode(json, source: "in.json")
        #expect(back == document)
        #expect(CSV.text(try CSV.write(back)) == text)
    }

    @Test func tsvRoundTrips() throws {
        let text = "区县\t企业数\r\n海曙\t120\r\n\"a\tb\"\t\"c,\"\"d\"\"\"\r\n"
        #expect(try Self.roundTrip(text, plugin: TSVFormatPlugin()) == text)
    }

    @Test func indicatorTableKeepsItsRole() throws {
        let document = try #require(CSVFormatPlugin().reader).read(Data(Self.normalFiles[1].utf8), source: "in.csv", options: Options())
        #expect(document.tables.first?.role == .indicators)
    }

    @Test func otherDialectsNormaliseToRFC4180() throws {
        #expect(try Self.roundTrip("a;b\n1;\"x;y\"\n") == "a,b\r\n1,x;y\r\n")
        #expect(try Self.roundTrip("\u{FEFF}a,b\r1,2") == "a,b\r\n1,2\r\n")
    }

    @Test func modelToCSVToModelKeepsEveryField() throws {
        let rows = [["名称", "说明"], ["a,b", "say \"hi\""], ["line\r\nbreak", "  padded  "], ["", "末"], ["tab\there", "|pipe|;semi;"]]
        let written = try #require(CSV.text(CSV.write(CSV.document(CSV.plainTable(rows)))))
        #expect(try CSV.table(written).grid == rows)
    }
}
