import Foundation

/// Turns rows of fields into delimited text by RFC 4180's rules.
///
/// A field is quoted when it holds the delimiter, a quote, CR or LF, with each quote doubled;
/// a record that is one empty field is written `""` so that it is not mistaken for a blank
/// line. Records end with CRLF, the last one too. The text is UTF-8, after a BOM if asked for.
struct RecordEncoder {
    private static let quote = UInt8(ascii: "\"")
    private static let crlf: [UInt8] = [0x0D, 0x0A]
    /// The UTF-8 byte order mark that starts a file when asked for.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The delimiter between fields.
    let delimiter: FieldDelimiter

    /// The encoded rows.
    func encode(_ rows: [[String]], byteOrderMark: Bool) -> Data {
        var output: [UInt8] = byteOrderMark ? Self.byteOrderMark : []
        output.reserveCapacity(rows.reduce(output.count) { $0 + $1.reduce(2) { $0 + $1.utf8.count + 1 } })
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { output.append(delimiter.byte) }
                append(field, forceQuotes: row.count == 1 && field.isEmpty, to: &output)
            }
            output.append(contentsOf: Self.crlf)
        }
        return Data(output)
    }

    private func append(_ field: String, forceQuotes: Bool, to output: inout [UInt8]) {
        var field = field
        field.withUTF8 { bytes in
            guard forceQuotes || bytes.contains(where: needsQuotes) else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(Self.quote)
            var start = 0
            while let quote = bytes[start...].firstIndex(of: Self.quote) {
                output.append(contentsOf: bytes[start...quote])
                output.append(Self.quote)
                start = quote + 1
            }
            output.append(contentsOf: bytes[start...])
            output.append(Self.quote)
        }
    }

    private func needsQuotes(_ byte: UInt8) -> Bool {
        byte == delimiter.byte || byte == Self.quote || byte == 0x0A || byte == 0x0D
    }
}
