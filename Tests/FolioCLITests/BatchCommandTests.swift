import Foundation
import FolioTestSupport
import Testing

@Suite struct BatchCommandTests {
    private func page(_ title: String) -> String {
        #"{"folio":1,"metadata":{"title":"\#(title)"},"blocks":[{"type":"paragraph","content":["正文"]}]}"#
    }

    /// A tree of 12 good pages in nested folders, one corrupt page, one hidden file and one of unknown format.
    private func makeTree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for day in 1...3 {
            for number in 1...4 {
                try folder.write("in/2024-09-0\(day)/p\(number).json", page("第\(number)版"))
            }
        }
        try folder.write("in/2024-09-02/corrupt.json", "{\"folio\":1,\"blocks\":[")
        try folder.write("in/.hidden/p1.json", page("hidden"))
        try folder.write("in/notes.unknown", "x")
        return folder
    }

    @Test func mirrorsTheTreeSkipsHiddenAndUnknownAndGoesPastFailures() throws {
        let folder = try makeTree()
        let run = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out", "--report", "report.json"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("in/2024-09-02/corrupt.json: malformed input"))
        #expect(run.standardError.contains("12 converted, 0 up to date, 1 failed, 2 ignored"))
        let outputs = folder.files().filter { $0.hasPrefix("out/") }
        #expect(outputs.count == 12)
        #expect(outputs.contains("out/2024-09-03/p4.json"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("report.json"))) as? [[String: Any]]
        #expect(report?.count == 13)
        #expect(report?.filter { $0["status"] as? String == "failed" }.count == 1)
    }

    @Test("-f reads every page in the given format, whatever its file's name says")
    func inputFormatOverridesTheFileName() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.dat", "江城晚报\n\n夜市点亮老城区\n\n入夜，老城区的街巷里人流如织。")
        try folder.write("in/b.dat", "第二页\n\n这一页也是一段正文，写了另一件事情。")
        let run = try FolioBinary.run(["batch", "in", "-f", "text", "-t", "json", "-o", "out", "-q"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.files().filter { $0.hasPrefix("out/") }.sorted() == ["out/a.json", "out/b.json"])
    }

    @Test func rerunSkipsUpToDateOutputsUnlessForced() throws {
        let folder = try makeTree()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("in/2024-09-02/corrupt.json"))
        #expect(try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out"], in: folder.url).status == 0)
        let again = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out"], in: folder.url)
        #expect(again.standardError.contains("0 converted, 12 up to date"))
        let forced = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out", "--force"], in: folder.url)
        #expect(forced.standardError.contains("12 converted, 0 up to date"))
    }

    @Test func resumesAfterAnInterruption() throws {
        let folder = try makeTree()
        #expect(try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out", "-q"], in: folder.url).status == 1)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("out/2024-09-01/p2.json"))
        let resumed = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out"], in: folder.url)
        #expect(resumed.standardError.contains("1 converted, 11 up to date, 1 failed"))
    }

    @Test func shardsPartitionTheInputsExactly() throws {
        let folder = try makeTree()
        var seen: [String] = []
        for shard in 1...3 {
            _ = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "shard\(shard)", "--shard", "\(shard)/3", "-q", "--exclude", "corrupt*"], in: folder.url)
            seen += folder.files().filter { $0.hasPrefix("shard\(shard)/") }.map { String($0.dropFirst("shardN/".count)) }
        }
        #expect(seen.count == 12)
        #expect(Set(seen).count == 12)
        #expect(try FolioBinary.run(["batch", "in", "-t", "json", "-o", "x", "--shard", "4/3"], in: folder.url).status == 2)
    }

    @Test func includeAndExcludeGlobs() throws {
        let folder = try makeTree()
        _ = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "out", "--include", "p1.*", "--exclude", "2024-09-03/*", "-q"], in: folder.url)
        #expect(folder.files().filter { $0.hasPrefix("out/") } == ["out/2024-09-01/p1.json", "out/2024-09-02/p1.json"])
    }

    @Test func combineWritesOneOutputPerFolderInNameOrder() throws {
        let folder = try makeTree()
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("in/2024-09-02/corrupt.json"))
        let run = try FolioBinary.run(["batch", "in", "-t", "json", "-o", "books", "--combine"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.files().filter { $0.hasPrefix("books/") } == ["books/2024-09-01.json", "books/2024-09-02.json", "books/2024-09-03.json"])
        let book = folder.contents("books/2024-09-01.json") ?? ""
        let order = ["第1版", "第2版", "第3版", "第4版"].compactMap { book.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted())
    }

    @Test func combinedCSVRowsCarryTheirProvenance() throws {
        let folder = try TemporaryFolder()
        for (day, name) in [("2024-09-01", "ningbo-daily-2024-09-01-A2.txt"), ("2023-11-05", "harbour-evening-2023-11-05-A5.txt")] {
            let page = try String(contentsOf: ProjectFolders.project("Examples/pages/" + name), encoding: .utf8)
            try folder.write("in/\(day)/\(name)", page)
        }
        let run = try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "tables", "--combine", "-q"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = (folder.contents("tables/2024-09-01.csv") ?? "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == (IndicatorColumnsHeader.provenanced))
        #expect(lines.count > 2)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",2024-09-01/ningbo-daily-2024-09-01-A2.txt,2024-09-01,宁波日报,A2,") })
        let ids = lines.dropFirst().map { $0.prefix { $0 != "," } }
        #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.count == 16 })
        // The same pages converted again give the same ids.
        #expect(try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "again", "--combine", "-q"], in: folder.url).status == 0)
        #expect(folder.contents("again/2024-09-01.csv") == folder.contents("tables/2024-09-01.csv"))
    }

    @Test func onePageKeepsTodaysColumnsUnlessProvenanceIsAsked() throws {
        let page = ProjectFolders.project("Examples/pages/ningbo-daily-2024-09-01-A2.txt").path
        #expect(try FolioBinary.run([page, "-t", "csv"]).output.hasPrefix("section,subject,value,"))
        #expect(try FolioBinary.run([page, "-t", "csv", "--provenance"]).output.hasPrefix(IndicatorColumnsHeader.provenanced))
    }

    @Test func manifestModeWritesOneResultLinePerItem() throws {
        let folder = try makeTree()
        let manifest = """
            {"input": "in/2024-09-01/p1.json", "output": "m/a.json"}

            {"input": "in/2024-09-02/corrupt.json", "output": "m/b.json"}
            {"input": "in/2024-09-03/p2.json", "outputs": ["m/c.json", "m/d.json"]}
            """
        let run = try FolioBinary.run(["batch", "--manifest", "-"], input: Data(manifest.utf8), in: folder.url)
        #expect(run.status == 1)
        let lines = run.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines.filter { $0["status"] as? String == "converted" }.count == 2)
        #expect(folder.files().filter { $0.hasPrefix("m/") } == ["m/a.json", "m/c.json", "m/d.json"])
        let bad = try FolioBinary.run(["batch", "--manifest", "-"], input: Data("not json\n".utf8), in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("-:1: malformed input"))
    }
}

/// The header of an indicator CSV with provenance, as the README documents it.
enum IndicatorColumnsHeader {
    static let provenanced = "id,file,date,publication,edition,page_section,title,paragraph,offset,section,subject,value,unit,qualifier,kind,mention,sentence"
}
