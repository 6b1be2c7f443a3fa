import Foundation
import FolioTestSupport
import Testing

/// `-t sqlite` from the command line, queried with the `sqlite3` command as a user would.
@Suite(.enabled(if: InstalledTools.sqlite3, "sqlite3 is not on PATH"))
struct SQLiteBatchTests {
    private static let pages = ["ningbo-daily-2024-09-01-A2.txt", "hangzhou-evening-2023-06-12-A3.txt", "harbour-evening-2023-11-05-A5.txt"]

    /// The sample pages under `in/` in two day folders (the Ningbo page alone in `day2`), and a corrupt page.
    private func makeArchive() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in Self.pages {
            let text = try String(contentsOf: ProjectFolders.project("Examples/pages/" + name), encoding: .utf8)
            try folder.write("in/\(name.hasPrefix("ningbo") ? "day2" : "day1")/\(name)", text)
        }
        try folder.write("in/day2/corrupt.json", "{\"folio\":1,\"blocks\":[")
        return folder
    }

    /// The lines `sqlite3` prints for a query (columns separated by `|`).
    private func query(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-cmd", ".timeout 5000", database, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func aBatchIsOneDatabaseThatAgreesWithTheCombinedCSV() throws {
        let folder = try makeArchive()
        let run = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("in/day2/corrupt.json: malformed input"), "\(run.standardError)")
        #expect(run.standardError.contains("3 converted, 0 up to date, 1 failed"))
        let database = folder.path("archive.db")
        #expect(try query(database, "SELECT file FROM documents ORDER BY file") == [
            "day1/hangzhou-evening-2023-06-12-A3.txt", "day1/harbour-evening-2023-11-05-A5.txt", "day2/ningbo-daily-2024-09-01-A2.txt"])

        #expect(try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "tables", "--combine", "--exclude", "*.json", "-q"], in: folder.url).status == 0)
        let csvIDs = ["tables/day1.csv", "tables/day2.csv"].flatMap { name in
            (folder.contents(name) ?? "").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { String($0.prefix { $0 != "," }) }
        }
        #expect(!csvIDs.isEmpty)
        #expect(try query(database, "SELECT id FROM indicators ORDER BY id") == csvIDs.sorted())

        let found = try query(database, "SELECT d.file FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid JOIN documents d ON d.id = b.document_id WHERE blocks_fts MATCH '学位' GROUP BY d.file")
        #expect(found == ["day2/ningbo-daily-2024-09-01-A2.txt"])
        #expect(try query(database, "PRAGMA foreign_key_check").isEmpty)
        #expect(try query(database, "SELECT count(*) FROM indicators i JOIN blocks b ON b.id = i.block_id WHERE substr(b.text, i.offset + 1, length(i.mention)) != i.mention") == ["0"])
    }

    @Test func rerunsSkipUpToDatePagesAndUpdateChangedOnesInPlace() throws {
        let folder = try makeArchive()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("in/day2/corrupt.json"))
        #expect(try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db"], in: folder.url).status == 0)
        let database = folder.path("archive.db")
        let before = try query(database, "SELECT id, file FROM documents ORDER BY id")
        let again = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db"], in: folder.url)
        #expect(again.standardError.contains("0 converted, 3 up to date"), "\(again.standardError)")

        let changed = "in/day2/ningbo-daily-2024-09-01-A2.txt"
        let text = try #require(folder.contents(changed))
        try folder.write(changed, text.replacingOccurrences(of: "学位", with: "学额"))
        let update = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db"], in: folder.url)
        #expect(update.standardError.contains("1 converted, 2 up to date"), "\(update.standardError)")
        #expect(try query(database, "SELECT id, file FROM documents ORDER BY id") == before)
        #expect(try query(database, "SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH '学位'") == ["0"])
        #expect(try query(database, "SELECT count(*) > 0 FROM blocks_fts WHERE blocks_fts MATCH '学额'") == ["1"])
        let forced = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db", "--force"], in: folder.url)
        #expect(forced.standardError.contains("3 converted, 0 up to date"))
    }

    @Test func severalInputsMakeOneDatabase() throws {
        let folder = try makeArchive()
        let run = try FolioBinary.run(["in/day1/hangzhou-evening-2023-06-12-A3.txt", "in/day2/ningbo-daily-2024-09-01-A2.txt", "-o", "day.db"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try query(folder.path("day.db"), "SELECT file, publication FROM documents ORDER BY id") == [
            "in/day1/hangzhou-evening-2023-06-12-A3.txt|杭州晚报", "in/day2/ningbo-daily-2024-09-01-A2.txt|宁波日报"])
    }

    @Test func anArchiveFormatWritesOneFileAndGoesAlone() throws {
        let folder = try makeArchive()
        #expect(try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "out/"], in: folder.url).status == 2)
        #expect(try FolioBinary.run(["batch", "in", "-t", "sqlite", "-t", "csv", "-o", "a.db"], in: folder.url).status == 2)
        #expect(try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "a.db", "--combine"], in: folder.url).status == 2)
        try folder.write("notes.db", "these are notes, not a database")
        let refused = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "notes.db"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("notes.db"))
        #expect(folder.contents("notes.db") == "these are notes, not a database")
    }

    @Test func shardDatabasesMergeIntoTheWholeBatch() throws {
        let folder = try makeArchive()
        let whole = ["batch", "in", "-t", "sqlite", "--exclude", "*.json", "-q"]
        #expect(try FolioBinary.run(whole + ["-o", "whole.db"], in: folder.url).status == 0)
        for shard in 1...3 {
            #expect(try FolioBinary.run(whole + ["-o", "shard-\(shard).db", "--shard", "\(shard)/3"], in: folder.url).status == 0)
        }
        let merge = try FolioBinary.run(["merge", "-o", "merged.db", "shard-1.db", "shard-2.db", "shard-3.db"], in: folder.url)
        #expect(merge.status == 0, "\(merge.standardError)")
        let questions = [
            "SELECT file FROM documents ORDER BY file",
            "SELECT i.id, d.file, b.position, i.value FROM indicators i JOIN documents d ON d.id = i.document_id JOIN blocks b ON b.id = i.block_id ORDER BY i.id",
            "SELECT d.file, b.position FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid JOIN documents d ON d.id = b.document_id WHERE blocks_fts MATCH '记者' ORDER BY 1, 2",
        ]
        for question in questions {
            let answer = try query(folder.path("whole.db"), question)
            #expect(!answer.isEmpty)
            #expect(try query(folder.path("merged.db"), question) == answer, "\(question)")
        }
        // Merging a shard again replaces its pages rather than doubling them.
        #expect(try FolioBinary.run(["merge", "-o", "merged.db", "shard-2.db"], in: folder.url).status == 0)
        #expect(try query(folder.path("merged.db"), questions[1]) == query(folder.path("whole.db"), questions[1]))
        #expect(try FolioBinary.run(["merge", "-o", "merged.db", "missing.db"], in: folder.url).status == 1)
        #expect(try FolioBinary.run(["merge", "-o", "merged.csv", "shard-1.db"], in: folder.url).status == 2)
    }

    /// A batch killed in the middle leaves a database that is whole: every committed page with
    /// all its rows, no page in part; the next run completes it.
    @Test func aKilledBatchLeavesAConsistentDatabase() throws {
        let folder = try TemporaryFolder()
        let texts = try Self.pages.map { try String(contentsOf: ProjectFolders.project("Examples/pages/" + $0), encoding: .utf8) }
        let count = 1500
        for number in 0..<count {
            try folder.write("in/\(number / 100)/p\(number).txt", texts[number % texts.count])
        }
        let database = folder.path("archive.db")
        let process = Process()
        process.executableURL = FolioBinary.url
        process.arguments = ["batch", "in", "-t", "sqlite", "-o", "archive.db", "--no-learn-chrome", "-q"]
        process.currentDirectoryURL = folder.url
        try process.run()
        // Kill it once a transaction or more is committed and well before the end.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.2)
            if let stored = Int(try query(database, "SELECT count(*) FROM documents").first ?? ""), stored > 0 { break }
        }
        let interrupted = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(interrupted, "the batch ended before it could be killed")

        let stored = Int(try query(database, "SELECT count(*) FROM documents").first ?? "") ?? -1
        #expect(stored > 0 && stored < count)
        #expect(stored % 500 == 0, "pages are committed 500 at a time, so a kill keeps whole transactions")
        #expect(try query(database, "PRAGMA integrity_check") == ["ok"])
        #expect(try query(database, "PRAGMA foreign_key_check").isEmpty)
        #expect(try query(database, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.document_id = d.id)") == ["0"])
        #expect(try query(database, "SELECT (SELECT count(*) FROM blocks WHERE kind = 'paragraph') = (SELECT count(*) FROM blocks_fts)") == ["1"])

        let resumed = try FolioBinary.run(["batch", "in", "-t", "sqlite", "-o", "archive.db", "--no-learn-chrome"], in: folder.url)
        #expect(resumed.standardError.contains("\(count - stored) converted, \(stored) up to date"), "\(resumed.standardError)")
        #expect(try query(database, "SELECT count(*) FROM documents") == ["\(count)"])
    }
}
