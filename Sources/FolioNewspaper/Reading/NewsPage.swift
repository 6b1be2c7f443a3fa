import FolioCore

/// One line of a news page as a reader sees it: a line of a text dump, or a paragraph of HTML.
public struct PageLine: Sendable, Hashable {
    /// What a reader already knows of a line from its format's own markup (an HTML `<h1>`, a
    /// title underlined with `═` in Folio's text): the reading takes it as given.
    public enum Hint: Sendable, Hashable {
        /// The article's title.
        case title
        /// A photo caption.
        case caption
        /// Not content: chrome the format itself marks.
        case chrome
        /// Body text the format marks as such (its headings, lists, tables): never a headline,
        /// caption or byline.
        case body
        /// A byline the format marks as such: names without roles are authors too.
        case byline
    }

    /// The content, white space collapsed; empty for a blank line.
    public var text: String
    /// The leading white space in display columns.
    public var indentation: Int
    /// What the format's markup says the line is, if anything.
    public var hint: Hint?

    /// Creates a line.
    public init(text: String, indentation: Int = 0, hint: Hint? = nil) {
        self.text = text
        self.indentation = indentation
        self.hint = hint
    }

    /// Whether the line has no content.
    public var isBlank: Bool { text.isEmpty }
}

/// What each line of a news page is, and what the page says about itself: the reading of a
/// page that the text and HTML readers share.
///
/// The reading works by position and shape, in the layouts papers print:
/// - **Chrome** anywhere (``ChromeLine``), datelines (``Dateline``), and the site header above
///   a breadcrumb or above a bulleted headline, are set aside; what they say goes to the metadata.
/// - **The headline** is found two ways. On news sites, it is the line just above the
///   article's dateline (`稿源: … | 2010-02-23 08:20`). On e-paper pages and pages without a
///   dateline, it is the block of short lines before the first prose: a `——` line is the
///   subtitle and the line above it the title; two lines are kicker and title when the first
///   has a kicker's cues (``LineShape/hasKickerCue(_:)``), else title and subtitle; three or
///   more are a kicker over a title set on several lines.
/// - **Captions** are lines shaped as captions (``PhotoCaption``), and the short lines under a
///   completed headline on a page whose body is indented. **Bylines** are whole-line bylines,
///   a lone name under the headline, dateline leads, and bylines that close a paragraph.
/// - **Articles**: an edition line or column label after prose, or a headline-shaped line
///   after a gap that is followed by a byline or a subtitle, starts another article.
public struct NewsPage: Sendable {
    /// What one line is.
    public enum Role: Sendable, Hashable {
        /// Blank, or chrome: not content.
        case skipped
        /// A dateline or credit line whose content went to the metadata.
        case metadata
        /// Part of an article's headline (kicker, title or subtitle).
        case headline
        /// A byline whose people went to the metadata.
        case byline
        /// A photo caption.
        case caption
        /// A line of body text.
        case body
    }

    /// One article of the page.
    public struct Article: Sendable, Hashable {
        /// The kicker above the title.
        public var introTitle: String?
        /// The title.
        public var title: String?
        /// The subtitle (deck).
        public var subtitle: String?
        /// The people credited.
        public var authors: [Author] = []
        /// Credits that name no author (picture credits, editors).
        public var credits: [String] = []
        /// The article's lines, from its first head line to the line before the next article.
        public var lines: Range<Int>
    }

    /// The lines read, indented from the page's ``margin``.
    public let lines: [PageLine]
    /// The least indentation of the page's content, taken off every line: a page copied with
    /// every line indented alike indents none of them.
    public let margin: Int
    /// Whether the lines are a web page's blocks rather than a printed page's.
    private let isWebPage: Bool
    /// What each line is.
    public private(set) var roles: [Role]
    /// Whether most of the page's prose lines are indented: then indentation tells body text
    /// from titles and heads.
    public var indentsProse: Bool { indentation.isIndented }

    /// The page's articles, in order; at least one when the page has content.
    public private(set) var articles: [Article] = []
    /// What the page says about itself: publication, date, edition, section.
    public private(set) var metadata = Metadata()
    /// How much of the page was recognised as news furniture (chrome, datelines, bylines,
    /// captions): zero for text that is no news page.
    public private(set) var evidence = 0

