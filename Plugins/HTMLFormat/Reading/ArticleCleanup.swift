import FolioCore
import FolioNewspaper

/// Moves what belongs in the metadata out of the ends of an article's body: a heading that
/// repeats the title, an English dateline among the first blocks (`Published 11:11 PM EST Nov 19,
/// 2019`), ad labels and picture credits set apart anywhere (``FurnitureLine``), a byline (记者 王一
/// 通讯员 李二) or picture credit among the first blocks or
/// the last ones (web articles often end with `记者 王一`), and the byline a dateline lead names
/// (`据新华社拉萨电（记者 王一）…`), which stays in its paragraph.
enum ArticleCleanup {
    /// How many leading blocks may hold the title and byline.
    static let leadingBlocks = 8
    /// How many closing blocks may hold a byline.
    static let closingBlocks = 3

    /// Cleans the blocks of an article and fills the metadata from what it moves.
    static func apply(to blocks: inout [Block], metadata: inout Metadata) {
        removeTitle(from: &blocks, metadata: &metadata)
        removeFurniture(from: &blocks, metadata: &metadata)
        removeRepeats(from: &blocks)
        promoteBoldLines(in: &blocks)
        var index = 0
        var examined = 0
        while index < blocks.count, examined < leadingBlocks {
            examined += 1
            if takeByline(at: index, from: &blocks, metadata: &metadata) || takeDateline(at: index, from: &blocks, metadata: &metadata) { continue }
            index += 1
        }
        removeClosingPrompts(from: &blocks)
        index = blocks.count - 1
        while index >= max(0, blocks.count - closingBlocks) {
            _ = takeByline(at: index, from: &blocks, metadata: &metadata)
            index -= 1
        }
        if metadata.authors.isEmpty, let lead = blocks.prefix(leadingBlocks).first(where: isProse) {
            metadata.authors = Byline.lead(in: lead.plainText)
        }
    }

    /// Moves the paragraph at `index` to the metadata when it is wholly a byline or credit.
    private static func takeByline(at index: Int, from blocks: inout [Block], metadata: inout Metadata) -> Bool {
        guard case .paragraph(let content) = blocks[index] else { return false }
        let text = content.plainText
        if let byline = Byline(line: text) {
            let known = Set(metadata.authors.map(\.name))
            if byline.authors.allSatisfy({ known.contains($0.name) }) || metadata.authors.isEmpty {
                // The byline's roles are richer than a bare `<meta name=author>`.
                metadata.authors = byline.authors
            } else {
                metadata.authors += byline.authors.filter { !known.contains($0.name) }
            }
            metadata.credits += byline.credits.filter { !metadata.credits.contains($0) }
        } else if isCredit(text) {
            if !metadata.credits.contains(text) { metadata.credits.append(text) }
        } else {
            return false
        }
        blocks.remove(at: index)
        return true
    }

    /// Moves the paragraph at `index` to the metadata when it is wholly an English dateline
    /// (`Updated 5:27 am CST, Wednesday, November 20, 2019`); the page's own tags keep their date.
    private static func takeDateline(at index: Int, from blocks: inout [Block], metadata: inout Metadata) -> Bool {
        guard case .paragraph(let content) = blocks[index], let dateline = EnglishDateline(content.plainText.trimmingCharactersInWhitespace()) else { return false }
        metadata.date = metadata.date ?? dateline.date
        metadata.publication = metadata.publication ?? dateline.publication
        if metadata.authors.isEmpty, let author = dateline.author { metadata.authors = [Author(name: author)] }
        blocks.remove(at: index)
        return true
    }

    /// Drops ad labels from the body and moves picture credits set apart from their captions to
    /// the credits, each once (``FurnitureLine``).
    /// An agency's line with people (`Michael Conroy, AP`) credits the picture above it, and is
    /// the story's byline anywhere else.
    private static func removeFurniture(from blocks: inout [Block], metadata: inout Metadata) {
        var kept: [Block] = []
        for block in blocks {
            guard case .paragraph(let content) = block, let line = FurnitureLine(content.plainText) else {
                kept.append(block)
                continue
            }
            switch line {
            case .adLabel:
                break
            case .pictureCredit(let credit), .reportingCredit(let credit):
                if !metadata.credits.contains(credit) { metadata.credits.append(credit) }
            case .agencyCredit(let credit, let people):
                let belowFigure = kept.last.map { if case .figure = $0 { true } else { false } } ?? false
                if belowFigure || people.isEmpty {
                    if !metadata.credits.contains(credit) { metadata.credits.append(credit) }
                } else {
                    let known = Set(metadata.authors.map(\.name))
                    metadata.authors += people.filter { !known.contains($0) }.map { Author(name: $0) }
                }
            }
        }
        blocks = kept
    }

    /// How many closing blocks may be the site's prompts.
    static let closingPrompts = 4

    /// Drops the prompts a site prints under its stories: to follow the writer or the site
    /// (`Follow Newsbeat on Instagram…`, `Email Ann Lee at ann@site.com or follow her @annlee`),
    /// to sign up or subscribe, to send a tip.
    private static func removeClosingPrompts(from blocks: inout [Block]) {
        var index = blocks.count - 1
        while index >= max(0, blocks.count - closingPrompts) {
            if case .paragraph = blocks[index], isPrompt(blocks[index].plainText) { blocks.remove(at: index) }
            index -= 1
        }
    }

