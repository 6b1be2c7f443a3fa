extension StringProtocol {
    /// Whether the text starts with `prefix` byte for byte: the standard `hasPrefix` compares
    /// characters, which is slow for CJK text that is not known to be in NFC.
    @inlinable
    public func hasUTF8Prefix(_ prefix: String) -> Bool {
        withUTF8Bytes { text in
            prefix.utf8.withContiguousStorageIfAvailable { prefix in
                text.count >= prefix.count && UTF8Search.matches(prefix, in: text, at: 0)
            } ?? utf8.starts(with: prefix.utf8)
        }
    }

    /// Whether the text ends with `suffix` byte for byte.
    @inlinable
    public func hasUTF8Suffix(_ suffix: String) -> Bool {
        withUTF8Bytes { text in
            suffix.utf8.withContiguousStorageIfAvailable { suffix in
                text.count >= suffix.count && UTF8Search.matches(suffix, in: text, at: text.count - suffix.count)
            } ?? (utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed()))
        }
    }

    /// Whether `needle` occurs in the text byte for byte: Foundation's `contains` folds
    /// character clusters through CFString, many times slower on short CJK lines.
    @inlinable
    public func containsUTF8(_ needle: String) -> Bool {
        utf8Range(of: needle) != nil
    }

    /// Where `needle` first occurs in the text, byte for byte; nil when it does not.
    @inlinable
    public func utf8Range(of needle: String) -> Range<Index>? {
        var pattern = needle
        let offset = withUTF8Bytes { haystack in
            pattern.withUTF8 { needle in UTF8Search.firstOffset(of: needle, in: haystack) }
        }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// How many Unicode scalars the text holds, counted as the UTF-8 bytes that start one: the
    /// scalar view decodes each scalar to count it.
    @inlinable
    public var scalarCount: Int {
        withUTF8Bytes { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Whether the text holds at most `limit` characters, the grapheme clusters `count` counts:
    /// a text of no more bytes than the limit does, and otherwise at most `limit` characters are
    /// stepped over, where `count` would step over every character of a long paragraph.
    @inlinable
    public func hasAtMostCharacters(_ limit: Int) -> Bool {
        // Every character takes at least one byte.
        if utf8.count <= limit { return true }
        guard limit >= 0 else { return false }
        // Characters of one common scalar are counted on the bytes; the character view, which
        // tests for a grapheme break at every step, takes over at the first other scalar.
        guard let known = withUTF8Bytes({ SingleScalarCharacters.leadingRun(in: $0, upTo: limit) }) else { return false }
        let start = utf8.index(startIndex, offsetBy: known.boundary)
        return index(start, offsetBy: limit - known.characters, limitedBy: endIndex).map { $0 == endIndex } ?? true
    }

    /// The text's last `count` scalars, or all of a shorter text, found on its bytes:
    /// `unicodeScalars.suffix(_:)` steps back through the scalar view, decoding every scalar.
    @inlinable
    public func suffix(scalars count: Int) -> SubSequence {
        let start = withUTF8Bytes { bytes in
            var start = bytes.count, found = 0
            while start > 0 && found < count {
                start -= 1
                if bytes[start] & 0xC0 != 0x80 { found += 1 }
            }
            return start
        }
        return self[utf8.index(startIndex, offsetBy: start)...]
    }

    /// Calls `body` with the text's UTF-8 bytes, copying them only when the text is not stored
    /// as contiguous UTF-8: the one way byte-level matching reaches a text's bytes.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return try copy.withUTF8(body)
    }
}

/// Characters made of one common scalar, counted on UTF-8 bytes: printable ASCII, ideographs,
/// CJK punctuation and full-width forms. Unicode breaks graphemes between any two of these
/// (rule GB999: none extends, joins or pairs), so each starts a character when the scalar
/// before it is one of them too, with no grapheme-break test.
@usableFromInline
enum SingleScalarCharacters {
    /// How the text opens with such scalars: a byte offset where a character starts and the
    /// characters before it, the end of the text when it holds nothing else; nil when it has
    /// more than `limit` characters.
    @usableFromInline
    static func leadingRun(in bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> (characters: Int, boundary: Int)? {
        var characters = 0, boundary = 0, position = 0
        while position < bytes.count {
            let length = UTF8Search.commonScalarLength(in: bytes, at: position, countingSpaces: true)
            guard length > 0 else { break }
            // The scalar before was one of these too, or there was none: a character starts here.
            if characters == limit { return nil }
            boundary = position
            characters += 1
            position += length
        }
        if position == bytes.count { return (characters, position) }
        // The last of the run may begin a cluster with the scalar after it.
        return characters == 0 ? (0, 0) : (characters - 1, boundary)
    }

}

/// Byte search in UTF-8 buffers, for the matching helpers above.
public enum UTF8Search {
    /// The length in bytes of the UTF-8 sequence that starts with `lead`, which must be a
    /// sequence's first byte: a continuation byte (0x80...0xBF) gives a wrong length.
    @inlinable
    public static func scalarLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The length in bytes of the scalar at `position` when it is one of the scalars most text
    /// is made of, each a character of its own, known without decoding it: printable ASCII (one
    /// byte) or one of ``CJK/isCommonWide(_:)`` (three bytes), and their spaces, U+0020 and
    /// U+3000, when `countingSpaces`. Zero for any other scalar.
    @inlinable @inline(__always)
    public static func commonScalarLength(in bytes: UnsafeBufferPointer<UInt8>, at position: Int, countingSpaces: Bool) -> Int {
        let lead = bytes[position]
        if lead > 0x20 && lead < 0x7F { return 1 }
        guard lead >= 0xE3 && lead <= 0xEF, position + 2 < bytes.count else { return countingSpaces && lead == 0x20 ? 1 : 0 }
        let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
        guard CJK.isCommonWide(value) else { return 0 }
        return countingSpaces || value != 0x3000 ? 3 : 0
    }

    /// Whether `needle` occurs in `haystack`.
    @inlinable
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The offset in `haystack` where `needle` first occurs, or nil.
    @inlinable
    public static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first && matches(needle, in: haystack, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack` at `offset`, which leaves room for it.
    @inlinable
    public static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var matched = 0
        while matched < needle.count {
            guard haystack[offset + matched] == needle[matched] else { return false }
            matched += 1
        }
        return true
    }
}

/// A fixed set of phrases found in a text in one pass over its bytes: the phrases are indexed
/// by their first byte, and a bitmap of the byte pairs that identify their first characters
/// lets most characters of a text be passed over without comparing any phrase.
///
/// The phrases' bytes are stored end to end in one buffer, so a pass retains no array per
/// phrase, and the text is stepped a character at a time.
public struct PhraseSet: Sendable {
    /// One phrase: its index in the set, and where its bytes lie in `bytes`.
    @usableFromInline
    struct Entry: Sendable {
        @usableFromInline var index: Int
        @usableFromInline var start: Int
        @usableFromInline var count: Int
    }

    /// The bytes of all phrases, end to end.
    @usableFromInline let bytes: [UInt8]
    /// The phrases, ordered by first byte.
    @usableFromInline let entries: [Entry]
    /// Where the phrases with each first byte begin in `entries`: those with byte `b` are
    /// `entries[firstEntry[b]..<firstEntry[b + 1]]`.
    @usableFromInline let firstEntry: [Int]
    /// One bit for the `openingKey(of:at:length:)` of each phrase (every key whose first byte
    /// is a one-byte phrase).
    private let openingKeys: [UInt64]
    /// How many phrases the set holds.
    public let count: Int

    /// Creates a set of phrases.
    public init(_ phrases: [String]) {
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        func mark(_ pair: Int) { pairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        var bytes: [UInt8] = []
        var entries: [(first: UInt8, entry: Entry)] = []
        for (index, phrase) in phrases.enumerated() {
            let phraseBytes = Array(phrase.utf8)
            guard let first = phraseBytes.first else { continue }
            entries.append((first, Entry(index: index, start: bytes.count, count: phraseBytes.count)))
            bytes += phraseBytes
            if phraseBytes.count == 1 {
                for second in 0..<256 { mark(Int(first) << 8 | second) }
            } else {
                phraseBytes.withUnsafeBufferPointer { mark(Self.openingKey(of: $0, at: 0, length: UTF8Search.scalarLength(lead: first))) }
            }
        }
        entries.sort { ($0.first, $0.entry.index) < ($1.first, $1.entry.index) }
        var firstEntry = [Int](repeating: entries.count, count: 257)
        for (position, entry) in entries.enumerated().reversed() { firstEntry[Int(entry.first)] = position }
        for byte in stride(from: 255, through: 0, by: -1) where firstEntry[byte] > firstEntry[byte + 1] {
            firstEntry[byte] = firstEntry[byte + 1]
        }
        self.bytes = bytes
        self.entries = entries.map(\.entry)
        self.firstEntry = firstEntry
        openingKeys = pairs
        count = phrases.count
    }

    /// Whether `text` is one of the phrases, compared byte for byte: for Chinese words, far
    /// cheaper than a `Set<String>`, which normalises every string it hashes.
    @inlinable
    public func contains<Text: StringProtocol>(_ text: Text) -> Bool {
        !text.isEmpty && endOfLongestPhrase(in: text, at: text.startIndex) == text.endIndex
    }

    /// Whether any phrase occurs in `text`.
    public func occurs(in text: String) -> Bool {
        distinctMatches(in: text, stoppingAt: 1) > 0
    }

    /// Where the longest phrase that starts at `index` in `text` ends, or nil when none starts there.
    @inlinable
    public func endOfLongestPhrase<Text: StringProtocol>(in text: Text, at index: Text.Index) -> Text.Index? {
        let offset = text.utf8.distance(from: text.startIndex, to: index)
        let length = text.withUTF8Bytes { text in
            bytes.withUnsafeBufferPointer { phrases -> Int? in
                guard offset < text.count else { return nil }
                let first = Int(text[offset])
                var longest: Int?
                for entry in entries[firstEntry[first]..<firstEntry[first + 1]] where offset + entry.count <= text.count && entry.count > longest ?? 0 {
                    let phrase = UnsafeBufferPointer(rebasing: phrases[entry.start..<entry.start + entry.count])
                    if UTF8Search.matches(phrase, in: text, at: offset) { longest = entry.count }
                }
                return longest
            }
        }
        return length.map { text.utf8.index(index, offsetBy: $0) }
    }

    /// A character's last two bytes, or for an ASCII character that byte and the next (zero at
    /// the end): for an ideograph, the byte pair that tells it from the others of its block of
    /// 4,096, where its first two bytes would leave 64 alike.
    @inline(__always)
    private static func openingKey(of bytes: UnsafeBufferPointer<UInt8>, at start: Int, length: Int) -> Int {
        let keyStart = length > 2 ? start + length - 2 : start
        return Int(bytes[keyStart]) << 8 | (keyStart + 1 < bytes.count ? Int(bytes[keyStart + 1]) : 0)
    }

    /// How many different phrases occur in `text`, counting up to `limit`.
    public func distinctMatches(in text: String, stoppingAt limit: Int = .max) -> Int {
        var count = 0
        forEachDistinctMatch(in: text) { _ in
            count += 1
            return count < limit
        }
        return count
    }

    /// Calls `body` with the index (in the list the set was made from) of each phrase that
    /// occurs in `text`, once a phrase, in the order they are found, until `body` returns false:
    /// one pass that can weigh phrases of several kinds kept in one set.
    public func forEachDistinctMatch(in text: String, _ body: (Int) -> Bool) {
        text.withUTF8Bytes { text in
            bytes.withUnsafeBufferPointer { phrases in openingKeys.withUnsafeBufferPointer { openingKeys in
                // One bit per phrase found, allocated at the first match: most texts have none.
                var found: [UInt64] = []
                // A phrase starts where a character does: the text is stepped a character at a time.
                var next = 0
                while next < text.count {
                    let start = next
                    let first = Int(text[start])
                    let length = UTF8Search.scalarLength(lead: text[start])
                    next += length
                    let key = Self.openingKey(of: text, at: start, length: length)
                    guard openingKeys[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                    for entry in entries[firstEntry[first]..<firstEntry[first + 1]] where start + entry.count <= text.count {
                        let word = entry.index >> 6, bit = UInt64(1) << UInt64(entry.index & 63)
                        if !found.isEmpty, found[word] & bit != 0 { continue }
                        let phrase = UnsafeBufferPointer(rebasing: phrases[entry.start..<entry.start + entry.count])
                        guard UTF8Search.matches(phrase, in: text, at: start) else { continue }
                        if found.isEmpty { found = [UInt64](repeating: 0, count: (count + 63) / 64) }
                        found[word] |= bit
                        guard body(entry.index) else { return }
                    }
                }
            } }
        }
    }
}
