import FolioCore
import Indicators

/// Test-only stand-ins for the text reader and the CSV reader, which live in other modules.
enum TestSupport {
    /// A document from a plain-text page: every non-blank line a paragraph, except short lines
    /// without sentence punctuation between blank lines, which become headings.
    static func document(fromTextDump text: String) -> Document {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharactersInWhitespace() }
        var blocks: [Block] = []
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let blankAround = (index == 0 || lines[index - 1].isEmpty) && (index + 1 == lines.count || lines[index + 1].isEmpty)
            let punctuated = line.contains { "。，,；;！？!?：:".contains($0) }
            if blankAround && !punctuated && line.count >= 8 && line.count <= 30 && line.contains(" ") {
                blocks.append(.heading(Heading(level: 2, content: [.text(line)])))
            } else {
                blocks.append(.paragraph([.text(line)]))
            }
        }
        return Document(blocks: blocks)
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
        let document = try IndicatorsPlugin.Filter().apply(to: document(fromTextDump: page), options: Options())
        let table = document.tables.first { $0.role == .indicators } ?? Table()
        return IndicatorEvaluation.compare(extracted: table.grid, target: csvRows(target))
    }
}
