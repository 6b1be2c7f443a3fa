import FolioCore

/// The rows a Folio database holds for one input, worked out from its document without the
/// database: the `documents` row, the headings and paragraphs with the text the full-text index
/// gets for each paragraph, and the indicator rows with their provenance.
///
/// A batch makes these on every core, so the one thread that writes the database only binds
/// and steps. Ids the database gives out (the document's, each paragraph's) are bound when the
/// page is stored, after the values here.
struct ArchivedPage: Sendable {
    /// A heading or paragraph: the `blocks` columns before `document_id`, and for a paragraph
    /// its indexed text (``SearchText``).
    struct BlockRow: Sendable {
        /// `position, kind, level, paragraph, text`.
        var values: [SQLiteStatement.Value]
        /// The text the full-text index holds for a paragraph; nil for a heading.
        var searchText: String?
    }

    /// An indicator row: the `indicators` columns before `document_id` and `block_id`, and the
    /// paragraph (0-based among the page's) whose block it is keyed to.
    struct IndicatorRecord: Sendable {
        /// `id, file, date, publication, edition, page_section, title, paragraph, offset` and the indicator columns.
        var values: [SQLiteStatement.Value]
        /// The paragraph the figure is printed in, when found.
        var paragraph: Int?
    }

    /// The input the page was read from.
    var file: String
    /// The `documents` columns after `id`: `file, modified, title, …, identifier`.
    var document: [SQLiteStatement.Value]
    /// The headings and paragraphs, in reading order.
    var blocks: [BlockRow] = []
    /// The indicator rows, as the page's indicator tables hold them.
    var indicators: [IndicatorRecord] = []

    /// The rows of `document`, read from `file`, whose modification time is `modified`.
    init(_ document: Document, file: String, modified: Int?) {
        let metadata = document.metadata
        func text(_ value: String?) -> SQLiteStatement.Value { value.map { .text($0) } ?? .null }
        self.file = file
        self.document = [
            .text(file), modified.map { .integer($0) } ?? .null,
            text(metadata.title), text(metadata.subtitle), text(metadata.introTitle),
            text(metadata.authors.isEmpty ? nil : metadata.authors.map(\.printed).joined(separator: "、")),
            text(metadata.date), text(metadata.publication), text(metadata.edition), text(metadata.section),
            text(metadata.language), text(metadata.source), text(metadata.identifier),
        ]
        var blocks: [BlockRow] = [], paragraphs = 0
        document.walk(blocks: { block in
            switch block {
            case .heading(let heading):
                blocks.append(BlockRow(values: [.integer(blocks.count), .text("heading"), .integer(heading.level), .null, .text(heading.content.plainText)]))
            case .paragraph(let inlines):
                let paragraph = inlines.plainText
                blocks.append(BlockRow(values: [.integer(blocks.count), .text("paragraph"), .null, .integer(paragraphs), .text(paragraph)],
                                       searchText: SearchText.indexed(paragraph)))
                paragraphs += 1
            default:
                return
            }
        })
        self.blocks = blocks
        // Rows are written as the table holds them, so the database and a CSV of the same pages agree cell for cell.
        for table in document.tables where table.role == .indicators && table.hasIndicatorColumns {
            let cells = table.grid.dropFirst(table.head.count)
            for (row, provenance) in zip(cells, IndicatorProvenance.rows(of: table, in: document, file: file)) {
                let located: [SQLiteStatement.Value] = [
                    .text(provenance.id), .text(file), .text(provenance.date), .text(provenance.publication), .text(provenance.edition),
                    .text(provenance.pageSection), .text(provenance.title),
                    provenance.paragraph.map { .integer($0) } ?? .null, provenance.offset.map { .integer($0) } ?? .null,
                ]
                indicators.append(IndicatorRecord(values: located + row.prefix(Table.indicatorColumns.count).map { .text($0) }, paragraph: provenance.paragraph))
            }
        }
    }
}
