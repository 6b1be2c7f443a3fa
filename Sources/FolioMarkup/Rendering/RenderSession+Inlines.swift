import FolioCore

extension RenderSession {
    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            if activeMarks.isEmpty { buffer.text(text) } else { markedText(text) }
        case .emphasis(let inner):
            buffer.open("em"); inlines(inner); buffer.close("em")
        case .strong(let inner):
            buffer.open("strong"); inlines(inner); buffer.close("strong")
        case .link(let link):
            // Links cannot nest in HTML; an inner link keeps only its text.
            guard !isInsideLink, let target = renderer.resolveLink(link.target) else {
                inlines(link.content)
                return
            }
            buffer.begin("a")
            buffer.attribute("href", target)
            if let title = link.title, !title.isEmpty { buffer.attribute("title", title) }
            buffer.endStartTag()
            isInsideLink = true
            inlines(link.content)
            isInsideLink = false
            buffer.close("a")
        case .quoted(let inner):
            // The quotation marks count in the plain text that marks are measured in.
            markOffset += "“".utf8.count
            buffer.open("q"); inlines(inner); buffer.close("q")
            markOffset += "”".utf8.count
        case .code(let code):
            markOffset += code.utf8.count
            buffer.open("code"); buffer.text(code); buffer.close("code")
        case .lineBreak:
            markOffset += 1
            buffer.raw("<br/>")
        case .image(let image):
            markOffset += image.alternative.utf8.count
            if let source = renderer.resolveImage(image) {
                self.image(image, source: source)
            } else {
                buffer.text(image.alternative)
            }
        }
    }
}
