import Folio
import Foundation
import FolioTestSupport
import Testing

/// External plugins through the real `folio` binary: found on FOLIO_PLUGIN_PATH, chosen by name,
/// extension or path, listed by `folio formats`, and failing with their name, their stderr and no output.
@Suite struct ExternalPluginCLITests {
    private static let root = ProjectFolders.repository
    private static let readerFolder = root.appendingPathComponent("Examples/external-reader").path
    private static let filterFolder = root.appendingPathComponent("Examples/external-filter").path

    /// A page in the e-paper text style with full-width figures for the half-width filter.
    private static let page = """
        青石巷加装电梯完工
        本报记者 顾晓川

        青石巷１２栋老楼的电梯于３月全部投入使用，惠及住户３８４户。
        加装工程总投资约１．６亿元，其中财政补助占４０％。

        """

    private func document(_ paragraph: String) throws -> String {
        String(decoding: try JSONFormat.Writer.encode(Document(metadata: Metadata(title: "港区简讯"), blocks: [.paragraph([.text(paragraph)])])), as: UTF8.self)
    }

    /// Writes an executable `/bin/sh` script into `folder`.
    @discardableResult
    private func script(_ name: String, _ body: String, in folder: TemporaryFolder, executable: Bool = true) throws -> String {
        let path = folder.path(name)
        try ExecutableScript.write("#!/bin/sh\n\(body)\n", to: path, permissions: executable ? 0o755 : 0o644)
        return path
    }

    // MARK: - Success

    @Test(.enabled(if: InstalledTools.python3, "python3 is not on PATH"))
    func filterInAChainFromTextToEPUB() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("page.txt", Self.page)

