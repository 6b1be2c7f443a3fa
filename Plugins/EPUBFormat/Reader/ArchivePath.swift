import FolioMarkup

/// Paths inside an EPUB archive: hrefs resolved against the file that holds them.
enum ArchivePath {
    /// The folder part of a path, with its trailing slash (`EPUB/` for `EPUB/package.opf`).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Resolves `href` (percent-encoded, maybe with a fragment) relative to `base` (a folder
    /// ending in `/` or empty); nil for absolute URLs and paths that climb out of the archive.
    static func resolve(_ href: String, against base: String) -> String? {
        var reference = Substring(href)
        if let hash = reference.firstIndex(of: "#") { reference = reference[..<hash] }
        if let query = reference.firstIndex(of: "?") { reference = reference[..<query] }
        guard !reference.isEmpty, !reference.hasPrefix("/"), SafeURL.scheme(of: String(reference)) == nil else { return nil }
        guard let decoded = percentDecoded(reference) else { return nil }
        var components: [Substring] = []
        for component in (base + decoded).split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default: components.append(component)
            }
        }
        return components.isEmpty ? nil : components.joined(separator: "/")
    }

    /// `%XX` sequences decoded as UTF-8; nil when a sequence is broken or decodes to invalid UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x37
        case 0x61...0x66: return byte - 0x57
        default: return nil
        }
    }
}
