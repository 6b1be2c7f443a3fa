extension StringProtocol {
    /// Whether the text starts with `prefix` byte for byte: the standard `hasPrefix` compares
    /// characters, which is slow for CJK text that is not known to be in NFC.
    @inlinable
    public func hasUTF8Prefix(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the text ends with `suffix` byte for byte.
    @inlinable
    public func hasUTF8Suffix(_ suffix: String) -> Bool {
        utf8.count >= suffix.utf8.count && utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// Whether `needle` occurs in the text byte for byte: Foundation's `contains` folds
    /// character clusters through CFString, many times slower on short CJK lines.
    @inlinable
    public func containsUTF8(_ needle: String) -> Bool {
        var text = String(self)
        var pattern = needle
        return text.withUTF8 { haystack in
            pattern.withUTF8 { needle in UTF8Search.contains(needle, in: haystack) }
        }
    }
}

/// Byte search in UTF-8 buffers, for the matching helpers above.
public enum UTF8Search {
    /// Whether `needle` occurs in `haystack`.
    @inlinable
    public static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = 1
                while matched < needle.count && haystack[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