        let run = try FolioBinary.run([input, "--filter", "halfwidth", "-o", folder.path("page.epub"), "-o", folder.path("page.json")],
                                      environment: ["FOLIO_PLUGIN_PATH": Self.filterFolder])

        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.contents("page.epub")?.hasPrefix("PK") == true)
        let json = try #require(folder.contents("page.json"))
        #expect(json.contains("12栋老楼"))
        #expect(json.contains("1.6亿元"))
        #expect(!json.contains("１２"))
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is not on PATH"))
    func filterByNameFromThePluginPath() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("新增２条航线，运力提升３０％。"))

        let run = try FolioBinary.run([input, "--filter", "halfwidth", "-o", folder.path("out.json")], environment: ["FOLIO_PLUGIN_PATH": Self.filterFolder])

        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.contents("out.json")?.contains("新增2条航线，运力提升30%。") == true)
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is not on PATH"))
    func readerChosenByTheExtensionItDescribes() throws {
        let folder = try TemporaryFolder()
        let sample = try String(contentsOfFile: Self.readerFolder + "/sample.gaojian", encoding: .utf8)
        let input = try folder.write("lane.gaojian", sample)

        let run = try FolioBinary.run([input, "-o", folder.path("lane.json")], environment: ["FOLIO_PLUGIN_PATH": Self.readerFolder])

        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.contents("lane.json")?.contains("\"title\":\"青石巷装上了电梯\"") == true)
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is not on PATH"))
    func filterGivenAsAPath() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("第３批"))
        let filter = Self.filterFolder + "/folio-filter-halfwidth"

        let run = try FolioBinary.run([input, "--filter", filter, "-o", folder.path("out.json")], environment: ["FOLIO_PLUGIN_PATH": ""])

        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.contents("out.json")?.contains("第3批") == true)
    }

    @Test func relativePathFilterAndExternalWriterToStandardOutput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("渡轮准点"))
        try script("mark", "sed 's/渡轮/客轮/'", in: folder)
        let plugins = try TemporaryFolder()
        try script("folio-writer-shout", "tr 'a-z' 'A-Z'; echo 'shouted' >&2", in: plugins)

        let run = try FolioBinary.run(["brief.json", "--filter", "./mark", "-t", "shout"], environment: ["FOLIO_PLUGIN_PATH": plugins.url.path], in: folder.url)

        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.output.contains("\"FOLIO\":1"))
        #expect(run.output.contains("客轮准点"))
        _ = input
    }

    @Test func formatsListsExternalPluginsWithTheirOrigin() throws {
        let plugins = try TemporaryFolder()
        let reader = try script("folio-reader-memo", """
            if [ "$1" = --folio-describe ]; then echo '{"extensions": ["memo"], "summary": "office memos"}'; exit 0; fi
            exit 1
            """, in: plugins)
        let filter = try script("folio-filter-tidy", "cat", in: plugins)

        let run = try FolioBinary.run(["formats"], environment: ["FOLIO_PLUGIN_PATH": plugins.url.path])

        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.output.contains("memo") && run.output.contains("office memos [.memo; \(reader)]"))
        #expect(run.output.contains("tidy") && run.output.contains(filter))
    }

    @Test func listingsAndUnknownNamesSeeThePluginPath() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("码头"))
        let plugins = try TemporaryFolder()
        try script("folio-writer-shout", "tr 'a-z' 'A-Z'", in: plugins)
        let environment = ["FOLIO_PLUGIN_PATH": plugins.url.path]

        let listing = try FolioBinary.run(["--list-output-formats"], environment: environment)
        let unknown = try FolioBinary.run([input, "-t", "whisper", "-o", folder.path("out.txt")], environment: environment)

        #expect(listing.status == 0, "\(listing.standardError)")
        #expect(listing.output.split(separator: "\n").contains("shout"))
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no writer named \"whisper\"") && unknown.standardError.contains("shout"))
    }

    // MARK: - Failure: named, with stderr, nothing written

    @Test func failingFilterNamesItselfShowsItsStderrAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("码头"))
        try folder.write("out.json", "previous output\n")
        let plugins = try TemporaryFolder()
        try script("folio-filter-broken", "cat > /dev/null; echo 'broken: cannot read tables' >&2; exit 4", in: plugins)

        let run = try FolioBinary.run([input, "--filter", "broken", "-o", folder.path("out.json"), "-o", folder.path("out.csv")],
                                      environment: ["FOLIO_PLUGIN_PATH": plugins.url.path])

        #expect(run.status == 1)
        #expect(run.standardError.contains("folio-filter-broken: plugin failed: exited with status 4"))
        #expect(run.standardError.contains("broken: cannot read tables"))
        #expect(folder.contents("out.json") == "previous output\n")
        #expect(folder.contents("out.csv") == nil)
    }

    @Test func hangingReaderIsStoppedAtThePluginTimeout() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("slow.memo", "备忘")
        let plugins = try TemporaryFolder()
        // It answers --folio-describe at once, so that only the conversion meets the timeout.
        try script("folio-reader-memo", "[ \"$1\" = --folio-describe ] && exit 1; sleep 20", in: plugins)
        let start = ContinuousClock.now

        let run = try FolioBinary.run([input, "-f", "memo", "--plugin-timeout", "1", "-o", folder.path("slow.json")],
                                      environment: ["FOLIO_PLUGIN_PATH": plugins.url.path])

        #expect(ContinuousClock.now - start < .seconds(8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("folio-reader-memo: plugin failed: did not finish within 1 s"))
        #expect(folder.contents("slow.json") == nil)
    }

    @Test(arguments: [
        (#"echo '{"folio": 1, "blocks": [}'"#, "printed invalid Folio JSON"),
        (#"echo '{"folio": 7, "blocks": []}'"#, "Folio JSON version 7 is not supported"),
    ])
    func readerPrintingWrongJSON(body: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("a.memo", "备忘")
        let plugins = try TemporaryFolder()
        try script("folio-reader-memo", body, in: plugins)

        let run = try FolioBinary.run([input, "-f", "memo", "-o", folder.path("a.json")], environment: ["FOLIO_PLUGIN_PATH": plugins.url.path])

        #expect(run.status == 1)
        #expect(run.standardError.contains("folio-reader-memo: plugin failed: "))
        #expect(run.standardError.contains(expected))
        #expect(folder.contents("a.json") == nil)
    }

    @Test func nonExecutablePluginIsReportedNotIgnored() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("brief.json", try document("码头"))
        let plugins = try TemporaryFolder()
        let path = try script("folio-filter-tidy", "cat", in: plugins, executable: false)

        let run = try FolioBinary.run([input, "--filter", "tidy", "-o", folder.path("out.json")], environment: ["FOLIO_PLUGIN_PATH": plugins.url.path])

        #expect(run.status == 1)
        #expect(run.standardError.contains("folio-filter-tidy: plugin failed: is not executable: \(path)"))
        #expect(folder.contents("out.json") == nil)
    }
}
