import FolioTestSupport
import Foundation
import Testing

@Suite("Indicator views in a browser")
struct IndicatorBrowserTests {
    /// The texts of the first capture group of every match.
    private func captures(_ pattern: String, in text: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test("Chromium sees every bar of the seed page's charts and every row of its table",
          .needsTool(Chromium.path != nil, Chromium.missing), .needsShared(SeedPage.text))
    func seedPageInChromium() throws {
        let seed = try SharedCorpus.url(SeedPage.text)
        let folder = try TemporaryFolder()
        let written = try FolioBinary.run([seed.path, "--indicators", "-o", folder.path("page.html")])
        #expect(written.status == 0, "\(written.standardError)")
        let csv = try FolioBinary.run([seed.path, "-t", "csv", "-o", "-"])
        let csvRows = csv.output.split(whereSeparator: \.isNewline).count - 1
        let page = try #require(folder.contents("page.html"))

        let dom = try Chromium.dumpDOM(folder.url.appendingPathComponent("page.html"), profile: folder.url.appendingPathComponent("profile"))
        let writtenBars = try captures("<g class=\"bar(?: negative)?\"><title>([^<]*)</title>", in: page)
        let seenBars = try captures("<g class=\"bar(?: negative)?\"><title>([^<]*)</title>", in: dom)
        #expect(writtenBars.count >= 4 * 4)
        #expect(seenBars == writtenBars)
        #expect(try captures("<rect ([^>]*)>", in: dom).count == writtenBars.count)
        #expect(try captures("class=\"bar-value\"[^>]*>([^<]*)</text>", in: dom) == captures("class=\"bar-value\"[^>]*>([^<]*)</text>", in: page))
        let rows = try captures("<tr id=\"(indicator-1-[0-9]+)\">", in: dom)
        #expect(csvRows == 65)
        #expect(rows == (1...csvRows).map { "indicator-1-\($0)" })
        #expect(try captures("<mark class=\"indicator-figure\" id=\"([^\"]+)\">", in: dom).count >= csvRows - 2)
        #expect(try captures("(<svg [^>]*role=\"img\")", in: dom).count == captures("(<svg )", in: page).count)
    }
}
