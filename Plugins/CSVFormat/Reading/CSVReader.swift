import Foundation
import FolioCore

/// Reads delimited text into a document holding one table.
///
/// Options: `encoding` (else BOM, UTF-8, GB18030 by ``TextDecoding``), `delimiter` (else
/// sniffed), `header` (`yes`, `no`, else detected), `lenient` (repair instead of reporting:
/// pad ragged rows, keep stray quotes as text, close an unterminated quote at the end),
/// `max-line-length` (a longer line is refused; no limit by default).
/// A header row equal to the indicator columns makes an indicator table, so CSV written from
/// an indicator table reads back as one.
struct CSVReader: DocumentReader {
    /// The delimiter that wins ties and one-column files.
    let preferredDelimiter: FieldDelimiter

    /// The options the reader reads.
    static let options = [
        PluginOption.encoding,
        PluginOption("delimiter", .text, for: .reader, help: "field delimiter: one character, or comma, semicolon, tab, pipe (else sniffed)", flags: ["--delimiter"]),
        PluginOption("header", .choice(["yes", "no", "auto"]), for: .reader, default: "auto", help: "whether the first row is a header", flags: ["--header"]),
        PluginOption("lenient", .flag, for: .reader, help: "repair malformed rows instead of failing", flags: ["--lenient"]),
    ]

    func read(_ data: Data, source: String, options: Options) throws -> Document {
        let encoding = try options["encoding"].map { label in
            guard let encoding = TextDecoding.Encoding(label: label) else {
                throw FolioError(.invalidOption, "--encoding: unknown encoding \"\(label)\" (known: \(TextDecoding.Encoding.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return encoding
        }
        let forcedDelimiter = try FieldDelimiter(option: options["delimiter"])
        let header = try HeaderDetection(option: options["header"])
        let lenient = options.flag("lenient")
        let maximumLineLength = try options.maximumLineLength()

        var text = try TextDecoding.decode(data, forcedEncoding: encoding, source: source).text
        let records = try text.withUTF8 { bytes in
            let delimiter = forcedDelimiter ?? DelimiterSniffer.sniff(bytes, preferring: preferredDelimiter)
            var parser = CSVParser(bytes: bytes, delimiter: delimiter, lenient: lenient, maximumLineLength: maximumLineLength, source: source)
            return try parser.records()
        }

        var metadata = Metadata()
        if source != "-" { metadata.source = source }
        return Document(metadata: metadata, blocks: [.table(Self.table(records, hasHeader: header.hasHeader(records)))])
    }

    /// The table of the records, the first as its head row when it is a header.
    static func table(_ records: [[String]], hasHeader: Bool) -> Table {
        let rows = records.map(TableRow.init(texts:))
        guard hasHeader, let head = rows.first else { return Table(body: rows) }
        let role: Table.Role = IndicatorColumns.matches(records[0]) ? .indicators : .data
        return Table(role: role, head: [head], body: Array(rows.dropFirst()))
    }
}
