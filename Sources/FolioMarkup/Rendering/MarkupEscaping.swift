/// Escapes text for markup that is both valid HTML5 and well-formed XML.
///
/// Input text never becomes markup: `&`, `<`, `>` and (in attributes) `"` are escaped, and the
/// characters XML 1.0 forbids or HTML flags as errors (C0 and C1 controls other than tab and
/// newline, U+FFFE, U+FFFF) are dropped, so an EPUB content document cannot fail to parse.
public enum MarkupEscaping {
    /// Appends `text` escaped as element content.
    public static func appendText(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: false)
    }

    /// Appends `text` escaped as a double-quoted attribute value (newlines and tabs as references).
    public static func appendAttribute(_ text: String, to output: inout [UInt8]) {
        append(text, to: &output, inAttribute: true)
    }

    /// `text` escaped as a double-quoted attribute value.
    public static func escapedAttribute(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        appendAttribute(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` without the characters that escaping drops, for checking what a reader will see.
    public static func removingForbiddenCharacters(_ text: String) -> String {
        // Nearly every text has none: it is returned as it is, without a copy.
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
    }

    /// Controls other than tab and line feed, and the noncharacters U+FFFE and U+FFFF.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Whether a byte is copied as it is wherever it stands: printable ASCII other than `&`, `<`,
    /// `>` and `"`, and UTF-8 bytes other than the leads of C1 controls (0xC2) and of U+FFFE and
    /// U+FFFF (0xEF). Most bytes of a page are, and this test is cheaper than the full switch.
    @inline(__always)
    private static func copiesAsIs(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return byte != 0xC2 && byte != 0xEF }
        // One bit per ASCII byte: 0x20...0x3F but for `"`, `&`, `<`, `>`; 0x40...0x7E.
        let plain: UInt64 = byte < 0x40 ? 0xAFFF_FFBB_0000_0000 : 0x7FFF_FFFF_FFFF_FFFF
        return plain >> UInt64(byte & 0x3F) & 1 != 0
    }

    private static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            // Copies the clean run before `index`, then the replacement for the bytes at `index`.
            func flush(_ replacement: StaticString, skipping length: Int) {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += length
                runStart = index
            }
            while index < count {
                let byte = bytes[index]
                if copiesAsIs(byte) {
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "&"): flush("&amp;", skipping: 1)
                case UInt8(ascii: "<"): flush("&lt;", skipping: 1)
                case UInt8(ascii: ">"): flush("&gt;", skipping: 1)
                case UInt8(ascii: "\"") where inAttribute: flush("&quot;", skipping: 1)
                case UInt8(ascii: "\n") where inAttribute: flush("&#10;", skipping: 1)
                case UInt8(ascii: "\t") where inAttribute: flush("&#9;", skipping: 1)
                case UInt8(ascii: "\n"), UInt8(ascii: "\t"): index += 1
                case 0x00..<0x20, 0x7F: flush("", skipping: 1)
                case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                    flush("", skipping: 2)
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    flush("", skipping: 3)
                default: index += 1
                }
            }
            if runStart < count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
        }
    }
}