    /// Whether the text reads as a news page: two pieces of news furniture, or a headline over
    /// Chinese prose (a chrome-less clipping).
    public func isNewsPage(chinese: Bool) -> Bool {
        evidence >= 2 || (metadata.title != nil && chinese)
    }

    /// Reads a page's lines; `knownChrome` holds lines learned as chrome from other pages of the
    /// publication (``RecurringChrome``). On a web page (`isWebPage`) no headline has a kicker
    /// and only a `——` line is its deck.
    public init(lines: [PageLine], knownChrome: Set<String> = [], isWebPage: Bool = false) {
        var kinds = Self.kinds(of: lines, knownChrome: knownChrome)
        // `…本報翻查...` over `詳情`: a teaser of another story, cut short, over its link.
        for index in lines.indices where ChromeLine.isMoreLink(lines[index].text) {
            guard let teaser = lines[..<index].lastIndex(where: { !$0.isBlank }), case .content = kinds[teaser],
                  LineShape.isCutShort(lines[teaser].text) else { continue }
            kinds[teaser] = .chrome(nil)
        }
        // Indentation counts from the page's margin, the least its content is indented: a page
        // copied with every line indented alike indents none of them.
        var margin = Int.max
        for (line, kind) in zip(lines, kinds) where line.indentation < margin && !line.isBlank && !Self.isChromeKind(kind) { margin = line.indentation }
        self.margin = margin == .max ? 0 : margin
        self.lines = self.margin == 0 ? lines : lines.map { line in
            var line = line
            line.indentation = max(0, line.indentation - margin)
            return line
        }
        self.kinds = kinds
        self.isWebPage = isWebPage
        roles = Array(repeating: .body, count: lines.count)
        prose = lines.map { LineShape.isProse($0.text) }
        captionKinds = LineAnswers(count: lines.count)
        creditLines = LineAnswers(count: lines.count)
        indentation = Self.indentation(of: self.lines, kinds: kinds, prose: prose)
        read()
    }

    // MARK: - Line kinds

    /// What a line is on its own, before its position is considered.
    ///
    /// Indirect: a dateline or byline is some ninety bytes, and a page keeps one kind per line,
    /// so inline payloads made this array larger than the text it describes.
    indirect enum Kind {
        case blank
        case chrome(ChromeLine?)
        /// A paper's or site's name alone on a line (`宁波日报`, `2. 中國新聞社`).
        case outlet(String)
        /// Founder metadata flattened into a line, with the date and paper it names.
        case founder(date: String?, publication: String?)
        case dateline(Dateline)
        case byline(Byline)
        case content
    }

    private var kinds: [Kind]
    /// Whether each line reads as prose (``LineShape/isProse(_:)``), asked often as articles are read.
    private let prose: [Bool]
    /// Each line's photo-caption reading and whether it is a picture credit, worked out the first
    /// time a rule asks: the head, body, picture and next-article rules ask it of the same lines,
    /// and on web pages, whose links end in brackets, the asking was a tenth of the reading.
    private var captionKinds: LineAnswers<PhotoCaption.Kind?>
    private var creditLines: LineAnswers<Bool>
    private var bestDateStrength = 0
    private var indentation = Indentation()

    /// How many lines make a document long enough to classify on all cores, such as a day's
    /// pages run together; a page of a few hundred lines is classified faster on one.
    static let linesWorthSharing = 2_000

    /// Each line's kind on its own: what its hint or the learned chrome says, else
    /// ``kind(of:)``. A line's kind depends on that line alone, so a long document is classified
    /// in chunks of lines on all cores.
    static func kinds(of lines: [PageLine], knownChrome: Set<String>) -> [Kind] {
        @Sendable func kind(_ line: PageLine) -> Kind {
            switch line.hint {
            case .chrome?: return .chrome(nil)
            case .title?, .caption?, .body?: return .content
            case .byline?: return Byline.signature(line.text).map { .byline($0) } ?? Self.kind(of: line.text)
            case nil: return knownChrome.contains(line.text) ? .chrome(nil) : Self.kind(of: line.text)
            }
        }
        guard lines.count >= linesWorthSharing else { return lines.map(kind) }
        return [Kind](concurrentlyMaking: lines.count, chunk: 256) { kind(lines[$0]) }
    }

