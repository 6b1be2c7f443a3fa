import FolioCore
import Foundation
import Indicators
import TextFormat

/// Test helpers: pages through the real text reader, and a small CSV reader for targets
/// (the CSV format is another plugin, which this test target does not depend on).
enum TestSupport {
    /// A document from a plain-text e-paper page, read by the text format's reader.
    static func document(fromTextDump text: String, source: String = "page.txt") throws -> Document {
        try TextReader().read(Data(text.utf8), source: source, options: Options())
    }

    /// The rows of an RFC 4180 CSV text (quoted fields with commas, quotes and line breaks).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if character != "\r" {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// Runs the filter over a page and compares its table with a target CSV.
    static func evaluate(page: String, target: String) throws -> IndicatorEvaluation {
        let document = try IndicatorsPlugin.Filter().apply(to: try document(fromTextDump: page), options: Options())
        let table = document.tables.first { $0.role == .indicators } ?? Table()
        return IndicatorEvaluation.compare(extracted: table.grid, target: csvRows(target))
    }
}
