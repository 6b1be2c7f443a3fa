import FolioCore

/// How a document read from a page compares with the page's ``StructureLabels``.
///
/// Each measure is nil where the labels give nothing to compare: the title on pages whose
/// title is not in the text, the date on pages that print none, the authors on pages without
/// a byline. Authors are compared as a set of names (padding spaces removed); editors
/// (编辑, 责任编辑) are credits rather than authors, so they are left out on both sides.
public struct StructureEvaluation: Sendable, Hashable {
    /// Whether the title is exactly the labelled one.
    public var title: Bool?
    /// Whether the date is the labelled one.
    public var date: Bool?
    /// Whether the authors' names are the labelled ones.
    public var authors: Bool?
    /// Whether no chrome line survives in the body or the title block.
    public var chromeFree: Bool
    /// Whether the paragraph count is within one of the labelled count.
    public var paragraphs: Bool
    /// Whether the document has the labelled number of articles.
    public var articles: Bool
    /// What went wrong, one line each, for `folio eval --structure -v`.
    public var misses: [String]

    /// Compares a document with its labels.
    public init(document: Document, labels: StructureLabels) {
        misses = []
        let metadata = document.metadata
        if let expected = labels.metadata.title.map(Self.normalized) {
            let found = metadata.title.map(Self.normalized)
            title = found == expected
            if title == false { misses.append("title: \(found.map { "“\($0)”" } ?? "none"), expected “\(expected)”") }
        }
        if let expected = labels.metadata.date {
            date = metadata.date == expected
            if date == false { misses.append("date: \(metadata.date ?? "none"), expected \(expected)") }
        }
        let expectedNames = Set((labels.metadata.authors ?? []).filter { !Self.isEditor($0.role) }.map { Self.unpadded($0.name) })
        if !expectedNames.isEmpty {
            let found = Set(metadata.authors.filter { !Self.isEditor($0.role) }.map { Self.unpadded($0.name) })
            authors = found == expectedNames
            if authors == false { misses.append("authors: \(found.sorted().joined(separator: " ")), expected \(expectedNames.sorted().joined(separator: " "))") }
        }

        var texts: [String] = []
        document.blocks.forEach { Self.collectTexts($0, into: &texts) }
        texts += [metadata.title, metadata.subtitle, metadata.introTitle].compactMap { $0 }
        let labelledTitle = labels.metadata.title.map(Self.normalized)
        let survivors = labels.chromeLines.map(Self.normalized).filter { chrome in
            guard !chrome.isEmpty, chrome != labelledTitle else { return false }
            return texts.contains { text in
                let text = Self.normalized(text)
                return text == chrome || (chrome.count >= 8 && text.contains(chrome))
            }
        }
        chromeFree = survivors.isEmpty
        for line in Set(survivors).sorted() { misses.append("chrome kept: \(line)") }

        let paragraphCount = document.blocks.reduce(0) { $0 + Self.paragraphCount($1) }
        paragraphs = abs(paragraphCount - labels.paragraphs) <= 1
        if !paragraphs { misses.append("paragraphs: \(paragraphCount), expected \(labels.paragraphs)") }
        let articleCount = Self.articleCount(of: document)
        articles = articleCount == labels.articles
        if !articles { misses.append("articles: \(articleCount), expected \(labels.articles)") }
    }

    /// The number of articles a document holds: one per level-1 heading, and the document's own
    /// when content comes before the first (its headline is the metadata's).
    public static func articleCount(of document: Document) -> Int {
        let isArticleHeading: (Block) -> Bool = { if case .heading(let heading) = $0 { heading.level == 1 } else { false } }
        let headings = document.blocks.filter(isArticleHeading).count
        let leading = document.blocks.firstIndex(where: isArticleHeading).map { $0 > 0 } ?? true
        return max(1, headings + (leading ? 1 : 0))
    }

    // MARK: - Helpers

    static func isEditor(_ role: String?) -> Bool {
        guard let role else { return false }
        return Byline.editorRoles.contains { role.containsUTF8($0) }
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func unpadded(_ name: String) -> String {
        String(name.filter { !$0.isWhitespace })
    }

    static func collectTexts(_ block: Block, into texts: inout [String]) {
        switch block {
        case .blockQuote(let inner): inner.forEach { collectTexts($0, into: &texts) }
        case .note(let note): note.blocks.forEach { collectTexts($0, into: &texts) }
        case .list(let list): list.items.joined().forEach { collectTexts($0, into: &texts) }
        default: texts.append(block.plainText)
        }
    }

    static func paragraphCount(_ block: Block) -> Int {
        switch block {
        case .paragraph: return 1
        case .blockQuote(let inner): return inner.reduce(0) { $0 + paragraphCount($1) }
        case .note(let note): return note.blocks.reduce(0) { $0 + paragraphCount($1) }
        default: return 0
        }
    }
}

/// The totals of a structure evaluation over many pages.
public struct StructureScore: Sendable, Hashable {
    /// Right and compared counts of one measure.
    public struct Tally: Sendable, Hashable {
        /// Pages where the measure was right.
        public var right = 0
        /// Pages where the measure was compared.
        public var compared = 0
        /// The share right, 0...1; 1 when nothing was compared.
        public var rate: Double { compared == 0 ? 1 : Double(right) / Double(compared) }

        mutating func add(_ outcome: Bool?) {
            guard let outcome else { return }
            compared += 1
            if outcome { right += 1 }
        }
    }

    /// Exact titles.
    public var titles = Tally()
    /// Dates.
    public var dates = Tally()
    /// Authors.
    public var authors = Tally()
    /// Chrome-free pages.
    public var chromeFree = Tally()
    /// Paragraph counts within one.
    public var paragraphs = Tally()
    /// Article counts.
    public var articles = Tally()

    /// Creates an empty score.
    public init() {}

    /// Adds one page's evaluation.
    public mutating func add(_ evaluation: StructureEvaluation) {
        titles.add(evaluation.title)
        dates.add(evaluation.date)
        authors.add(evaluation.authors)
        chromeFree.add(evaluation.chromeFree)
        paragraphs.add(evaluation.paragraphs)
        articles.add(evaluation.articles)
    }

    /// `titles 44/46  dates 36/36 …`, one line.
    public var summary: String {
        func item(_ name: String, _ tally: Tally) -> String {
            "\(name) \(tally.right)/\(tally.compared) (\(Int((tally.rate * 1000).rounded()) / 10).\(Int((tally.rate * 1000).rounded()) % 10)%)"
        }
        return [item("titles", titles), item("dates", dates), item("authors", authors), item("chrome-free", chromeFree),
                item("paragraphs±1", paragraphs), item("articles", articles)].joined(separator: "  ")
    }
}