    static func kind(of raw: String) -> Kind {
        // Prose runs long; only a flattened Founder line may be chrome at that length.
        if raw.utf8.count > 1_600 {
            return FounderProperties.flattenedLine(raw).map { .founder(date: $0.date, publication: $0.publication) } ?? .content
        }
        let text = ChromeLine.removingResidue(raw)
        if text.isEmpty { return raw.isEmpty ? .blank : .chrome(.residue) }
        // A sentence is content unless it is a notice (a disclaimer is written in sentences).
        if let last = text.unicodeScalars.last, last == "。" || last == "！" || last == "？" {
            return ChromeLine.isNotice(text) ? .chrome(.notice) : .content
        }
        if let founder = FounderProperties.flattenedLine(text) { return .founder(date: founder.date, publication: founder.publication) }
        // Lengths in scalars: as many as characters in Chinese text, and far faster to count.
        let length = text.scalarCount
        if length <= 120 {
            if let chrome = ChromeLine.classify(text) { return .chrome(chrome) }
            if let dateline = Dateline(text) { return .dateline(dateline) }
            if length <= 80, let byline = Byline(line: text) { return .byline(byline) }
            // `1 宁波日报`, `[Newtalk新闻]`: a paper's or site's name alone.
            let unnumbered = Substring(text.unicodeScalars.drop { $0.properties.numericType != nil || $0 == "." || $0 == " " }).trimming(scalarsIn: Self.nameBrackets)
            if unnumbered.scalarCount <= 10, Dateline.isOutletName(unnumbered) { return .outlet(String(unnumbered)) }
            if isAloneChrome(text) { return .chrome(nil) }
        } else if let chrome = ChromeLine.classify(text) {
            return .chrome(chrome)
        }
        return .content
    }

    /// Brackets a paper's or site's name may be printed in on a line of its own.
    static let nameBrackets: ScalarSet = "[]【】"

    /// Lines that are chrome by themselves: an empty field (`发布日期:`, `专栏:`), a column label
    /// of an archive (`专栏:现场目击`), a tag list.
    static func isAloneChrome(_ text: String) -> Bool {
        if text.hasUTF8Prefix("专栏:") || text.hasUTF8Prefix("专栏：") || text.hasUTF8Prefix("專欄:") { return text.hasAtMostCharacters(16) }
        if let label = tagLabels.endOfLongestPhrase(in: text, at: text.startIndex), let colon = text[label...].unicodeScalars.first, tagColons.contains(colon) { return true }
        if let last = text.last, last == ":" || last == "：", text.hasAtMostCharacters(6) {
            let key = text.dropLast()
            return Dateline.keys.contains { $0.0 == key }
        }
        // `即時港聞`, `即时新闻`: the label of a live news section.
        if text.hasUTF8Prefix("即时") || text.hasUTF8Prefix("即時") { return text.hasAtMostCharacters(6) }
        return text == "·" || text == "•"
    }

    /// Labels set over an article's summary or lead: body text under the headline, never captions.
    static let abstractLabels = PhraseSet(["摘要", "摘 要", "内容摘要", "內容摘要", "提要", "内容提要", "內容提要", "导读", "導讀", "导语", "導語"])

    /// The labels of a tag list (`标签：`, `相關字詞﹕`), before a colon of any width.
    static let tagLabels = PhraseSet(["标签", "標籤", "标籤", "关键词", "關鍵詞", "关键字", "關鍵字", "相关字词", "相關字詞", "相关词", "相關詞"])
    static let tagColons: ScalarSet = ":：﹕"

    // MARK: - Reading

