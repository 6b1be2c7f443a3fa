import Foundation
import FolioTestSupport
import Testing

/// `folio` with pandoc's JSON on either side, the way a pipe with pandoc runs it.
@Suite struct PandocCommandTests {
    static let page = ProjectFolders.project("Examples/pages/ningbo-daily-2024-09-01-A2.txt").path

    @Test func aPageGoesToPandocJSONAndBack() throws {
        let out = try FolioBinary.run([Self.page, "-t", "pandoc-json"])
        #expect(out.status == 0, "\(out.standardError)")
        #expect(out.output.hasPrefix(#"{"pandoc-api-version":[1,23,1,1],"meta":{"#))
        let json = try FolioBinary.run([Self.page, "-t", "json"])
        let back = try FolioBinary.run(["-", "-f", "pandoc-json", "-t", "json"], input: out.standardOutput)
        #expect(back.status == 0, "\(back.standardError)")
        #expect(back.standardError.isEmpty)
        #expect(back.output == json.output)
    }

    @Test func whatTheModelCannotHoldIsAWarning() throws {
        let input = #"{"pandoc-api-version":[1,23,1,1],"meta":{},"blocks":[{"t":"LineBlock","c":[[{"t":"Str","c":"a"}],[{"t":"Str","c":"b"}]]}]}"#
        let run = try FolioBinary.run(["-", "-f", "pandoc-json", "-t", "text"], input: Data(input.utf8))
        #expect(run.status == 0)
        #expect(run.standardError == "folio: warning: -: LineBlock kept as a paragraph with line breaks\n")
        #expect(try FolioBinary.run(["-q", "-", "-f", "pandoc-json", "-t", "text"], input: Data(input.utf8)).standardError.isEmpty)
    }

    @Test func anotherAPIVersionIsOneLine() throws {
        let run = try FolioBinary.run(["-", "-f", "pandoc-json", "-t", "json"], input: Data(#"{"pandoc-api-version":[1,22,2,1],"meta":{},"blocks":[]}"#.utf8))
        #expect(run.status == 1)
        #expect(run.standardError == "folio: -: malformed input: pandoc-api-version 1.22.2.1 is not supported: this reader reads pandoc-api-version 1.23 (pandoc 3.x)\n")
        #expect(run.standardOutput.isEmpty)
    }
}
