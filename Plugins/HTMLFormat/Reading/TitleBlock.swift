import FolioCore
import FolioNewspaper
import FolioMarkup

/// The title block Folio's own writer puts above the body (`<header class="document-header">`):
/// recognised so that reading a written page back gives its metadata, not extra paragraphs.
struct TitleBlock {
    /// The header element.
    let element: MarkupNode

    /// The first document header in the body, if any.
    static func find(in body: MarkupNode) -> MarkupNode? {
        body.firstDescendantElement { $0.isElement(named: "header") && $0.classes.contains("document-header") }
    }

    init(element: MarkupNode) {
        self.element = element
    }

    /// Fills the metadata fields the `<meta>` tags left empty.
    func apply(to metadata: inout Metadata) {
        var authors: [Author] = []
        for child in element.descendantElements() {
            let text = HTMLMetadata.nonEmpty(HTMLMetadata.collapsed(child.textContent(limit: 4096)))
            guard let text else { continue }
            if child.classes.contains("title") {
                metadata.title = metadata.title ?? text
            } else if child.classes.contains("subtitle") {
                metadata.subtitle = metadata.subtitle ?? text
            } else if child.classes.contains("intro-title") {
                metadata.introTitle = metadata.introTitle ?? text
            } else if child.classes.contains("author") {
                authors.append(Byline(line: text)?.authors.first ?? Byline.author(printed: text))
            } else if child.classes.contains("credit"), !metadata.credits.contains(text) {
                metadata.credits.append(text)
                // A photographer's credit (`记者 王三 摄`) names an author the byline left to it.
                authors += Byline(line: text)?.authors.filter(\.isPhotographer) ?? []
            }
        }
        if metadata.authors.isEmpty { metadata.authors = authors }
    }
}
