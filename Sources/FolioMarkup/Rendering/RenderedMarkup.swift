/// Rendered body markup and the outline of its headings.
public struct RenderedMarkup: Sendable, Hashable {
    /// The markup as UTF-8 bytes.
    public var bytes: [UInt8]
    /// The headings in reading order, with the anchors given to them.
    public var outline: [OutlineEntry]
    /// Whether the markup holds inline SVG (charts), which an EPUB manifest must declare.
    public var hasSVG: Bool

    /// Creates rendered markup.
    public init(bytes: [UInt8], outline: [OutlineEntry], hasSVG: Bool = false) {
        self.bytes = bytes
        self.outline = outline
        self.hasSVG = hasSVG
    }

    /// The markup as a string.
    public var markup: String { String(decoding: bytes, as: UTF8.self) }
}

/// One heading of rendered markup: what a table of contents links to.
public struct OutlineEntry: Sendable, Hashable {
    /// The heading's level in the model (1 is the top), before any rendering offset.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The `id` the heading carries in the markup.
    public var anchor: String

    /// Creates an outline entry.
    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// Hands out `id` values that are unique within one page and valid in HTML and XML alike.
struct AnchorRegistry {
    /// Identifiers handed out elsewhere (indicator rows and marks), shared by every page of a
    /// book rather than copied into each page's `used`.
    private let reserved: Set<String>
    private var used: Set<String> = []
    private var counter = 0

    /// Creates a registry that never hands out `reserved`.
    init(reserved: Set<String> = []) {
        self.reserved = reserved
    }

    /// The input's identifier when it is a plain ASCII name not yet used, else a fresh `section-N`.
    mutating func anchor(preferring identifier: String?) -> String {
        if let identifier, Self.isPlainName(identifier), isFree(identifier) {
            return identifier
        }
        while true {
            counter += 1
            let candidate = "section-\(counter)"
            if isFree(candidate) { return candidate }
        }
    }

    /// Whether `identifier` is neither reserved nor handed out yet; if so, it is now handed out.
    private mutating func isFree(_ identifier: String) -> Bool {
        !reserved.contains(identifier) && used.insert(identifier).inserted
    }

    /// Whether a name is an XML name made of ASCII letters, digits, `-`, `_` and `.`, starting with a letter.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else { return false }
        return name.utf8.allSatisfy { byte in
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }
}
