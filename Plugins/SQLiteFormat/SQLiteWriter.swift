import FolioCore

/// Writes documents into a SQLite database: `documents`, `blocks`, `indicators` and the
/// full-text index `blocks_fts` (see ``ArchiveSchema``).
///
/// As a ``DocumentWriter`` it builds a new database in memory and returns its bytes, so
/// `folio a.txt b.txt -o day.db` is written atomically like any output. As an
/// ``ArchiveWriter`` it opens a database file and stores pages into it one by one, which is
/// how `folio batch DIR -t sqlite -o archive.db` fills and updates one database for a whole
/// archive. The writer asks for the `indicators` filter, as the CSV writer does.
struct SQLiteWriter: ArchiveWriter {
    var defaultFilters: [String] { ["indicators"] }

    func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        try write(collection: [document], context: context)
    }

    func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput {
        let archive = try SQLiteArchive(path: ":memory:", writeAheadLog: false)
        for (index, document) in documents.enumerated() {
            try archive.store(document, file: context.inputName(at: index), modified: nil)
        }
        return WriterOutput(data: try archive.serialized())
    }

    func openArchive(at path: String, context: WriteContext) throws -> any DocumentArchive {
        try SQLiteArchive(path: path, writeAheadLog: true)
    }
}
