import FolioCore

/// The layout of Chinese newspaper e-paper text dumps (the Founder/方正 page view and its kin).
///
/// Recognises the page's chrome (edition and date lines, navigation, zoom controls, the paper's
/// name, stray markers, flattened Founder metadata) and drops it after taking publication, date,
/// edition and section from it; then reads each article's title block (引题, title, ——subtitle),
/// figure captions, byline and photo credit, and tells section headings from paragraphs by
/// length, punctuation, indentation and the blank-line rhythm. The first article's head becomes
/// the document's metadata; later articles become level-1 headings in the body.
///
/// A text is taken for a page when its chrome scores at least two (an edition line alone does);
/// otherwise ``document(from:)`` returns nil and the reader falls back to plain paragraphs.
public struct EPaperLayout: PageLayout {
    /// Creates the layout.
    public init() {}

    /// `epaper`.
    public var name: String { "epaper" }

    /// The page's document, or nil when the text shows no e-paper chrome.
    public func document(from page: TextPage) throws -> Document? {
        var lines = page.lines
        let frame = PageFrame(lines: &lines)
        guard frame.score >= 2 else { return nil }
        var metadata = frame.metadata
        let top = frame.top, bottom = frame.bottom

        let body = lines[top..<bottom]
        let indentedBody = Self.isIndented(body)
        let normalGap = BlockParser.usualGap(in: body)
        var blocks: [Block] = []
        var authors: [Author] = []
        var articleStart = top
        var isFirst = true
        while articleStart < bottom {
            let header = ArticleHeader(lines: body, start: articleStart, indentedBody: indentedBody)
            let end = Self.nextArticle(in: body, after: header.bodyStart, indentedBody: indentedBody) ?? bottom
            authors += header.byline.authors
            if isFirst {
                metadata.introTitle = header.introTitle
                metadata.title = header.title
                metadata.subtitle = header.subtitle
                metadata.credits = header.byline.credits
            } else {
                metadata.credits += header.byline.credits
                if let intro = header.introTitle { blocks.append(.paragraph([.text(intro)])) }
                if let title = header.title { blocks.append(.heading(Heading(level: 1, content: [.text(title)]))) }
                if let subtitle = header.subtitle { blocks.append(.paragraph([.text("——" + subtitle)])) }
            }
            blocks += header.captions.map { .figure(Figure(caption: [.text($0)])) }
            if !isFirst { blocks += header.bylineLines.map { .paragraph([.text($0)]) } }
            let parser = BlockParser(lines: body[min(header.bodyStart, end)..<end], normalGap: normalGap) {
                Self.headingLevel($0, indentedBody: indentedBody)
            }
            for block in parser.parse() {
                if case .paragraph(let inlines) = block {
                    let text = inlines.plainText
                    authors += Byline.leadAuthors(in: text)
                    if let parsed = PageByline.parse(text) {
                        authors += parsed.authors
                        metadata.credits += parsed.credits
                    }
                }
                blocks.append(block)
            }
            articleStart = end
            isFirst = false
        }
        for author in authors where !metadata.authors.contains(author) { metadata.authors.append(author) }
        var seen = Set<String>()
        metadata.credits = metadata.credits.filter { seen.insert($0).inserted }
        return Document(metadata: metadata, blocks: blocks)
    }

    /// Whether most paragraph-like lines (long, or ending a sentence) are indented: then
    /// indentation tells body text from titles and heads.
    static func isIndented(_ lines: ArraySlice<TextLine>) -> Bool {
        var indented = 0, long = 0
        for line in lines where line.width > ArticleHeader.maximumTitleWidth || LineMarks.endsSentence(line.text) {
            long += 1
            if line.indentation > 0 { indented += 1 }
        }
        return long > 0 && indented * 2 >= long
    }

    /// The start of the next article after `start`: a title-shaped line after a gap that is
    /// followed by a byline or a 本报讯 lead, or on an indented page, an unindented title line.
    static func nextArticle(in lines: ArraySlice<TextLine>, after start: Int, indentedBody: Bool) -> Int? {
        var index = start + 1
        while index < lines.endIndex {
            defer { index += 1 }
            let line = lines[index]
            let afterGap = lines[index - 1].isBlank || (indentedBody && line.indentation == 0 && lines[index - 1].indentation > 0)
            guard afterGap, ArticleHeader.isTitleShaped(line) else { continue }
            var following: [TextLine] = []
            var probe = index + 1
            while probe < lines.endIndex, following.count < 7 {
                if !lines[probe].isBlank { following.append(lines[probe]) }
                probe += 1
            }
            guard let next = following.first, LineMarks.underlineLevel(next.text) == nil,
                  LineMarks.quoted(line.text) == nil else { continue }
            if next.text.hasUTF8Prefix("本报讯") { return index }
            if indentedBody && line.indentation == 0 && next.indentation == 0 && (ArticleHeader.isTitleShaped(next) || next.text.hasUTF8Prefix("——")) {
                return index
            }
            for candidate in following {
                if PageByline.parse(candidate.text) != nil { return index }
                let headLike = ArticleHeader.isTitleShaped(candidate) || candidate.text.hasUTF8Prefix("——") || LineMarks.figureCaption(candidate.text) != nil
                if !headLike { break }
            }
        }
        return nil
    }

    /// A section heading: a short unpunctuated line followed by body text, set apart by a wider
    /// gap than paragraphs, or numbered (一、), or two phrases with a space between (聚焦… 全力…),
    /// or unindented among indented paragraphs.
    static func headingLevel(_ context: HeadingContext, indentedBody: Bool) -> Int? {
        let text = context.text
        guard context.width <= ArticleHeader.maximumTitleWidth, !LineMarks.endsWithPunctuation(text),
              !text.hasUTF8Prefix("——"), PageByline.parse(text) == nil,
              let next = context.next, next.width > ArticleHeader.maximumTitleWidth || LineMarks.endsWithPunctuation(next.text)
        else { return nil }
        if context.gapBefore >= context.normalGap && context.gapAfter > context.normalGap { return 2 }
        if LineMarks.hasSectionOrdinal(text) || (indentedBody && context.indentation == 0) { return 2 }
        if let space = text.firstIndex(of: " "), text[..<space].contains(where: Self.isHan), text[space...].contains(where: Self.isHan) {
            return 2
        }
        return nil
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(CJK.isIdeographic) ?? false
    }
}
