// The JSON form of blocks and inlines: objects tagged by "type", text inlines as bare strings.
// Hand-written rather than synthesised so that the wire format is readable, documented in the
// README, and independent of Swift's enum encoding.

extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, level, content, id, image, caption, blocks, ordered, start, items
        case role, alignments, head, body, foot, language, text, kind
    }

    /// Decodes a block from its tagged JSON object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "heading":
            self = .heading(Heading(
                level: try container.decode(Int.self, forKey: .level),
                content: try container.decodeIfPresent([Inline].self, forKey: .content) ?? [],
                identifier: try container.decodeIfPresent(String.self, forKey: .id)))
        case "paragraph":
            self = .paragraph(try container.decodeIfPresent([Inline].self, forKey: .content) ?? [])
        case "figure":
            self = .figure(Figure(
                image: try container.decodeIfPresent(Image.self, forKey: .image),
                caption: try container.decodeIfPresent([Inline].self, forKey: .caption) ?? []))
        case "blockquote":
            self = .blockQuote(try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [])
        case "list":
            self = .list(List(
                isOrdered: try container.decodeIfPresent(Bool.self, forKey: .ordered) ?? false,
                start: try container.decodeIfPresent(Int.self, forKey: .start) ?? 1,
                items: try container.decodeIfPresent([[Block]].self, forKey: .items) ?? []))
        case "table":
            self = .table(Table(
                role: try container.decodeIfPresent(Table.Role.self, forKey: .role) ?? .data,
                caption: try container.decodeIfPresent([Inline].self, forKey: .caption) ?? [],
                columnAlignments: try container.decodeIfPresent([Alignment].self, forKey: .alignments) ?? [],
                head: try container.decodeIfPresent([TableRow].self, forKey: .head) ?? [],
                body: try container.decodeIfPresent([TableRow].self, forKey: .body) ?? [],
                foot: try container.decodeIfPresent([TableRow].self, forKey: .foot) ?? []))
        case "code":
            self = .codeBlock(CodeBlock(
                language: try container.decodeIfPresent(String.self, forKey: .language),
                text: try container.decode(String.self, forKey: .text)))
        case "divider":
            self = .divider
        case "note":
            self = .note(Note(
                kind: try container.decodeIfPresent(String.self, forKey: .kind),
                blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? []))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown block type \"\(type)\" (expected heading, paragraph, figure, blockquote, list, table, code, divider or note)")
        }
    }

    /// Encodes the block as a tagged JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .heading(let heading):
            try container.encode("heading", forKey: .type)
            try container.encode(heading.level, forKey: .level)
            try container.encode(heading.content, forKey: .content)
            try container.encodeIfPresent(heading.identifier, forKey: .id)
        case .paragraph(let content):
            try container.encode("paragraph", forKey: .type)
            try container.encode(content, forKey: .content)
        case .figure(let figure):
            try container.encode("figure", forKey: .type)
            try container.encodeIfPresent(figure.image, forKey: .image)
            try container.encode(figure.caption, forKey: .caption)
        case .blockQuote(let blocks):
            try container.encode("blockquote", forKey: .type)
            try container.encode(blocks, forKey: .blocks)
        case .list(let list):
            try container.encode("list", forKey: .type)
            try container.encode(list.isOrdered, forKey: .ordered)
            try container.encode(list.start, forKey: .start)
            try container.encode(list.items, forKey: .items)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try container.encode(table.role, forKey: .role)
            try container.encode(table.caption, forKey: .caption)
            try container.encode(table.columnAlignments, forKey: .alignments)
            try container.encode(table.head, forKey: .head)
            try container.encode(table.body, forKey: .body)
            try container.encode(table.foot, forKey: .foot)
        case .codeBlock(let code):
            try container.encode("code", forKey: .type)
            try container.encodeIfPresent(code.language, forKey: .language)
            try container.encode(code.text, forKey: .text)
        case .divider:
            try container.encode("divider", forKey: .type)
        case .note(let note):
            try container.encode("note", forKey: .type)
            try container.encodeIfPresent(note.kind, forKey: .kind)
            try container.encode(note.blocks, forKey: .blocks)
        }
    }
}

extension Inline: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, content, target, title, text, source, alternative
    }

    /// Decodes an inline: a bare JSON string is text, anything else a tagged object.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self = .text(text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        func content() throws -> [Inline] { try container.decodeIfPresent([Inline].self, forKey: .content) ?? [] }
        switch type {
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "emphasis": self = .emphasis(try content())
        case "strong": self = .strong(try content())
        case "quoted": self = .quoted(try content())
        case "link":
            self = .link(Link(
                target: try container.decode(String.self, forKey: .target),
                title: try container.decodeIfPresent(String.self, forKey: .title),
                content: try content()))
        case "code": self = .code(try container.decode(String.self, forKey: .text))
        case "break": self = .lineBreak
        case "image":
            self = .image(Image(
                source: try container.decode(String.self, forKey: .source),
                alternative: try container.decodeIfPresent(String.self, forKey: .alternative) ?? "",
                title: try container.decodeIfPresent(String.self, forKey: .title)))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown inline type \"\(type)\" (expected a string, or emphasis, strong, quoted, link, code, break or image)")
        }
    }

    /// Encodes the inline: text as a bare string, anything else as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        if case .text(let text) = self {
            var single = encoder.singleValueContainer()
            try single.encode(text)
            return
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text: break
        case .emphasis(let inner):
            try container.encode("emphasis", forKey: .type)
            try container.encode(inner, forKey: .content)
        case .strong(let inner):
            try container.encode("strong", forKey: .type)
            try container.encode(inner, forKey: .content)
        case .quoted(let inner):
            try container.encode("quoted", forKey: .type)
            try container.encode(inner, forKey: .content)
        case .link(let link):
            try container.encode("link", forKey: .type)
            try container.encode(link.target, forKey: .target)
            try container.encodeIfPresent(link.title, forKey: .title)
            try container.encode(link.content, forKey: .content)
        case .code(let code):
            try container.encode("code", forKey: .type)
            try container.encode(code, forKey: .text)
        case .lineBreak:
            try container.encode("break", forKey: .type)
        case .image(let image):
            try container.encode("image", forKey: .type)
            try container.encode(image.source, forKey: .source)
            try container.encode(image.alternative, forKey: .alternative)
            try container.encodeIfPresent(image.title, forKey: .title)
        }
    }
}
