import FolioCore
import FolioMarkup

/// One XHTML content document of the book.
struct BookPage {
    /// The manifest id.
    var id: String
    /// The file name inside the package folder.
    var href: String
    /// The page as packed for the archive.
    var file: ZipEntry
    /// Whether the body holds inline SVG (indicator charts): the manifest item's `svg` property.
    var hasSVG = false
}

/// An entry of the table of contents, with the entries nested under it.
struct TableOfContentsEntry {
    var label: String
    var href: String
    var children: [TableOfContentsEntry] = []
}

/// Lays documents out as pages: an opening page per document (its title block and lead), then
/// one page per top-level section, and the table of contents that links them.
struct BookPlan {
    private(set) var pages: [BookPage] = []
    private(set) var tableOfContents: [TableOfContentsEntry] = []
    private var pageCount = 0

    /// Plans the book, packing each page with `files` as it is rendered. A single document's
    /// sections sit at the top of the contents; in a collection each document is one entry with
    /// its sections nested under it.
    init(documents: [Document], book: BookMetadata, images: BookImages, indicatorView: IndicatorView = .both, files: inout PageFiles) throws {
        let isCollection = documents.count > 1
        if isCollection { pages.append(try Self.titlePage(book, files: &files)) }
        for (index, document) in documents.enumerated() {
            let hrefs = index < images.hrefs.count ? images.hrefs[index] : [:]
            let renderer = MarkupRenderer(
                resolveImage: { hrefs[$0.source] },
                // Relative links point at files the book does not hold; only absolute URLs stay links.
                resolveLink: { SafeURL.scheme(of: $0) == nil ? nil : SafeURL.linkTarget($0) },
                indicatorView: indicatorView,
                language: document.metadata.language.flatMap(XHTMLPage.languageTag) ?? book.language
            )
            let entries = try addDocument(document, number: index + 1, renderer: renderer, book: book, isOnlyDocument: !isCollection, files: &files)
            tableOfContents.append(contentsOf: entries)
        }
        // A book needs one page at least, even from an empty document.
        if pages.isEmpty { pages.append(try Self.titlePage(book, files: &files)) }
        if tableOfContents.isEmpty, let first = pages.first {
            tableOfContents = [TableOfContentsEntry(label: book.title, href: first.href)]
        }
    }

    /// The book's own title page: its title, publisher and date.
    private static func titlePage(_ book: BookMetadata, files: inout PageFiles) throws -> BookPage {
        let header = MarkupRenderer().renderHeader(book.titlePageMetadata)
        let file = try files.pack(href: "title.xhtml", title: book.title, language: book.language, bodyClass: "title-page", body: Array(header.utf8))
        return BookPage(id: "title-page", href: "title.xhtml", file: file)
    }

