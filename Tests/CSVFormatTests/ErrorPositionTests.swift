import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Malformed records are reported with the source, line and column of the fault.
@Suite struct ErrorPositionTests {
    @Test func unterminatedQuoteIsReportedWhereItOpens() throws {
        let error = try #require(CSV.error("a,b\n1,2\n3,\"four\n5,6\n"))
        #expect(error.kind == .malformedInput)
        #expect(error.line == 3)
        #expect(error.column == 3)
        #expect(error.source == "test.csv")
        #expect(error.message.contains("unterminated"))
        #expect(error.description.hasPrefix("test.csv:3:3: malformed input: "))
    }

    @Test func quoteInUnquotedFieldIsReportedAtTheQuote() throws {
        let error = try #require(CSV.error("a,b\nsaid \"hi\",2\n"))
        #expect(error.line == 2)
        #expect(error.column == 6)
        #expect(error.message.contains("--lenient"))
    }

    @Test func characterAfterClosingQuoteIsReportedAtTheCharacter() throws {
        let error = try #require(CSV.error("a,b\n\"x\"y,2\n"))
        #expect(error.line == 2)
        #expect(error.column == 4)
    }

    @Test func tooManyFieldsIsReportedAtTheExtraField() throws {
        let error = try #require(CSV.error("a,b\n1,2\n3,4,5\n"))
        #expect(error.line == 3)
        #expect(error.column == 5)
        #expect(error.message.contains("more fields than the first record's 2"))
    }

    @Test func tooFewFieldsIsReportedAtTheRecordEnd() throws {
        let error = try #require(CSV.error("a,b,c\n1,2,3\n4,5\n"))
        #expect(error.line == 3)
        #expect(error.column == 4)
        #expect(error.message.contains("2 fields"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(CSV.error("区县,人口\n海曙区\"x,2\n"))
        #expect(error.line == 2)
        #expect(error.column == 4)
    }

    @Test func linesInsideQuotedFieldsCount() throws {
        let error = try #require(CSV.error("a,b\n\"one\ntwo\r\nthree\rfour\",2\n3,\"x\"y\n"))
        #expect(error.line == 6)
        #expect(error.column == 6)
    }

    @Test func crlfCountsAsOneLine() throws {
        let error = try #require(CSV.error("a,b\r\n1,2\r\n3\"\r\n"))
        #expect(error.line == 3)
        #expect(error.column == 2)
    }
}
