import FolioCore
import Testing

/// A document's content reduced to what a round trip through EPUB must keep: each block's
/// kind and text, nested blocks indented, tables as their text grid.
enum ContentShape {
    /// A looser shape for generated, hostile documents: no white space (HTML white-space rules
    /// may move or drop spaces beside quotes and ideographs), and tables as the text of their
    /// caption and cells in order, since an HTML reader may re-read odd tables (a lone cell,
    /// header-only rows, spans past the end) as other structures that show the same text.
    static func of(_ blocks: [Block], ignoringSpaces: Bool) -> [String] {
        guard ignoringSpaces else { return of(blocks) }
        return of(blocks, depth: 0, tablesAsText: true).map { $0.filter { !$0.isWhitespace } }
    }

    static func of(_ blocks: [Block], depth: Int = 0, tablesAsText: Bool = false) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .heading(let heading):
                // An empty heading shows nothing and reads back as nothing.
                let value = text(heading.content)
                if !value.isEmpty { lines.append(indent + "h\(heading.level): " + value) }
            case .paragraph(let content):
                let value = text(content)
                if !value.isEmpty { lines.append(indent + (tablesAsText ? "text: " : "p: ") + value) }
            case .figure(let figure):
                let caption = text(figure.caption)
                if !caption.isEmpty || figure.image != nil { lines.append(indent + "figure: " + caption) }
            case .blockQuote(let inner): lines.append(indent + "quote"); lines += of(inner, depth: depth + 1, tablesAsText: tablesAsText)
            case .list(let list):
                lines.append(indent + (list.isOrdered ? "ol \(list.start)" : "ul"))
                for item in list.items { lines.append(indent + "- item"); lines += of(item, depth: depth + 1, tablesAsText: tablesAsText) }
            case .table(let table) where tablesAsText:
                let texts = [text(table.caption)] + table.rows.flatMap { $0.cells.map { text($0.content) } }
                lines += texts.filter { !$0.isEmpty }.map { indent + "text: " + $0 }
            case .table(let table) where table.rows.isEmpty:
                // A table without rows shows only its caption, which reads back as a paragraph.
                let caption = text(table.caption)
                if !caption.isEmpty { lines.append(indent + "p: " + caption) }
            case .table(let table):
                lines.append(indent + "table \(table.role.rawValue): " + text(table.caption))
                lines += clampingSpans(table).grid.map { indent + "| " + $0.map(normalise).joined(separator: " | ") }
            case .codeBlock(let code): lines.append(indent + "code: " + MarkupText.visible(code.text))
            case .divider: lines.append(indent + "---")
            case .note(let note): lines.append(indent + "note \(note.kind ?? "")"); lines += of(note.blocks, depth: depth + 1, tablesAsText: tablesAsText)
            }
        }
        return lines
    }

    /// The blocks with every image reference removed: what a book made without the image files holds.
    static func removingImages(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .figure(let figure): return .figure(Figure(caption: figure.caption))
            case .blockQuote(let inner): return .blockQuote(removingImages(inner))
            case .note(let note): return .note(Note(kind: note.kind, blocks: removingImages(note.blocks)))
            case .list(var list):
                list.items = list.items.map(removingImages)
                return .list(list)
            default: return block
            }
        }
    }

    /// The table with row spans cut at the end of their row group, as HTML does.
    static func clampingSpans(_ table: Table) -> Table {
        func clamp(_ rows: [TableRow]) -> [TableRow] {
            rows.enumerated().map { index, row in
                TableRow(cells: row.cells.map { cell in
                    var cell = cell
                    cell.rowSpan = min(cell.rowSpan, rows.count - index)
                    return cell
                })
            }
        }
        var table = table
        table.head = clamp(table.head)
        table.body = clamp(table.body)
        table.foot = clamp(table.foot)
        return table
    }

    /// Records an issue listing the lines where two shapes differ, rather than both in full.
    static func expectEqual(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        guard actual != expected else { return }
        var report: [String] = []
        for index in 0..<max(actual.count, expected.count) where report.count < 12 {
            let left = index < actual.count ? actual[index] : "<none>"
            let right = index < expected.count ? expected[index] : "<none>"
            if left != right { report.append("line \(index):\n  read:     \(left.debugDescription)\n  expected: \(right.debugDescription)") }
        }
        let summary = "content differs (\(actual.count) vs \(expected.count) lines):\n" + report.joined(separator: "\n")
        Issue.record(Comment(rawValue: summary), sourceLocation: sourceLocation)
    }

    /// Inline text with white space collapsed, as a browser shows it.
    static func text(_ inlines: [Inline]) -> String {
        normalise(inlines.plainText)
    }

    static func normalise(_ text: String) -> String {
        MarkupText.visible(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

import FolioMarkup

/// Text as markup can carry it.
enum MarkupText {
    static func visible(_ text: String) -> String {
        MarkupEscaping.removingForbiddenCharacters(text)
    }
}
