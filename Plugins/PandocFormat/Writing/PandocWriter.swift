import Foundation
import FolioCore

/// Writes a document as pandoc's JSON AST, `pandoc-api-version` 1.23.
///
/// Metadata goes into `meta` under the keys of ``FolioCore/MetadataEntry``, text into `Str` and
/// `Space` nodes, figures into `Figure`, tables into `Table` with their spans, an indicator
/// table's role into the class `indicators`, notes into a `Div` of class `note`, quoted text into
/// `Quoted`. A list whose items are each at most one paragraph besides nested lists is tight
/// (`Plain`). Keys are written in a fixed order, so equal documents give equal bytes.
public struct PandocWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Writes the document as one line of JSON ending in a newline.
    public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        WriterOutput(data: Self.encode(document))
    }

    /// The document as pandoc's JSON AST.
    public static func encode(_ document: Document) -> Data {
        var json = JSONText()
        json.raw("{\"pandoc-api-version\":")
        json.array(PandocFormatPlugin.apiVersion) { $0.raw(String($1)) }
        json.raw(",\"meta\":")
        writeMeta(document.metadata, into: &json)
        json.raw(",\"blocks\":")
        writeBlocks(document.blocks, into: &json)
        json.raw("}\n")
        return Data(json.bytes)
    }

    // MARK: - Metadata

    /// `meta`: every field as `MetaInlines`, as pandoc's Markdown reader gives every YAML string,
    /// or a `MetaList` of them.
    private static func writeMeta(_ metadata: Metadata, into json: inout JSONText) {
        json.raw("{")
        for (index, entry) in metadata.entries.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(entry.key)
            json.raw(":")
            switch entry.value {
            case .text(let text):
                json.node("MetaInlines") { writeText(text, into: &$0) }
            case .list(let texts):
                json.node("MetaList") { $0.array(texts) { json, text in json.node("MetaInlines") { writeText(text, into: &$0) } } }
            }
        }
        json.raw("}")
    }

    // MARK: - Blocks

    private static func writeBlocks(_ blocks: [Block], plainParagraphs: Bool = false, into json: inout JSONText) {
        json.array(blocks) { writeBlock($1, plainParagraphs: plainParagraphs, into: &$0) }
    }

    private static func writeBlock(_ block: Block, plainParagraphs: Bool, into json: inout JSONText) {
        switch block {
        case .heading(let heading):
            json.node("Header") { json in
                json.raw("[\(heading.level),")
                writeAttributes(identifier: heading.identifier ?? "", into: &json)
                json.raw(",")
                writeInlines(heading.content, into: &json)
                json.raw("]")
            }
        case .paragraph(let content):
            json.node(plainParagraphs ? "Plain" : "Para") { writeInlines(content, into: &$0) }
        case .figure(let figure):
            json.node("Figure") { json in
                json.raw("[")
                writeAttributes(into: &json)
                json.raw(",")
                writeCaption(figure.caption, into: &json)
                json.raw(",[")
                if let image = figure.image {
                    json.node("Plain") { $0.raw("["); writeInline(.image(image), into: &$0); $0.raw("]") }
                }
                json.raw("]]")
            }
        case .blockQuote(let blocks):
            json.node("BlockQuote") { writeBlocks(blocks, into: &$0) }
        case .list(let list):
            // Tight, as pandoc's Markdown reader makes a list whose items are each at most one
            // paragraph besides nested lists.
            let tight = list.items.allSatisfy { item in
                item.filter { if case .paragraph = $0 { true } else { false } }.count <= 1
                    && item.allSatisfy { if case .paragraph = $0 { true } else if case .list = $0 { true } else { false } }
            }
            let items = { (json: inout JSONText) in
                json.array(list.items) { writeBlocks($1, plainParagraphs: tight, into: &$0) }
            }
            if list.isOrdered {
                json.node("OrderedList") { json in
                    json.raw("[[\(list.start),")
                    json.node("Decimal")
                    json.raw(",")
                    json.node("Period")
                    json.raw("],")
                    items(&json)
                    json.raw("]")
                }
            } else {
                json.node("BulletList") { items(&$0) }
            }
        case .table(let table):
            json.node("Table") { writeTable(table, into: &$0) }
        case .codeBlock(let code):
            json.node("CodeBlock") { json in
                json.raw("[")
                writeAttributes(classes: code.language.map { [$0] } ?? [], into: &json)
                json.raw(",")
                json.string(code.text)
                json.raw("]")
            }
        case .divider:
            json.node("HorizontalRule")
        case .note(let note):
            json.node("Div") { json in
                json.raw("[")
                writeAttributes(classes: [PandocClasses.note], attributes: note.kind.map { [(PandocClasses.noteKind, $0)] } ?? [], into: &json)
                json.raw(",")
                writeBlocks(note.blocks, into: &json)
                json.raw("]")
            }
        }
    }

    /// `[identifier, [classes], [[key, value]]]`.
    private static func writeAttributes(identifier: String = "", classes: [String] = [], attributes: [(String, String)] = [], into json: inout JSONText) {
        json.raw("[")
        json.string(identifier)
        json.raw(",")
        json.array(classes) { $0.string($1) }
        json.raw(",")
        json.array(attributes) { json, pair in
            json.raw("[")
            json.string(pair.0)
            json.raw(",")
            json.string(pair.1)
            json.raw("]")
        }
        json.raw("]")
    }

    /// `[null, [Plain caption]]`, or `[null, []]` without a caption.
    private static func writeCaption(_ caption: [Inline], into json: inout JSONText) {
        json.raw("[null,[")
        if !caption.isEmpty { json.node("Plain") { writeInlines(caption, into: &$0) } }
        json.raw("]]")
    }

    // MARK: - Tables

    private static func writeTable(_ table: Table, into json: inout JSONText) {
        let width = table.grid.first?.count ?? 0
        // Body cells that are headers at the start of every row are pandoc's row head columns.
        let rowHeadColumns = table.body.isEmpty ? 0 : table.body.map { row in
            row.cells.prefix { $0.isHeader && $0.columnSpan == 1 }.count
        }.min() ?? 0
        json.raw("[")
        writeAttributes(classes: table.role == .indicators ? [PandocClasses.indicators] : [], into: &json)
        json.raw(",")
        writeCaption(table.caption, into: &json)
        json.raw(",")
        json.array(0..<width) { json, column in
            json.raw("[")
            writeAlignment(column < table.columnAlignments.count ? table.columnAlignments[column] : nil, into: &json)
            json.raw(",")
            json.node("ColWidthDefault")
            json.raw("]")
        }
        json.raw(",[")
        writeAttributes(into: &json)
        json.raw(",")
        writeRows(table.head, into: &json)
        json.raw("],")
        if table.body.isEmpty {
            json.raw("[]")
        } else {
            json.raw("[[")
            writeAttributes(into: &json)
            json.raw(",\(rowHeadColumns),[],")
            writeRows(table.body, into: &json)
            json.raw("]]")
        }
        json.raw(",[")
        writeAttributes(into: &json)
        json.raw(",")
        writeRows(table.foot, into: &json)
        json.raw("]]")
    }

    private static func writeRows(_ rows: [TableRow], into json: inout JSONText) {
        json.array(rows) { json, row in
            json.raw("[")
            writeAttributes(into: &json)
            json.raw(",")
            json.array(row.cells) { json, cell in
                json.raw("[")
                writeAttributes(into: &json)
                json.raw(",")
                writeAlignment(cell.alignment, into: &json)
                json.raw(",\(cell.rowSpan),\(cell.columnSpan),[")
                if !cell.content.isEmpty { json.node("Plain") { writeInlines(cell.content, into: &$0) } }
                json.raw("]]")
            }
            json.raw("]")
        }
    }

    private static func writeAlignment(_ alignment: Alignment?, into json: inout JSONText) {
        switch alignment {
        case .left: json.node("AlignLeft")
        case .center: json.node("AlignCenter")
        case .right: json.node("AlignRight")
        case nil: json.node("AlignDefault")
        }
    }

    // MARK: - Inlines

    private static func writeInlines(_ inlines: [Inline], into json: inout JSONText) {
        json.raw("[")
        var first = true
        for inline in inlines {
            if case .text(let text) = inline {
                if text.isEmpty { continue }
                if !first { json.raw(",") }
                writeTextNodes(text, into: &json)
            } else {
                if !first { json.raw(",") }
                writeInline(inline, into: &json)
            }
            first = false
        }
        json.raw("]")
    }

    /// Text as a list of `Str`, `Space` and `SoftBreak` nodes.
    private static func writeText(_ text: String, into json: inout JSONText) {
        json.raw("[")
        writeTextNodes(text, into: &json)
        json.raw("]")
    }

    /// Text as comma-separated `Str`, `Space` and `SoftBreak` nodes: a run of spaces is one
    /// `Space`, a run holding a line break one `SoftBreak`, as pandoc's readers split text.
    private static func writeTextNodes(_ text: String, into json: inout JSONText) {
        var first = true
        var word = ""
        var gap: String?
        func separator() {
            if !first { json.raw(",") }
            first = false
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r":
                if !word.isEmpty {
                    separator()
                    json.node("Str") { $0.string(word) }
                    word = ""
                }
                if scalar == "\n" || scalar == "\r" { gap = "SoftBreak" } else if gap == nil { gap = "Space" }
            default:
                if let pending = gap {
                    separator()
                    json.node(pending)
                    gap = nil
                }
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty {
            separator()
            json.node("Str") { $0.string(word) }
        }
        if let pending = gap {
            separator()
            json.node(pending)
        }
    }

    private static func writeInline(_ inline: Inline, into json: inout JSONText) {
        switch inline {
        case .text(let text):
            writeTextNodes(text, into: &json)
        case .emphasis(let content):
            json.node("Emph") { writeInlines(content, into: &$0) }
        case .strong(let content):
            json.node("Strong") { writeInlines(content, into: &$0) }
        case .link(let link):
            writeTarget("Link", target: link.target, title: link.title, into: &json) { writeInlines(link.content, into: &$0) }
        case .quoted(let content):
            json.node("Quoted") { json in
                json.raw("[")
                json.node("DoubleQuote")
                json.raw(",")
                writeInlines(content, into: &json)
                json.raw("]")
            }
        case .code(let code):
            json.node("Code") { json in
                json.raw("[")
                writeAttributes(into: &json)
                json.raw(",")
                json.string(code)
                json.raw("]")
            }
        case .lineBreak:
            json.node("LineBreak")
        case .image(let image):
            writeTarget("Image", target: image.source, title: image.title, into: &json) { writeText(image.alternative, into: &$0) }
        }
    }

    /// A `Link` or `Image`: `[attributes, inlines, [target, title]]`.
    private static func writeTarget(_ tag: String, target: String, title: String?, into json: inout JSONText, content: (inout JSONText) -> Void) {
        json.node(tag) { json in
            json.raw("[")
            writeAttributes(into: &json)
            json.raw(",")
            content(&json)
            json.raw(",[")
            json.string(target)
            json.raw(",")
            json.string(title ?? "")
            json.raw("]]")
        }
    }
}
