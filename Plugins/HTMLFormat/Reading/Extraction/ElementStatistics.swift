import FolioMarkup

/// The text statistics of every element of a page's body, gathered in one pass over libxml2's
/// tree: how much text each element holds, how much of it is link text, its commas, and how
/// many paragraphs, list items, images and form inputs it contains.
///
/// Elements are stored in document order, each with its parent's index and the end of its
/// subtree, so that a subtree is a range of indices and the extractor never walks the tree again.
struct ElementStatistics {
    /// What the pass learns about one element.
    struct Element {
        /// The element.
        let node: MarkupNode
        /// The index of its parent, nil for the root of the pass.
        let parent: Int?
        /// Its class and id hint.
        let hint: ClassNameHint
        /// Whether an ancestor inside the pass is chrome (see ``isChrome``).
        var insideChrome = false
        /// Whether its first child element is a heading named as chrome (`h3.related-title`).
        var isHeadedByChrome = false
        /// One past the index of its last descendant.
        var subtreeEnd = 0
        /// Visible characters of its text (white space left out).
        var textLength = 0
        /// Visible characters of the text inside links.
        var linkTextLength = 0
        /// Visible characters of the text directly inside it, not inside a child element.
        var ownTextLength = 0
        /// Commas of its text (`,` `，` `、`).
        var commas = 0
        /// Commas of the text directly inside it.
        var ownCommas = 0
        /// `p` elements inside it.
        var paragraphs = 0
        /// `li` elements inside it.
        var listItems = 0
        /// `img` elements inside it.
        var images = 0
        /// Form controls inside it.
        var inputs = 0
        /// Whether a block element (paragraph, list, table, `div` …) is among its children.
        var hasBlockChildren = false

        /// Whether it is chrome: named so, unless it is folded text, or headed by a heading
        /// named so (a related-posts box whose own names say nothing).
        var isChrome: Bool { (hint.marksChrome && !isFoldedText) || isHeadedByChrome }

        /// Whether it is a `read-more` container holding three or more paragraphs and little
        /// link text (under a fifth): the rest of the article, folded away behind a button on
        /// small screens, not a teaser (which holds a title and a line).
        var isFoldedText: Bool { hint.isMoreOnly && paragraphs >= 3 && linkDensity < 0.2 }

        /// Visible characters of its text outside links.
        var unlinkedTextLength: Int { textLength - linkTextLength }

        /// The share of its text that is link text (1 for an element without text).
        var linkDensity: Double {
            textLength > 0 ? Double(linkTextLength) / Double(textLength) : 1
        }
    }

    /// The elements in document order; index 0 is the root of the pass.
    private(set) var elements: [Element] = []
    /// Elements a browser does not show (`hidden`, `display: none`), left out of the pass.
    private(set) var hiddenElements: [MarkupNode] = []

    /// Gathers the statistics of `root` and everything inside it.
    init(root: MarkupNode) {
        elements.reserveCapacity(1024)
        elements.append(Element(node: root, parent: nil, hint: ClassNameHint(root)))
        gather(0, insideLink: false)
        markChrome()
    }

    /// Marks the blocks headed by chrome, and everything inside a chrome element: done once
    /// every subtree is counted, since whether an element is chrome depends on what it holds.
    private mutating func markChrome() {
        // Parents come before their children, so a parent is marked before its children ask.
        for index in elements.indices.dropFirst() {
            let first = index + 1
            if first < elements[index].subtreeEnd, elements[first].hint.marksChrome, Self.headings.contains(elements[first].node.name) {
                elements[index].isHeadedByChrome = true
            }
            if let parent = elements[index].parent, parent > 0 {
                elements[index].insideChrome = elements[parent].insideChrome || elements[parent].isChrome
            }
        }
    }

    /// The indices of an element's child elements.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < elements[index].subtreeEnd {
            result.append(child)
            child = elements[child].subtreeEnd
        }
        return result
    }

    private mutating func gather(_ index: Int, insideLink: Bool) {
        let node = elements[index].node
        for child in node.children {
            switch child.kind {
            case .text:
                let counts = child.withUTF8Text(Self.count)
                elements[index].textLength += counts.length
                elements[index].ownTextLength += counts.length
                elements[index].commas += counts.commas
                elements[index].ownCommas += counts.commas
                if insideLink { elements[index].linkTextLength += counts.length }
            case .element:
                let name = child.name
                if Self.controls.contains(name) { elements[index].inputs += 1 }
                if name == "img" { elements[index].images += 1 }
                if Self.ignored.contains(name) { continue }
                if Self.isHidden(child) {
                    hiddenElements.append(child)
                    continue
                }
                if Self.blocks.contains(name) { elements[index].hasBlockChildren = true }
                let childIndex = elements.count
                elements.append(Element(node: child, parent: index, hint: ClassNameHint(child)))
                gather(childIndex, insideLink: insideLink || name == "a")
                let inner = elements[childIndex]
                elements[index].textLength += inner.textLength
                elements[index].linkTextLength += inner.linkTextLength
                elements[index].commas += inner.commas
                elements[index].paragraphs += inner.paragraphs + (name == "p" ? 1 : 0)
                elements[index].listItems += inner.listItems + (name == "li" ? 1 : 0)
                elements[index].images += inner.images
                elements[index].inputs += inner.inputs
            default:
                break
            }
        }
        elements[index].subtreeEnd = elements.count
    }

    /// Whether a browser hides the element: the `hidden` attribute, `aria-hidden="true"`, a
    /// CSS framework's hiding class (`hidden`, `d-none`: closed gallery overlays, mobile copies
    /// of captions), or an inline style of `display: none` or `visibility: hidden` (schema.org
    /// copies of the article, templates).
    private static func isHidden(_ node: MarkupNode) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let names = node.attribute("class"), names.split(separator: " ").contains(where: { hidingClasses.contains(String($0)) }) { return true }
        guard let style = node.attribute("style"), style.count < 2048 else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// The classes CSS frameworks hide an element with (Bootstrap, Tailwind, Bulma and their kin).
    private static let hidingClasses: Set<String> = ["hidden", "d-none", "is-hidden", "invisible"]

    /// How much text a text node holds.
    private struct TextCounts {
        var length = 0
        var commas = 0
    }

    /// Visible characters (bytes that start a scalar and are not white space or a no-break
    /// space) and commas in UTF-8 text.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> TextCounts {
        var length = 0, commas = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2C {
                commas += 1
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                commas += 1 // ，
            } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                commas += 1 // 、
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2 // no-break space
                continue
            }
            if byte & 0xC0 != 0x80, byte > 0x20 { length += 1 }
            index += 1
        }
        return TextCounts(length: length, commas: commas)
    }

    /// Elements whose content is never article text.
    static let ignored: Set<String> = ["script", "style", "noscript", "template", "iframe", "svg", "head", "select",
                                       "textarea", "button", "option", "object", "embed", "canvas", "video", "audio"]
    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    private static let controls: Set<String> = ["input", "select", "textarea", "button"]
    private static let blocks: Set<String> = ["p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "pre",
                                              "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer",
                                              "aside", "nav", "form", "li", "tr", "td"]
}
