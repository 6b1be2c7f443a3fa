import FolioTestSupport
import Foundation
import Indicators
import Testing

/// The seed page and its hand-written target from ../shared/corpus/seed.
@Suite struct SeedPageTests {
    @Test(.needsShared(SeedPage.indicators))
    func reachesTargetPrecisionAndRecall() throws {
        let evaluation = try TestSupport.evaluate(page: SharedCorpus.text(SeedPage.text), target: SharedCorpus.text(SeedPage.indicators))
        print("seed page: " + evaluation.summary)
        #expect(evaluation.precision == 1)
        #expect(evaluation.recall == 1)
    }
}