    private mutating func read() {
        for index in lines.indices {
            switch kinds[index] {
            case .blank: roles[index] = .skipped
            case .chrome(let chrome):
                roles[index] = .skipped
                evidence += 1
                take(chrome, at: index)
            case .outlet(let name):
                roles[index] = .skipped
                evidence += 1
                metadata.publication = metadata.publication ?? name
            case .founder(let date, let publication):
                roles[index] = .skipped
                evidence += 1
                metadata.date = metadata.date ?? date
                metadata.publication = metadata.publication ?? publication
            case .dateline(let dateline):
                roles[index] = .metadata
                evidence += 1
                take(dateline)
            case .byline:
                roles[index] = .byline
                evidence += 1
            case .content:
                roles[index] = .body
            }
        }
        var start = 0
        while start < lines.count {
            let (article, next) = readArticle(from: start)
            if article.title != nil || hasBody(article.lines) || articles.isEmpty { articles.append(article) } else if var last = articles.popLast() {
                last.lines = last.lines.lowerBound..<article.lines.upperBound
                articles.append(last)
            }
            start = next
        }
        if let first = articles.first {
            metadata.title = first.title
            metadata.subtitle = first.subtitle
            metadata.introTitle = first.introTitle
        }
        var seen = Set<String>()
        for article in articles {
            for author in article.authors where seen.insert(author.name).inserted { metadata.authors.append(author) }
            for credit in article.credits where !metadata.credits.contains(credit) { metadata.credits.append(credit) }
        }
        // Writers first, then whoever took the pictures, each in the order the page names them.
        metadata.authors = metadata.authors.filter { !$0.isPhotographer } + metadata.authors.filter(\.isPhotographer)
        metadata.publication = metadata.publication.map(Dateline.paperName)
        if metadata.source == metadata.publication { metadata.source = nil }
    }

    private func hasBody(_ range: Range<Int>) -> Bool {
        range.contains { roles[$0] == .body || roles[$0] == .caption }
    }

    /// Takes what an edition line or a breadcrumb says about the page.
    private mutating func take(_ chrome: ChromeLine?, at index: Int) {
        switch chrome {
        case .edition(let edition)?:
            // The edition nearest above the first headline is this page's; a list of editions says nothing.
            if !isInEditionList(index) || metadata.edition == nil && index > 0 && isRepeatedEdition(index) {
                metadata.edition = metadata.edition ?? edition.label
                metadata.section = metadata.section ?? edition.section
            }
            if let date = edition.date, bestDateStrength < 2 {
                metadata.date = date
                bestDateStrength = 2
            }
        case .breadcrumb(let site?)? where Dateline.isOutletName(site) && !site.hasUTF8Prefix("新闻") && !site.hasUTF8Prefix("新聞"):
            metadata.publication = metadata.publication ?? site
        default:
            break
        }
    }

    private func isInEditionList(_ index: Int) -> Bool {
        var neighbours = 0
        for probe in [index - 2, index - 1, index + 1, index + 2] where kinds.indices.contains(probe) {
            if case .chrome(.edition?) = kinds[probe] { neighbours += 1 }
        }
        return neighbours > 0
    }

    private func isRepeatedEdition(_ index: Int) -> Bool {
        lines[..<index].contains { $0.text == lines[index].text }
    }

    /// Takes a dateline's date, source and people; the firmest date wins, and the first of equals.
    private mutating func take(_ dateline: Dateline) {
        if let date = dateline.date, dateline.strength > bestDateStrength {
            metadata.date = date
            bestDateStrength = dateline.strength
        }
        if metadata.publication == nil { metadata.publication = dateline.publication }
        if metadata.source == nil { metadata.source = dateline.source }
        if metadata.edition == nil { metadata.edition = dateline.edition }
    }

    // MARK: - Articles

    /// Reads the article starting at `start`; returns it and where the next one starts.
    private mutating func readArticle(from start: Int) -> (Article, Int) {
        var article = Article(lines: start..<lines.count)
        // The head: from the start to the first prose line that is not a caption.
        var firstProse = lines.count
        for index in start..<lines.count where roles[index] == .body {
            if lines[index].hint == .caption || lines[index].hint == .title { continue }
            if lines[index].hint == .body {
                firstProse = index
                break
            }
            if prose[index], captionKind(at: index) == nil {
                firstProse = index
                break
            }
        }
        let head = Array(start..<firstProse)
        readHead(head, bodyStart: firstProse, into: &article)
        let end = nextArticle(after: max(firstProse, start), title: article.title).map { max($0, start + 1) } ?? lines.count
        article.lines = start..<end
        readBody(firstProse..<end, into: &article)
        return (article, end)
    }

