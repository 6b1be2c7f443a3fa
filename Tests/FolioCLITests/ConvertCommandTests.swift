import Foundation
import FolioTestSupport
import Testing

@Suite struct ConvertCommandTests {
    let page = #"{"folio":1,"metadata":{"title":"试验页"},"blocks":[{"type":"paragraph","content":["培训干部2.1万余人次"]}]}"#

    @Test func readsStandardInputAndWritesStandardOutput() throws {
        let run = try FolioBinary.run(["-", "-f", "json", "-t", "json"], input: Data(page.utf8))
        #expect(run.status == 0)
        #expect(run.output.contains("\"试验页\""))
        #expect(run.standardError.isEmpty)
    }

    @Test func writesSeveralOutputsFromOneRead() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("page.json", page)
        let run = try FolioBinary.run([input, "-o", folder.path("a.json"), "-o", folder.path("b/c.json"), "-M", "title=改过"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(folder.contents("a.json") == folder.contents("b/c.json"))
        #expect(folder.contents("a.json")?.contains("改过") == true)
        #expect(folder.files() == ["a.json", "b/c.json", "page.json"])
    }

    @Test func unknownFormatIsAUsageErrorNamingTheFormats() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("page.json", page)
        let run = try FolioBinary.run([input, "-t", "docx", "-o", folder.path("out.docx")])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("folio: unknown format: no writer named \"docx\""))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.docx")))
    }

    @Test func unknownExtensionAsksForAFormat() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("page.unknownext", page)
        let run = try FolioBinary.run([input, "-o", folder.path("x.json")])
        #expect(run.status == 2)
        #expect(run.standardError.contains("name it with -f"))
    }

    @Test func missingInputIsReportedByName() throws {
        let folder = try TemporaryFolder()
        let run = try FolioBinary.run([folder.path("absent.json"), "-o", folder.path("out.json")])
        #expect(run.status == 1)
        #expect(run.standardError == "folio: \(folder.path("absent.json")): file error: no such file\n")
        #expect(folder.files().isEmpty)
    }

    @Test func unwritableOutputFailsCleanly() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("page.json", page)
        let blocker = try folder.write("blocker", "a file where a folder should be")
        let run = try FolioBinary.run([input, "-o", blocker + "/out.json"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("Not a directory"))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }

    @Test func malformedInputLeavesExistingOutputUntouched() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("bad.json", #"{"folio":1,"blocks":[{"type":"paragraph","content":["x"]"#)
        let existing = try folder.write("out.json", "previous contents")
        let run = try FolioBinary.run([input, "-o", existing, "-o", folder.path("second.json")])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("folio: \(input): malformed input: not valid JSON"))
        #expect(folder.contents("out.json") == "previous contents")
        #expect(folder.files() == ["bad.json", "out.json"])
    }

    @Test func wrongVersionIsRejected() throws {
        let run = try FolioBinary.run(["-", "-f", "json", "-t", "json"], input: Data(#"{"folio":7}"#.utf8))
        #expect(run.status == 1)
        #expect(run.standardError.contains("version 7 is not supported"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func standardOutputNeedsAFormat() throws {
        let run = try FolioBinary.run(["-", "-f", "json"], input: Data(page.utf8))
        #expect(run.status == 2)
        #expect(run.standardError.contains("-t"))
    }

    @Test func badFlagsAreUsageErrors() throws {
        #expect(try FolioBinary.run(["--no-such-flag"]).status == 2)
        #expect(try FolioBinary.run(["x.json", "-M", "novalue"]).status == 2)
        #expect(try FolioBinary.run(["x.json", "--fragment", "--standalone"]).status == 2)
        #expect(try FolioBinary.run([]).status == 2)
    }

    @Test func helpShowsExamplesAndCompletionIsGenerated() throws {
        let help = try FolioBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("folio page.txt -o page.epub"))
        let completion = try FolioBinary.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("_folio"))
    }

    @Test("A subcommand's help is its own, however it is asked for", arguments: [["batch", "--help"], ["help", "batch"], ["batch", "-h"]])
    func subcommandHelp(arguments: [String]) throws {
        let help = try FolioBinary.run(arguments)
        #expect(help.status == 0)
        #expect(help.output.contains("Convert a folder tree"))
        #expect(!help.output.contains("folio page.txt -o page.epub"))
    }

    @Test func formatsAreListed() throws {
        let run = try FolioBinary.run(["formats"])
        #expect(run.status == 0)
        #expect(run.output.contains("Readers (-f):"))
        #expect(run.output.contains("json"))
        let inputs = try FolioBinary.run(["--list-input-formats"])
        #expect(inputs.status == 0)
        #expect(inputs.output.split(separator: "\n").contains("json"))
    }
}

