/// A fixed set of Unicode scalars looked up as one bit each, for the per-character tests that
/// run on every line of a page: `Set<Unicode.Scalar>` hashes each probe, which costs more than
/// the rest of such a test.
///
/// The bits cover the span from the set's lowest to its highest scalar, so a set of a few
/// ideographs and ASCII marks takes at most 8 KB.
public struct ScalarSet: Sendable, ExpressibleByStringLiteral {
    @usableFromInline let lowest: UInt32
    @usableFromInline let bits: [UInt64]

    /// The scalars of `characters`.
    public init(_ characters: String) {
        self.init(values: characters.unicodeScalars.map { $0.value })
    }

    /// The given scalars, such as the first of each of a list of words; gathering them into a
    /// string first would cost more than building the set. An array rather than any sequence,
    /// because other modules would call a generic initializer unspecialized, at several times the cost.
    public init(scalars: [Unicode.Scalar]) {
        self.init(values: scalars.map { $0.value })
    }

    private init(values: [UInt32]) {
        guard let lowest = values.min(), let highest = values.max() else {
            self.lowest = 0
            bits = []
            return
        }
        var bits = [UInt64](repeating: 0, count: Int(highest - lowest) / 64 + 1)
        for value in values {
            let offset = Int(value - lowest)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.lowest = lowest
        self.bits = bits
    }

    /// The scalars with Unicode's White_Space property: ASCII spaces and line breaks, NEL, the
    /// no-break spaces, the typographic spaces, the line and paragraph separators and U+3000,
    /// the ideographic space of CJK text. The same set as `properties.isWhitespace`, looked up
    /// without Unicode's property tables.
    public static let whitespace: ScalarSet = "\t\n\u{0B}\u{0C}\r \u{85}\u{A0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}"

    /// The invisible marks that carry no content, which editors and text dumps leave behind:
    /// the zero-width space (U+200B), the word joiner (U+2060) and the byte order mark (U+FEFF).
    public static let invisibleMarks: ScalarSet = "\u{200B}\u{2060}\u{FEFF}"

    /// The scalars of a string literal.
    public init(stringLiteral characters: String) {
        self.init(characters)
    }

    /// The union of two sets.
    public func union(_ other: ScalarSet) -> ScalarSet {
        ScalarSet(members + other.members)
    }

    /// Whether the set holds `scalar`.
    @inlinable
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(value: scalar.value)
    }

    /// Whether the set holds `character`, a character of one scalar.
    @inlinable
    public func contains(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && contains(value: scalars.first!.value)
    }

    @inlinable
    func contains(value: UInt32) -> Bool {
        guard value >= lowest else { return false }
        let offset = Int(value - lowest)
        guard offset >> 6 < bits.count else { return false }
        return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// The scalars the set holds, as a string.
    private var members: String {
        var result = String.UnicodeScalarView()
        for (word, chunk) in bits.enumerated() where chunk != 0 {
            for bit in 0..<64 where chunk & (1 << UInt64(bit)) != 0 {
                if let scalar = Unicode.Scalar(lowest + UInt32(word * 64 + bit)) { result.append(scalar) }
            }
        }
        return String(result)
    }
}
