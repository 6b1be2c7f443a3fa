import CLibXML2
import FolioCore

/// Maps an HTML or XHTML tree to the document model's blocks, as a browser would show it.
///
/// Used by the HTML reader (on libxml2's HTML tree) and the EPUB reader (on XHTML content
/// documents). Headings, paragraphs, nested lists, block quotes, preformatted text, figures,
/// images, links, emphasis, line breaks, rules and tables map to their model counterparts;
/// scripts, styles, navigation, form controls and embedded objects are left out; unknown elements keep
/// their text; loose text in a `div` becomes a paragraph; white space collapses as in a browser,
/// and a line break inside Chinese or Japanese text disappears.
///
/// ```swift
/// let document = try MarkupParser.parseXML(data, source: "chapter1.xhtml")
/// let blocks = document.body.map { MarkupMapper().blocks(from: $0) } ?? []
/// ```
public struct MarkupMapper: Sendable {
    /// Elements for which this returns true are left out with their content (page chrome that
    /// a reader recognised, such as a share bar inside an article).
    public var excludes: @Sendable (MarkupNode) -> Bool
    /// Whether two `<br>` in a row, or a `<br>` before an ideographic-space indent, start a new
    /// paragraph, as on pages laid out with line breaks. Markup that Folio wrote has real
    /// paragraphs, and a paragraph's own consecutive line breaks must survive it.
    public var breaksSeparateParagraphs: Bool

    /// Creates a mapper; `excludes` leaves out elements beyond those the mapping always drops.
    public init(breaksSeparateParagraphs: Bool = true, excludes: @escaping @Sendable (MarkupNode) -> Bool = { _ in false }) {
        self.breaksSeparateParagraphs = breaksSeparateParagraphs
        self.excludes = excludes
    }

    /// The blocks of a node's content (for `body`, the page's body). The node itself is not
    /// mapped, only its children: pass a `p` and get its paragraph's content, not the element.
    public func blocks(from node: MarkupNode) -> [Block] {
        var flow = Flow()
        visitChildren(node, into: &flow)
        flow.endParagraph()
        return flow.blocks
    }

    /// The blocks of a sequence of sibling nodes, as if they were the content of one `div`.
    public func blocks(from nodes: [MarkupNode]) -> [Block] {
        var flow = Flow()
        for node in nodes { visit(node, into: &flow) }
        flow.endParagraph()
        return flow.blocks
    }

    /// The content of a node as inlines: its blocks flattened, separated by line breaks.
    public func inlines(from node: MarkupNode) -> [Inline] {
        Self.flatten(blocks(from: node))
    }

    // MARK: - Walking

    private struct Flow {
        var blocks: [Block] = []
        var inlines = InlineBuilder()

        mutating func endParagraph() {
            let content = inlines.take()
            if !content.isEmpty { blocks.append(.paragraph(content)) }
        }

        mutating func append(_ block: Block) {
            endParagraph()
            blocks.append(block)
        }
    }

