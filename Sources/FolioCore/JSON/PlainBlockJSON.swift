/// The compact JSON of the blocks most pages are made of, paragraphs, headings and figure
/// captions of plain text, written straight into bytes exactly as ``JSONFormat/Writer`` writes
/// them through JSONEncoder: the encoder boxes every value it encodes, and encoding the blocks
/// cost a quarter of converting a news page to JSON.
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
            written = appendInlines("content", content, to: &output)
            output.append(contentsOf: #","type":"paragraph"}"#.utf8)
        case .heading(let heading) where heading.identifier == nil:
            written = appendInlines("content", heading.content, to: &output)
            output.append(contentsOf: #","level":"#.utf8)
            output.append(contentsOf: String(heading.level).utf8)
            output.append(contentsOf: #","type":"heading"}"#.utf8)
        case .figure(let figure) where figure.image == nil:
            written = appendInlines("caption", figure.caption, to: &output)
            output.append(contentsOf: #","type":"figure"}"#.utf8)
        default:
            written = false
        }
        if !written { output.removeSubrange(start...) }
        return written
    }

    /// Appends `{"key":[…]` for inlines that are all plain text; false when one is not.
    private static func appendInlines(_ key: StaticString, _ inlines: [Inline], to output: inout [UInt8]) -> Bool {
        output.append(contentsOf: #"{""#.utf8)
        key.withUTF8Buffer { output.append(contentsOf: $0) }
        output.append(contentsOf: #"":["#.utf8)
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
