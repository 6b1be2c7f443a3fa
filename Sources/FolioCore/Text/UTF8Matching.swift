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

    /// Calls `body` with the text's UTF-8 bytes, copying them only when the text is not stored
    /// as contiguous UTF-8: the one way byte-level matching reaches a text's bytes.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = String(self)
        return copy.withUTF8(body)
    }
}

/// Byte search in UTF-8 buffers, for the matching helpers above.
public enum UTF8Search {
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
/// by their first byte, and a bitmap of the byte pairs they open with lets most positions of a
/// text be passed over without comparing any phrase.
public struct PhraseSet: Sendable {
    /// The phrases by first byte, as bytes, with their index in the set.
    private let byFirstByte: [[(index: Int, bytes: [UInt8])]]
    /// One bit for each pair of bytes a phrase opens with (every pair after a one-byte phrase).
    private let openingPairs: [UInt64]
    /// How many phrases the set holds.
    public let count: Int

    /// Creates a set of phrases.
    public init(_ phrases: [String]) {
        var table = [[(index: Int, bytes: [UInt8])]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        func mark(_ pair: Int) { pairs[pair >> 6] |= 1 << UInt64(pair & 63) }
        for (index, phrase) in phrases.enumerated() {
            let bytes = Array(phrase.utf8)
            guard let first = bytes.first else { continue }
            table[Int(first)].append((index, bytes))
            if bytes.count == 1 {
                for second in 0..<256 { mark(Int(first) << 8 | second) }
            } else {
                mark(Int(first) << 8 | Int(bytes[1]))
            }
        }
        byFirstByte = table
        openingPairs = pairs
        count = phrases.count
    }

    /// Whether any phrase occurs in `text`.
    public func occurs(in text: String) -> Bool {
        distinctMatches(in: text, stoppingAt: 1) > 0
    }

    /// How many different phrases occur in `text`, counting up to `limit`.
    public func distinctMatches(in text: String, stoppingAt limit: Int = .max) -> Int {
        text.withUTF8Bytes { bytes in
            var found = [Bool](repeating: false, count: count)
            var foundCount = 0
            for start in bytes.indices {
                let next = start + 1 < bytes.count ? Int(bytes[start + 1]) : 0
                let pair = Int(bytes[start]) << 8 | next
                guard openingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                for candidate in byFirstByte[Int(bytes[start])] where !found[candidate.index] {
                    let phrase = candidate.bytes
                    guard start + phrase.count <= bytes.count else { continue }
                    if phrase.withUnsafeBufferPointer({ UTF8Search.matches($0, in: bytes, at: start) }) {
                        found[candidate.index] = true
                        foundCount += 1
                        if foundCount >= limit { return foundCount }
                    }
                }
            }
            return foundCount
        }
    }
}
