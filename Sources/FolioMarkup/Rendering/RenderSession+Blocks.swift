import FolioCore

extension RenderSession {
    mutating func blocks(_ blocks: [Block]) {
        for block in blocks { self.block(block) }
    }

    /// Renders nested blocks (in quotes, notes, list items), whose headings open no sections
    /// and stay out of the outline.
    mutating func nestedBlocks(_ blocks: [Block]) {
        for block in blocks {
            if case .heading(let heading) = block {
                _ = takeAddress()
                self.heading(heading, wrapping: false, inOutline: false)
                buffer.newline()
            } else {
                self.block(block)
            }
        }
    }

    mutating func block(_ block: Block) {
        let address = takeAddress()
        switch block {
        case .heading(let heading):
            self.heading(heading, wrapping: renderer.wrapsSections, inOutline: true)
        case .paragraph(let content):
            guard !content.isEmpty else { return }
            buffer.open("p"); paragraphContent(content, at: address); buffer.close("p")
        case .figure(let figure):
            guard self.figure(figure) else { return }
        case .blockQuote(let inner):
            buffer.open("blockquote"); buffer.newline()
            nestedBlocks(inner)
            buffer.close("blockquote")
        case .list(let list):
            self.list(list)
        case .table(let table):
            self.table(table, at: address)
        case .codeBlock(let code):
            buffer.raw("<pre>")
            buffer.begin("code")
            if let language = code.language.flatMap(Self.classToken) { buffer.attribute("class", "language-" + language) }
            buffer.endStartTag()
            buffer.text(code.text)
            buffer.raw("</code></pre>")
        case .divider:
            buffer.raw("<hr/>")
        case .note(let note):
            buffer.begin("aside")
            buffer.attribute("class", "note")
            if let kind = note.kind, !kind.isEmpty { buffer.attribute("data-kind", kind) }
            buffer.endStartTag(); buffer.newline()
            // The kind is text, not CSS generated content, so every reader and copy keeps it.
            if let kind = note.kind, !kind.isEmpty {
                buffer.raw("<p class=\"note-kind\">")
                buffer.text(kind)
                buffer.raw("</p>")
                buffer.newline()
            }
            nestedBlocks(note.blocks)
            buffer.close("aside")
        }
        buffer.newline()
    }

    mutating func heading(_ heading: Heading, wrapping: Bool, inOutline: Bool) {
        if wrapping {
            closeSections(downTo: heading.level)
            buffer.raw("<section>"); buffer.newline()
            openSections.append(heading.level)
        }
        let anchor = anchors.anchor(preferring: heading.identifier)
        if inOutline { outline.append(OutlineEntry(level: heading.level, text: heading.content.plainText, anchor: anchor)) }
        let tags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]
        let tag = tags[min(max(heading.level + renderer.headingLevelOffset, 1), 6) - 1]
        buffer.begin(tag); buffer.attribute("id", anchor); buffer.endStartTag()
        inlines(heading.content)
        buffer.close(tag)
    }

    /// Renders a figure; false when it has neither a usable image nor a caption and nothing was written.
    mutating func figure(_ figure: Figure) -> Bool {
        let source = figure.image.flatMap { renderer.resolveImage($0) }
        guard source != nil || !figure.caption.isEmpty else { return false }
        buffer.open("figure")
        if let image = figure.image, let source {
            self.image(image, source: source)
        }
        if !figure.caption.isEmpty {
            buffer.open("figcaption"); inlines(figure.caption); buffer.close("figcaption")
        }
        buffer.close("figure")
        return true
    }

    mutating func image(_ image: Image, source: String) {
        buffer.begin("img")
        buffer.attribute("src", source)
        buffer.attribute("alt", image.alternative)
        if let title = image.title, !title.isEmpty { buffer.attribute("title", title) }
        buffer.endEmptyTag()
    }

    mutating func list(_ list: List) {
        if list.isOrdered {
            buffer.begin("ol")
            if list.start != 1 { buffer.attribute("start", String(list.start)) }
            buffer.endStartTag()
        } else {
            buffer.open("ul")
        }
        buffer.newline()
        for item in list.items {
            buffer.open("li")
            // A single paragraph is written inline, as a tight list item.
            if item.count == 1, case .paragraph(let content) = item[0] {
                paragraphContent(content, at: takeAddress())
            } else {
                nestedBlocks(item)
            }
            buffer.close("li"); buffer.newline()
        }
        if list.isOrdered { buffer.close("ol") } else { buffer.close("ul") }
    }

    /// A language name reduced to a class token: ASCII letters, digits, `-`, `_`, `+`, `#`.
    static func classToken(_ raw: String) -> String? {
        let token = String(String.UnicodeScalarView(raw.unicodeScalars.filter {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_+#".unicodeScalars.contains($0)
        }))
        return token.isEmpty ? nil : token
    }
}