    /// Adds a document's pages and returns its contents entries.
    private mutating func addDocument(_ document: Document, number: Int, renderer: MarkupRenderer, book: BookMetadata, isOnlyDocument: Bool,
                                      files: inout PageFiles) throws -> [TableOfContentsEntry] {
        let language = document.metadata.language.flatMap(XHTMLPage.languageTag) ?? book.language
        let topLevel = document.blocks.compactMap { block -> Int? in
            if case .heading(let heading) = block { return heading.level }
            return nil
        }.min()
        // Each part keeps the index of its first block, so that links between a chapter's
        // figures and the indicator table on another page name the right file.
        var lead: [Block] = []
        var sections: [(first: Int, blocks: [Block])] = []
        for (index, block) in document.blocks.enumerated() {
            if case .heading(let heading) = block, heading.level == topLevel {
                sections.append((index, [block]))
            } else if sections.isEmpty {
                lead.append(block)
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        let documentTitle = DisplayLabel.of(document.metadata.title) ?? DisplayLabel.of(document.metadata.source.flatMap(DisplayLabel.fileStem))
            ?? (isOnlyDocument ? book.title : "\(book.untitledLabel) \(number)")

        var sectionEntries: [TableOfContentsEntry] = []
        var openingHref: String?
        let header = renderer.renderHeader(document.metadata)
        let hasOpening = !header.isEmpty || !lead.isEmpty
        let firstSectionPage = pageCount + (hasOpening ? 1 : 0) + 1
        let sectionFirsts = sections.map(\.first)
        let references = IndicatorReferences(blocks: document.blocks) { block in
            // The last section starting at or before the block holds it; before any, the opening page.
            guard let section = sectionFirsts.lastIndex(where: { $0 <= block }) else { return Self.pageName(firstSectionPage - 1) + ".xhtml" }
            return Self.pageName(firstSectionPage + section) + ".xhtml"
        }
        if hasOpening {
            var body = MarkupBuffer()
            body.raw(header)
            let rendered = renderer.render(lead, startingAt: 0, references: references)
            body.raw(rendered.bytes)
            let page = try nextPage(title: documentTitle, language: language, body: body.bytes, bodyClass: "opening", hasSVG: rendered.hasSVG, files: &files)
            openingHref = page.href
            pages.append(page)
        }
        // A long document's sections (a day's pages run together) are rendered and deflated on
        // all cores, a batch at a time so that only a batch's markup is held at once; the pages
        // are then numbered, digested and listed in order, as one at a time.
        let batchSize = sections.count >= Self.sectionsWorthSharing ? 32 : 1
        for batchStart in stride(from: 0, to: sections.count, by: batchSize) {
            let batch = Array(sections[batchStart..<min(sections.count, batchStart + batchSize)])
            let made = try Self.sectionPages(batch, firstNumber: pageCount + 1, renderer: renderer, references: references,
                                             documentTitle: documentTitle, language: language, wrapper: files.wrapper)
            for section in made {
                files.record(section.rendered.bytes)
                pageCount += 1
                let page = BookPage(id: Self.pageName(pageCount), href: Self.pageName(pageCount) + ".xhtml", file: section.entry, hasSVG: section.rendered.hasSVG)
                pages.append(page)
                sectionEntries.append(contentsOf: Self.nest(section.rendered.outline, in: page.href, fallbackLabel: section.title))
            }
        }
        let documentHref = openingHref ?? sectionEntries.first?.href
        guard let documentHref else { return [] }
        if isOnlyDocument {
            return (openingHref == nil ? [] : [TableOfContentsEntry(label: documentTitle, href: documentHref)]) + sectionEntries
        }
        return [TableOfContentsEntry(label: documentTitle, href: documentHref, children: sectionEntries)]
    }

    /// Sections from which a document's pages are rendered and deflated on all cores.
    static let sectionsWorthSharing = 16

    /// A section rendered and packed as its page.
    private struct SectionPage {
        var rendered: RenderedMarkup
        var title: String
        var entry: ZipEntry
    }

    /// The pages of `sections`, numbered from `firstNumber`: rendered and packed on all cores
    /// when there are several, each with a deflater of its own.
    private static func sectionPages(_ sections: [(first: Int, blocks: [Block])], firstNumber: Int, renderer: MarkupRenderer,
                                     references: IndicatorReferences, documentTitle: String, language: String,
                                     wrapper: PageWrapper) throws -> [SectionPage] {
        @Sendable func make(_ offset: Int, deflater: RawDeflater) throws -> SectionPage {
            let section = sections[offset]
            let rendered = renderer.render(section.blocks, startingAt: section.first, references: references)
            let title = rendered.outline.first.flatMap { DisplayLabel.of($0.text) } ?? documentTitle
            let entry = try wrapper.entry(href: pageName(firstNumber + offset) + ".xhtml", title: title, language: language,
                                        bodyClass: "chapter", body: rendered.bytes, deflater: deflater)
            return SectionPage(rendered: rendered, title: title, entry: entry)
        }
        guard sections.count > 1 else { return try sections.indices.map { try make($0, deflater: RawDeflater()) } }
        return try [Result<SectionPage, any Error>](concurrentlyMaking: sections.count) { offset in
            Result { try make(offset, deflater: RawDeflater()) }
        }.map { try $0.get() }
    }

    private mutating func nextPage(title: String, language: String, body: [UInt8], bodyClass: String, hasSVG: Bool, files: inout PageFiles) throws -> BookPage {
        pageCount += 1
        let name = Self.pageName(pageCount)
        let file = try files.pack(href: name + ".xhtml", title: title, language: language, bodyClass: bodyClass, body: body)
        return BookPage(id: name, href: name + ".xhtml", file: file, hasSVG: hasSVG)
    }

    /// The name of content page `number` (from 1): `page-001`.
    static func pageName(_ number: Int) -> String {
        let digits = String(number)
        return "page-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Turns a page's outline into nested entries; the first heading links to the page itself.
    static func nest(_ outline: [OutlineEntry], in href: String, fallbackLabel: String) -> [TableOfContentsEntry] {
        var roots: [TableOfContentsEntry] = []
        // Open entries, outermost first, with their levels.
        var stack: [(level: Int, entry: TableOfContentsEntry)] = []
        func closeDeeperThan(_ level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last.entry) } else { stack[stack.count - 1].entry.children.append(last.entry) }
            }
        }
        for (index, item) in outline.enumerated() {
            closeDeeperThan(item.level)
            let target = index == 0 ? href : href + "#" + item.anchor
            stack.append((item.level, TableOfContentsEntry(label: DisplayLabel.of(item.text) ?? fallbackLabel, href: target)))
        }
        closeDeeperThan(Int.min)
        return roots
    }
}
