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

    /// The charset label declared in the first bytes, as the HTML prescan finds it.
    static func declaredLabel(in data: Data) -> String? {
        let bytes = [UInt8](data.prefix(prescanLength))
        var scanner = Prescan(bytes: bytes)
        return scanner.run()
    }

    /// A simplified HTML encoding prescan over ASCII bytes: comments are skipped, `meta` tags'
    /// attributes are read, an XML declaration's `encoding` counts too.
    private struct Prescan {
        let bytes: [UInt8]
        var index = 0

        mutating func run() -> String? {
            if starts(with: "<?xml"), let end = find(">", from: index), let label = attributeValue(named: "encoding", in: index..<end) {
                return label
            }
            while index < bytes.count {
                if starts(with: "<!--") {
                    guard let end = find("-->", from: index + 4) else { return nil }
                    index = end + 3
                } else if starts(with: "<meta"), index + 5 < bytes.count, Self.isTagEnd(bytes[index + 5]) {
                    let end = find(">", from: index) ?? bytes.count
                    if let label = metaCharset(in: (index + 5)..<end) { return label }
                    index = end
                } else {
                    index += 1
                }
            }
            return nil
        }

        private func metaCharset(in range: Range<Int>) -> String? {
            let attributes = self.attributes(in: range)
            if let charset = attributes["charset"], !charset.isEmpty { return charset }
            guard attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"] else { return nil }
            return Self.charset(inContentType: content)
        }

        /// The `charset=` parameter of a media type, without quotes.
        static func charset(inContentType content: String) -> String? {
            guard let range = content.range(of: "charset", options: .caseInsensitive) else { return nil }
            var rest = content[range.upperBound...].drop { $0 == " " }
            guard rest.first == "=" else { return nil }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let value = rest.prefix { !";\"' ".contains($0) }
            return value.isEmpty ? nil : String(value)
        }

        private func attributeValue(named name: String, in range: Range<Int>) -> String? {
            attributes(in: range)[name]
        }

        /// Attribute names (lower case) and values of a tag's inside.
        private func attributes(in range: Range<Int>) -> [String: String] {
            var result: [String: String] = [:]
            var position = range.lowerBound
            func skipSpace() { while position < range.upperBound, Self.isSpace(bytes[position]) || bytes[position] == UInt8(ascii: "/") { position += 1 } }
            while position < range.upperBound {
                skipSpace()
                let nameStart = position
                while position < range.upperBound, !Self.isSpace(bytes[position]), bytes[position] != UInt8(ascii: "="), bytes[position] != UInt8(ascii: ">") {
                    position += 1
                }
                let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
                while position < range.upperBound, Self.isSpace(bytes[position]) { position += 1 }
                var value = ""
                if position < range.upperBound, bytes[position] == UInt8(ascii: "=") {
                    position += 1
                    while position < range.upperBound, Self.isSpace(bytes[position]) { position += 1 }
                    if position < range.upperBound, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                        let quote = bytes[position]
                        position += 1
                        let valueStart = position
                        while position < range.upperBound, bytes[position] != quote { position += 1 }
                        value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                        position += 1
                    } else {
                        let valueStart = position
                        while position < range.upperBound, !Self.isSpace(bytes[position]) { position += 1 }
                        value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                    }
                }
                if !name.isEmpty, result[name] == nil { result[name] = value.trimmingCharactersInWhitespace() }
                if position == nameStart { position += 1 }
            }
            return result
        }

        private func starts(with prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            guard index + prefix.count <= bytes.count else { return false }
            for offset in 0..<prefix.count where Self.lower(bytes[index + offset]) != prefix[offset] { return false }
            return true
        }

        private func find(_ needle: String, from start: Int) -> Int? {
            let needle = Array(needle.utf8)
            guard needle.count <= bytes.count else { return nil }
            var position = start
            while position + needle.count <= bytes.count {
                if bytes[position] == needle[0], Array(bytes[position..<(position + needle.count)]) == needle { return position }
                position += 1
            }
            return nil
        }

        private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        private static func isTagEnd(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") }
    }
}
