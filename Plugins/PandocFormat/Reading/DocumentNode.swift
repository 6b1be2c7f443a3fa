import FolioCore

/// A whole pandoc document: `{"pandoc-api-version": […], "meta": {…}, "blocks": […]}`.
///
/// The version is checked before anything else is decoded, so JSON of another version is refused
/// with both versions named rather than with the first node it does not understand.
struct DocumentNode: Decodable {
    var document: Document

    private enum Keys: String, CodingKey {
        case version = "pandoc-api-version", meta, blocks
    }

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        let root = try decoder.container(keyedBy: Keys.self)
        let expected = "this reader reads pandoc-api-version 1.23 (pandoc 3.x)"
        guard root.contains(.version) else { throw PandocReadError.malformed("no \"pandoc-api-version\": \(expected)") }
        let version = try root.decode([Int].self, forKey: .version)
        guard version.count >= 2, version[0] == PandocFormatPlugin.apiVersion[0], version[1] == PandocFormatPlugin.apiVersion[1] else {
            throw PandocReadError.malformed("pandoc-api-version \(version.map(String.init).joined(separator: ".")) is not supported: \(expected)")
        }
        let meta = try root.decodeIfPresent([String: MetaNode].self, forKey: .meta) ?? [:]
        document = Document(
            metadata: Metadata(entries: meta.keys.sorted().compactMap { key in meta[key].map { MetadataEntry(key: key, value: $0.value(for: key)) } }),
            blocks: try root.decode(BlockList.self, forKey: .blocks).blocks + state.footnoteBlocks)
    }
}

/// A meta value, as text or a list of texts (see ``FolioCore/MetadataEntry``).
///
/// Inlines and blocks become their text, a `MetaMap` `key: value` pairs, except that an author
/// given as a map is its `name`.
struct MetaNode: Decodable {
    /// The value as decoded.
    indirect enum Value {
        case text(String)
        case list([Value])
        case map([String: Value])
    }

    var decoded: Value

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        decoded = try state.nested {
            let node = try decoder.container(keyedBy: NodeKeys.self)
            let tag = try node.decode(String.self, forKey: .t)
            switch tag {
            case "MetaString": return .text(try node.decode(String.self, forKey: .c))
            case "MetaInlines": return .text(try node.decode(InlineList.self, forKey: .c).inlines.plainText)
            case "MetaBlocks": return .text(try node.decode(BlockList.self, forKey: .c).blocks.map(\.plainText).joined(separator: "\n"))
            case "MetaBool": return .text(try node.decode(Bool.self, forKey: .c) ? "true" : "false")
            case "MetaList": return .list(try node.decode([MetaNode].self, forKey: .c).map(\.decoded))
            case "MetaMap": return .map(try node.decode([String: MetaNode].self, forKey: .c).mapValues(\.decoded))
            default: throw PandocReadError.malformed("unknown meta value \"\(tag)\"")
            }
        }
        if case .map = decoded { state.losses.record("MetaMap kept as its name or as key: value text") }
    }

    /// The entry value under `key`: a list for a `MetaList`, else one text.
    func value(for key: String) -> MetadataEntry.Value {
        if case .list(let items) = decoded { return .list(items.map { Self.text($0, author: key == "author") }) }
        return .text(Self.text(decoded, author: key == "author"))
    }

    private static func text(_ value: Value, author: Bool) -> String {
        switch value {
        case .text(let text): return text
        case .list(let items): return items.map { text($0, author: author) }.joined(separator: ", ")
        case .map(let map):
            if author, let name = map["name"] { return text(name, author: false) }
            return map.keys.sorted().map { "\($0): \(text(map[$0] ?? .text(""), author: false))" }.joined(separator: "; ")
        }
    }
}