    private func visit(_ node: MarkupNode, into flow: inout Flow) {
        switch node.pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            node.withUTF8Text { bytes in
                // Pages that set paragraphs apart with `<br>` and an ideographic-space indent.
                if breaksSeparateParagraphs, flow.inlines.endsWithLineBreak, Self.startsWithIndent(bytes) { flow.endParagraph() }
                flow.inlines.appendText(bytes)
            }
        case XML_ENTITY_REF_NODE:
            if let text = Self.entityText(node) { flow.inlines.appendText(text) }
        case XML_ELEMENT_NODE:
            visitElement(node, into: &flow)
        default:
            break
        }
    }

    private func visitChildren(_ node: MarkupNode, into flow: inout Flow) {
        for child in node.children { visit(child, into: &flow) }
    }

    private func visitElement(_ node: MarkupNode, into flow: inout Flow) {
        if excludes(node) { return }
        // The HTML parser gives lower-case names, and XHTML's are lower case by definition.
        var role = ElementRole(name: node.name)
        if case .unknown = role { role = containsBlock(node) ? .container : .inline }
        switch role {
        case .dropped:
            return
        case .container, .unknown:
            flow.endParagraph()
            visitChildren(node, into: &flow)
            flow.endParagraph()
        case .heading(let level):
            let content = inlines(from: node)
            if content.isEmpty { flow.endParagraph() } else {
                flow.append(.heading(Heading(level: level, content: content, identifier: Self.headingIdentifier(node))))
            }
        case .blockQuote:
            let inner = blocks(from: node)
            if inner.isEmpty { flow.endParagraph() } else { flow.append(.blockQuote(inner)) }
        case .note:
            // The renderer prints the kind as a first `p.note-kind`; it is the note's kind, not its content.
            let label = node.childElements.first { $0.isElement(named: "p") && $0.attribute("class") == "note-kind" }
            let inner = label.map { label in blocks(from: node.children.filter { $0 != label }) } ?? blocks(from: node)
            if inner.isEmpty { flow.endParagraph() } else { flow.append(.note(Note(kind: Self.noteKind(node), blocks: inner))) }
        case .list(let ordered):
            let items = listItems(node)
            if items.isEmpty { flow.endParagraph() } else {
                let start = node.attribute("start").flatMap { Int($0.trimmingCharactersInWhitespace()) } ?? 1
                flow.append(.list(List(isOrdered: ordered, start: start, items: items)))
            }
        case .preformatted:
            flow.append(.codeBlock(codeBlock(node)))
        case .figure:
            figure(node, into: &flow)
        case .table:
            table(node, into: &flow)
        case .divider:
            flow.append(.divider)
        case .lineBreak:
            // Two breaks in a row are how many pages separate paragraphs.
            if breaksSeparateParagraphs, flow.inlines.endsWithLineBreak { flow.endParagraph() } else { flow.inlines.lineBreak() }
        case .image:
            if let image = Self.image(node) { flow.inlines.append(.image(image)) }
        case .link:
            guard let target = node.attribute("href").map({ $0.trimmingCharactersInWhitespace() }), !target.isEmpty else {
                visitChildren(node, into: &flow)
                return
            }
            flow.inlines.open(.link(target: target, title: node.attribute("title").flatMap(Self.nonEmpty)))
            visitChildren(node, into: &flow)
            flow.inlines.close()
        case .emphasis, .strong, .quoted:
            let span: InlineBuilder.Span = if case .emphasis = role { .emphasis } else if case .strong = role { .strong } else { .quoted }
            flow.inlines.open(span)
            visitChildren(node, into: &flow)
            flow.inlines.close()
        case .code:
            // Inline code keeps its characters but not its line structure.
            var collapsed = InlineBuilder()
            collapsed.appendText(node.textContent())
            let text = collapsed.take().plainText
            if !text.isEmpty { flow.inlines.append(.code(text)) }
        case .inline:
            visitChildren(node, into: &flow)
        }
    }

    /// Whether an element of unknown name holds a block element anywhere inside.
    private func containsBlock(_ node: MarkupNode) -> Bool {
        node.firstDescendantElement { ElementRole(name: $0.name).isBlock } != nil
    }

    // MARK: - Lists

    private func listItems(_ node: MarkupNode) -> [[Block]] {
        var items: [[Block]] = []
        var loose: [MarkupNode] = []
        func flushLoose() {
            let blocks = blocks(from: loose)
            loose.removeAll()
            guard !blocks.isEmpty else { return }
            // Content between items (often a nested list written without its `li`) joins the item before it.
            if items.isEmpty { items.append(blocks) } else { items[items.count - 1].append(contentsOf: blocks) }
        }
        for child in node.children {
            if child.isElement(named: "li") {
                flushLoose()
                items.append(blocks(from: child))
            } else {
                loose.append(child)
            }
        }
        flushLoose()
        return items
    }

    // MARK: - Preformatted text

    private func codeBlock(_ node: MarkupNode) -> CodeBlock {
        var text = ""
        func collect(_ node: MarkupNode) {
            for child in node.children {
                switch child.kind {
                case .text: text += child.text
                case .entityReference: text += Self.entityText(child) ?? ""
                case .element: if child.isElement(named: "br") { text += "\n" } else { collect(child) }
                default: break
                }
            }
        }
        collect(node)
        // As in HTML, one newline right after `<pre>` is not content. `\r\n` is one Character, so
        // one is removed either way (removing two from a text of only `\r\n` trapped).
        if text.hasPrefix("\r\n") || text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") { text.removeLast() }
        let classes = [node.attribute("class"), node.firstChild(named: "code")?.attribute("class")].compactMap { $0 }
        let language = classes.flatMap { $0.split(separator: " ") }.first { $0.hasPrefix("language-") || $0.hasPrefix("lang-") }
            .map { String($0.drop(while: { $0 != "-" }).dropFirst()) }
        return CodeBlock(language: language.flatMap(Self.nonEmpty), text: text)
    }

    // MARK: - Figures

    private func figure(_ node: MarkupNode, into flow: inout Flow) {
        let caption = node.firstChild(named: "figcaption").map { inlines(from: $0) } ?? []
        var images: [Image] = []
        var others: [MarkupNode] = []
        for child in node.children where !child.isElement(named: "figcaption") {
            // A child that is only images (an `img`, a `p` or `a` around one) is the figure's picture.
            if let pictures = Self.pictures(in: child) {
                images.append(contentsOf: pictures.compactMap(Self.image))
            } else {
                others.append(child)
            }
        }
        let rest = blocks(from: others)
        guard !images.isEmpty || !caption.isEmpty else {
            rest.forEach { flow.append($0) }
            return
        }
        flow.endParagraph()
        for (index, image) in images.enumerated() where index < images.count - 1 {
            flow.blocks.append(.figure(Figure(image: image)))
        }
        flow.blocks.append(.figure(Figure(image: images.last, caption: caption)))
        flow.blocks.append(contentsOf: rest)
    }

    /// The images of a node that holds nothing else: an `img`, or elements that only wrap images
    /// (a link, a paragraph, a `picture`) with no text; nil for any other node.
    ///
    /// Judged from the tree, not by mapping the node: mapping each child to test it and then
    /// again to keep it doubled the work at every level of nested figures.
    private static func pictures(in node: MarkupNode) -> [MarkupNode]? {
        if node.isElement(named: "img") { return [node] }
        // A gallery's counter (`6`, `1/5`) may sit beside the picture; words may not.
        guard node.isElement, node.textContent(limit: 256).unicodeScalars.filter({ !$0.properties.isWhitespace }).allSatisfy({ $0.properties.numericType != nil || $0 == "/" }) else { return nil }
        let elements = node.descendantElements()
        let images = elements.filter { $0.isElement(named: "img") }
        guard !images.isEmpty, elements.allSatisfy({ pictureWrappers.contains($0.name) }) else { return nil }
        return images
    }

    /// The elements a figure's picture may be wrapped in.
    private static let pictureWrappers: Set<String> = ["img", "a", "p", "div", "span", "picture", "source", "br"]

    private static func isImageOnly(_ block: Block) -> Bool {
        guard case .paragraph(let inlines) = block else { return false }
        return inlines.allSatisfy {
            switch $0 {
            case .image: return true
            case .link(let link): return link.content.allSatisfy { if case .image = $0 { true } else { false } }
            default: return false
            }
        }
    }

    static func image(_ node: MarkupNode) -> Image? {
        // Lazy-loading pages keep the real source in a data attribute, and put an empty
        // placeholder (`data:image/svg+xml,…`) or nothing in `src` until the picture scrolls into view.
        let lazy = [node.attribute("data-src"), node.attribute("data-original"), node.attribute("data-lazy-src")]
        let candidates = node.attribute("src").map { $0.hasUTF8Prefix("data:") ? lazy + [$0] : [$0] + lazy } ?? lazy
        guard let source = candidates.compactMap({ $0?.trimmingCharactersInWhitespace() }).first(where: { !$0.isEmpty }) else { return nil }
        return Image(source: source, alternative: node.attribute("alt")?.trimmingCharactersInWhitespace() ?? "",
                     title: node.attribute("title").flatMap(nonEmpty))
    }

    // MARK: - Tables

    private func table(_ node: MarkupNode, into flow: inout Flow) {
        let mapper = TableMapper(mapper: self)
        for block in blocks(from: mapper.strayContent(node)) { flow.append(block) }
        if let table = mapper.table(node) {
            flow.append(.table(table))
        } else {
            // A layout table: its cells are regions of the page, read in order.
            var regions = Flow()
            for cell in mapper.layoutCells(node) {
                visitChildren(cell, into: &regions)
                regions.endParagraph()
            }
            flow.endParagraph()
            flow.blocks.append(contentsOf: Self.pictureTable(regions.blocks) ?? regions.blocks)
        }
    }

    /// E-paper pages set a picture and its caption as a table of an image cell and a text cell;
    /// such a table is figures: each image with the short text after it as caption.
    private static func pictureTable(_ blocks: [Block]) -> [Block]? {
        var figures: [Figure] = []
        for block in blocks {
            guard case .paragraph(let content) = block else { return nil }
            if isImageOnly(block) {
                for case .image(let image) in content { figures.append(Figure(image: image)) }
            } else if let last = figures.last, last.caption.isEmpty, content.plainText.count <= 80 {
                figures[figures.count - 1].caption = content
            } else {
                return nil
            }
        }
        return figures.isEmpty ? nil : figures.map(Block.figure)
    }

    // MARK: - Helpers

    /// Inlines of several blocks, separated by line breaks (for headings, captions, cells).
    static func flatten(_ blocks: [Block]) -> [Inline] {
        var result: [Inline] = []
        for block in blocks {
            let inlines: [Inline]
            switch block {
            case .paragraph(let content): inlines = content
            case .heading(let heading): inlines = heading.content
            case .figure(let figure):
                inlines = (figure.image.map { [Inline.image($0)] } ?? []) + figure.caption
            case .codeBlock(let code): inlines = [.code(code.text)]
            case .divider: inlines = []
            case .blockQuote(let inner): inlines = flatten(inner)
            case .note(let note): inlines = flatten(note.blocks)
            case .list(let list): inlines = flatten(list.items.flatMap { $0 })
            case .table(let table): inlines = table.plainText.isEmpty ? [] : [.text(table.plainText)]
            }
            guard !inlines.isEmpty else { continue }
            if !result.isEmpty { result.append(.lineBreak) }
            result.append(contentsOf: inlines)
        }
        return result
    }

    private static func noteKind(_ node: MarkupNode) -> String? {
        (node.attribute("data-kind") ?? node.attribute("type", namespace: "http://www.idpf.org/2007/ops")).flatMap(nonEmpty)
    }

    /// The text an unsubstituted entity reference stands for, bounded so that references cannot amplify.
    private static func entityText(_ node: MarkupNode) -> String? {
        let pointer = node.pointer
        if let entity = pointer.pointee.children, entity.pointee.type == XML_ENTITY_DECL,
           let content = UnsafeMutableRawPointer(entity).assumingMemoryBound(to: xmlEntity.self).pointee.content {
            let length = Int(xmlStrlen(content))
            guard length <= 64 else { return nil }
            return String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
        }
        // XHTML with an unloaded DTD: the HTML entity names (`&nbsp;`, `&mdash;`) are still known.
        guard let name = pointer.pointee.name, let description = htmlEntityLookup(name),
              let scalar = Unicode.Scalar(description.pointee.value) else { return nil }
        return String(Character(scalar))
    }

    /// Whether UTF-8 text starts, after ASCII white space, with U+3000 (a Chinese paragraph indent).
    private static func startsWithIndent(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        return index + 2 < bytes.count && bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80
    }

    /// A heading's `id`, unless it is one the renderer made up (`section-N`), so that writing and
    /// reading a document gives it back unchanged.
    private static func headingIdentifier(_ node: MarkupNode) -> String? {
        guard let identifier = node.attribute("id").flatMap(nonEmpty) else { return nil }
        let suffix = identifier.dropFirst("section-".count)
        if identifier.hasPrefix("section-"), !suffix.isEmpty, suffix.allSatisfy(\.isASCII), Int(suffix) != nil { return nil }
        return identifier
    }

    static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharactersInWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