    /// Assigns the head's lines: headline, bylines, captions; the rest stays body.
    private mutating func readHead(_ head: [Int], bodyStart: Int, into article: inout Article) {
        // Site header: everything above the last breadcrumb or bulleted headline is chrome.
        var top = head.first ?? bodyStart
        for index in head {
            if case .chrome(.breadcrumb?) = kinds[index] { top = index + 1 }
        }
        // A bulleted line long enough to be a summary (`◆城市大脑最终…`) is the article's, not a headline.
        if let bullet = head.first(where: { $0 >= top && roles[$0] == .body && LineShape.bulletedHeadline(lines[$0].text).map(LineShape.isHeadlineShaped) == true }) {
            for index in head where index >= top && index < bullet && roles[index] == .body { roles[index] = .skipped }
            top = bullet
        }
        for index in head where index < top && roles[index] == .body { roles[index] = .skipped }
        let zone = head.filter { $0 >= top }

        var titleLines: [Int] = []
        // News sites: the headline is the line just above the article's dateline.
        if let dateline = zone.first(where: { if case .dateline(let line) = kinds[$0] { line.strength >= 2 } else { false } }),
           let above = zone.last(where: { $0 < dateline && roles[$0] != .skipped }),
           roles[above] == .body, LineShape.isHeadlineShaped(text(at: above)) {
            titleLines = [above]
            article.title = text(at: above)
            roles[above] = .headline
            // What stood above it in the header is the site's, but for a photo and its credit.
            for index in zone where index < above && roles[index] == .body && !takePicture(at: index, into: &article) {
                roles[index] = .skipped
            }
        } else {
            titleLines = headline(in: zone, article: &article)
        }
        let headlineEnd = titleLines.last ?? (top - 1)
        let indentedBody = bodyStart < lines.count && lines[bodyStart].indentation > 0
        var afterSubtitle = article.subtitle != nil
        if isWebPage {
            // Above a web page's headline stand its site's words (a section, a date, `Skip to
            // content`, a weather widget), not a kicker: e-paper kickers come from Founder's own
            // fields. Below it, a deck is printed as one (`——副题`); a short line there is a
            // section or a promotion. Both lines stay the headline's.
            article.introTitle = nil
            if let last = titleLines.last, !lines[last].text.hasUTF8Prefix("——") { article.subtitle = nil }
        }
        for index in zone where index > headlineEnd {
            if takePeople(at: index, into: &article) { continue }
            guard roles[index] == .body else { continue }
            let text = lines[index].text
            if text == article.title {
                // The headline printed again under the dateline, as article templates do.
                roles[index] = .skipped
            } else if lines[index].hint == .caption {
                roles[index] = .caption
            } else if takePicture(at: index, into: &article) {
                continue
            } else if article.title != nil, let names = LineShape.namesAlone(text) {
                roles[index] = .byline
                article.authors += names.map { Author(name: $0) }
            } else if Self.abstractLabels.contains(text) {
                // `摘要`, `导读`: the label of the text under it, not a picture's caption.
                continue
            } else if afterSubtitle || (indentedBody && lines[index].indentation == 0 && article.title != nil && index < bodyStart) {
                // Under a completed headline, short unindented lines over an indented body are captions.
                roles[index] = .caption
                afterSubtitle = true
            } else if isFollowedByCredit(index) {
                roles[index] = .caption
            }
        }
        // Bylines and datelines above the headline still name the article's people.
        for index in zone where index < headlineEnd { _ = takePeople(at: index, into: &article) }
    }

    /// The most lines a headline block (kicker, title, deck) is read from.
    static let longestHeadlineBlock = 8

