import FolioCore

/// Renders the document model as polyglot XHTML5: markup that is valid HTML5 and well-formed
/// XHTML at once, so the HTML writer and the EPUB writer share one rendering.
///
/// Conventions the HTML reader maps back: headings get `id`s; `<section>` wraps each heading
/// and what follows it (when ``wrapsSections`` is on); figures are `figure`/`img`/`figcaption`;
/// notes are `<aside class="note" data-kind="…">`; quoted spans are `<q>`; tables have
/// `caption`, `thead`/`tbody`/`tfoot`, `th`, `rowspan`/`colspan`, and alignment as a
/// `text-align` style on each cell; indicator tables carry `class="indicators"`.
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

    /// Creates a renderer.
    public init(
        wrapsSections: Bool = true,
        headingLevelOffset: Int = 0,
        resolveImage: @escaping ImageResolver = { SafeURL.imageSource($0.source) },
        resolveLink: @escaping LinkResolver = { SafeURL.linkTarget($0) }
    ) {
        self.wrapsSections = wrapsSections
        self.headingLevelOffset = headingLevelOffset
        self.resolveImage = resolveImage
        self.resolveLink = resolveLink
    }

    /// Renders blocks as body markup, with the outline of their headings.
    public func render(_ blocks: [Block]) -> RenderedMarkup {
        var session = RenderSession(renderer: self)
        session.blocks(blocks)
        session.closeSections(downTo: 1)
        return RenderedMarkup(bytes: session.buffer.bytes, outline: session.outline)
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
    var anchors = AnchorRegistry()
    var outline: [OutlineEntry] = []
    /// Levels of the `<section>` elements currently open, innermost last.
    var openSections: [Int] = []
    /// Whether an `<a>` is open, so that nested links render as text.
    var isInsideLink = false

    init(renderer: MarkupRenderer) {
        self.renderer = renderer
    }

    mutating func closeSections(downTo level: Int) {
        while let last = openSections.last, last >= level {
            buffer.close("section")
            buffer.newline()
            openSections.removeLast()
        }
    }
}
