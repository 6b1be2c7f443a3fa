import FolioCore

/// A list of pandoc inlines, as inlines with adjacent text merged.
///
/// A `SoftBreak` is a space, except between two Chinese or Japanese characters, where a line
/// break is no space; which it is depends on the text after it, so breaks are resolved once the
/// whole list is read.
struct InlineList: Decodable {
    var inlines: [Inline] = []

    init(from decoder: any Decoder) throws {
        var items = try decoder.unkeyedContainer()
        var pieces: [InlineNode.Piece] = []
        while !items.isAtEnd { pieces += try items.decode(InlineNode.self).pieces }
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .inline(.text(let text)):
                append(text)
            case .inline(let inline):
                inlines.append(inline)
            case .softBreak:
                let before: Character? = if case .text(let text) = inlines.last { text.last } else { nil }
                let after: Character? = if index + 1 < pieces.count, case .inline(.text(let text)) = pieces[index + 1] { text.first } else { nil }
                if let before, let after, CJK.joinsWithoutSpace(before), CJK.joinsWithoutSpace(after) { continue }
                append(" ")
            }
        }
    }

    private mutating func append(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
        } else {
            inlines.append(.text(text))
        }
    }
}

/// One pandoc inline, as the inlines that keep it.
struct InlineNode: Decodable {
    /// An inline, or a soft break still to be resolved.
    enum Piece {
        case inline(Inline)
        case softBreak
    }

    var pieces: [Piece]

    init(from decoder: any Decoder) throws {
        let state = try decoder.pandocState
        pieces = try state.nested { try Self.pieces(decoder, state) }
    }

    private static func pieces(_ decoder: any Decoder, _ state: DecodingState) throws -> [Piece] {
        let node = try decoder.container(keyedBy: NodeKeys.self)
        let tag = try node.decode(String.self, forKey: .t)
        func inlines() throws -> [Inline] { try node.decode(InlineList.self, forKey: .c).inlines }
        switch tag {
        case "Str": return [.inline(.text(try node.decode(String.self, forKey: .c)))]
        case "Space": return [.inline(.text(" "))]
        case "SoftBreak": return [.softBreak]
        case "LineBreak": return [.inline(.lineBreak)]
        case "Emph": return [.inline(.emphasis(try inlines()))]
        case "Strong": return [.inline(.strong(try inlines()))]
        case "Underline":
            state.losses.record("Underline kept as emphasis")
            return [.inline(.emphasis(try inlines()))]
        case "Strikeout", "Superscript", "Subscript", "SmallCaps":
            state.losses.record("\(tag) kept as its text")
            return try inlines().map { .inline($0) }
        case "Quoted":
            var parts = try node.tuple(2, of: tag)
            if try parts.decode(Tag.self).name == "SingleQuote" { state.losses.record("single quotes kept as double quotes") }
            return [.inline(.quoted(try parts.decode(InlineList.self).inlines))]
        case "Cite":
            var parts = try node.tuple(2, of: tag)
            try parts.skip()
            state.losses.record("Cite kept as its text")
            return try parts.decode(InlineList.self).inlines.map { .inline($0) }
        case "Code":
            var parts = try node.tuple(2, of: tag)
            state.dropAttributes(try parts.decode(Attributes.self), of: "Code")
            return [.inline(.code(try parts.decode(String.self)))]
        case "Math":
            var parts = try node.tuple(2, of: tag)
            try parts.skip()
            state.losses.record("Math kept as code (TeX)")
            return [.inline(.code(try parts.decode(String.self)))]
        case "RawInline":
            var parts = try node.tuple(2, of: tag)
            state.losses.record("RawInline (\(try parts.decode(String.self))) kept as code")
            return [.inline(.code(try parts.decode(String.self)))]
        case "Link", "Image":
            var parts = try node.tuple(3, of: tag)
            state.dropAttributes(try parts.decode(Attributes.self), of: tag)
            let content = try parts.decode(InlineList.self).inlines
            var target = try parts.tuple(2, of: "\(tag) target")
            let url = try target.decode(String.self), title = try target.decode(String.self)
            if tag == "Link" { return [.inline(.link(Link(target: url, title: title.isEmpty ? nil : title, content: content)))] }
            return [.inline(.image(Image(source: url, alternative: content.plainText, title: title.isEmpty ? nil : title)))]
        case "Note":
            state.losses.record("footnotes kept as numbered notes at the end, marked [1], [2], …")
            state.footnotes.append(try node.decode(BlockList.self, forKey: .c).blocks)
            return [.inline(.text("[\(state.footnotes.count)]"))]
        case "Span":
            var parts = try node.tuple(2, of: tag)
            state.dropAttributes(try parts.decode(Attributes.self), of: "Span")
            return try parts.decode(InlineList.self).inlines.map { .inline($0) }
        default:
            throw PandocReadError.malformed("unknown inline \"\(tag)\"")
        }
    }
}