    /// Finds the headline among the head's lines and marks it; returns its line indices.
    private mutating func headline(in zone: [Int], article: inout Article) -> [Int] {
        if let marked = zone.first(where: { lines[$0].hint == .title }) {
            return hintedHeadline(marked, in: zone, article: &article)
        }
        // Candidates: content lines shaped as headlines, before any byline or caption.
        var candidates: [Int] = []
        for index in zone where roles[index] == .body {
            let text = lines[index].text
            if lines[index].hint == .caption { break }
            if captionKind(at: index) != nil || isCreditLine(at: index) { break }
            if candidates.count > 0, LineShape.namesAlone(text) != nil || LineShape.isQuotedSentence(text) || LineShape.opensWithTimestamp(text) { break }
            let headlineText = LineShape.bulletedHeadline(text) ?? text
            if text.hasUTF8Prefix("——") || LineShape.isHeadlineShaped(headlineText) {
                candidates.append(index)
            } else {
                break
            }
            // A headline block is a few lines; a run of short lines longer than that (a table
            // flattened into text) holds no headline worth comparing line with line.
            if text.hasUTF8Prefix("——") || candidates.count == Self.longestHeadlineBlock { break }
        }
        // A headline strip that repeats the headline (title and deck on one line) is chrome.
        let strips = candidates.filter { index in
            let text = lines[index].text
            return candidates.contains { other in
                let shorter = lines[other].text
                return other != index && shorter.scalarCount >= 4 && text.utf8.count > shorter.utf8.count && text.containsUTF8(shorter)
            }
        }
        for index in strips { roles[index] = .skipped }
        candidates.removeAll { strips.contains($0) }
        // A page's list of its headlines above the article (two or more), the first of them
        // printed again as its title: the list is the page's, the repeat the headline.
        if let repeated = candidates.indices.dropFirst(2).last(where: { position in
            candidates[..<position].contains { lines[$0].text == lines[candidates[position]].text }
        }) {
            for index in candidates[..<repeated] { roles[index] = .skipped }
            candidates.removeFirst(repeated)
        }
        guard !candidates.isEmpty else { return [] }
        // A name alone straight over the prose signs it: the page's headline was not kept (`朱建华`
        // over a column's first paragraph).
        if candidates.count == 1, LineShape.isNameAlone(lines[candidates[0]].text),
           let next = lines.indices.dropFirst(candidates[0] + 1).first(where: { !lines[$0].isBlank }), prose[next] {
            roles[candidates[0]] = .byline
            article.authors.append(Author(name: lines[candidates[0]].text))
            return []
        }
        // `居欣如` over `報街地標`: a column's writer set above its title signs it, unless the next
        // line is a `——` deck under a name that is the title itself (a profile's).
        if candidates.count >= 2, let names = LineShape.namesAlone(lines[candidates[0]].text), !lines[candidates[1]].text.hasUTF8Prefix("——") {
            roles[candidates[0]] = .byline
            article.authors += names.map { Author(name: $0) }
            candidates.removeFirst()
        }
        // On a page that indents its paragraphs, one line indented like them is a paragraph,
        // unless a byline follows it or a box mark or bullet (□评委点评) heads it.
        let marked = lines[candidates[0]].text.first.map { "□■•●".contains($0) } ?? false
        if candidates.count == 1, !marked, let body = indentation.firstProse, body > 0, lines[candidates[0]].indentation >= body {
            let next = lines.indices.dropFirst(candidates[0] + 1).first { !lines[$0].isBlank }
            let bylineFollows = next.map { if case .byline = kinds[$0] { true } else { false } } ?? false
            if !bylineFollows { return [] }
        }
        if let dash = candidates.firstIndex(where: { lines[$0].text.hasUTF8Prefix("——") }) {
            article.subtitle = LineShape.deck(lines[candidates[dash]].text)
            let above = Array(candidates[..<dash])
            if let last = above.last {
                article.title = text(at: last)
                if above.count > 1 { article.introTitle = joined(Array(above.dropLast())) }
            }
        } else if candidates.count == 1 {
            article.title = text(at: candidates[0])
        } else if candidates.count == 2 {
            if LineShape.hasKickerCue(lines[candidates[0]].text) {
                article.introTitle = text(at: candidates[0])
                article.title = text(at: candidates[1])
            } else {
                article.title = text(at: candidates[0])
                article.subtitle = text(at: candidates[1])
            }
        } else {
            article.introTitle = text(at: candidates[0])
            article.title = joined(Array(candidates.dropFirst()))
        }
        for index in candidates { roles[index] = .headline }
        return candidates
    }

