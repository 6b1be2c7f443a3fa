/// Where an indicator row comes from: its page's metadata, its input file, the paragraph and
/// the place in it where the figure is printed, and an id that is the same on every machine
/// and every rerun.
///
/// Writers that gather the rows of many pages into one dataset (a combined CSV, a database)
/// put these columns before the indicator columns, so rows from different days can be told
/// apart and traced back to their paragraph.
public struct IndicatorProvenance: Sendable, Hashable {
    /// The provenance columns, in the order writers put them before ``Table/indicatorColumns``.
    public static let columns = ["id", "file", "date", "publication", "edition", "page_section", "title", "paragraph", "offset"]

    /// A hash of the file, paragraph and offset (and of the row's place among rows sharing
    /// that figure): FNV-1a 64 as 16 hexadecimal digits.
    public var id: String
    /// The input file: relative to the batch root in a batch, as given on the command line otherwise.
    public var file: String
    /// The page's date (ISO 8601 when the reader could normalise it).
    public var date: String
    /// The newspaper.
    public var publication: String
    /// The edition or page label (A7).
    public var edition: String
    /// The page's section or column (要闻); the indicator's own `section` is the heading it sits under.
    public var pageSection: String
    /// The article's title.
    public var title: String
    /// The 0-based index of the figure's paragraph among the document's paragraphs; nil when
    /// the row's sentence is not found in any (a table written by hand).
    public var paragraph: Int?
    /// Where the printed mention starts in that paragraph's text, in Unicode scalars from 0
    /// (as SQLite's `substr` counts, from 1); nil when not found.
    public var offset: Int?

    /// The cells in ``columns`` order; an unknown paragraph or offset is empty.
    public var cells: [String] {
        [id, file, date, publication, edition, pageSection, title, paragraph.map(String.init) ?? "", offset.map(String.init) ?? ""]
    }

    /// The provenance of each body row of `table`, an indicator table of `document`, read from `file`.
    ///
    /// Rows are located by their `sentence` and `mention` columns, searched in reading order
    /// from the previous row's place; a table without the standard columns gets no location,
    /// and its ids hash the row's position instead.
    public static func rows(of table: Table, in document: Document, file: String) -> [IndicatorProvenance] {
        let metadata = document.metadata
        // Only the sentence and mention columns locate a row.
        let locations = table.hasStandardIndicatorRows
            ? IndicatorLocator(document: document).locate(table.body.map { row in
                (sentence: row.text(at: IndicatorRow.sentenceColumn), mention: row.text(at: IndicatorRow.mentionColumn))
            })
            : nil
        // Rows sharing one printed figure (分别…), by paragraph and offset: the file is the table's.
        var seen: [Int: Int] = [:]
        return table.body.indices.map { index in
            let location = locations?[index]
            var key = location.map { [file, String($0.paragraph), String($0.offset)] } ?? [file, "row", String(index)]
            if let location {
                let place = location.paragraph << 32 | location.offset
                let earlier = seen[place, default: 0]
                seen[place] = earlier + 1
                if earlier > 0 { key.append(String(earlier)) }
            }
            return IndicatorProvenance(
                id: StableHash(parts: key).hexadecimal, file: file, date: metadata.date ?? "",
                publication: metadata.publication ?? "", edition: metadata.edition ?? "", pageSection: metadata.section ?? "",
                title: metadata.title ?? "", paragraph: location?.paragraph, offset: location?.offset)
        }
    }
}

/// Finds the paragraph and offset at which indicator rows' figures are printed.
///
/// The paragraphs are the document's, in the order the `indicators` filter reads them (every
/// paragraph, nested ones included, in ``Document/walk(blocks:)`` order).
struct IndicatorLocator {
    /// Each paragraph's text as Unicode scalars.
    private let paragraphs: [[Unicode.Scalar]]

    /// Collects the paragraphs of a document.
    init(document: Document) {
        var paragraphs: [[Unicode.Scalar]] = []
        document.walk(blocks: { block in
            if case .paragraph(let inlines) = block { paragraphs.append(Array(inlines.plainText.unicodeScalars)) }
        })
        self.paragraphs = paragraphs
    }

    /// The paragraph and mention offset of each row (its sentence and the figure as printed),
    /// nil for a row whose sentence or mention is not found.
    func locate(_ rows: [(sentence: String, mention: String)]) -> [(paragraph: Int, offset: Int)?] {
        var cursor = (paragraph: 0, sentence: 0)
        // Rows of one sentence follow each other: its scalars are made once for them.
        var lastSentence = (text: "", scalars: [Unicode.Scalar]())
        return rows.map { row in
            if row.sentence.utf8.count != lastSentence.text.utf8.count || !row.sentence.hasUTF8Prefix(lastSentence.text) {
                lastSentence = (row.sentence, Array(row.sentence.unicodeScalars))
            }
            let sentence = lastSentence.scalars, mention = Array(row.mention.unicodeScalars)
            guard !sentence.isEmpty, !mention.isEmpty, !paragraphs.isEmpty else { return nil }
            // Rows come in reading order, so the search starts where the last one was found and wraps once.
            for step in 0..<paragraphs.count {
                let paragraph = (cursor.paragraph + step) % paragraphs.count
                let text = paragraphs[paragraph]
                let from = paragraph == cursor.paragraph ? cursor.sentence : 0
                guard let start = Self.firstIndex(of: sentence, in: text, from: from) ?? (from > 0 ? Self.firstIndex(of: sentence, in: text, from: 0) : nil),
                      let within = Self.firstIndex(of: mention, in: sentence, from: 0) else { continue }
                cursor = (paragraph, start)
                return (paragraph, start + within)
            }
            return nil
        }
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= haystack.count, from <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = from
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension PluginOption {
    /// The `provenance` option of the writers of indicator rows (CSV, TSV): the
    /// ``IndicatorProvenance/columns`` before the indicator columns even for a single page.
    ///
    /// Several inputs written into one output, and `folio batch --combine`, get them always.
    public static let provenance = PluginOption(
        "provenance", .flag, for: .writer,
        help: "put id, file, date, publication, edition, page_section, title, paragraph and offset before each indicator row, even for one page",
        flags: ["--provenance"])
}
