import FolioCore
import FolioNewspaper

/// The layout of news pages as text: e-paper dumps (the Founder/方正 page view and its kin),
/// news-site pages, archive mirrors, and Folio's own text output.
///
/// The page is read by ``NewsPage`` (FolioNewspaper), which the HTML reader shares: chrome is
/// dropped and what it says (publication, date, edition, section) kept; each article's headline
/// (kicker, title, subtitle), bylines, photo captions and credits are found by position and
/// shape. This layout then makes blocks of the body: paragraphs by the blank-line and
/// indentation rhythm, section headings by length, punctuation, indentation and gaps.
/// When a page carries several articles, the first is the document's (its headline is the
/// metadata's), and each later one opens with its headline as a level-1 heading and keeps its
/// byline as printed; the metadata names everyone the page credits.
///
/// A text is taken for a news page when its furniture (chrome, datelines, bylines, captions)
/// says so, or when Chinese text opens with a headline over prose; otherwise
/// ``document(from:)`` returns nil and the reader falls back to plain paragraphs.
public struct NewsPageLayout: PageLayout {
    /// Creates the layout.
    public init() {}

    /// `news`.
    public var name: String { "news" }

    /// The page's document, or nil when the text is no news page.
    public func document(from page: TextPage) throws -> Document? {
        let (pageLines, written) = Self.pageLines(of: page)
        let news = NewsPage(lines: pageLines, knownChrome: page.knownChrome)
        // The body parser sees the page's lines as the reading saw them: indented from the
        // page's margin, captions without their `[图]`, Folio's own header lines blank.
        var bodyLines = page.lines
        for index in bodyLines.indices where pageLines[index].hint == .caption || pageLines[index].hint == .chrome {
            bodyLines[index].text = pageLines[index].text
        }
        if news.margin > 0 {
            for index in bodyLines.indices { bodyLines[index].indentation = news.lines[index].indentation }
        }
        let language = LanguageGuess.language(of: page.lines.lazy.filter { !$0.isBlank }.map { $0.text })
        let isWritten = written != Metadata() || pageLines.contains { $0.hint == .title }
        guard isWritten || news.isNewsPage(chinese: language?.hasPrefix("zh") ?? false) else { return nil }

        var metadata = written.filling(from: news.metadata)
        metadata.language = language
        let indentedBody = news.indentsProse
        let normalGap = BlockParser.usualGap(in: bodyLines[...])
        var blocks: [Block] = []
        for (position, article) in news.articles.enumerated() {
            let isFirst = position == 0
            if !isFirst, let title = article.title {
                let headline = [article.introTitle, title, article.subtitle].compactMap { $0 }.joined(separator: " ")
                blocks.append(.heading(Heading(level: 1, content: [.text(headline)])))
            }
            var run: [Int] = []
            var articleBlocks: [Block] = []
            func flush() {
                guard let first = run.first, let last = run.last else { return }
                var slice = bodyLines[first...last]
                for index in slice.indices where news.roles[index] != .body {
                    slice[index] = TextLine(number: slice[index].number, text: "", width: 0)
                }
                let parser = BlockParser(lines: slice, normalGap: normalGap) { Self.headingLevel($0, indentedBody: indentedBody) }
                articleBlocks += parser.parse()
                run = []
            }
            for index in article.lines {
                switch news.roles[index] {
                case .body:
                    run.append(index)
                case .caption:
                    flush()
                    articleBlocks.append(.figure(Figure(caption: [.text(pageLines[index].text)])))
                case .byline where !isFirst:
                    // A later article keeps its byline under its heading, as printed.
                    flush()
                    articleBlocks.append(.paragraph([.text(pageLines[index].text)]))
                case .skipped where pageLines[index].isBlank:
                    if !run.isEmpty { run.append(index) }
                default:
                    continue
                }
            }
            flush()
            blocks += Self.joiningHeadingPairs(Self.promotingShortLines(articleBlocks))
        }
        return Document(metadata: metadata, blocks: blocks)
    }

