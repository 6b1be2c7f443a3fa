import FolioCore

/// A way of laying out text on a page, which ``TextReader`` recognises and turns into a document.
///
/// Conform to teach Folio another paper's layout, then register a reader that uses it:
///
/// ```swift
/// struct EveningNewsLayout: PageLayout {
///     let name = "evening-news"
///     func document(from page: TextPage) throws -> Document? {
///         guard page.lines.first?.text.hasUTF8Prefix("晚报") == true else { return nil }
///         var document = Document(blocks: PlainLayout.blocks(from: page.lines.dropFirst()))
///         document.metadata.publication = "晚报"
///         return document
///     }
/// }
/// let reader = TextReader(layout: EveningNewsLayout())
/// ```
public protocol PageLayout: Sendable {
    /// The name that selects the layout with `--layout NAME`.
    var name: String { get }

    /// The document laid out on `page`, or nil when the page is not laid out this way.
    ///
    /// The reader sets the document's language from its content when the layout leaves it unset.
    func document(from page: TextPage) throws -> Document?
}
