/// Facts about characters that CJK-aware layout needs: which are ideographs, how wide they
/// display, and which punctuation may not start or end a line.
public enum CJK {
    /// Whether a scalar is a CJK ideograph, kana, hangul, or CJK/full-width punctuation.
    @inlinable
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar is a Han ideograph, kana or hangul syllable (not punctuation).
    @inlinable
    public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Whether a character is written in a script that sets words without spaces (Chinese, Japanese),
    /// or is CJK punctuation; a line break between two such characters is no space.
    public static func joinsWithoutSpace(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isWide(scalar) && !(0xAC00...0xD7A3).contains(scalar.value)
    }

    /// The number of terminal columns a character occupies: 2 for wide characters, 0 for
    /// combining marks and controls, 1 otherwise.
    public static func displayWidth(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return displayWidth(of: scalar)
    }

    /// The number of terminal columns a scalar occupies: 2 for wide, 0 for combining marks and
    /// controls, 1 otherwise.
    @inlinable
    public static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return 0 }
        // Fast paths for the common cases, which hold no combining marks: Latin, general
        // punctuation (“”—…), ideographs, CJK punctuation and full-width forms.
        switch scalar.value {
        case 0..<0x300: return 1
        case 0x2010...0x2027, 0x2030...0x205E: return 1
        default: break
        }
        if isCommonWide(scalar.value) { return 2 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        return isWide(scalar) ? 2 : 1
    }

    /// Whether a scalar value is one of the wide scalars most CJK text is made of, two columns
    /// each and never part of a longer character: ideographs (U+4E00...U+9FFF), CJK punctuation
    /// (U+3000...U+3029, before the combining tone marks) and full-width forms (U+FF01...U+FF60).
    @inlinable
    public static func isCommonWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF60: return true
        default: return false
        }
    }

    /// The number of terminal columns a string occupies.
    public static func displayWidth<S: StringProtocol>(of text: S) -> Int {
        text.reduce(0) { $0 + displayWidth(of: $1) }
    }

    /// Punctuation that must not start a line (kinsoku): closing brackets, stops, commas.
    public static let closingPunctuation: ScalarSet = "，。、；：？！」』）》〉】〕〗”’…—·%％,.;:?!)]}"

    /// Punctuation that must not end a line: opening brackets and quotes.
    public static let openingPunctuation: ScalarSet = "「『（《〈【〔〖“‘([{"

    /// Joins lines that a layout broke, without a space between Chinese or Japanese characters
    /// and with one between words of other scripts.
    public static func joinLines<S: Sequence>(_ lines: S) -> String where S.Element: StringProtocol {
        var result = ""
        for line in lines {
            let piece = line.trimmingCharactersInWhitespace()
            guard !piece.isEmpty else { continue }
            if let last = result.last, let first = piece.first, !joinsWithoutSpace(last), !joinsWithoutSpace(first) {
                result.append(" ")
            }
            result += piece
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space of any kind (U+00A0 and U+3000 included).
    ///
    /// Scalars are tested, not characters: a character is white space when its first scalar is,
    /// and stepping over characters costs a grapheme-break test per step on CJK text.
    @inlinable
    public func trimmingCharactersInWhitespace() -> String {
        // A substring of a whole string is that string, not a copy.
        String(trimming(scalarsIn: .whitespace))
    }

    /// The text without leading and trailing scalars of `set`.
    @inlinable
    public func trimming(scalarsIn set: ScalarSet) -> SubSequence {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return self[endIndex...] }
        return self[start..<scalars.index(after: last)]
    }

    /// The parts of the text between scalars of `separators`, without empty parts: `split` on
    /// scalars, which compares no characters (a comparison of CJK characters normalises both).
    @inlinable
    public func split(atScalarsIn separators: ScalarSet) -> [SubSequence] {
        let scalars = unicodeScalars
        var parts: [SubSequence] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            if separators.contains(scalars[index]) {
                if start < index { parts.append(self[start..<index]) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if start < scalars.endIndex { parts.append(self[start..<scalars.endIndex]) }
        return parts
    }
}
