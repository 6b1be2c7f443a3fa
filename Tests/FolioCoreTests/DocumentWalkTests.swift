import FolioCore
import Testing

@Suite struct DocumentWalkTests {
    /// A document with something at every depth: a note holding a list holding a quote, a table, a link.
    let document = Document(blocks: [
        .heading(Heading(level: 1, content: [.text("一")])),
        .note(Note(kind: "编者按", blocks: [
            .list(List(isOrdered: true, items: [[.blockQuote([.paragraph([.text("二"), .strong([.text("三")])])])]])),
        ])),
        .figure(Figure(image: Image(source: "a.png"), caption: [.text("四"), .image(Image(source: "b.png"))])),
        .table(Table(caption: [.text("五")], body: [TableRow(cells: [TableCell(content: [.link(Link(target: "x", content: [.text("六")]))])])])),
        .divider,
    ])

    @Test func visitsEveryNodeInReadingOrder() {
        var texts: [String] = []
        var kinds: [String] = []
        document.walk(blocks: { block in
            switch block {
            case .heading: kinds.append("heading")
            case .note: kinds.append("note")
            case .list: kinds.append("list")
            case .blockQuote: kinds.append("quote")
            case .paragraph: kinds.append("paragraph")
            case .figure: kinds.append("figure")
            case .table: kinds.append("table")
            case .divider: kinds.append("divider")
            case .codeBlock: kinds.append("code")
            }
        }, inlines: { inline in
            if case .text(let text) = inline { texts.append(text) }
        })
        #expect(kinds == ["heading", "note", "list", "quote", "paragraph", "figure", "table", "divider"])
        #expect(texts == ["一", "二", "三", "四", "五", "六"])
    }

    @Test func rewritesInlinesAtEveryDepth() {
        let rewritten = document.rewriting(inlines: { inline in
            if case .text(let text) = inline { return [.text(text + text)] }
            return [inline]
        })
        var texts: [String] = []
        rewritten.walk(inlines: { inline in
            if case .text(let text) = inline { texts.append(text) }
        })
        #expect(texts == ["一一", "二二", "三三", "四四", "五五", "六六"])
    }

    @Test func removesAndSplicesBlocksAtEveryDepth() {
        let rewritten = document.rewriting(blocks: { block in
            switch block {
            case .paragraph, .divider: return []
            case .heading: return [block, block]
            default: return [block]
            }
        })
        var paragraphs = 0
        var headings = 0
        rewritten.walk(blocks: { block in
            if case .paragraph = block { paragraphs += 1 }
            if case .heading = block { headings += 1 }
        })
        #expect(paragraphs == 0)
        #expect(headings == 2)
        #expect(rewritten.blocks.count == 5)
        #expect(rewritten.blocks[2] == .note(Note(kind: "编者按", blocks: [.list(List(isOrdered: true, items: [[.blockQuote([])]]))])))
    }

    @Test func rewritesBottomUp() {
        // The quote is seen after its paragraph was removed.
        var quoteWasEmpty = false
        _ = document.rewriting(blocks: { block in
            if case .paragraph = block { return [] }
            if case .blockQuote(let inner) = block { quoteWasEmpty = inner.isEmpty }
            return [block]
        })
        #expect(quoteWasEmpty)
    }

    @Test func anUnchangedRewriteIsTheSameDocument() {
        #expect(document.rewriting(blocks: { [$0] }, inlines: { [$0] }) == document)
    }
}