@Suite struct EvalCommandTests {
    static let labelled = ProjectFolders.project("Examples/labelled")

    @Test func evaluatesPagesAgainstTheirLabelledTables() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.labelled.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(pages.count >= 3)
        let run = try FolioBinary.run(["eval"] + pages.map { Self.labelled.appendingPathComponent($0).path })
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == pages.count + 1)
        #expect(lines.last?.hasPrefix("total: precision ") == true)
    }

    @Test func thresholdsTurnIntoTheExitStatus() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("p.txt", "全市新建学校12所，新增学位3600个。\n")
        try folder.write("p.indicators.csv", "subject,value,unit,qualifier,kind,mention\n学校,12,所,exact,count,12所\n学位,3600,个,exact,count,3600个\n病床,500,张,exact,count,500张\n")
        let strict = try FolioBinary.run(["eval", page, "--min-recall", "90"])
        #expect(strict.status == 1)
        #expect(strict.output.contains("recall 66.7% (2/3)"))
        let verbose = try FolioBinary.run(["eval", page, "-v"])
        #expect(verbose.status == 0)
        #expect(verbose.output.contains("missed: 500张"))
    }

    @Test func subjectThresholdTurnsIntoTheExitStatus() throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("p.txt", "全市新建学校12所，新增学位3600个。\n")
        try folder.write("p.indicators.csv", "subject,value,unit,qualifier,kind,mention\n新建学校,12,所,exact,count,12所\n病床,3600,个,exact,count,3600个\n")
        let strict = try FolioBinary.run(["eval", page, "--min-subject", "50"])
        #expect(strict.status == 1)
        #expect(strict.output.contains("F1 33.3%"))
        #expect(try FolioBinary.run(["eval", page, "--min-subject", "30"]).status == 0)
    }

    @Test func scoresPageStructureAgainstLabels() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "第A2版:要闻 4下一版\n2024年03月02日 星期六\n3 上一篇 放大 缩小 默认\n\n江北新建三座桥\n\n　　本报讯(记者 钱一)昨天，江北新建的三座桥同时通车，市民出行更方便了。\n")
        try folder.write("a.labels.json", """
            {"metadata": {"title": "江北新建三座桥", "date": "2024-03-02", "authors": [{"name": "钱一", "role": "记者"}]},
             "chrome_lines": ["3 上一篇 放大 缩小 默认"], "captions": [], "headings": [], "paragraphs": 1, "articles": 1, "complete": true}
            """)
        try folder.write("b.txt", "您当前的位置 : 东海网 > 新闻\n南城古道完成修缮\n2024-04-02 09:15 来源:南城网\n修缮后的古道全长二十六公里，沿途新设了休息亭。\n")
        try folder.write("b.labels.json", """
            {"metadata": {"title": "南城古道修缮完成", "date": "2024-04-02", "authors": []},
             "chrome_lines": ["您当前的位置 : 东海网 > 新闻"], "captions": [], "headings": [], "paragraphs": 1, "articles": 1, "complete": true}
            """)
        let run = try FolioBinary.run(["eval", "--structure", folder.url.path, "-v"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.output.contains("a.txt: title ok  date ok  authors ok  chrome ok  paragraphs ok  articles ok"))
        #expect(run.output.contains("title: “南城古道完成修缮”, expected “南城古道修缮完成”"))
        #expect(run.output.contains("total (2 pages): titles 1/2 (50.0%)  dates 2/2 (100.0%)"))
        let strict = try FolioBinary.run(["eval", "--structure", folder.url.path, "--min-score", "90"])
        #expect(strict.status == 1)
        let wrong = try FolioBinary.run(["eval", "--structure", folder.url.path, folder.path("a.txt")])
        #expect(wrong.status == 2)
    }
}