    /// The headline around a line the format marked as the title: headline-shaped lines just
    /// above it are the kicker, a `——` line just below it the subtitle.
    private mutating func hintedHeadline(_ title: Int, in zone: [Int], article: inout Article) -> [Int] {
        article.title = text(at: title)
        var indices = [title]
        let above = zone.filter { $0 < title && roles[$0] == .body && lines[$0].hint == nil }
        var kicker: [Int] = []
        for index in above.reversed() {
            guard LineShape.isHeadlineShaped(lines[index].text) else { break }
            kicker.insert(index, at: 0)
        }
        if !kicker.isEmpty {
            article.introTitle = joined(kicker)
            indices = kicker + indices
        }
        if let below = zone.first(where: { $0 > title && roles[$0] == .body }), lines[below].text.hasUTF8Prefix("——") {
            article.subtitle = LineShape.deck(lines[below].text)
            indices.append(below)
        }
        for index in indices { roles[index] = .headline }
        return indices
    }

    /// A headline line's text: without a leading bullet or table residue.
    private func text(at index: Int) -> String {
        let text = LineShape.withoutPostingTime(ChromeLine.removingResidue(lines[index].text))
        return LineShape.bulletedHeadline(text) ?? text
    }

    /// Lines of one headline: set on consecutive lines they are phrases kept apart by a space;
    /// separated by blank lines, they are one title broken by the page's layout.
    private func joined(_ indices: [Int]) -> String {
        var result = ""
        for (position, index) in indices.enumerated() {
            let text = text(at: index)
            if position > 0 {
                let consecutive = indices[position - 1] == index - 1
                result += consecutive ? " " + text : (CJK.joinLines([result, text]).dropFirst(result.count))
            } else {
                result = text
            }
        }
        return result
    }

    private mutating func isFollowedByCredit(_ index: Int) -> Bool {
        guard let next = lines.indices.dropFirst(index + 1).first(where: { !lines[$0].isBlank }) else { return false }
        return isCreditLine(at: next)
    }

    /// ``PhotoCaption/kind(of:)`` of a line, worked out once.
    private mutating func captionKind(at index: Int) -> PhotoCaption.Kind? {
        let text = lines[index].text
        return captionKinds.answer(at: index) { PhotoCaption.kind(of: text) }
    }

    /// ``PhotoCaption/isCreditLine(_:)`` of a line, worked out once.
    private mutating func isCreditLine(at index: Int) -> Bool {
        let text = lines[index].text
        return creditLines.answer(at: index) { PhotoCaption.isCreditLine(text) }
    }

    /// Takes the people and credits of a byline or dateline line; false for other lines.
    private func takePeople(at index: Int, into article: inout Article) -> Bool {
        switch kinds[index] {
        case .byline(let byline):
            article.authors += byline.authors
            article.credits += byline.credits
        case .dateline(let dateline):
            article.authors += dateline.authors
            article.credits += dateline.credits
        default:
            return false
        }
        return true
    }

    /// Marks a picture credit line or a photo caption and takes the people it names; false
    /// for other lines.
    private mutating func takePicture(at index: Int, into article: inout Article) -> Bool {
        let text = lines[index].text
        if isCreditLine(at: index) {
            evidence += 1
            roles[index] = .byline
            if let byline = Byline.trailing(in: text) { article.authors += byline.authors } else { article.credits.append(text) }
            return true
        }
        if let kind = captionKind(at: index) {
            roles[index] = .caption
            evidence += 1
            if case .credited(let byline) = kind { article.authors += byline.authors }
            return true
        }
        return false
    }

    /// Assigns the body's lines: captions, bylines that close a paragraph, and chrome that
    /// repeats the title at the foot of the page.
    private mutating func readBody(_ range: Range<Int>, into article: inout Article) {
        for index in range {
            if takePeople(at: index, into: &article) { continue }
            guard roles[index] == .body, lines[index].hint != .body else { continue }
            let text = lines[index].text
            if let title = article.title, text == title {
                roles[index] = .skipped
                continue
            }
            if lines[index].hint == .caption {
                roles[index] = .caption
                continue
            }
            if takePicture(at: index, into: &article) { continue }
            if index == range.lowerBound || LineShape.isDatelineLead(text) {
                let lead = Byline.lead(in: text)
                if !lead.isEmpty { evidence += 1 }
                article.authors += lead
            }
            if let signature = Self.signature(text) {
                roles[index] = .byline
                article.authors.append(signature)
                continue
            }
            if let trailing = Byline.trailing(in: text) {
                evidence += 1
                article.authors += trailing.authors
            }
        }
        // A brief signs its last paragraph: `…继续走低。（晓旻）`, `…继续走低。钟五` where the page goes on.
        if let last = range.last(where: { roles[$0] == .body }),
           let signature = Byline.closingSignature(in: lines[last].text, allowingBareName: lines[(last + 1)...].contains { !$0.text.isEmpty }) {
            article.authors += signature.filter { name in !article.authors.contains { $0.name == name.name } }
        }
    }

