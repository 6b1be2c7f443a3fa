import Folio

/// The export's own shape, as the archive writes it; decoded, then mapped onto Folio's model.
struct ArticleExport: Decodable {
    /// The export version this reader understands.
    static let supportedFormat = "archive-export/1"

    /// The newspaper issue an article appeared in.
    struct Issue: Decodable {
        var paper: String
        var date: String
        var page: String?
        var section: String?
    }

    /// A person credited for the article.
    struct Credit: Decodable {
        var name: String
        var role: String?
    }

    /// One element of the body: exactly one of its fields is set.
    struct Element: Decodable {
        /// A paragraph.
        var p: String?
        /// A subheading.
        var h: String?
        /// An image path, with `caption`.
        var img: String?
        var caption: String?
        /// A quoted passage.
        var quote: String?
    }

    var format: String
    var id: String
    var issue: Issue
    var kicker: String?
    var headline: String
    var deck: String?
    var byline: [Credit]?
    var photoCredit: String?
    var tags: [String]?
    var body: [Element]

    /// The document: metadata from the issue and the article head, blocks from the body; the
    /// export does not say its language, so the reader's `export-language` option does.
    func document(source: String, language: String) throws -> Document {
        let metadata = Metadata(
            title: headline, subtitle: deck, introTitle: kicker,
            authors: (byline ?? []).map { Author(name: $0.name, role: $0.role) },
            date: issue.date, publication: issue.paper, edition: issue.page, section: issue.section,
            language: language, source: source, identifier: id,
            credits: photoCredit.map { [$0] } ?? [], keywords: tags ?? [])
        let blocks = try body.enumerated().map { index, element in try Self.block(element, at: index, source: source) }
        return Document(metadata: metadata, blocks: blocks)
    }

    private static func block(_ element: Element, at index: Int, source: String) throws -> Block {
        if let text = element.p { return .paragraph([.text(text)]) }
        if let text = element.h { return .heading(Heading(level: 2, content: [.text(text)])) }
        if let text = element.quote { return .blockQuote([.paragraph([.text(text)])]) }
        if let path = element.img {
            let caption = element.caption ?? ""
            return .figure(Figure(image: Image(source: path, alternative: caption), caption: caption.isEmpty ? [] : [.text(caption)]))
        }
        throw FolioError(.malformedInput, "body element \(index) has none of p, h, img, quote", source: source)
    }
}
