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
        var metadata = Metadata()
        var score = 0
        func take(_ chrome: PageChrome) {
            score += chrome.weight
            switch chrome {
            case .edition(let edition, let section):
                if metadata.edition == nil { metadata.edition = edition }
                if metadata.section == nil { metadata.section = section }
            case .date(let date, let publication):
                if metadata.date == nil { metadata.date = date }
                if metadata.publication == nil { metadata.publication = publication }
            case .navigation:
                break
            case .founderMetadata(let date, let publication):
                if metadata.date == nil { metadata.date = date }
                if metadata.publication == nil { metadata.publication = publication }
            case .metadataLine(let fields):
                metadata.publication = metadata.publication ?? fields.publication
                metadata.date = metadata.date ?? fields.date
                metadata.edition = metadata.edition ?? fields.edition
                metadata.section = metadata.section ?? fields.section
            }
        }
        /// Whether a line at the top or bottom of the page is frame; takes what it says.
        func isFrame(_ text: String) -> Bool {
            if let chrome = PageChrome.classify(text) {
                take(chrome)
                return true
            }
            if PageChrome.isPaperName(text) {
                score += 1
                if metadata.publication == nil { metadata.publication = text }
                return true
            }
            return PageChrome.isStrayMarker(text)
        }

        var top = 0
        while top < lines.count, lines[top].isBlank || isFrame(lines[top].text) { top += 1 }
        var bottom = lines.count
        while bottom > top, lines[bottom - 1].isBlank || isFrame(lines[bottom - 1].text) { bottom -= 1 }
        for index in top..<bottom where !lines[index].isBlank {
            guard let chrome = PageChrome.classify(lines[index].text) else { continue }
            switch chrome {
            case .navigation, .founderMetadata:
                take(chrome)
                lines[index] = TextLine(number: lines[index].number, text: "")
            default:
                continue
            }
        }
        guard score >= 2 else { return nil }

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
            let parser = BlockParser(lines: body[min(header.bodyStart, end)..<end], normalGap: normalGap, headingRule: Self.headingLevel)
            for block in parser.parse() {
                if case .paragraph(let inlines) = block {
                    let text = inlines.plainText
                    authors += Byline.lead(text)
                    if let parsed = Byline.parse(text) {
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

    /// Whether most paragraph-length lines are indented: then indentation tells body from heads.
    static func isIndented(_ lines: ArraySlice<TextLine>) -> Bool {
        var indented = 0, long = 0
        for line in lines where line.width > ArticleHeader.maximumTitleWidth {
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
            if next.text.hasPrefix("本报讯") { return index }
            if indentedBody && line.indentation == 0 && (next.indentation > 0 || ArticleHeader.isTitleShaped(next) || next.text.hasPrefix("——")) {
                return index
            }
            for candidate in following {
                if Byline.parse(candidate.text) != nil { return index }
                let headLike = ArticleHeader.isTitleShaped(candidate) || candidate.text.hasPrefix("——") || LineMarks.figureCaption(candidate.text) != nil
                if !headLike { break }
            }
        }
        return nil
    }

    /// A section heading: a short unpunctuated line followed by body text, set apart by a wider
    /// gap than paragraphs, or numbered (一、), or two phrases with a space between (聚焦… 全力…).
    static func headingLevel(_ context: HeadingContext) -> Int? {
        let text = context.text
        guard context.width <= ArticleHeader.maximumTitleWidth, !LineMarks.endsWithPunctuation(text),
              !text.hasPrefix("——"), Byline.parse(text) == nil,
              let next = context.next, next.width > ArticleHeader.maximumTitleWidth || LineMarks.endsWithPunctuation(next.text)
        else { return nil }
        if context.gapBefore >= context.normalGap && context.gapAfter > context.normalGap { return 2 }
        if LineMarks.hasSectionOrdinal(text) { return 2 }
        if let space = text.firstIndex(of: " "), text[..<space].contains(where: Self.isHan), text[space...].contains(where: Self.isHan) {
            return 2
        }
        return nil
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(CJK.isIdeographic) ?? false
    }
}
