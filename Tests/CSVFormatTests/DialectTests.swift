import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Delimiter sniffing, the `delimiter` option, line-end styles and the TSV plugin.
@Suite struct DialectTests {
    @Test func sniffsSemicolon() throws {
        #expect(try CSV.rows("区县;企业数;占比\n海曙;120;3,5%\n江北;98;2,9%\n") == [["区县", "企业数", "占比"], ["海曙", "120", "3,5%"], ["江北", "98", "2,9%"]])
    }

    @Test func sniffsTab() throws {
        #expect(try CSV.rows("name\tplace\nLin, Bo\tHaishu\nZhou, Yi\tJiangbei\n") == [["name", "place"], ["Lin, Bo", "Haishu"], ["Zhou, Yi", "Jiangbei"]])
    }

    @Test func sniffsPipe() throws {
        #expect(try CSV.rows("a|b|c\n1|2|3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func sniffingIgnoresDelimitersInsideQuotes() throws {
        #expect(try CSV.rows("\"a;b\",c\n\"1;2;3\",4\n\"x;y\",5\n") == [["a;b", "c"], ["1;2;3", "4"], ["x;y", "5"]])
    }

    @Test func strayQuoteDoesNotHideTheRestFromSniffing() throws {
        #expect(try CSV.rows("a;b\n5\" screen;2\n1,5;2\n7;8\n", ["lenient": "true"]).map(\.count) == [2, 2, 2, 2])
    }

    @Test func sniffingCountsFieldsLikeTheParser() throws {
        var text = "a,\"x\"\"y\nz\",c\n1,\"2\",3\nlast,\"open"
        let counts = text.withUTF8 { DelimiterSniffer.fieldCounts($0, delimiter: UInt8(ascii: ",")) }
        #expect(counts == [3, 3, 2])
    }

    @Test func sniffingPrefersTheConsistentDelimiter() throws {
        // Commas appear in every data row, but only semicolons split every row alike.
        #expect(try CSV.rows("x;y\n1,5;2,25\n3,0;4\n").map(\.count) == [2, 2, 2])
    }

    @Test func tieGoesToTheComma() throws {
        #expect(try CSV.rows("a,b;c\n1,2;3\n").first == ["a", "b;c"])
    }

    @Test func oneColumnFileUsesThePreferredDelimiter() throws {
        #expect(try CSV.rows("城市\n宁波\n温州\n") == [["城市"], ["宁波"], ["温州"]])
    }

    @Test func delimiterOptionOverridesSniffing() throws {
        #expect(try CSV.rows("a;b,c\n1;2,3\n", ["delimiter": ","]) == [["a;b", "c"], ["1;2", "3"]])
        #expect(try CSV.rows("a;b,c\n1;2,3\n", ["delimiter": "semicolon"]) == [["a", "b,c"], ["1", "2,3"]])
        #expect(try CSV.rows("a:b\n1:2\n", ["delimiter": ":"]) == [["a", "b"], ["1", "2"]])
        #expect(try CSV.rows("a\tb\n1\t2\n", ["delimiter": "\\t"]) == [["a", "b"], ["1", "2"]])
    }

    @Test(arguments: ["\"", "ab", "\n", "é", ""]) func badDelimiterOptionIsRejected(_ value: String) {
        #expect(CSV.error("a,b\n", ["delimiter": value])?.kind == .invalidOption)
    }

    @Test(arguments: ["\n", "\r\n", "\r"]) func everyLineEndStyleSeparatesRecords(_ lineEnd: String) throws {
        let text = ["a,b", "1,2", "3,4"].joined(separator: lineEnd) + lineEnd
        #expect(try CSV.rows(text) == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func mixedLineEnds() throws {
        #expect(try CSV.rows("a,b\r\n1,2\n3,4\r5,6").count == 4)
    }

    @Test func lineBreaksInsideQuotesAreKeptAsWritten() throws {
        #expect(try CSV.rows("a,b\n\"x\ry\",\"p\r\nq\"\n", ["header": "no"])[1] == ["x\ry", "p\r\nq"])
    }

    @Test func blankLinesAreSkipped() throws {
        #expect(try CSV.rows("a,b\n\n1,2\r\n\r\n3,4\n\n") == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func tsvPluginPrefersTheTab() throws {
        // One comma-split and one tab-split field each: equally consistent, so the preference decides.
        #expect(try CSV.rows("a,b\tc\n1,2\t3\n", plugin: TSVFormatPlugin()) == [["a,b", "c"], ["1,2", "3"]])
        #expect(try CSV.rows("a,b\tc\n1,2\t3\n", plugin: CSVFormatPlugin()) == [["a", "b\tc"], ["1", "2\t3"]])
    }

    @Test func descriptorsClaimTheirExtensionsAndMediaTypes() {
        #expect(CSVFormatPlugin().descriptor.extensions == ["csv"])
        #expect(CSVFormatPlugin().descriptor.mediaTypes == ["text/csv"])
        #expect(TSVFormatPlugin().descriptor.extensions.contains("tsv"))
        #expect(TSVFormatPlugin().descriptor.mediaTypes == ["text/tab-separated-values"])
        let registry = PluginRegistry([CSVFormatPlugin(), TSVFormatPlugin()])
        #expect(registry.reader(forPath: "stats.TSV")?.descriptor.name == "tsv")
        #expect(registry.writer(forPath: "out/stats.csv")?.descriptor.name == "csv")
        #expect(registry.reader(forMediaType: "text/csv; charset=utf-8")?.descriptor.name == "csv")
    }
}
