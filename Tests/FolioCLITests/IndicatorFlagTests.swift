import FolioTestSupport
import Foundation
import Testing

@Suite("--indicators views")
struct IndicatorFlagTests {
    let page = ProjectFolders.project("Examples/labelled").path

    private func samplePage() throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: page).filter { $0.hasSuffix(".txt") }.sorted()
        return page + "/" + (try #require(names.first))
    }

    @Test("A bare --indicators, before or after the input, gives the table and the charts")
    func bareFlag() throws {
        let input = try samplePage()
        for arguments in [[input, "--indicators", "-t", "html", "-o", "-"], ["--indicators", input, "-t", "html", "-o", "-"]] {
            let run = try FolioBinary.run(arguments)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.output.contains("<table class=\"indicators indicator-table\">"))
            #expect(run.output.contains("<svg "))
        }
    }

    @Test("--indicators=table and --indicators=chart pick one view; another word is a usage error")
    func pickedView() throws {
        let input = try samplePage()
        let table = try FolioBinary.run([input, "--indicators=table", "-t", "html", "-o", "-"])
        #expect(table.output.contains("<table class=\"indicators indicator-table\">") && !table.output.contains("<svg "))
        let chart = try FolioBinary.run([input, "--indicators=chart", "-t", "html", "-o", "-"])
        #expect(chart.output.contains("<svg ") && !chart.output.contains("<table class=\"indicators") && !chart.output.contains("<mark"))
        let wrong = try FolioBinary.run([input, "--indicators=pie", "-t", "html", "-o", "-"])
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("table, chart or both"))
        #expect(try FolioBinary.run([input, "--indicators=table", "--no-indicators", "-t", "html", "-o", "-"]).status == 2)
    }

    @Test("CSV and JSON output carry the table's columns; a view is an option only of the writers that show one")
    func dataOutputsUnchanged() throws {
        let input = try samplePage()
        let csv = try FolioBinary.run([input, "-t", "csv", "-o", "-"]).standardOutput
        #expect(try FolioBinary.run([input, "--indicators", "-t", "csv", "-o", "-"]).standardOutput == csv)
        let json = try FolioBinary.run([input, "--indicators", "-t", "json", "-o", "-"])
        #expect(json.output.contains("\"sentence\""))
        let viewForCSV = try FolioBinary.run([input, "--indicators=chart", "-t", "csv", "-o", "-"])
        #expect(viewForCSV.status == 2)
        #expect(viewForCSV.standardError.contains("option \"indicator-view\" belongs to the"), "\(viewForCSV.standardError)")
        let folder = try TemporaryFolder()
        let both = try FolioBinary.run([input, "--indicators=chart", "-o", folder.path("page.html"), "-o", folder.path("page.csv")])
        #expect(both.status == 0, "\(both.standardError)")
        #expect(folder.contents("page.csv").map { Data($0.utf8) } == csv)
    }
}
