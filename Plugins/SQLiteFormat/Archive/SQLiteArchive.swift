import FolioCore
import Foundation

/// A Folio database open for writing: pages stored one by one (as ``ArchivedPage``s), each
/// replacing what the database held for its input, in transactions that ``commit()`` ends.
///
/// Every statement is prepared once, so storing a page costs its inserts and nothing more,
/// and memory stays flat however many pages go in. The writer deletes a page's rows itself,
/// table by table, so it runs without foreign-key checks (SQLite's default), a lookup per
/// row saved.
///
/// Pages are stored without a savepoint each: FTS5 writes its pending entries out as a new
/// segment at every savepoint it takes part in, so a savepoint per page cost a segment per
/// page and the merging of them all, about a sixth of storing a page. A page that cannot be
/// stored (the disk is full) rolls the whole transaction back instead, so the database never
/// holds part of a page.
final class SQLiteArchive: DocumentArchive {
    private let connection: SQLiteConnection
    private let findDocument: SQLiteStatement
    private let findParagraphs: SQLiteStatement
    private let unindex: SQLiteStatement
    private let deleteDocument: [SQLiteStatement]
    private let insertDocument: SQLiteStatement
    private let insertBlock: SQLiteStatement
    private let index: SQLiteStatement
    private let insertIndicator: SQLiteStatement

