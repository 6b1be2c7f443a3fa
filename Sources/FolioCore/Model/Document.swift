/// A document: what every reader produces, every filter transforms and every writer consumes.
///
/// The model is a tree of plain values. Readers and writers share nothing else,
/// so a format only has to know how to map its own syntax to and from these types.
public struct Document: Sendable, Hashable {
    /// Descriptive data about the document: title, byline, date, publication.
    public var metadata: Metadata
    /// The body, in reading order.
    public var blocks: [Block]

    /// Creates a document from its metadata and body.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }
}

extension Document {
    /// Every table in the document, in reading order, including tables nested in quotes, notes and lists.
    public var tables: [Table] {
        var found: [Table] = []
        walk(blocks: { block in
            if case .table(let table) = block { found.append(table) }
        })
        return found
    }

    /// The document's visible text: the title block followed by the body, one block per line.
    public var plainText: String {
        var lines: [String] = []
        if let title = metadata.title { lines.append(title) }
        if let subtitle = metadata.subtitle { lines.append(subtitle) }
        lines.append(contentsOf: blocks.map(\.plainText))
        return lines.joined(separator: "\n")
    }

    /// Combines several documents into one, each becoming a top-level section headed by its title.
    ///
    /// Writers that have no notion of several documents (plain text, HTML) use this to
    /// write `folio a.txt b.txt -o all.html`; the metadata is the first document's.
    public static func combining(_ documents: [Document]) -> Document {
        guard documents.count > 1 else { return documents.first ?? Document() }
        var combined = Document(metadata: documents[0].metadata)
        for document in documents {
            if let title = document.metadata.title {
                combined.blocks.append(.heading(Heading(level: 1, content: [.text(title)])))
            }
            combined.blocks.append(contentsOf: document.blocks)
        }
        return combined
    }
}
