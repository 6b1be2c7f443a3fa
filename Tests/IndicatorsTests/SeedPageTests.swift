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

extension SeedPageTests {
    /// Extraction time per seed page, as thread CPU time (the build machine is shared, so wall
    /// time mostly measures the neighbours); printed, and held under 1 ms in optimised builds.
    @Test func extractsQuickly() throws {
        guard let page = SharedFiles.read(Self.name + ".txt") else {
            print("skipped: the seed page is absent from ../shared")
            return
        }
        let document = try TestSupport.document(fromTextDump: page)
        let extractor = IndicatorExtractor()
        #if DEBUG
        let rounds = 10
        #else
        let rounds = 500
        #endif
        var count = 0
        let start = threadCPUTime()
        for _ in 0..<rounds { count += extractor.indicators(in: document).count }
        let perPage = (threadCPUTime() - start) / Double(rounds)
        print(String(format: "seed page: %d indicators, %.3f ms CPU per page (%.0f pages/s on one core)", count / rounds, perPage * 1000, 1 / perPage))
        #if !DEBUG
        #expect(perPage < 0.001)
        #endif
    }
}
