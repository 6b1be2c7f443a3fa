/// The compact JSON of the blocks most pages are made of, paragraphs, headings, figure captions
/// and tables of plain text, written straight into bytes exactly as ``JSONFormat/Writer`` writes
/// them through JSONEncoder: the encoder boxes every value it encodes, and encoding the blocks
/// cost a quarter of converting a news page to JSON, and an indicator table (eight cells a row,
/// a row for each figure of a page) three times the rest of the page.
///
/// Other blocks, and text that JSON escapes (quotes, backslashes, controls), are left to the
/// encoder. The writer's encoder leaves slashes as they are (`.withoutEscapingSlashes`), so
/// dates, `文/记者` and addresses stay on this path.
enum PlainBlockJSON {
    /// Appends `block` as JSON to `output` and returns true, or returns false and leaves
    /// `output` as it was when the block is not one of the plain kinds.
    static func append(_ block: Block, to output: inout [UInt8]) -> Bool {
        let start = output.count
        let written: Bool
        // Keys in sorted order, as the writer sorts them.
        switch block {
        case .paragraph(let content):
            output.append(contentsOf: #"{"content":"#.utf8)
            written = appendInlines(content, to: &output)
            output.append(contentsOf: #","type":"paragraph"}"#.utf8)
        case .heading(let heading) where heading.identifier == nil:
            output.append(contentsOf: #"{"content":"#.utf8)
            written = appendInlines(heading.content, to: &output)
            output.append(contentsOf: #","level":"#.utf8)
            output.append(contentsOf: String(heading.level).utf8)
            output.append(contentsOf: #","type":"heading"}"#.utf8)
        case .figure(let figure) where figure.image == nil:
            output.append(contentsOf: #"{"caption":"#.utf8)
            written = appendInlines(figure.caption, to: &output)
            output.append(contentsOf: #","type":"figure"}"#.utf8)
        case .table(let table):
            written = appendTable(table, to: &output)
        default:
            written = false
        }
        if !written { output.removeSubrange(start...) }
        return written
    }

    /// Appends a table whose caption and cells are plain text; false when one is not.
    private static func appendTable(_ table: Table, to output: inout [UInt8]) -> Bool {
        output.append(contentsOf: #"{"alignments":["#.utf8)
        for (index, alignment) in table.columnAlignments.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendName(alignment.rawValue, to: &output)
        }
        output.append(contentsOf: #"],"body":"#.utf8)
        guard appendRows(table.body, to: &output) else { return false }
        output.append(contentsOf: #","caption":"#.utf8)
        guard appendInlines(table.caption, to: &output) else { return false }
        output.append(contentsOf: #","foot":"#.utf8)
        guard appendRows(table.foot, to: &output) else { return false }
        output.append(contentsOf: #","head":"#.utf8)
        guard appendRows(table.head, to: &output) else { return false }
        output.append(contentsOf: #","role":"#.utf8)
        appendName(table.role.rawValue, to: &output)
        output.append(contentsOf: #","type":"table"}"#.utf8)
        return true
    }

    /// Appends `[{"cells":[…]},…]`, a cell's keys in sorted order and its defaults (spans of
    /// one, no alignment, not a header) left out as the cell's encoding leaves them out.
    private static func appendRows(_ rows: [TableRow], to output: inout [UInt8]) -> Bool {
        output.append(UInt8(ascii: "["))
        for (rowIndex, row) in rows.enumerated() {
            output.append(contentsOf: rowIndex > 0 ? #",{"cells":["#.utf8 : #"{"cells":["#.utf8)
            for (index, cell) in row.cells.enumerated() {
                output.append(contentsOf: index > 0 ? ",{".utf8 : "{".utf8)
                if let alignment = cell.alignment {
                    output.append(contentsOf: #""align":"#.utf8)
                    appendName(alignment.rawValue, to: &output)
                    output.append(UInt8(ascii: ","))
                }
                if cell.columnSpan != 1 {
                    output.append(contentsOf: #""colspan":"#.utf8)
                    output.append(contentsOf: String(cell.columnSpan).utf8)
                    output.append(UInt8(ascii: ","))
                }
                output.append(contentsOf: #""content":"#.utf8)
                guard appendInlines(cell.content, to: &output) else { return false }
                if cell.isHeader { output.append(contentsOf: #","header":true"#.utf8) }
                if cell.rowSpan != 1 {
                    output.append(contentsOf: #","rowspan":"#.utf8)
                    output.append(contentsOf: String(cell.rowSpan).utf8)
                }
                output.append(UInt8(ascii: "}"))
            }
            output.append(contentsOf: "]}".utf8)
        }
        output.append(UInt8(ascii: "]"))
        return true
    }

    /// Appends one of the model's own names (an alignment, a role), which never need escaping.
    private static func appendName(_ name: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: name.utf8)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `[…]` for inlines that are all plain text; false when one is not.
    private static func appendInlines(_ inlines: [Inline], to output: inout [UInt8]) -> Bool {
        output.append(UInt8(ascii: "["))
        for (index, inline) in inlines.enumerated() {
            guard case .text(let text) = inline else { return false }
            if index > 0 { output.append(UInt8(ascii: ",")) }
            guard appendString(text, to: &output) else { return false }
        }
        output.append(UInt8(ascii: "]"))
        return true
    }

    /// Appends `text` as a JSON string when it needs no escape: no quote, backslash, control
    /// (C0 or DEL), or line or paragraph separator (U+2028, U+2029).
    private static func appendString(_ text: String, to output: inout [UInt8]) -> Bool {
        text.withUTF8Bytes { bytes in
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 {
                    guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { continue }
                    if bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
                } else {
                    // One bit per ASCII byte written as it is: 0x20...0x7E but `"` and `\`.
                    let plain: UInt64 = byte < 0x40 ? 0xFFFF_FFFB_0000_0000 : 0x7FFF_FFFF_EFFF_FFFF
                    if plain >> UInt64(byte & 0x3F) & 1 == 0 { return false }
                }
            }
            output.append(UInt8(ascii: "\""))
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
            return true
        }
    }
}
