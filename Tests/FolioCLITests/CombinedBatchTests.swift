import Foundation
import FolioTestSupport
import Testing

/// `folio batch --combine` to CSV and TSV, which writes each folder's output a page at a time.
@Suite struct CombinedBatchTests {
    private static let examples = [
        "beifang-daily-1986-05-20-3.txt", "dongnet-2024-03-18-news.txt", "hangzhou-evening-2023-06-12-A3.txt",
        "harbour-evening-2023-11-05-A5.txt", "ningbo-daily-2024-09-01-A2.txt", "taizhou-daily-2022-01-10-03.txt",
        "wenzhou-daily-2022-09-05-05.txt", "xian-evening-2020-11-20-07.txt", "yuyao-news-2019-04-18-B4.txt",
    ]

    private func example(_ name: String) throws -> String {
        try String(contentsOf: ProjectFolders.project("Examples/pages/" + name), encoding: .utf8)
    }

    /// Three day folders: one with an HTML page that holds no text (a reader warning) and one
    /// with a data table (so its output is two files), one of six pages, one of a single page.
    private func makeDays() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("in/2024-09-01/a-\(Self.examples[4])", example(Self.examples[4]))
        try folder.write("in/2024-09-01/b-\(Self.examples[3])", example(Self.examples[3]))
        try folder.write("in/2024-09-01/c-blank.html", "<html><head><title>空</title></head><body></body></html>")
        try folder.write("in/2024-09-01/d-counties.html", """
            <html><body><p>全市新增企业1200余家，同比增长12.5%。</p>
            <table><tr><th>区县</th><th>企业数</th><th>备注</th></tr><tr><td>海曙</td><td>120</td><td>含"新设",迁入</td></tr></table>
            </body></html>
            """)
        try folder.write("in/2024-09-01/e-\(Self.examples[2])", example(Self.examples[2]))
        for name in [0, 1, 5, 6, 7, 8].map({ Self.examples[$0] }) {
            try folder.write("in/2024-09-02/\(name)", example(name))
        }
        try folder.write("in/2024-09-03/\(Self.examples[4])", example(Self.examples[4]))
        return folder
    }

    /// The files under `root` of the folder, and of the fixture folder `expected`, by relative path.
    private func outputs(_ folder: TemporaryFolder, under root: String) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: folder.files().filter { $0.hasPrefix(root + "/") }.map {
            (String($0.dropFirst(root.count + 1)), FileManager.default.contents(atPath: folder.path($0)) ?? Data())
        })
    }

    private func expected(_ name: String) throws -> [String: Data] {
        let base = ProjectFolders.project("Tests/FolioCLITests/Fixtures/combined/" + name)
        let names = try FileManager.default.contentsOfDirectory(atPath: base.path)
        return Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: base.appendingPathComponent($0).path) ?? Data()) })
    }

    /// The files were written by the in-memory combined conversion before it streamed (5099d4b).
    @Test(arguments: [("csv", [String]()), ("tsv", ["--bom"])])
    func theOutputIsByteForByteWhatItWas(format: String, flags: [String]) throws {
        let folder = try makeDays()
        let run = try FolioBinary.run(["batch", "in", "-t", format, "-o", "out", "--combine", "--jobs", "2"] + flags, in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("folio: warning: 2024-09-01: in/2024-09-01/c-blank.html: the page holds no text: the document is empty"))
        let written = outputs(folder, under: "out")
        let wanted = try expected(format)
        #expect(written.keys.sorted() == wanted.keys.sorted())
        for (name, data) in wanted {
            #expect(written[name] == data, "\(name) differs")
        }
    }

    /// With a second format the folders are converted in memory, and the CSV is the same.
    @Test func theOutputBesideAnotherFormatIsTheSame() throws {
        let folder = try makeDays()
        let run = try FolioBinary.run(["batch", "in", "-t", "csv", "-t", "json", "-o", "out", "--combine", "-q"], in: folder.url)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(outputs(folder, under: "out").filter { $0.key.hasSuffix(".csv") } == (try expected("csv")))
        #expect(folder.files().filter { $0.hasSuffix(".json") }.count == 3)
    }

    @Test func aFolderWithAPageThatFailsWritesNothingAndLeavesTheOldOutput() throws {
        let folder = try TemporaryFolder()
        for (index, name) in Self.examples.prefix(3).enumerated() {
            try folder.write("in/day1/\(index == 0 ? "a" : "c")\(index)-\(name)", example(name))
            try folder.write("in/day2/\(name)", example(name))
        }
        try folder.write("in/day1/b-corrupt.json", "{\"folio\":1,\"blocks\":[")
        try folder.write("tables/day1.csv", "old\r\n")
        let run = try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "tables", "--combine", "--force", "--jobs", "2"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("folio: in/day1/b-corrupt.json: malformed input"), "\(run.standardError)")
        #expect(run.standardError.contains("1 converted, 0 up to date, 1 failed"))
        // No temporary file is left beside the outputs, and the old output is as it was.
        #expect(folder.files().filter { $0.hasPrefix("tables/") } == ["tables/day1.csv", "tables/day2.csv"])
        #expect(folder.contents("tables/day1.csv") == "old\r\n")
    }

    @Test func aFolderThatGivesNoTableFailsAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/day/a.txt", "没有数字的一段话。")
        try folder.write("in/day/b.txt", "另一段话。")
        let run = try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "tables", "--combine", "--no-indicators"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.standardError.contains("has no table to write as CSV"), "\(run.standardError)")
        #expect(folder.files().filter { $0.hasPrefix("tables/") }.isEmpty)
    }

    @Test func pagesConvertedOnSeveralThreadsKeepTheirOrder() throws {
        let folder = try TemporaryFolder()
        for copy in 0..<4 {
            for (index, name) in Self.examples.enumerated() {
                try folder.write("in/day/p\(copy)\(index)-\(name)", example(name))
            }
        }
        for jobs in [1, 4] {
            let run = try FolioBinary.run(["batch", "in", "-t", "csv", "-o", "jobs\(jobs)", "--combine", "--jobs", "\(jobs)", "-q"], in: folder.url)
            #expect(run.status == 0, "\(run.standardError)")
        }
        let one = folder.contents("jobs1/day.csv") ?? ""
        #expect(folder.contents("jobs4/day.csv") == one)
        // The rows follow the pages' names: the `file` column never goes back.
        let files = one.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.split(separator: ",")[1] }
        #expect(Set(files).count == 4 * Self.examples.count)
        #expect(files == files.sorted())
    }
}