    /// `——午歌(青年作家、海曙区作家协会副主席)`: a signature under a column piece.
    static func signature(_ text: String) -> Author? {
        guard text.hasUTF8Prefix("——"), text.hasAtMostCharacters(40) else { return nil }
        let name = LineShape.deck(text).prefix { $0 != "(" && $0 != "（" && $0 != " " }
        // A signature may be a pen name: any two to four ideographs.
        guard (2...4).contains(name.count), name.unicodeScalars.allSatisfy(CJK.isIdeographic) else { return nil }
        return Author(name: String(name))
    }

    /// Where the next article starts after `index`: an edition line or column label after prose,
    /// or a headline-shaped line after a gap followed by a byline, a dateline lead or a `——` line.
    private mutating func nextArticle(after index: Int, title: String?) -> Int? {
        let indentedBody = indentation.isIndented
        var sawProse = false
        var probe = index
        while probe < lines.count {
            defer { probe += 1 }
            if roles[probe] == .body, prose[probe] { sawProse = true }
            guard sawProse else { continue }
            if case .chrome(let chrome) = kinds[probe] {
                let isEdition: Bool
                if case .edition? = chrome { isEdition = true } else { isEdition = false }
                if isEdition || lines[probe].text.hasUTF8Prefix("专栏") {
                    // Only when a headline follows: a footer's edition line ends the page, not an article.
                    if let next = lines.indices.dropFirst(probe + 1).first(where: { roles[$0] == .body }),
                       LineShape.isHeadlineShaped(lines[next].text),
                       ((probe + 1)..<next).allSatisfy({ lines[$0].isBlank || Self.isChromeKind(kinds[$0]) }) {
                        return probe
                    }
                }
                continue
            }
            // After a gap: a blank line, or on an indented page an unindented line after an indented one.
            let afterGap = probe > 0 && (lines[probe - 1].isBlank || (indentedBody && lines[probe].indentation == 0 && lines[probe - 1].indentation > 0))
            guard roles[probe] == .body, lines[probe].hint == nil, afterGap, lines[probe].text != title,
                  LineShape.isHeadlineShaped(lines[probe].text) else { continue }
            // A byline, a dateline lead or a `——` subtitle follows within the next few head lines.
            let nextLines = lines.indices.dropFirst(probe + 1).lazy.filter { [lines] in !lines[$0].isBlank }.prefix(3)
            for following in nextLines {
                let next = lines[following].text
                if case .byline = kinds[following] { return probe }
                if next.hasUTF8Prefix("——") || LineShape.isDatelineLead(next) || isCreditLine(at: following) || captionKind(at: following) != nil { return probe }
                guard LineShape.isHeadlineShaped(next), !prose[following] else { break }
            }
        }
        return nil
    }

    /// How the page indents its prose: the first prose line's indentation, and whether most
    /// prose lines are indented. Measured once, before the articles are read.
    private struct Indentation {
        var firstProse: Int?
        var isIndented = false
    }

    private static func indentation(of lines: [PageLine], kinds: [Kind], prose: [Bool]) -> Indentation {
        var result = Indentation()
        var indented = 0, proseLines = 0
        for (index, line) in lines.enumerated() {
            guard case .content = kinds[index], prose[index] else { continue }
            if result.firstProse == nil { result.firstProse = line.indentation }
            proseLines += 1
            if line.indentation > 0 { indented += 1 }
        }
        result.isIndented = proseLines > 0 && indented * 2 >= proseLines
        return result
    }

    private static func isChromeKind(_ kind: Kind) -> Bool {
        switch kind {
        case .chrome, .outlet, .founder: return true
        default: return false
        }
    }
}