    /// Whether a closing paragraph asks the reader to follow, subscribe, sign up or write in:
    /// it opens with such a call, or gives a contact (an address, a handle) beside one.
    static func isPrompt(_ text: String) -> Bool {
        let line = text.trimmingCharactersInWhitespace()
        guard line.utf8.count <= 300, let first = line.unicodeScalars.first, first.isASCII else { return false }
        let lower = line.lowercased()
        if promptOpenings.contains(where: { lower.hasUTF8Prefix($0) }) { return true }
        let contact = lower.containsUTF8("twitter.com/") || lower.split(separator: " ").contains { word in
            word.count > 1 && (word.hasPrefix("@") || (word.contains("@") && word.contains(".")))
        }
        return contact && promptCalls.contains(where: { lower.containsUTF8($0) })
    }

    /// How prompts open, lower-cased.
    static let promptOpenings = ["follow ", "sign up", "subscribe to", "join our", "have a tip", "reach the reporter", "write to ", "get the latest", "if you enjoyed this"]
    /// The calls a contact is given with, lower-cased.
    static let promptCalls = ["follow", "email", "e-mail", "reach", "write to", "contact", "tip"]

    /// How many blocks back a repeated paragraph is looked for.
    static let repeatWindow = 3

    /// Drops a paragraph whose text a block just before it already shows: the copies of a
    /// caption that galleries print for each screen size and for their slide lists, which a
    /// browser shows one at a time. Short lines (`* * *`, `Advertisement`) may recur by design
    /// and are left to the rules that know them.
    private static func removeRepeats(from blocks: inout [Block]) {
        var recent: [String] = []
        blocks.removeAll { block in
            let text = block.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if case .paragraph = block, !text.hasAtMostCharacters(39), recent.contains(where: { $0.containsUTF8(text) }) { return true }
            recent.append(text)
            if recent.count > repeatWindow { recent.removeFirst() }
            return false
        }
    }

    private static func isProse(_ block: Block) -> Bool {
        guard case .paragraph = block else { return false }
        return !block.plainText.hasAtMostCharacters(40)
    }

    /// Drops a leading heading that is the title; a page's `<title>` with a site suffix
    /// (`标题 - 某某日报`) gives way to the heading's cleaner text.
    private static func removeTitle(from blocks: inout [Block], metadata: inout Metadata) {
        // A kicker and deck printed above and below the headline repeat the metadata too.
        let repeats = Set([metadata.introTitle, metadata.subtitle].compactMap { $0.map(normalized) })
        var index = 0
        while index < min(blocks.count, 4) {
            if case .heading = blocks[index], repeats.contains(normalized(blocks[index].plainText)) {
                blocks.remove(at: index)
            } else if case .paragraph = blocks[index], repeats.contains(normalized(blocks[index].plainText))
                        || metadata.title.map(normalized) == normalized(blocks[index].plainText) {
                // A headline set as a paragraph (`<p class="titulo">`) repeats the title too.
                blocks.remove(at: index)
            } else {
                index += 1
            }
        }
        for index in blocks.indices.prefix(3) {
            guard case .heading(let heading) = blocks[index], heading.level <= 2 else { continue }
            let text = heading.content.plainText.trimmingCharactersInWhitespace()
            guard !text.isEmpty else { continue }
            if let title = metadata.title {
                guard title == text || (!text.hasAtMostCharacters(3) && title.contains(text)) else { return }
            }
            metadata.title = text
            blocks.remove(at: index)
            return
        }
    }

    /// E-paper articles often set their section headings as bold paragraphs (`<p><b>…</b></p>`).
    /// When an article has no real headings but two or more short bold lines without closing
    /// punctuation, those lines are its section headings.
    private static func promoteBoldLines(in blocks: inout [Block]) {
        guard !blocks.contains(where: { if case .heading = $0 { true } else { false } }) else { return }
        let candidates = blocks.indices.filter { isBoldLine(blocks[$0]) }
        guard candidates.count >= 2 else { return }
        for index in candidates {
            guard case .paragraph(let content) = blocks[index], case .strong(let inner) = content[0] else { continue }
            blocks[index] = .heading(Heading(level: 2, content: inner))
        }
    }

    private static func isBoldLine(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block, content.count == 1, case .strong(let inner) = content[0] else { return false }
        let text = inner.plainText.trimmingCharactersInWhitespace()
        guard let last = text.last, (2...30).contains(text.count) else { return false }
        return !"。！？；：，…!?;:,".contains(last)
    }

    /// Text compared without surrounding space and the dashes that introduce a deck.
    private static func normalized(_ text: String) -> String {
        String(text.trimmingCharactersInWhitespace().drop { $0 == "—" || $0 == "-" || $0 == "─" }).trimmingCharactersInWhitespace()
    }

    private static func isCredit(_ text: String) -> Bool {
        let trimmed = text.trimmingCharactersInWhitespace()
        return (trimmed.hasUTF8Prefix("本版图片") || trimmed.hasUTF8Prefix("图片由")) && trimmed.hasUTF8Suffix("提供") && trimmed.hasAtMostCharacters(40)
    }
}
