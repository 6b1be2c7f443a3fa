import FolioCore

/// A list of pandoc blocks, as the blocks that keep them.
struct BlockList: Decodable {
    var blocks: [Block] = []

    init(from decoder: any Decoder) throws {
        var items = try decoder.unkeyedContainer()
        while !items.isAtEnd { blocks += try items.decode(BlockNode.self).blocks }
    }
}

/// One pandoc block, as the blocks that keep it: none for `Null`, several for an unwrapped `Div`.
struct BlockNode: Decodable {
    var blocks: [Block]

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        blocks = try state.nested { try Self.blocks(decoder, state) }
    }

    private static func blocks(_ decoder: any Decoder, _ state: DecodingState) throws -> [Block] {
        let node = try decoder.container(keyedBy: NodeKeys.self)
        let tag = try node.decode(String.self, forKey: .t)
        switch tag {
        case "Plain", "Para":
            return [.paragraph(try node.decode(InlineList.self, forKey: .c).inlines)]
        case "Header":
            var parts = try node.tuple(3, of: tag)
            let level = try parts.decode(Int.self)
            let attributes = try parts.decode(Attributes.self)
            if !attributes.classes.isEmpty || !attributes.pairs.isEmpty { state.losses.record("Header classes and key=value attributes dropped") }
            return [.heading(Heading(level: level, content: try parts.decode(InlineList.self).inlines,
                                     identifier: attributes.identifier.isEmpty ? nil : attributes.identifier))]
        case "BlockQuote":
            return [.blockQuote(try node.decode(BlockList.self, forKey: .c).blocks)]
        case "BulletList":
            return [.list(List(isOrdered: false, items: try node.decode([BlockList].self, forKey: .c).map(\.blocks)))]
        case "OrderedList":
            var parts = try node.tuple(2, of: tag)
            var numbering = try parts.tuple(3, of: "OrderedList attributes")
            let start = try numbering.decode(Int.self)
            let style = try numbering.decode(Tag.self).name, delimiter = try numbering.decode(Tag.self).name
            if !["Decimal", "DefaultStyle"].contains(style) || !["Period", "DefaultDelim"].contains(delimiter) {
                state.losses.record("OrderedList numbered \(style) with \(delimiter) kept as 1. 2. 3.")
            }
            return [.list(List(isOrdered: true, start: start, items: try parts.decode([BlockList].self).map(\.blocks)))]
        case "DefinitionList":
            state.losses.record("DefinitionList kept as a bullet list with each term in bold")
            var entries = try node.nestedUnkeyedContainer(forKey: .c)
            var items: [[Block]] = []
            while !entries.isAtEnd {
                var entry = try entries.tuple(2, of: "DefinitionList item")
                var item: [Block] = [.paragraph([.strong(try entry.decode(InlineList.self).inlines)])]
                for definition in try entry.decode([BlockList].self) { item += definition.blocks }
                items.append(item)
            }
            return [.list(List(isOrdered: false, items: items))]
        case "LineBlock":
            state.losses.record("LineBlock kept as a paragraph with line breaks")
            let lines = try node.decode([InlineList].self, forKey: .c)
            return [.paragraph(Array(lines.map(\.inlines).joined(separator: [.lineBreak])))]
        case "CodeBlock":
            var parts = try node.tuple(2, of: tag)
            let attributes = try parts.decode(Attributes.self)
            if !attributes.identifier.isEmpty || attributes.classes.count > 1 || !attributes.pairs.isEmpty {
                state.losses.record("CodeBlock attributes other than the language dropped")
            }
            return [.codeBlock(CodeBlock(language: attributes.classes.first, text: try parts.decode(String.self)))]
        case "RawBlock":
            var parts = try node.tuple(2, of: tag)
            let format = try parts.decode(String.self)
            state.losses.record("RawBlock (\(format)) kept as a code block")
            return [.codeBlock(CodeBlock(language: format, text: try parts.decode(String.self)))]
        case "HorizontalRule":
            return [.divider]
        case "Table":
            return [.table(try node.decode(TableNode.self, forKey: .c).table)]
        case "Figure":
            return try figure(try node.tuple(3, of: tag), state)
        case "Div":
            var parts = try node.tuple(2, of: tag)
            let attributes = try parts.decode(Attributes.self)
            let inner = try parts.decode(BlockList.self).blocks
            if attributes.classes.contains(PandocClasses.note) {
                return [.note(Note(kind: attributes.value(of: PandocClasses.noteKind), blocks: inner))]
            }
            state.dropAttributes(attributes, of: "Div")
            return inner
        case "Null":
            return []
        default:
            throw PandocReadError.malformed("unknown block \"\(tag)\"")
        }
    }

    /// A figure: its first image and caption; any other content follows it as blocks.
    private static func figure(_ parts: UnkeyedDecodingContainer, _ state: DecodingState) throws -> [Block] {
        var parts = parts
        state.dropAttributes(try parts.decode(Attributes.self), of: "Figure")
        let caption = try parts.decode(CaptionNode.self).inlines
        var image: Image?
        var rest: [Block] = []
        for block in try parts.decode(BlockList.self).blocks {
            if image == nil, case .paragraph(let inlines) = block, inlines.count == 1, case .image(let found) = inlines[0] {
                image = found
            } else {
                rest.append(block)
            }
        }
        if !rest.isEmpty { state.losses.record("Figure content other than one image kept as blocks after the figure") }
        return [.figure(Figure(image: image, caption: caption))] + rest
    }
}

/// A `Caption`, `[short caption or null, blocks]`, as inlines.
struct CaptionNode: Decodable {
    var inlines: [Inline]

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        var parts = try decoder.unkeyedContainer()
        guard parts.count == 2 else { throw PandocReadError.malformed("Caption: expected a list of 2") }
        if try parts.decodeNil() {
            // No short caption.
        } else {
            try parts.skip()
            state.losses.record("short captions dropped")
        }
        inlines = try parts.decode(CellContent.self).inlines
    }
}

/// Blocks where the model holds inlines (captions, table cells): paragraphs joined by line
/// breaks; other blocks as their text.
struct CellContent: Decodable {
    var inlines: [Inline] = []

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        for block in try BlockList(from: decoder).blocks {
            if !inlines.isEmpty { inlines.append(.lineBreak) }
            if case .paragraph(let content) = block {
                inlines += content
            } else {
                state.losses.record("blocks other than paragraphs in a caption or table cell kept as their text")
                inlines.append(.text(block.plainText))
            }
        }
    }
}
