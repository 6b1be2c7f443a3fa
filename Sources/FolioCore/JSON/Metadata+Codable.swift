// Metadata is written without empty fields and read with every field optional, so that a
// plugin in another language can send `{"title": "…"}` and nothing more.

extension Metadata {
    private enum CodingKeys: String, CodingKey {
        case title, subtitle, introTitle = "introtitle", authors, date, publication, edition, section
        case language, source, identifier, credits, keywords, summary, extra
    }

    /// Decodes metadata; every key is optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try container.decodeIfPresent(String.self, forKey: .title),
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            introTitle: try container.decodeIfPresent(String.self, forKey: .introTitle),
            authors: try container.decodeIfPresent([Author].self, forKey: .authors) ?? [],
            date: try container.decodeIfPresent(String.self, forKey: .date),
            publication: try container.decodeIfPresent(String.self, forKey: .publication),
            edition: try container.decodeIfPresent(String.self, forKey: .edition),
            section: try container.decodeIfPresent(String.self, forKey: .section),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            identifier: try container.decodeIfPresent(String.self, forKey: .identifier),
            credits: try container.decodeIfPresent([String].self, forKey: .credits) ?? [],
            keywords: try container.decodeIfPresent([String].self, forKey: .keywords) ?? [],
            summary: try container.decodeIfPresent(String.self, forKey: .summary),
            extra: try container.decodeIfPresent([String: String].self, forKey: .extra) ?? [:])
    }

    /// Encodes metadata, leaving out empty fields.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(subtitle, forKey: .subtitle)
        try container.encodeIfPresent(introTitle, forKey: .introTitle)
        if !authors.isEmpty { try container.encode(authors, forKey: .authors) }
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(publication, forKey: .publication)
        try container.encodeIfPresent(edition, forKey: .edition)
        try container.encodeIfPresent(section, forKey: .section)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(identifier, forKey: .identifier)
        if !credits.isEmpty { try container.encode(credits, forKey: .credits) }
        if !keywords.isEmpty { try container.encode(keywords, forKey: .keywords) }
        try container.encodeIfPresent(summary, forKey: .summary)
        if !extra.isEmpty { try container.encode(extra, forKey: .extra) }
    }
}
