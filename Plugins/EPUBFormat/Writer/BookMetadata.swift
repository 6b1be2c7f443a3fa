import FolioCore
import FolioMarkup

/// What the package states about the whole book, derived from its documents and the options.
struct BookMetadata {
    /// The book title.
    var title: String
    /// A subtitle (single documents only).
    var subtitle: String?
    /// The BCP 47 language of the book.
    var language: String
    /// The unique identifier: the metadata's; empty until the writer derives one from the content.
    var identifier: String
    /// Creators with their printed roles, without duplicates, in order.
    var creators: [Author]
    /// `dc:date` in W3CDTF, if the documents state one.
    var date: String?
    /// `dcterms:modified`.
    var modified: String
    /// The publisher (the newspaper).
    var publisher: String?
    /// Subjects: sections and keywords, without duplicates.
    var subjects: [String]
    /// A description.
    var summary: String?
    /// The word used for documents without a title.
    var untitledLabel: String
    /// The heading of the navigation document.
    var contentsLabel: String
    /// The landmark label of the cover.
    var coverLabel: String
    /// The landmark label of the start of the text.
    var startLabel: String

    /// Derives the book's metadata from its documents.
    init(documents: [Document], epochSeconds: Int?) {
        let first = documents.first?.metadata ?? Metadata()
        let language = documents.lazy.compactMap { $0.metadata.language.flatMap(XHTMLPage.languageTag) }.first
            ?? Self.guessLanguage(documents)
        self.language = language
        let isChinese = language.lowercased().hasPrefix("zh")
        untitledLabel = isChinese ? "文档" : "Document"
        contentsLabel = isChinese ? "目录" : "Contents"
        coverLabel = isChinese ? "封面" : "Cover"
        startLabel = isChinese ? "正文" : "Start"

        let commonPublication = Self.shared(documents.map(\.metadata.publication))
        let commonDate = Self.shared(documents.map(\.metadata.date))
        if documents.count > 1 {
            let parts = [commonPublication, commonDate].compactMap { $0 }
            title = parts.isEmpty ? (DisplayLabel.of(first.title) ?? (isChinese ? "文集" : "Collection")) : parts.joined(separator: " ")
            subtitle = nil
        } else {
            title = DisplayLabel.of(first.title) ?? documents.first?.metadata.source.flatMap(DisplayLabel.fileStem) ?? (isChinese ? "无标题" : "Untitled")
            subtitle = DisplayLabel.of(first.subtitle)
        }
        let givenIdentifier = documents.count == 1 ? DisplayLabel.of(first.identifier) : nil
        identifier = givenIdentifier ?? ""

        // Keyed by text: a set of `Author`s made the runtime search the binary's conformance
        // records for its `Hashable` on first use (0.4 M instructions a process).
        var seenCreators: Set<String> = []
        creators = documents.flatMap(\.metadata.authors).compactMap { author in
            DisplayLabel.of(author.name).map { Author(name: $0, role: author.role) }
        }.filter { seenCreators.insert($0.name + "\u{1F}" + ($0.role ?? "\u{1F}")).inserted }
        let dates = documents.compactMap { $0.metadata.date.flatMap(BookDates.w3cDate) }
        date = dates.first
        modified = BookDates.modified(epochSeconds: epochSeconds, documentDate: dates.max())
        publisher = DisplayLabel.of(commonPublication ?? first.publication)
        var seenSubjects: Set<String> = []
        subjects = documents.flatMap { [$0.metadata.section].compactMap { $0 } + $0.metadata.keywords }
            .compactMap { DisplayLabel.of($0) }
            .filter { seenSubjects.insert($0).inserted }
        summary = documents.count == 1 ? DisplayLabel.of(first.summary) : nil
    }

    /// The metadata a collection's title page shows: its title, publisher and date.
    var titlePageMetadata: Metadata {
        Metadata(title: title, subtitle: subtitle, date: date, publication: publisher)
    }

    /// The one value all documents share, or nil when they differ or none has it.
    private static func shared(_ values: [String?]) -> String? {
        let present = Set(values.compactMap { $0.flatMap(DisplayLabel.of) })
        return present.count == 1 && !values.contains(where: { $0 == nil }) ? present.first : nil
    }

    /// A language for documents that state none: guessed from their text, else `und`
    /// (undetermined), which EPUB accepts.
    private static func guessLanguage(_ documents: [Document]) -> String {
        documents.lazy.compactMap(LanguageGuess.language(of:)).first ?? "und"
    }
}
