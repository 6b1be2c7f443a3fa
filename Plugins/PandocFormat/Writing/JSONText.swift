/// JSON text built by appending, for writers that emit a fixed shape.
///
/// Emitting text directly, rather than building `[String: Any]` trees for `JSONSerialization`,
/// avoids boxing every node of a large document into Foundation objects and keeps the output's
/// key order as written, so equal documents give equal bytes.
struct JSONText {
    /// The text so far, as UTF-8 bytes.
    private(set) var bytes: [UInt8] = []

    /// Appends literal JSON syntax (punctuation, numbers, `null`).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// Appends `[` then each element written by `body`, separated by commas, then `]`.
    mutating func array<S: Sequence>(_ elements: S, _ body: (inout JSONText, S.Element) -> Void) {
        raw("[")
        var first = true
        for element in elements {
            if !first { raw(",") }
            first = false
            body(&self, element)
        }
        raw("]")
    }

    /// Appends a pandoc node without content: `{"t":"Tag"}`.
    mutating func node(_ tag: String) {
        raw("{\"t\":")
        string(tag)
        raw("}")
    }

    /// Appends a pandoc node, `{"t":"Tag","c":…}`, with the content written by `content`.
    mutating func node(_ tag: String, _ content: (inout JSONText) -> Void) {
        raw("{\"t\":")
        string(tag)
        raw(",\"c\":")
        content(&self)
        raw("}")
    }
}
