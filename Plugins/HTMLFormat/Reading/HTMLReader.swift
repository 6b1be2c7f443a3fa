import FolioCore
import FolioMarkup
import FolioNewspaper
import Foundation

/// Reads HTML pages: any declared or sniffed charset, real-world broken markup, the article of
/// a full site page or of a Founder e-paper page, and the page's metadata.
///
/// Options: `encoding` (overrides the declared charset), `no-extract` (keep the whole body, not
/// only the article), `max-depth` (deepest element nesting, default 256), `max-input-size`
/// (largest page, default 1G). A page without text, or one that is all navigation, is read with
/// a warning rather than silently giving an empty document.
public struct HTMLReader: WarningDocumentReader {
    /// Creates the reader.
    public init() {}


    /// Reads a page, with a warning when it holds no article.
    public func readReporting(_ data: Data, source: String, options: Options) throws -> ReadResult {
        let maximumSize = try options.maximumInputSize()
        guard data.count <= maximumSize else {
            throw FolioError(.limitExceeded, "the page is \(data.count) bytes, over the \(maximumSize)-byte limit (max-input-size)", source: source)
        }
        let decoded = try HTMLCharset.decode(data, options: options, source: source)
        let page = try MarkupParser.parseHTML(decoded.text, source: source, limits: try MarkupParser.Limits(options: options))
        return read(page, options: options, encoding: decoded.encoding)
    }

    /// Maps a parsed page to a document.
    func read(_ page: MarkupDocument, options: Options, encoding: TextDecoding.Encoding) -> ReadResult {
        var metadata = HTMLMetadata.read(page)
        let founder = FounderPage(page)
        founder?.apply(to: &metadata)
        guard let body = page.body ?? page.root else {
            return ReadResult(document: Document(metadata: metadata), warnings: [Self.noTextWarning])
        }

        let extracting = !options.flag("no-extract")
        let extraction = extracting && founder?.content == nil ? ArticleExtractor.extract(from: body) : nil
        let nodes = founder?.content ?? extraction?.nodes ?? Array(body.children)
        let header = TitleBlock.find(in: body)
        let founderElements = founder?.metadataElements ?? []
        let breaksSeparateParagraphs = !HTMLMetadata.isWrittenByFolio(page)
        let excluded = extraction?.excluded ?? []
        let mapper = MarkupMapper(breaksSeparateParagraphs: breaksSeparateParagraphs, excludes: { node in
            if let header, node == header { return true }
            if founderElements.contains(node) { return true }
            return extracting && (excluded.contains(node) || (extraction == nil && ArticleExtractor.isChrome(node)))
        })
        var blocks = mapper.blocks(from: nodes)
        if let header { TitleBlock(element: header).apply(to: &metadata) }
        if extracting, founder == nil, header == nil {
            // A page no publishing system marks is read as news pages are read in text dumps:
            // the whole page, for the datelines and bylines printed around the article.
            let pageMapper = MarkupMapper(breaksSeparateParagraphs: breaksSeparateParagraphs, excludes: ArticleExtractor.isChrome)
            let reading = NewsPageCleanup(pageBlocks: pageMapper.blocks(from: Array(body.children)), title: metadata.title,
                                          knownChrome: RecurringChrome.lines(in: options[RecurringChrome.option.name]))
            reading.apply(to: &metadata)
            blocks = reading.cleaned(blocks)
        }
        ArticleCleanup.apply(to: &blocks, metadata: &metadata)
        var warnings: [String] = []
        if blocks.isEmpty {
            // Nothing reads as an article: keep what the page shows, navigation included, and say so.
            blocks = MarkupMapper(breaksSeparateParagraphs: breaksSeparateParagraphs).blocks(from: Array(body.children))
            if blocks.isEmpty { blocks = Self.navigationBlocks(in: body, breaksSeparateParagraphs: breaksSeparateParagraphs) }
            warnings.append(blocks.isEmpty ? Self.noTextWarning : "the page holds no article, only navigation and links; they are kept as they are")
        }
        if metadata.language == nil { metadata.language = LanguageGuess.language(of: blocks.lazy.map(\.plainText), traditional: encoding == .big5) }
        return ReadResult(document: Document(metadata: metadata, blocks: blocks), warnings: warnings)
    }

    private static let noTextWarning = "the page holds no text: the document is empty"

    /// The content of the page's `nav` elements, which the mapping otherwise leaves out.
    private static func navigationBlocks(in body: MarkupNode, breaksSeparateParagraphs: Bool) -> [Block] {
        let mapper = MarkupMapper(breaksSeparateParagraphs: breaksSeparateParagraphs)
        var blocks: [Block] = []
        body.forEachDescendant { node in
            guard node.isElement(named: "nav") else { return true }
            blocks += mapper.blocks(from: node)
            return false
        }
        return blocks
    }
}
