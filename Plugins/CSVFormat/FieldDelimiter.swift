import FolioCore

/// The byte that separates the fields of a record: one ASCII character other than a quote or a line break.
struct FieldDelimiter: Hashable, Sendable {
    /// The delimiter's byte.
    let byte: UInt8

    static let comma = FieldDelimiter(byte: UInt8(ascii: ","))
    static let semicolon = FieldDelimiter(byte: UInt8(ascii: ";"))
    static let tab = FieldDelimiter(byte: UInt8(ascii: "\t"))
    static let pipe = FieldDelimiter(byte: UInt8(ascii: "|"))

    /// The delimiters the reader tells apart by sniffing, in the order that breaks ties.
    static let sniffed: [FieldDelimiter] = [.comma, .tab, .semicolon, .pipe]

    private static let names: [String: FieldDelimiter] = [
        "comma": .comma, "semicolon": .semicolon, "tab": .tab, "\\t": .tab, "pipe": .pipe,
    ]

    /// The delimiter that the `delimiter` option names (`;`, `tab`, `\t`, `pipe`…), or nil when absent.
    init?(option value: String?) throws {
        guard let value else { return nil }
        if let named = Self.names[value.lowercased()] {
            self = named
            return
        }
        let bytes = Array(value.utf8)
        let forbidden: Set<UInt8> = [0x22, 0x0A, 0x0D, 0x00]
        guard bytes.count == 1, bytes[0] < 0x80, !forbidden.contains(bytes[0]) else {
            throw FolioError(.invalidOption, "--delimiter expects one ASCII character other than a quote or line break (or comma, semicolon, tab, pipe), not \"\(value)\"")
        }
        self.byte = bytes[0]
    }

    private init(byte: UInt8) {
        self.byte = byte
    }
}
