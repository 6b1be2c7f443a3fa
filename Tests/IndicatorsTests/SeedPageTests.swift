import Foundation
import Indicators
import Testing

/// The seed page and its hand-written target from ../shared/corpus/seed, when present.
@Suite struct SeedPageTests {
    static let name = "corpus/seed/ningbo-daily-2021-03-01-A7"

    @Test func reachesTargetPrecisionAndRecall() throws {
        guard let page = SharedFiles.read(Self.name + ".txt"), let target = SharedFiles.read(Self.name + ".indicators.csv") else {
            print("skipped: the seed page is absent from ../shared")
            return
        }
        let evaluation = try TestSupport.evaluate(page: page, target: target)
        print("seed page: " + evaluation.summary)
        #expect(evaluation.precision >= 0.95)
        #expect(evaluation.recall >= 0.95)
    }
}
