/// An inline element: a run of text or a span inside a block.
public indirect enum Inline: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Emphasised text (usually italic).
    case emphasis([Inline])
    /// Strongly emphasised text (usually bold).
    case strong([Inline])
    /// A hyperlink.
    case link(Link)
    /// Text in quotation marks, kept as a span so writers can choose the marks.
    case quoted([Inline])
    /// Inline code.
    case code(String)
    /// A forced line break.
    case lineBreak
    /// An inline image.
    case image(Image)
}

/// A hyperlink: a target and the text that carries it.
public struct Link: Sendable, Hashable {
    /// The target URL as written.
    public var target: String
    /// An advisory title.
    public var title: String?
    /// The link text.
    public var content: [Inline]

    /// Creates a link.
    public init(target: String, title: String? = nil, content: [Inline]) {
        self.target = target
        self.title = title
        self.content = content
    }
}

extension Inline {
    /// The inline's text without markup; a line break is a newline, quotes get “ ” marks.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .emphasis(let inner), .strong(let inner): return inner.plainText
        case .link(let link): return link.content.plainText
        case .quoted(let inner): return "“" + inner.plainText + "”"
        case .code(let code): return code
        case .lineBreak: return "\n"
        case .image(let image): return image.alternative
        }
    }
}

extension Array where Element == Inline {
    /// The concatenated text of the inlines, without markup.
    public var plainText: String {
        // Most runs are one piece of text (a table cell, a plain paragraph): no new string.
        if count == 1, case .text(let text) = self[0] { return text }
        var result = ""
        for inline in self { result += inline.plainText }
        return result
    }
}
