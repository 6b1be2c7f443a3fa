/// What an HTML element means for the document model; unknown elements are decided by content.
enum ElementRole: Sendable {
    /// Left out with everything inside: scripts, styles, navigation, form controls, embedded objects.
    case dropped
    /// A block that only groups other blocks (`div`, `section`); loose text inside becomes paragraphs.
    case container
    case heading(Int)
    case blockQuote
    case list(ordered: Bool)
    case preformatted
    case figure
    case table
    case divider
    case note
    case lineBreak
    case image
    case link
    case emphasis
    case strong
    case quoted
    case code
    /// An inline element whose text is kept without markup (`span`, `font`, `u`).
    case inline
    /// Not known: a block container if it holds blocks, else inline.
    case unknown

    /// Whether the role starts a new block.
    var isBlock: Bool {
        switch self {
        case .container, .heading, .blockQuote, .list, .preformatted, .figure, .table, .divider, .note: return true
        case .dropped, .lineBreak, .image, .link, .emphasis, .strong, .quoted, .code, .inline, .unknown: return false
        }
    }

    /// The role of an element by its lower-case local name.
    init(name: String) {
        self = Self.roles[name] ?? .unknown
    }

    private static let roles: [String: ElementRole] = {
        var roles: [String: ElementRole] = [:]
        for name in ["script", "style", "nav", "noscript", "template", "input", "button", "select", "textarea",
                     "option", "iframe", "frame", "frameset", "object", "embed", "applet", "canvas", "svg", "math",
                     "audio", "video", "map", "area", "head", "title", "meta", "link", "base", "dialog", "menu", "param", "source", "track"] {
            roles[name] = .dropped
        }
        for name in ["html", "body", "div", "section", "article", "main", "header", "footer", "center", "p", "address",
                     "hgroup", "details", "summary", "form", "fieldset", "legend", "dl", "dt", "dd", "li", "figcaption", "caption",
                     "tr", "td", "th", "thead", "tbody", "tfoot", "search", "founder-content"] {
            roles[name] = .container
        }
        for level in 1...6 { roles["h\(level)"] = .heading(level) }
        roles["blockquote"] = .blockQuote
        roles["ul"] = .list(ordered: false)
        roles["dir"] = .list(ordered: false)
        roles["ol"] = .list(ordered: true)
        for name in ["pre", "listing", "xmp", "plaintext"] { roles[name] = .preformatted }
        roles["figure"] = .figure
        roles["table"] = .table
        roles["hr"] = .divider
        roles["aside"] = .note
        roles["br"] = .lineBreak
        roles["img"] = .image
        roles["a"] = .link
        for name in ["em", "i", "cite", "dfn", "var"] { roles[name] = .emphasis }
        for name in ["strong", "b"] { roles[name] = .strong }
        roles["q"] = .quoted
        for name in ["code", "kbd", "samp", "tt"] { roles[name] = .code }
        for name in ["span", "font", "u", "s", "strike", "del", "ins", "small", "big", "sub", "sup", "abbr", "acronym",
                     "mark", "time", "label", "bdi", "bdo", "data", "output", "nobr", "wbr", "ruby", "rb", "rt", "rp", "blink", "marquee"] {
            roles[name] = .inline
        }
        return roles
    }()
}
