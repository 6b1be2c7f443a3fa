import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// With `lenient`, malformed input is repaired instead of reported.
@Suite struct LenientRepairTests {
    static let lenient = ["lenient": "true", "header": "no"]

    @Test func raggedRowsArePaddedToTheWidest() throws {
        #expect(try CSV.rows("a,b\n1\n2,3,4\n", Self.lenient) == [["a", "b", ""], ["1", "", ""], ["2", "3", "4"]])
    }

    @Test func strayQuoteInUnquotedFieldIsText() throws {
        #expect(try CSV.rows("said \"hi\",2\n", Self.lenient) == [["said \"hi\"", "2"]])
    }

    @Test func quoteInsideQuotedFieldIsText() throws {
        #expect(try CSV.rows("\"He said \"hi\" twice\",2\n", Self.lenient) == [["He said \"hi\" twice", "2"]])
    }

    @Test func unterminatedQuoteClosesAtTheEnd() throws {
        #expect(try CSV.rows("a,\"b\nc,d", Self.lenient) == [["a", "b\nc,d"]])
    }

    @Test func lenientIsAFlag() throws {
        #expect(try CSV.rows("a,b\n1\n", ["lenient": ""]).count == 2)
        #expect(CSV.error("a,b\n1\n", ["lenient": "no"]) != nil)
    }

    @Test func wellFormedInputReadsTheSame() throws {
        let text = "a,\"b,\"\"c\"\"\"\n1,\"2\n3\"\n"
        #expect(try CSV.rows(text, Self.lenient) == CSV.rows(text, ["header": "no"]))
    }
}
