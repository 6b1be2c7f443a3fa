import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// One test per rule of RFC 4180, section 2, on the reading side (the writing side is in ``WriterTests``).
@Suite struct RFC4180Tests {
    // Rule 1: each record is located on a separate line, delimited by a line break (CRLF).
    @Test func recordsAreSeparatedByCRLF() throws {
        #expect(try CSV.rows("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n", ["header": "no"]) == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
    }

    // Rule 2: the last record in the file may or may not have an ending line break.
    @Test func lastLineBreakIsOptional() throws {
        let with = try CSV.rows("aaa,bbb\r\nzzz,yyy\r\n", ["header": "no"])
        let without = try CSV.rows("aaa,bbb\r\nzzz,yyy", ["header": "no"])
        #expect(with == without)
        #expect(without.count == 2)
    }

    // Rule 3: an optional header line in the same format as normal records.
    @Test func headerLineHasTheRecordFormat() throws {
        let table = try CSV.table("\"field, one\",field_2\r\naaa,bbb\r\n", ["header": "yes"])
        #expect(table.head.map { $0.cells.map(\.content.plainText) } == [["field, one", "field_2"]])
        #expect(table.body.count == 1)
    }

    // Rule 4: fields are separated by commas; spaces are part of a field.
    @Test func spacesArePartOfAField() throws {
        #expect(try CSV.rows(" aaa , b b ,ccc \r\n", ["header": "no"]) == [[" aaa ", " b b ", "ccc "]])
    }

    // Rule 4: the last field must not be followed by a comma — one that is opens an empty field.
    @Test func trailingCommaOpensAnEmptyField() throws {
        #expect(try CSV.rows("a,b,\r\n1,2,\r\n", ["header": "no"]) == [["a", "b", ""], ["1", "2", ""]])
    }

    // Rule 4: each line should contain the same number of fields.
    @Test func everyRecordHasTheSameNumberOfFields() throws {
        #expect(CSV.error("a,b,c\r\n1,2\r\n")?.kind == .malformedInput)
    }

    // Rule 5: fields may be enclosed in double quotes, or not.
    @Test func fieldsMayBeQuotedOrNot() throws {
        #expect(try CSV.rows("\"aaa\",bbb,\"ccc\"\r\n", ["header": "no"]) == [["aaa", "bbb", "ccc"]])
    }

    // Rule 5: if fields are not enclosed with double quotes, double quotes may not appear inside them.
    @Test func noQuoteInsideAnUnquotedField() throws {
        let error = CSV.error("aaa,b\"bb,ccc\r\n")
        #expect(error?.kind == .malformedInput)
        #expect(error?.column == 6)
    }

    // Rule 6: fields containing line breaks (CRLF), double quotes and commas are enclosed in quotes.
    @Test func quotedFieldsHoldLineBreaksAndCommas() throws {
        #expect(try CSV.rows("\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx\r\n", ["header": "no"]) == [["aaa", "b\r\nbb", "c,cc"], ["zzz", "yyy", "xxx"]])
    }

    // Rule 7: a double quote inside a quoted field is escaped by another double quote.
    @Test func doubledQuoteIsOneQuote() throws {
        #expect(try CSV.rows("\"aaa\",\"b\"\"bb\",\"ccc\"\r\n", ["header": "no"]) == [["aaa", "b\"bb", "ccc"]])
    }

    // Grammar: an empty quoted field is an empty string, and so is nothing between two commas.
    @Test func emptyFieldsQuotedOrNot() throws {
        #expect(try CSV.rows("a,\"\",,\"\"\r\n", ["header": "no"]) == [["a", "", "", ""]])
    }

    // Grammar: TEXTDATA is any character but the comma, the quote and line breaks; CSV here is UTF-8.
    @Test func textDataIncludesNonASCII() throws {
        #expect(try CSV.rows("城区,“两新”组织,½\r\n", ["header": "no"]) == [["城区", "“两新”组织", "½"]])
    }
}