    /// The page's lines for ``NewsPage``, with what Folio's own text output marks: the metadata
    /// line (taken as metadata), the title underlined with `═`, `[图]` captions, and, after the
    /// written header and byline, body text that is never a headline.
    static func pageLines(of page: TextPage) -> ([PageLine], Metadata) {
        var written = Metadata()
        var lines: [PageLine] = []
        lines.reserveCapacity(page.lines.count)
        var titleIndex: Int?
        var insideFence = false
        for (index, line) in page.lines.enumerated() {
            var pageLine = PageLine(text: line.text, indentation: line.indentation)
            if titleIndex == nil, index + 1 < page.lines.count, !line.isBlank, LineMarks.underlineLevel(page.lines[index + 1].text) == 1, index < 12 {
                pageLine.hint = .title
                titleIndex = index
            } else if let titleIndex, index == titleIndex + 1 {
                pageLine = PageLine(text: "", hint: .chrome)
            } else if let caption = LineMarks.figureCaption(line.text) {
                pageLine = PageLine(text: caption, indentation: line.indentation, hint: .caption)
            } else if index < 3, written.date == nil, written.edition == nil, let metadata = WrittenHeader.metadataLine(line.text) {
                written = metadata
                pageLine = PageLine(text: "", hint: .chrome)
            } else if Self.isTextStructure(line.text) || insideFence {
                // Tables, quotes, code and rules are body text, whatever their shape.
                pageLine.hint = .body
            }
            if LineMarks.isFence(line.text) { insideFence.toggle() }
            lines.append(pageLine)
        }
        guard let titleIndex else { return (lines, written) }
        // Written by Folio: the header ends after the `——`subtitle and the byline block; the
        // rest is body, its headings underlined like the title.
        var index = titleIndex + 2
        if index < lines.count, lines[index].text.hasUTF8Prefix("——") { index += 1 }
        while index < lines.count, lines[index].isBlank { index += 1 }
        if index < lines.count, Byline.signature(lines[index].text) != nil || Byline.isCredit(lines[index].text) {
            while index < lines.count, !lines[index].isBlank {
                if lines[index].hint == nil { lines[index].hint = .byline }
                index += 1
            }
        }
        for body in index..<lines.count where lines[body].hint == nil && !lines[body].isBlank { lines[body].hint = .body }
        return (lines, written)
    }

    /// Whether a line is part of a structure plain text draws: a table and its caption, a quote,
    /// a code fence, a divider.
    static func isTextStructure(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if (0x2500...0x257F).contains(first.value) { return true }
        return LineMarks.tableCaption(text) != nil || LineMarks.quoted(text) != nil || LineMarks.isFence(text) || LineMarks.isDivider(text)
    }

    /// The widest line that can still be a section heading.
    static let maximumHeadingWidth = 64

    /// What a short line that stands above a heading may not end with to become a heading too.
    static let headingBreakers: ScalarSet = "。，,；;"

    /// A section heading: a short unpunctuated line followed by body text, set apart by a wider
    /// gap than paragraphs, or numbered (一、), or two phrases with a space between (聚焦… 全力…),
    /// or unindented among indented paragraphs.
    static func headingLevel(_ context: HeadingContext, indentedBody: Bool) -> Int? {
        let text = context.text
        guard context.width <= maximumHeadingWidth, !LineMarks.endsWithPunctuation(text) || text.hasSuffix(":") || text.hasSuffix("："),
              !text.hasUTF8Prefix("——"), Byline(line: text) == nil,
              let next = context.next, LineShape.isProse(next.text) || next.width > maximumHeadingWidth
        else { return nil }
        if context.gapBefore >= context.normalGap && context.gapAfter > context.normalGap { return 2 }
        if LineMarks.hasSectionOrdinal(text) || (indentedBody && context.indentation == 0) { return 2 }
        if let space = text.firstIndex(of: " "), text[..<space].unicodeScalars.contains(where: CJK.isIdeographic), text[space...].unicodeScalars.contains(where: CJK.isIdeographic) {
            return 2
        }
        return nil
    }

    /// A short line without punctuation between prose paragraphs heads what follows it: news
    /// sites set section headings as paragraphs of their own, spaced like the rest.
    static func promotingShortLines(_ blocks: [Block]) -> [Block] {
        var blocks = blocks
        for index in blocks.indices.dropFirst().dropLast() {
            guard case .paragraph(let content) = blocks[index], case .paragraph(let next) = blocks[index + 1] else { continue }
            let text = content.plainText
            guard text.hasAtMostCharacters(24), !LineShape.isProse(text), !LineMarks.endsWithPunctuation(text) || text.hasSuffix(":") || text.hasSuffix("："),
                  LineShape.isProse(next.plainText) else { continue }
            switch blocks[index - 1] {
            case .paragraph, .figure: blocks[index] = .heading(Heading(level: 2, content: content))
            default: continue
            }
        }
        return blocks
    }

    /// A short unpunctuated line just above a section heading heads it too: features set a
    /// section's name over its sub-heading (`坊间传说` / `乾隆南巡与盐商实力`).
    static func joiningHeadingPairs(_ blocks: [Block]) -> [Block] {
        var blocks = blocks
        for index in blocks.indices.dropLast().reversed() {
            guard case .heading(let heading) = blocks[index + 1], case .paragraph(let content) = blocks[index] else { continue }
            let text = content.plainText
            guard text.hasAtMostCharacters(30), !LineShape.isProse(text), LineShape.finalMark(text).map({ !Self.headingBreakers.contains($0) }) ?? false else { continue }
            blocks[index] = .heading(Heading(level: heading.level, content: content))
        }
        return blocks
    }
}