    /// Opens the database at `path` (`:memory:` for one in memory), creating its tables when absent.
    ///
    /// With `writeAheadLog`, commits go to a log beside the file (SQLite's WAL): people can
    /// query the database while a long batch writes it, a commit costs one sync, and a killed
    /// run leaves every committed transaction and nothing else; a 64 MiB page cache keeps the
    /// index of row ids, which grows in random order, out of the disk's way. A database whose tables are
    /// not Folio's, or of another version of them, is refused rather than changed.
    init(path: String, writeAheadLog: Bool) throws {
        let connection = try SQLiteConnection(path: path)
        self.connection = connection
        try Self.checkOrCreateSchema(connection)
        if writeAheadLog { try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536") }
        findDocument = try connection.prepare("SELECT id FROM documents WHERE file = ?")
        findParagraphs = try connection.prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind = 'paragraph'")
        unindex = try connection.prepare("INSERT INTO blocks_fts(blocks_fts, rowid, text) VALUES ('delete', ?, ?)")
        deleteDocument = try ["indicators WHERE document_id", "blocks WHERE document_id", "documents WHERE id"].map {
            try connection.prepare("DELETE FROM \($0) = ?")
        }
        // Columns in the order ArchivedPage holds their values, the ids the database gives out last.
        insertDocument = try connection.prepare("""
            INSERT INTO documents (file, modified, title, subtitle, intro_title, authors, date, publication, edition, section, language, source, identifier, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertBlock = try connection.prepare("INSERT INTO blocks (position, kind, level, paragraph, text, document_id) VALUES (?, ?, ?, ?, ?, ?)")
        index = try connection.prepare("INSERT INTO blocks_fts (rowid, text) VALUES (?, ?)")
        insertIndicator = try connection.prepare("""
            INSERT INTO indicators (id, file, date, publication, edition, page_section, title, paragraph, offset,
                                    section, subject, value, unit, qualifier, kind, mention, sentence, document_id, block_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func storedInputs() throws -> [String: Int] {
        var inputs: [String: Int] = [:]
        try connection.prepare("SELECT file, modified FROM documents WHERE modified IS NOT NULL").query([]) { row in
            inputs[row.text(0)] = row.integer(1)
        }
        return inputs
    }

    static func entry(for document: Document, file: String, modified: Int?) -> ArchivedPage {
        ArchivedPage(document, file: file, modified: modified)
    }

    func store(_ page: ArchivedPage) throws {
        if !connection.isInTransaction { try connection.execute("BEGIN IMMEDIATE") }
        do {
            try insert(page, id: try remove(page.file))
        } catch {
            rollBack()
            throw error
        }
    }

    func merge(archiveAt path: String) throws {
        try Self.checkSchema(try SQLiteConnection(path: path, readOnly: true))
        try commit()
        let attach = try connection.prepare("ATTACH DATABASE ? AS other")
        try attach.run([.text(path)])
        defer { try? connection.execute("DETACH DATABASE other") }
        if !connection.isInTransaction { try connection.execute("BEGIN IMMEDIATE") }
        do {
            var replaced: [String] = []
            try connection.prepare("SELECT file FROM other.documents WHERE file IN (SELECT file FROM main.documents)").query([]) { replaced.append($0.text(0)) }
            for file in replaced { _ = try remove(file) }
            // Ids are the receiving database's own; rows find their new document by file and their block by position.
            try connection.execute(Self.mergeStatements)
            let paragraphs = try connection.prepare("""
                SELECT b.id, b.text FROM main.blocks b JOIN main.documents d ON d.id = b.document_id
                WHERE b.kind = 'paragraph' AND d.file IN (SELECT file FROM other.documents)
                """)
            var rows: [(id: Int, text: String)] = []
            try paragraphs.query([]) { rows.append(($0.integer(0) ?? 0, $0.text(1))) }
            for row in rows { try index.run([.integer(row.id), .text(SearchText.indexed(row.text))]) }
        } catch {
            rollBack()
            throw error
        }
        try commit()
    }

    /// The inserts that copy the attached database `other` into `main`, whose documents it does not share.
    private static let mergeStatements = """
        INSERT INTO main.documents (file, modified, title, subtitle, intro_title, authors, date, publication, edition, section, language, source, identifier)
            SELECT file, modified, title, subtitle, intro_title, authors, date, publication, edition, section, language, source, identifier
            FROM other.documents ORDER BY id;
        INSERT INTO main.blocks (document_id, position, kind, level, paragraph, text)
            SELECT d.id, b.position, b.kind, b.level, b.paragraph, b.text
            FROM other.blocks b JOIN other.documents o ON o.id = b.document_id JOIN main.documents d ON d.file = o.file
            ORDER BY b.id;
        INSERT INTO main.indicators (id, document_id, block_id, file, date, publication, edition, page_section, title, paragraph, offset,
                                     section, subject, value, unit, qualifier, kind, mention, sentence)
            SELECT i.id, d.id, nb.id, i.file, i.date, i.publication, i.edition, i.page_section, i.title, i.paragraph, i.offset,
                   i.section, i.subject, i.value, i.unit, i.qualifier, i.kind, i.mention, i.sentence
            FROM other.indicators i JOIN other.documents o ON o.id = i.document_id JOIN main.documents d ON d.file = o.file
            LEFT JOIN other.blocks ob ON ob.id = i.block_id LEFT JOIN main.blocks nb ON nb.document_id = d.id AND nb.position = ob.position
            ORDER BY i.rowid;
        """

    func commit() throws {
        guard connection.isInTransaction else { return }
        do {
            try connection.execute("COMMIT")
        } catch {
            rollBack()
            throw error
        }
    }

    /// Ends the open transaction, keeping nothing of it.
    private func rollBack() {
        try? connection.execute("ROLLBACK")
    }

    func close() throws {
        try commit()
    }

    /// The whole database as its file would hold it.
    func serialized() throws -> Data {
        try commit()
        return try connection.serialized()
    }

    /// Deletes what the database holds for `file`, returning the id its document had.
    private func remove(_ file: String) throws -> Int? {
        var id: Int?
        try findDocument.query([.text(file)]) { id = $0.integer(0) }
        guard let id else { return nil }
        // The index is contentless: it forgets a paragraph only when told the text it indexed.
        var paragraphs: [(id: Int, text: String)] = []
        try findParagraphs.query([.integer(id)]) { paragraphs.append(($0.integer(0) ?? 0, $0.text(1))) }
        for paragraph in paragraphs {
            try unindex.run([.integer(paragraph.id), .text(SearchText.indexed(paragraph.text))])
        }
        for deletion in deleteDocument { try deletion.run([.integer(id)]) }
        return id
    }

    /// Inserts the page's document, blocks, their index entries and its indicators under the
    /// document id `id` (a new one when nil).
    private func insert(_ page: ArchivedPage, id: Int?) throws {
        try insertDocument.run(page.document, [id.map { .integer($0) } ?? .null])
        let documentID: [SQLiteStatement.Value] = [.integer(connection.lastInsertedRowID)]
        var paragraphIDs: [Int] = []
        for block in page.blocks {
            try insertBlock.run(block.values, documentID)
            guard let searchText = block.searchText else { continue }
            paragraphIDs.append(connection.lastInsertedRowID)
            try index.run([.integer(connection.lastInsertedRowID), .text(searchText)])
        }
        for indicator in page.indicators {
            let blockID = indicator.paragraph.flatMap { paragraphIDs.indices.contains($0) ? paragraphIDs[$0] : nil }
            try insertIndicator.run(indicator.values, documentID, [blockID.map { .integer($0) } ?? .null])
        }
    }

    /// Creates the tables in a new, empty database; checks an existing one is a Folio database of this version.
    private static func checkOrCreateSchema(_ connection: SQLiteConnection) throws {
        guard try isEmpty(connection) else { return try checkSchema(connection) }
        try connection.execute("BEGIN; " + ArchiveSchema.creation + " PRAGMA user_version = \(ArchiveSchema.version); COMMIT")
    }

    /// Whether the database holds no table at all.
    private static func isEmpty(_ connection: SQLiteConnection) throws -> Bool {
        var tables = 0
        try connection.prepare("SELECT count(*) FROM sqlite_schema").query([]) { tables = $0.integer(0) ?? 0 }
        return tables == 0
    }

    /// Throws unless the database holds Folio's tables of this version.
    private static func checkSchema(_ connection: SQLiteConnection) throws {
        var version = 0
        try connection.prepare("PRAGMA user_version").query([]) { version = $0.integer(0) ?? 0 }
        if version == 0 {
            throw connection.error("it is not a Folio database (it holds no Folio tables); write to a new file")
        }
        if version != ArchiveSchema.version {
            throw connection.error("its tables are version \(version) of Folio's, this folio writes version \(ArchiveSchema.version); write to a new file")
        }
    }
}
