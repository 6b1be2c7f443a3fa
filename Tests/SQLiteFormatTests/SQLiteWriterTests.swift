import Foundation
import FolioCore
import FolioTestSupport
import Indicators
@testable import SQLiteFormat
import Testing

/// The database the writer builds: its tables, the full-text index, replacing a stored input,
/// and refusing files that are not Folio databases.
@Suite struct SQLiteWriterTests {
    private static let page = Document(
        metadata: Metadata(title: "宁波新增公办学位", date: "2024-09-01", publication: "宁波日报", edition: "A2", section: "要闻"),
        blocks: [
            .heading(Heading(level: 2, content: [.text("学位供给")])),
            .paragraph([.text("今年秋季全市新增公办学位约1.2万个。")]),
            .paragraph([.text("招聘会吸引2.1万余人次。")]),
        ])

    /// The page with its indicator table, as the writer's default filter gives it.
    private static func filtered(_ document: Document = page) throws -> Document {
        try IndicatorsPlugin.Filter().apply(to: document, options: Options())
    }

    /// The rows a query returns, each as its columns' text.
    private static func rows(_ sql: String, in connection: SQLiteConnection) throws -> [[String]] {
        let statement = try connection.prepare(sql)
        var rows: [[String]] = []
        try statement.query([]) { row in rows.append((0..<4).map { row.text(Int32($0)) }) }
        return rows
    }

    /// Writes the bytes a writer produced to a file and opens it.
    private static func open(_ output: WriterOutput, in folder: TemporaryFolder) throws -> SQLiteConnection {
        guard case .data(let data) = output.content else { throw FolioError(.unsupported, "not one file") }
        let path = folder.path("day.db")
        try data.write(to: URL(fileURLWithPath: path))
        return try SQLiteConnection(path: path)
    }

    @Test func chineseRunsAreIndexedAsBigrams() {
        #expect(SearchText.indexed("新增学位3000个") == " 新增 增学 学位  3000 个 ")
        #expect(SearchText.indexed("rose 4.5%") == "rose 4.5%")
    }

    @Test func writesDocumentsBlocksIndicatorsAndASearchableIndex() throws {
        let folder = try TemporaryFolder()
        let output = try SQLiteWriter().write(collection: [try Self.filtered()], context: WriteContext(inputNames: ["2024/a2.txt"]))
        let database = try Self.open(output, in: folder)
        #expect(try Self.rows("SELECT file, title, date, section FROM documents", in: database) == [["2024/a2.txt", "宁波新增公办学位", "2024-09-01", "要闻"]])
        #expect(try Self.rows("SELECT kind, coalesce(level, ''), coalesce(paragraph, ''), position FROM blocks ORDER BY position", in: database)
            == [["heading", "2", "", "0"], ["paragraph", "", "0", "1"], ["paragraph", "", "1", "2"]])
        let indicators = try Self.rows("""
            SELECT i.mention, substr(b.text, i.offset + 1, length(i.mention)), i.page_section, i.value
            FROM indicators i JOIN blocks b ON b.id = i.block_id ORDER BY i.paragraph, i.offset
            """, in: database)
        #expect(indicators == [["约1.2万个", "约1.2万个", "要闻", "12000"], ["2.1万余人次", "2.1万余人次", "要闻", "21000"]])
        #expect(try Self.rows("SELECT b.text, '', '', '' FROM blocks_fts f JOIN blocks b ON b.id = f.rowid WHERE blocks_fts MATCH '学位'", in: database)
            == [["今年秋季全市新增公办学位约1.2万个。", "", "", ""]])
        #expect(try Self.rows("SELECT count(*), '', '', '' FROM blocks_fts WHERE blocks_fts MATCH '\"公办 办学 学位\"'", in: database)[0][0] == "1")
    }

    @Test func storingAnInputAgainReplacesItInPlace() throws {
        let folder = try TemporaryFolder()
        let archive = try SQLiteArchive(path: folder.path("archive.db"), writeAheadLog: true)
        try archive.store(try Self.filtered(), file: "a.txt", modified: 1)
        var changed = Self.page
        changed.blocks[1] = .paragraph([.text("今年新增托育位800个。")])
        try archive.store(try Self.filtered(changed), file: "a.txt", modified: 2)
        try archive.close()
        let database = try SQLiteConnection(path: folder.path("archive.db"))
        #expect(try Self.rows("SELECT id, modified, (SELECT count(*) FROM blocks), (SELECT count(*) FROM indicators) FROM documents", in: database) == [["1", "2", "3", "2"]])
        #expect(try Self.rows("SELECT count(*), '', '', '' FROM blocks_fts WHERE blocks_fts MATCH '学位'", in: database)[0][0] == "0")
        #expect(try Self.rows("SELECT count(*), '', '', '' FROM blocks_fts WHERE blocks_fts MATCH '托育'", in: database)[0][0] == "1")
        #expect(try SQLiteArchive(path: folder.path("archive.db"), writeAheadLog: true).storedInputs() == ["a.txt": 2])
    }

    /// Pages have no savepoint each, so a page that cannot be stored takes the open transaction
    /// with it: the database keeps its last commit and never part of a page, and goes on working.
    @Test func aPageThatCannotBeStoredRollsBackTheOpenTransaction() throws {
        let folder = try TemporaryFolder()
        let archive = try SQLiteArchive(path: folder.path("archive.db"), writeAheadLog: true)
        try archive.store(try Self.filtered(), file: "kept.txt", modified: 1)
        try archive.commit()
        try archive.store(try Self.filtered(), file: "lost.txt", modified: 1)
        var broken = SQLiteArchive.entry(for: try Self.filtered(), file: "broken.txt", modified: 1)
        broken.indicators.append(try #require(broken.indicators.first))
        #expect(throws: FolioError.self) { try archive.store(broken) }
        try archive.store(try Self.filtered(), file: "after.txt", modified: 1)
        try archive.close()
        let database = try SQLiteConnection(path: folder.path("archive.db"))
        #expect(try Self.rows("SELECT file, (SELECT count(*) FROM blocks), (SELECT count(*) FROM indicators), (SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH '学位') FROM documents ORDER BY id", in: database)
            == [["kept.txt", "6", "4", "2"], ["after.txt", "6", "4", "2"]])
    }

    @Test func refusesFilesThatAreNotFolioDatabases() throws {
        let folder = try TemporaryFolder()
        let other = try SQLiteConnection(path: folder.path("other.db"))
        try other.execute("CREATE TABLE notes (text TEXT)")
        try folder.write("text.db", "not a database at all, just text that is long enough to have a header")
        for name in ["other.db", "text.db"] {
            #expect(throws: FolioError.self) { try SQLiteArchive(path: folder.path(name), writeAheadLog: true) }
        }
    }
}
