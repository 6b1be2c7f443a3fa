import FolioCore

/// The title block printed above a document's body: kicker, headline, deck, byline, dateline.
struct DocumentHeader {
    let metadata: Metadata
    let titleLevel: Int

    func render(into buffer: inout MarkupBuffer) {
        let byline = metadata.bylineAuthors.map { $0.printed.trimmingCharactersInWhitespace() }.filter { !$0.isEmpty }
        let dateline = [metadata.publication, metadata.date, metadata.edition, metadata.section]
            .compactMap { $0?.trimmingCharactersInWhitespace() }.filter { !$0.isEmpty }
        let title = metadata.title?.trimmingCharactersInWhitespace() ?? ""
        let hasAny = !title.isEmpty || !byline.isEmpty || !dateline.isEmpty
            || !(metadata.introTitle ?? "").isEmpty || !(metadata.subtitle ?? "").isEmpty
        guard hasAny else { return }

        buffer.begin("header"); buffer.attribute("class", "document-header"); buffer.endStartTag(); buffer.newline()
        paragraph(metadata.introTitle, class: "intro-title", into: &buffer)
        if !title.isEmpty {
            let tags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]
            let tag = tags[min(max(titleLevel, 1), 6) - 1]
            buffer.begin(tag); buffer.attribute("class", "title"); buffer.endStartTag()
            buffer.text(title)
            buffer.close(tag); buffer.newline()
        }
        paragraph(metadata.subtitle, class: "subtitle", into: &buffer)
        if !byline.isEmpty {
            buffer.begin("p"); buffer.attribute("class", "byline"); buffer.endStartTag()
            for (index, name) in byline.enumerated() {
                if index > 0 { buffer.raw(" ") }
                buffer.begin("span"); buffer.attribute("class", "author"); buffer.endStartTag()
                buffer.text(name)
                buffer.close("span")
            }
            buffer.close("p"); buffer.newline()
        }
        paragraph(dateline.isEmpty ? nil : dateline.joined(separator: " · "), class: "dateline", into: &buffer)
        for credit in metadata.credits { paragraph(credit, class: "credit", into: &buffer) }
        buffer.close("header"); buffer.newline()
    }

    private func paragraph(_ text: String?, class name: String, into buffer: inout MarkupBuffer) {
        guard let text = text?.trimmingCharactersInWhitespace(), !text.isEmpty else { return }
        buffer.begin("p"); buffer.attribute("class", name); buffer.endStartTag()
        buffer.text(text)
        buffer.close("p"); buffer.newline()
    }
}
