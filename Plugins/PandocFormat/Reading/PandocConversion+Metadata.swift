import FolioCore

extension PandocConversion {
    /// Maps `meta` onto the metadata fields (see ``FolioCore/MetadataEntry``): a `MetaList` is a
    /// list of texts, any other value one text; keys Folio has no field for go to `extra`.
    mutating func metadata(_ value: Any) throws -> Metadata {
        guard let meta = value as? [String: Any] else { throw Failure.malformed("meta: expected an object") }
        var entries: [MetadataEntry] = []
        for key in meta.keys.sorted() {
            let entry = meta[key] as Any
            let items = try list(entry)
            let texts = try items.map { key == "author" ? try authorName($0) : try text($0) }
            let isList = try node(entry, in: "meta").tag == "MetaList"
            entries.append(MetadataEntry(key: key, value: isList ? .list(texts) : .text(texts.joined())))
        }
        return Metadata(entries: entries)
    }

    /// The items of a `MetaList`, or the value itself as the only item.
    private func list(_ value: Any) throws -> [Any] {
        let (tag, content) = try node(value, in: "meta")
        return tag == "MetaList" ? try array(content, of: "MetaList") : [value]
    }

    /// An author: the text of a `MetaMap`'s `name` when it has one, else the whole value's text.
    private mutating func authorName(_ value: Any) throws -> String {
        let (tag, content) = try node(value, in: "meta author")
        if tag == "MetaMap", let map = content as? [String: Any], let name = map["name"] {
            if map.count > 1 { losses.record("author details other than the name dropped") }
            return try text(name)
        }
        return try text(value)
    }

    /// A meta value as text: inlines and blocks without markup, lists joined by commas, maps as `key: value`.
    private mutating func text(_ value: Any) throws -> String {
        try nested { conversion in
            let (tag, content) = try conversion.node(value, in: "meta")
            switch tag {
            case "MetaString": return try conversion.string(content, of: "MetaString")
            case "MetaInlines": return try conversion.inlines(content).plainText
            case "MetaBlocks": return try conversion.blocks(content as Any).map(\.plainText).joined(separator: "\n")
            case "MetaBool":
                guard let flag = PandocConversion.boolean(content) else { throw Failure.malformed("MetaBool: expected true or false") }
                return flag ? "true" : "false"
            case "MetaList":
                return try conversion.array(content, of: "MetaList").map { try conversion.text($0) }.joined(separator: ", ")
            case "MetaMap":
                guard let map = content as? [String: Any] else { throw Failure.malformed("MetaMap: expected an object") }
                conversion.losses.record("MetaMap kept as key: value text")
                return try map.keys.sorted().map { "\($0): \(try conversion.text(map[$0] as Any))" }.joined(separator: "; ")
            default:
                throw Failure.malformed("unknown meta value \"\(tag)\"")
            }
        }
    }
}
