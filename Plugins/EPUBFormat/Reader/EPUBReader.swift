import FolioCore
import FolioMarkup
import Foundation

/// Reads EPUB 2 and 3 books: container, package document, then the spine's XHTML in order.
///
/// The zip is read in memory with the limits `max-expanded-size` (default 1 GiB),
/// `max-entries` (default 100 000) and `max-ratio` (default 250, for entries over 1 MiB); XML is parsed without network, external entities or DTDs,
/// with `max-depth`. Navigation documents, the NCX and cover pages are not content; foreign spine
/// items are replaced by their XHTML fallback, or skipped. Spine items that the archive lacks are
/// skipped; a book whose spine names nothing the archive holds is an error.
public struct EPUBReader: DocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads a book.
    public func read(_ data: Data, source: String, options: Options) throws -> Document {
        let limits = ZipArchiveReader.Limits(
            maximumExpandedSize: try options.byteCount("max-expanded-size", default: 1 << 30),
            maximumEntries: try options.integer("max-entries", default: 100_000, in: 1...Int.max),
            maximumRatio: try options.integer("max-ratio", default: 250, in: 1...Int.max)
        )
        let archive = try ZipArchiveReader([UInt8](data), source: source, limits: limits)
        let markupLimits = try MarkupParser.Limits(options: options)

        let packagePath = try Self.packagePath(in: archive, limits: markupLimits)
        guard let packageEntry = archive.entry(named: packagePath) else {
            throw FolioError(.malformedInput, "the package document \(ZipArchiveReader.quoted(packagePath)) named by META-INF/container.xml is missing", source: source)
        }
        let packageXML = try MarkupParser.parseXML(Data(try archive.contents(of: packageEntry)), source: "\(source):\(ZipArchiveReader.printable(packagePath))", limits: markupLimits)
        let package = try PackageDescription(packageXML, path: packagePath, source: source)

        var document = Document(metadata: package.metadata)
        document.metadata.source = source
        // Spine items in formats without text for the model (SVG, images) are skipped.
        let present = package.spine.compactMap { item in archive.entry(named: item.path).map { (item, $0) } }
        guard !present.isEmpty else {
            throw FolioError(.malformedInput, "the book's spine lists no content document that the archive holds", source: source)
        }
        for (item, entry) in present where item.isContent {
            let page = try Self.page(of: try archive.contents(of: entry), path: "\(source):\(ZipArchiveReader.printable(item.path))", limits: markupLimits)
            document.blocks.append(contentsOf: page.blocks)
            // What the package cannot state (kicker, credits) comes from Folio's title block.
            if let header = page.header {
                if document.metadata.introTitle == nil { document.metadata.introTitle = header.introTitle }
                if document.metadata.credits.isEmpty { document.metadata.credits = header.credits }
            }
        }
        // A book that states no language gets the one its text is written in (zh-Hant for traditional characters).
        if document.metadata.language == nil { document.metadata.language = LanguageGuess.language(of: document) }
        return document
    }

    /// What a content document holds: its blocks, and the fields of a Folio title block if it has one.
    struct ContentPage {
        /// The fields of `<header class="document-header">` that the package metadata lacks.
        struct TitleBlock {
            var introTitle: String?
            var credits: [String] = []
        }

        var blocks: [Block]
        var header: TitleBlock?
    }

    /// The package document's path, from `META-INF/container.xml`.
    private static func packagePath(in archive: ZipArchiveReader, limits: MarkupParser.Limits) throws -> String {
        guard let entry = archive.entry(named: "META-INF/container.xml") else {
            throw FolioError(.malformedInput, "not an EPUB: META-INF/container.xml is missing", source: archive.source)
        }
        let container = try MarkupParser.parseXML(Data(try archive.contents(of: entry)), source: "\(archive.source):META-INF/container.xml", limits: limits)
        let rootfiles = container.root?.descendantElements(limit: 1000).filter { $0.isElement(named: "rootfile") } ?? []
        let chosen = rootfiles.first { $0.attribute("media-type") == "application/oebps-package+xml" } ?? rootfiles.first
        guard let fullPath = chosen?.attribute("full-path"), let path = ArchivePath.resolve(fullPath, against: "") else {
            throw FolioError(.malformedInput, "META-INF/container.xml names no package document", source: archive.source)
        }
        return path
    }

    /// One content document; cover pages and Folio's own title blocks give no blocks, since the
    /// package metadata already states what they show.
    static func page(of bytes: [UInt8], path: String, limits: MarkupParser.Limits) throws -> ContentPage {
        let page: MarkupDocument
        do {
            page = try MarkupParser.parseXML(Data(bytes), source: path, limits: limits)
        } catch let error as FolioError where error.kind == .malformedInput {
            // EPUB 2 books in the wild hold HTML that is not well-formed XML; read it as HTML.
            page = try MarkupParser.parseHTML(String(decoding: bytes, as: UTF8.self), source: path, limits: limits)
        }
        guard let body = page.body, !isCover(body) else { return ContentPage(blocks: []) }
        var header: ContentPage.TitleBlock?
        var nodes: [MarkupNode] = []
        for node in body.children where !isCover(node) {
            if node.isElement(named: "header"), node.classes.contains("document-header") {
                header = titleBlock(node)
            } else {
                nodes.append(node)
            }
        }
        return ContentPage(blocks: MarkupMapper(breaksSeparateParagraphs: false).blocks(from: nodes), header: header)
    }

    private static func titleBlock(_ header: MarkupNode) -> ContentPage.TitleBlock {
        var block = ContentPage.TitleBlock()
        for line in header.childElements {
            let text = line.textContent(limit: 1 << 16).trimmingCharactersInWhitespace()
            guard !text.isEmpty else { continue }
            if line.classes.contains("intro-title") { block.introTitle = text }
            if line.classes.contains("credit") { block.credits.append(text) }
        }
        return block
    }

    /// Whether an element is marked as a cover (`epub:type="cover"`).
    private static func isCover(_ node: MarkupNode) -> Bool {
        let type = node.attribute("type", namespace: "http://www.idpf.org/2007/ops") ?? ""
        return type.split(separator: " ").contains("cover")
    }
}
