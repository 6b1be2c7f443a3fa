// Hand-written rather than built on SwiftCSV 0.10.0 or yaslab/CSV.swift 2.5.2 (the two CSV
// libraries that resolve here): neither reports where a malformed record is (their errors carry
// no line or column), neither repairs ragged rows, stray quotes or an unterminated quote on
// request, SwiftCSV guesses only `,` `;` tab from the first line and CSV.swift does not sniff
// at all, and both assemble fields character by character, where this parser slices UTF-8
// bytes in one linear pass.

import FolioCore

/// Splits UTF-8 text into records of fields by RFC 4180's rules, with positions for errors.
///
/// One pass over the bytes, never looking back: every byte is examined once, so hostile input
/// (an unterminated quote followed by a million doubled quotes, a 50 MB line) costs time and
/// memory in proportion to its size. The delimiter and the quote are ASCII, so they can never
/// occur inside a multi-byte UTF-8 sequence, and every field is a slice of valid UTF-8.
struct CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private let lenient: Bool
    private let source: String?
    private let maximumLineLength: Int

    private var position = 0
    /// The 1-based number of the line `position` is on; line breaks inside quoted fields count.
    private var line = 1
    /// The offset where the current line starts, for column numbers.
    private var lineStart = 0
    /// Reused buffer for quoted fields that contain doubled quotes.
    private var scratch: [UInt8] = []

    /// Creates a parser over text's UTF-8 bytes; `lenient` repairs instead of throwing, and a
    /// line longer than `maximumLineLength` bytes is refused.
    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: FieldDelimiter, lenient: Bool, maximumLineLength: Int = .max, source: String?) {
        self.bytes = bytes
        self.delimiter = delimiter.byte
        self.lenient = lenient
        self.source = source
        self.maximumLineLength = maximumLineLength
    }

    /// Every record of the input; blank lines are skipped. Strict parsing throws ``FolioError``
    /// at the first malformed record; lenient parsing pads every record to the widest.
    mutating func records() throws -> [[String]] {
        var records: [[String]] = []
        var expectedWidth: Int?
        while position < bytes.count {
            if isLineBreak(bytes[position]) {
                try consumeLineBreak()
                continue
            }
            let record = try parseRecord(expectedWidth: lenient ? nil : expectedWidth)
            if expectedWidth == nil { expectedWidth = record.count }
            records.append(record)
        }
        try checkLineLength(endingAt: bytes.count)
        if lenient, let width = records.map(\.count).max() {
            for index in records.indices where records[index].count < width {
                records[index].append(contentsOf: repeatElement("", count: width - records[index].count))
            }
        }
        return records
    }

    // MARK: - Records and fields

    private mutating func parseRecord(expectedWidth: Int?) throws -> [String] {
        var record: [String] = []
        if let expectedWidth { record.reserveCapacity(expectedWidth) }
        while true {
            record.append(try parseField())
            guard position < bytes.count, bytes[position] == delimiter else { break }
            position += 1
            if let expectedWidth, record.count >= expectedWidth {
                throw error("a record has more fields than the first record's \(expectedWidth)", at: position)
            }
        }
        if let expectedWidth, record.count < expectedWidth {
            throw error("a record has \(record.count) field\(record.count == 1 ? "" : "s"), fewer than the first record's \(expectedWidth)", at: position)
        }
        if position < bytes.count { try consumeLineBreak() }
        return record
    }

    /// Parses one field, leaving `position` on the delimiter or line break that ends it, or at the end.
    private mutating func parseField() throws -> String {
        if position < bytes.count, bytes[position] == Self.quote {
            return try parseQuotedField()
        }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == delimiter || isLineBreak(byte) { break }
            if byte == Self.quote, !lenient {
                throw error("a quote inside an unquoted field (quote the whole field and double the quote, or use --lenient)", at: position)
            }
            position += 1
        }
        return text(start..<position)
    }

    private mutating func parseQuotedField() throws -> String {
        let openingOffset = position, openingLine = line, openingLineStart = lineStart
        position += 1
        scratch.removeAll(keepingCapacity: true)
        var usesScratch = false
        var segmentStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                let next = position + 1 < bytes.count ? bytes[position + 1] : nil
                if next == Self.quote {
                    // A doubled quote: keep the segment up to and including the first of the pair.
                    scratch.append(contentsOf: bytes[segmentStart...position])
                    usesScratch = true
                    position += 2
                    segmentStart = position
                    continue
                }
                if next == nil || next == delimiter || isLineBreak(next ?? 0) {
                    let content = segmentStart..<position
                    position += 1
                    guard usesScratch else { return text(content) }
                    scratch.append(contentsOf: bytes[content])
                    return String(decoding: scratch, as: UTF8.self)
                }
                if !lenient {
                    throw error("a character after the closing quote of a field (expected the delimiter or a line end; double a quote that is part of the field)", at: position + 1)
                }
                // Lenient: a quote not followed by a field end is part of the field's text.
            } else if byte == Self.lineFeed {
                try checkLineLength(endingAt: position)
                line += 1
                lineStart = position + 1
            } else if byte == Self.carriageReturn, position + 1 >= bytes.count || bytes[position + 1] != Self.lineFeed {
                try checkLineLength(endingAt: position)
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        guard lenient else {
            let column = Self.column(of: openingOffset, lineStart: openingLineStart, in: bytes)
            throw FolioError(.malformedInput, "an unterminated quoted field: the quote that opens it is never closed", source: source, line: openingLine, column: column)
        }
        scratch.append(contentsOf: bytes[segmentStart..<position])
        return String(decoding: scratch, as: UTF8.self)
    }

    // MARK: - Lines and positions

    private func isLineBreak(_ byte: UInt8) -> Bool {
        byte == Self.lineFeed || byte == Self.carriageReturn
    }

    /// Consumes LF, CR or CRLF at `position`.
    private mutating func consumeLineBreak() throws {
        try checkLineLength(endingAt: position)
        if bytes[position] == Self.carriageReturn, position + 1 < bytes.count, bytes[position + 1] == Self.lineFeed {
            position += 1
        }
        position += 1
        line += 1
        lineStart = position
    }

    private func checkLineLength(endingAt offset: Int) throws {
        guard offset - lineStart > maximumLineLength else { return }
        throw FolioError(.limitExceeded, "line \(line) is \(offset - lineStart) bytes long, over the \(maximumLineLength)-byte limit (raise it with --max-line-length)", source: source, line: line)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func error(_ message: String, at offset: Int) -> FolioError {
        FolioError(.malformedInput, message, source: source, line: line, column: Self.column(of: offset, lineStart: lineStart, in: bytes))
    }

    /// The 1-based column of a byte offset, counting characters (Unicode scalars), not bytes.
    private static func column(of offset: Int, lineStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 1
        for index in lineStart..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }
}
