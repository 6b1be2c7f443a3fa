import FolioCore

/// Renders the document model as polyglot XHTML5: markup that is valid HTML5 and well-formed
/// XHTML at once, so the HTML writer and the EPUB writer share one rendering.
///
/// Conventions the HTML reader maps back: headings get `id`s; `<section>` wraps each heading
/// and what follows it (when ``wrapsSections`` is on); figures are `figure`/`img`/`figcaption`;
/// notes are `<aside class="note" data-kind="…">`; quoted spans are `<q>`; tables have
/// `caption`, `thead`/`tbody`/`tfoot`, `th`, `rowspan`/`colspan`, and alignment as a
/// `text-align` style on each cell; indicator tables carry `class="indicators"`. An indicator
/// table with the standard columns is written as its reading view (``indicatorView``): bar
/// charts and a reading table whose rows link to their figures, marked in the paragraphs.
public struct MarkupRenderer: Sendable {
    /// Maps an image reference to the `src` to write, or nil to leave the image out.
    public typealias ImageResolver = @Sendable (Image) -> String?
    /// Maps a link target to the `href` to write, or nil to keep only the link's text.
    public typealias LinkResolver = @Sendable (String) -> String?

    /// Whether each heading and the blocks after it are wrapped in `<section>`.
    public var wrapsSections: Bool
    /// Added to every heading level (clamped to 6), for pages whose `h1` is the document title.
    public var headingLevelOffset: Int
    /// Decides each image's `src`; the default keeps relative paths and safe URLs.
    public var resolveImage: ImageResolver
    /// Decides each link's `href`; the default keeps relative paths and safe schemes.
    public var resolveLink: LinkResolver
    /// Which views of an indicator table to write: the reading table, the charts, or both.
    public var indicatorView: IndicatorView
    /// Whether indicator tables are written where they stand; off when a page template places
    /// them itself (``renderIndicatorViews(_:references:)``).
    public var placesIndicatorViews: Bool
    /// The document's language (BCP 47) for the words of the indicator views; nil judges by the table's script.
    public var language: String?

    /// Creates a renderer.
    public init(
        wrapsSections: Bool = true,
        headingLevelOffset: Int = 0,
        resolveImage: @escaping ImageResolver = { SafeURL.imageSource($0.source) },
        resolveLink: @escaping LinkResolver = { SafeURL.linkTarget($0) },
        indicatorView: IndicatorView = .both,
        placesIndicatorViews: Bool = true,
        language: String? = nil
    ) {
        self.wrapsSections = wrapsSections
        self.headingLevelOffset = headingLevelOffset
        self.resolveImage = resolveImage
        self.resolveLink = resolveLink
        self.indicatorView = indicatorView
        self.placesIndicatorViews = placesIndicatorViews
        self.language = language
    }

    /// Renders blocks, a whole document, as body markup, with the outline of their headings.
    public func render(_ blocks: [Block]) -> RenderedMarkup {
        render(blocks, startingAt: 0, references: IndicatorReferences(blocks: blocks))
    }

    /// Renders part of a document (a book's chapter): `blocks` are its top-level blocks from
    /// index `firstBlock` on, and `references` were found in the whole document.
    public func render(_ blocks: [Block], startingAt firstBlock: Int, references: IndicatorReferences) -> RenderedMarkup {
        var session = RenderSession(renderer: self, references: references)
        session.topLevelBlocks(blocks, startingAt: firstBlock)
        session.closeSections(downTo: 1)
        return RenderedMarkup(bytes: session.buffer.bytes, outline: session.outline, hasSVG: session.hasSVG)
    }

    /// Renders only the views of the indicator tables in `blocks` (a whole document), for a
    /// page template that places them apart from the body; empty when there are none.
    public func renderIndicatorViews(_ blocks: [Block], references: IndicatorReferences) -> RenderedMarkup {
        var session = RenderSession(renderer: self, references: references)
        IndicatorReferences.visit(blocks) { address, block in
            guard case .table(let table) = block, let indicators = references.indicatorRows(of: table, at: address) else { return }
            session.indicatorView(indicators.rows, located: indicators.located)
        }
        return RenderedMarkup(bytes: session.buffer.bytes, outline: [], hasSVG: session.hasSVG)
    }

    /// Renders inlines as phrasing markup.
    public func render(inlines: [Inline]) -> String {
        var session = RenderSession(renderer: self)
        session.inlines(inlines)
        return session.buffer.string
    }

    /// Renders the document's title block: intro title, title, subtitle, byline and dateline,
    /// as a `<header class="document-header">`; empty when the metadata has none of them.
    public func renderHeader(_ metadata: Metadata, titleLevel: Int = 1) -> String {
        var buffer = MarkupBuffer(capacity: 512)
        DocumentHeader(metadata: metadata, titleLevel: titleLevel).render(into: &buffer)
        return buffer.string
    }
}

/// The state of one rendering: output, anchors handed out, headings seen, sections open.
struct RenderSession {
    let renderer: MarkupRenderer
    var buffer = MarkupBuffer()
    var anchors: AnchorRegistry
    var outline: [OutlineEntry] = []
    /// Levels of the `<section>` elements currently open, innermost last.
    var openSections: [Int] = []
    /// Whether an `<a>` is open, so that nested links render as text.
    var isInsideLink = false
    /// The links between indicator rows and the figures in the paragraphs.
    let references: IndicatorReferences
    /// The address of the next block written: its top-level block and depth-first position.
    var nextAddress = BlockAddress(block: 0, position: 0)
    /// The figures to mark in the paragraph being written, and how far into its plain text the writing is (UTF-8 bytes).
    var activeMarks: [IndicatorReferences.Mark] = []
    var markOffset = 0
    /// Whether a chart was drawn.
    var hasSVG = false

    init(renderer: MarkupRenderer, references: IndicatorReferences = .none) {
        self.renderer = renderer
        self.references = references
        anchors = AnchorRegistry(reserved: references.anchors)
    }

    /// Renders top-level blocks, the first being block `firstBlock` of its document.
    mutating func topLevelBlocks(_ blocks: [Block], startingAt firstBlock: Int) {
        for (index, block) in blocks.enumerated() {
            nextAddress = BlockAddress(block: firstBlock + index, position: 0)
            self.block(block)
        }
    }

    /// The address of the block about to be written; the next one follows it.
    mutating func takeAddress() -> BlockAddress {
        defer { nextAddress.position += 1 }
        return nextAddress
    }

    mutating func closeSections(downTo level: Int) {
        while let last = openSections.last, last >= level {
            buffer.close("section")
            buffer.newline()
            openSections.removeLast()
        }
    }
}
