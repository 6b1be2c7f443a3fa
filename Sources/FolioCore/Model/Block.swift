/// A block-level element of a document's body.
public indirect enum Block: Sendable, Hashable {
    /// A section heading.
    case heading(Heading)
    /// A paragraph of running text.
    case paragraph([Inline])
    /// An image or illustration with its caption; also a caption whose image the input lacks.
    case figure(Figure)
    /// Quoted material.
    case blockQuote([Block])
    /// An ordered or unordered list.
    case list(List)
    /// A table, including the indicator tables that the `indicators` filter adds.
    case table(Table)
    /// Preformatted text, such as source code or a log excerpt.
    case codeBlock(CodeBlock)
    /// A thematic break.
    case divider
    /// A note or aside set apart from the running text (编者按, a sidebar, a closing notice).
    case note(Note)
}

/// A section heading: its level (1 is the top) and its text.
public struct Heading: Sendable, Hashable {
    /// The nesting level, from 1 (top) to 6.
    public var level: Int
    /// The heading's text.
    public var content: [Inline]
    /// An anchor identifier, if the input gave one.
    public var identifier: String?

    /// Creates a heading; the level is clamped to 1...6.
    public init(level: Int, content: [Inline], identifier: String? = nil) {
        self.level = min(max(level, 1), 6)
        self.content = content
        self.identifier = identifier
    }
}

/// A figure: an optional image and a caption.
public struct Figure: Sendable, Hashable {
    /// The image shown, if the input references one.
    public var image: Image?
    /// The caption.
    public var caption: [Inline]

    /// Creates a figure.
    public init(image: Image? = nil, caption: [Inline] = []) {
        self.image = image
        self.caption = caption
    }
}

/// A reference to an image: where it is and how to describe it.
public struct Image: Sendable, Hashable {
    /// The image's location: a relative path or a URL, as the input wrote it.
    public var source: String
    /// A text alternative for readers who cannot see the image.
    public var alternative: String
    /// An advisory title.
    public var title: String?

    /// Creates an image reference.
    public init(source: String, alternative: String = "", title: String? = nil) {
        self.source = source
        self.alternative = alternative
        self.title = title
    }
}

/// An ordered or unordered list whose items are sequences of blocks.
public struct List: Sendable, Hashable {
    /// Whether the items are numbered.
    public var isOrdered: Bool
    /// The number of the first item of an ordered list.
    public var start: Int
    /// The items, each a sequence of blocks.
    public var items: [[Block]]

    /// Creates a list.
    public init(isOrdered: Bool, start: Int = 1, items: [[Block]]) {
        self.isOrdered = isOrdered
        self.start = start
        self.items = items
    }
}

/// Preformatted text with an optional language tag.
public struct CodeBlock: Sendable, Hashable {
    /// The language of the code, if known.
    public var language: String?
    /// The text, with its line breaks.
    public var text: String

    /// Creates a code block.
    public init(language: String? = nil, text: String) {
        self.language = language
        self.text = text
    }
}

/// A note or aside: a block sequence set apart from the running text.
public struct Note: Sendable, Hashable {
    /// What kind of note this is, as the input labelled it (编者按, sidebar, aside), if at all.
    public var kind: String?
    /// The note's content.
    public var blocks: [Block]

    /// Creates a note.
    public init(kind: String? = nil, blocks: [Block]) {
        self.kind = kind
        self.blocks = blocks
    }
}

extension Block {
    /// The block's text without markup; nested blocks are separated by newlines, table cells by tabs.
    public var plainText: String {
        switch self {
        case .heading(let heading): return heading.content.plainText
        case .paragraph(let inlines): return inlines.plainText
        case .figure(let figure):
            let caption = figure.caption.plainText
            return caption.isEmpty ? (figure.image?.alternative ?? "") : caption
        case .blockQuote(let blocks): return blocks.map(\.plainText).joined(separator: "\n")
        case .list(let list): return list.items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .table(let table): return table.plainText
        case .codeBlock(let code): return code.text
        case .divider: return ""
        case .note(let note): return note.blocks.map(\.plainText).joined(separator: "\n")
        }
    }
}
