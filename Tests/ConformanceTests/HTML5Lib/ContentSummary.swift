import Folio

/// What a document model can agree on with a browser's tree: the text, and the blocks that carry structure.
///
/// Text is compared without whitespace (a tree keeps every space and newline, a document
/// model re-flows them); structure is the pre-order sequence of headings, lists, quotes,
/// tables, preformatted blocks, figures, notes and dividers. Paragraphs are not compared:
/// whether loose text in a `<div>` becomes one is a mapping choice, not a parse result.
struct ContentSummary: Equatable, CustomStringConvertible {
    /// The text content, whitespace removed.
    var text: String
    /// Structural blocks in pre-order: `h1`…`h6`, `ul`, `ol`, `blockquote`, `table`, `pre`, `figure`, `aside`, `hr`.
    var structure: [String]

    var description: String { "text \"\(text)\", blocks [\(structure.joined(separator: " "))]" }

    /// Elements whose content a document deliberately leaves out: scripts and styles, the
    /// head, navigation, forms and their controls, embedded objects and foreign (SVG, MathML)
    /// content. Their text is not part of the page's prose, so it is not expected.
    static let contentFreeElements: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "nav", "form", "input", "button", "select",
        "textarea", "option", "iframe", "frame", "frameset", "noframes", "object", "embed", "applet", "canvas",
        "audio", "video", "map", "area", "dialog", "menu", "param", "source", "track", "meta", "link", "base",
    ]

    /// Structural elements and the token each gives, and whether its children can hold more blocks.
    private static let structuralElements: [String: (token: String, holdsBlocks: Bool)] = {
        var elements: [String: (String, Bool)] = [
            "ul": ("ul", true), "dir": ("ul", true), "ol": ("ol", true), "blockquote": ("blockquote", true),
            "aside": ("aside", true), "table": ("table", false), "figure": ("figure", false), "hr": ("hr", false),
        ]
        for level in 1...6 { elements["h\(level)"] = ("h\(level)", false) }
        for name in ["pre", "listing", "xmp", "plaintext"] { elements[name] = ("pre", false) }
        return elements
    }()

    /// A summary of given text and structure.
    init(text: String, structure: [String]) {
        self.text = text
        self.structure = structure
    }

    /// The summary of a browser's tree: the `<body>` subtree's text and structure.
    init(expected nodes: [ExpectedNode]) {
        // A node's subtree is the run of following nodes deeper than it.
        func subtreeEnd(_ index: Int) -> Int {
            var end = index + 1
            while end < nodes.count, nodes[end].depth > nodes[index].depth { end += 1 }
            return end
        }
        func text(_ range: Range<Int>) -> String {
            var result = ""
            var index = range.lowerBound
            while index < range.upperBound {
                switch nodes[index].kind {
                case .text(let characters):
                    result += characters
                case .element(let name) where Self.contentFreeElements.contains(name) || name.contains(" "):
                    index = subtreeEnd(index)
                    continue
                default: break
                }
                index += 1
            }
            return result.filter { !$0.isWhitespace }
        }
        func structure(_ range: Range<Int>) -> [String] {
            var tokens: [String] = []
            var index = range.lowerBound
            while index < range.upperBound {
                let end = subtreeEnd(index)
                guard case .element(let name) = nodes[index].kind, !Self.contentFreeElements.contains(name), !name.contains(" ") else {
                    index = end
                    continue
                }
                if let (token, holdsBlocks) = Self.structuralElements[name] {
                    // Empty blocks vanish from a document model; only dividers are empty by nature.
                    if token == "hr" || !text(index + 1..<end).isEmpty { tokens.append(token) }
                    if holdsBlocks { tokens += structure(index + 1..<end) }
                } else {
                    tokens += structure(index + 1..<end)
                }
                index = end
            }
            return tokens
        }
        let body = nodes.firstIndex { $0.depth == 1 && $0.kind == .element("body") }
        let range = body.map { $0 + 1..<subtreeEnd($0) } ?? 0..<0
        self.text = text(range)
        self.structure = structure(range)
    }

    /// The summary of the document Folio read: the body's text and structural blocks.
    init(document: Document) {
        func structure(_ blocks: [Block]) -> [String] {
            blocks.flatMap { block -> [String] in
                switch block {
                case .heading(let heading): return ["h\(heading.level)"]
                case .list(let list): return [list.isOrdered ? "ol" : "ul"] + list.items.flatMap(structure)
                case .blockQuote(let inner): return ["blockquote"] + structure(inner)
                case .note(let note): return ["aside"] + structure(note.blocks)
                case .table: return ["table"]
                case .codeBlock: return ["pre"]
                case .figure: return ["figure"]
                case .divider: return ["hr"]
                case .paragraph: return []
                }
            }
        }
        self.text = document.blocks.map(\.plainText).joined().filter { !$0.isWhitespace }
        self.structure = structure(document.blocks)
    }
}
