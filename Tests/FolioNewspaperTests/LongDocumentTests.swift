import FolioCore
@testable import FolioNewspaper
import Testing

/// A long document, such as a day's pages run together, is classified on all cores: each
/// line's kind must come out as it does for the line alone.
@Suite struct LongDocumentTests {
    @Test func linesClassifiedTogetherReadAsEachAlone() {
        let pages = [NewsPageTests.eastSeaDaily, NewsPageTests.harbourEvening, NewsPageTests.eastSeaNet]
        var lines: [PageLine] = []
        while lines.count < NewsPage.linesWorthSharing + 300 {
            for page in pages {
                lines += page.split(separator: "\n", omittingEmptySubsequences: false).map { PageLine(text: String($0)) }
            }
        }
        let learned: Set<String> = ["标题导航"]
        let together = NewsPage.kinds(of: lines, knownChrome: learned).map { String(describing: $0) }
        let alone = lines.map { line in NewsPage.kinds(of: [line], knownChrome: learned).map { String(describing: $0) }[0] }
        #expect(together.count == lines.count)
        #expect(together == alone)
        #expect(Set(together).count > 4, "the pages hold lines of several kinds")
    }
}
