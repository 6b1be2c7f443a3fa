import FolioCore
import Foundation

/// Finds an HTML page's character encoding and decodes it, so that libxml2 always gets UTF-8.
///
/// The order is the browser's: a byte order mark, then the `encoding` option, then a
/// `<meta charset>` or `<meta http-equiv="Content-Type">` (or an XML declaration) in the first
/// bytes, then a sniff (UTF-8 when the bytes are valid UTF-8, else GB18030, which covers GBK
/// and GB2312). A declaration that the bytes contradict (a page labelled GB2312 that is really
/// UTF-8, or bytes invalid in the declared encoding) gives way to the sniff rather than failing.
enum HTMLCharset {
    /// How many leading bytes are searched for a declaration; pages put it in the head.
    static let prescanLength = 4096

    /// The page's text and the encoding it was read in.
    static func decode(_ data: Data, options: Options, source: String) throws -> TextDecoding.Decoded {
        if hasByteOrderMark(data) { return try TextDecoding.decode(data, source: source) }
        if let label = options["encoding"] {
            guard let encoding = TextDecoding.Encoding(label: label) else {
                throw FolioError(.invalidOption, "--encoding: unknown encoding \"\(label)\"", source: source)
            }
            return try TextDecoding.decode(data, forcedEncoding: encoding, source: source)
        }
        if let label = declaredLabel(in: data), let encoding = TextDecoding.Encoding(label: label) {
            // Valid UTF-8 with non-ASCII text is practically never GBK or Latin-1 that happens to
            // look like it: such a page was mislabelled (a template's stale declaration).
            let mislabelled = encoding != .utf8 && data.contains(where: { $0 >= 0x80 }) && String(validating: data, as: UTF8.self) != nil
            if !mislabelled, let decoded = try? TextDecoding.decode(data, forcedEncoding: encoding, source: source) { return decoded }
        }
        return try TextDecoding.decode(data, source: source)
    }

    private static func hasByteOrderMark(_ data: Data) -> Bool {
        data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
    }

    /// The first charset label declared in the first bytes that Folio can decode, as the HTML
    /// prescan finds it (labels Folio cannot decode are passed over, as browsers pass over bogus ones).
    static func declaredLabel(in data: Data) -> String? {
        var scanner = Prescan(bytes: [UInt8](data.prefix(prescanLength)))
        return scanner.run()
    }

    /// The HTML encoding prescan over ASCII bytes: comments and other tags are skipped with their
    /// quoted attribute values, `meta` tags' `charset` and `http-equiv`/`content` attributes are
    /// read, and an XML declaration's `encoding` counts too.
    private struct Prescan {
        let bytes: [UInt8]
        var index = 0

        mutating func run() -> String? {
            if starts(with: "<?xml"), let (attributes, _) = attributes(from: index + 5), let label = attributes["encoding"], Self.isSupported(label) {
                return label
            }
            while index < bytes.count {
                if starts(with: "<!--") {
                    guard let end = find("-->", from: index + 2) else { return nil }
                    index = end + 3
                } else if starts(with: "<meta"), index + 5 < bytes.count, Self.isSpace(bytes[index + 5]) || bytes[index + 5] == UInt8(ascii: "/") {
                    guard let (attributes, end) = attributes(from: index + 5) else { return nil }
                    if let label = Self.metaCharset(attributes), Self.isSupported(label) {
                        // A page whose meta tag could be read as ASCII is not UTF-16, whatever it says.
                        let encoding = TextDecoding.Encoding(label: label.trimmingCharactersInWhitespace())
                        return encoding == .utf16LittleEndian || encoding == .utf16BigEndian ? "utf-8" : label
                    }
                    index = end
                } else if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<"), Self.isLetter(bytes[index + 1]) || (bytes[index + 1] == UInt8(ascii: "/") && index + 2 < bytes.count && Self.isLetter(bytes[index + 2])) {
                    // Another tag: its attributes are skipped so that a quoted `<meta` inside one is not read.
                    var position = index + 1
                    while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                    guard let (_, end) = attributes(from: position) else { return nil }
                    index = end
                } else if starts(with: "<!") || starts(with: "</") || starts(with: "<?") {
                    guard let end = find(">", from: index) else { return nil }
                    index = end + 1
                } else {
                    index += 1
                }
            }
            return nil
        }

        private static func metaCharset(_ attributes: [String: String]) -> String? {
            if let charset = attributes["charset"] { return charset }
            guard attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"] else { return nil }
            return charset(inContentType: content)
        }

        private static func isSupported(_ label: String) -> Bool {
            TextDecoding.Encoding(label: label.trimmingCharactersInWhitespace()) != nil
        }

        /// The `charset=` parameter of a media type, as the HTML standard extracts it.
        static func charset(inContentType content: String) -> String? {
            guard let range = content.range(of: "charset", options: .caseInsensitive) else { return nil }
            var rest = content[range.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard rest.first == "=" else { return charset(inContentType: String(content[range.upperBound...])) }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
            if let quote = rest.first, quote == "\"" || quote == "'" {
                let inner = rest.dropFirst()
                guard let close = inner.firstIndex(of: quote) else { return nil }
                return String(inner[..<close])
            }
            let value = rest.prefix { $0 != ";" && !$0.isWhitespace }
            return value.isEmpty ? nil : String(value)
        }

        /// A tag's attributes (names in lower case; the first of a name wins) from `start` to its
        /// `>`, and the position after it; nil when the input ends inside the tag.
        private func attributes(from start: Int) -> ([String: String], Int)? {
            var result: [String: String] = [:]
            var position = start
            while true {
                while position < bytes.count, Self.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 }
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ">") { return (result, position + 1) }
                let nameStart = position
                while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="),
                      bytes[position] != UInt8(ascii: ">"), bytes[position] != UInt8(ascii: "/") || position == nameStart {
                    position += 1
                }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                    guard position < bytes.count else { return nil }
                    if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                        let quote = bytes[position]
                        position += 1
                        let valueStart = position
                        while position < bytes.count, bytes[position] != quote { position += 1 }
                        guard position < bytes.count else { return nil }
                        value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
                        value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                    }
                }
                if result[name] == nil { result[name] = value }
            }
        }

        private func starts(with prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            guard index + prefix.count <= bytes.count else { return false }
            for offset in 0..<prefix.count where Self.lower(bytes[index + offset]) != prefix[offset] { return false }
            return true
        }

        private func find(_ needle: String, from start: Int) -> Int? {
            let needle = Array(needle.utf8)
            var position = max(start, 0)
            while position + needle.count <= bytes.count {
                if bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }

        private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    }
}
