import Foundation

// The document's JSON form is versioned: `{"folio": 1, "metadata": {…}, "blocks": […]}`.
// It is the wire format of external plugins, so a reader refuses any other version
// rather than guess at its meaning.

extension Document: Codable {
    /// The version of the JSON form that this build reads and writes.
    public static let jsonVersion = 1

    private enum CodingKeys: String, CodingKey {
        case folio, metadata, blocks
    }

    /// Decodes a document from its versioned JSON form; a missing or other version is an error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let version = try container.decodeIfPresent(Int.self, forKey: .folio) else {
            throw DecodingError.keyNotFound(CodingKeys.folio, .init(
                codingPath: container.codingPath,
                debugDescription: "not a Folio document: the \"folio\" version key is missing"))
        }
        guard version == Self.jsonVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .folio, in: container,
                debugDescription: "Folio JSON version \(version) is not supported (this folio reads version \(Self.jsonVersion))")
        }
        self.init(
            metadata: try container.decodeIfPresent(Metadata.self, forKey: .metadata) ?? Metadata(),
            blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [])
    }

    /// Encodes the document in its versioned JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.jsonVersion, forKey: .folio)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(blocks, forKey: .blocks)
    }
}

extension Image: Codable {
    private enum CodingKeys: String, CodingKey { case source, alternative, title }

    /// Decodes an image reference; only `source` is required.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(String.self, forKey: .source),
            alternative: try container.decodeIfPresent(String.self, forKey: .alternative) ?? "",
            title: try container.decodeIfPresent(String.self, forKey: .title))
    }

    /// Encodes an image reference.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(alternative, forKey: .alternative)
        try container.encodeIfPresent(title, forKey: .title)
    }
}

extension TableCell: Codable {
    private enum CodingKeys: String, CodingKey {
        case content, rowSpan = "rowspan", columnSpan = "colspan", alignment = "align", isHeader = "header"
    }

    /// Decodes a cell; only `content` is expected, spans default to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            content: try container.decodeIfPresent([Inline].self, forKey: .content) ?? [],
            rowSpan: try container.decodeIfPresent(Int.self, forKey: .rowSpan) ?? 1,
            columnSpan: try container.decodeIfPresent(Int.self, forKey: .columnSpan) ?? 1,
            alignment: try container.decodeIfPresent(Alignment.self, forKey: .alignment),
            isHeader: try container.decodeIfPresent(Bool.self, forKey: .isHeader) ?? false)
    }

    /// Encodes a cell, leaving out default spans, alignment and header flag.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(content, forKey: .content)
        if rowSpan != 1 { try container.encode(rowSpan, forKey: .rowSpan) }
        if columnSpan != 1 { try container.encode(columnSpan, forKey: .columnSpan) }
        try container.encodeIfPresent(alignment, forKey: .alignment)
        if isHeader { try container.encode(true, forKey: .isHeader) }
    }
}
