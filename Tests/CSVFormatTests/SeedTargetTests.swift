import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// The seed page's indicator target (`../shared/corpus/seed/*.indicators.csv`) reads strictly as an indicator table.
@Suite struct SeedTargetTests {
    static var targets: [URL] {
        guard let seed = CSV.sharedDirectory?.appendingPathComponent("corpus/seed"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: seed.path) else { return [] }
        return names.filter { $0.hasSuffix(".indicators.csv") }.sorted().map { seed.appendingPathComponent($0) }
    }

    @Test func targetsArePresentOrSkipped() {
        if Self.targets.isEmpty { print("skipping seed indicator targets: ../shared/corpus/seed is absent (set FOLIO_SHARED_DIR to run them)") }
    }

    @Test(arguments: targets) func targetReadsAsAnIndicatorTable(_ url: URL) throws {
        let data = try Data(contentsOf: url)
        let table = try CSV.table(data, source: url.lastPathComponent)
        #expect(table.role == .indicators)
        #expect(table.head.count == 1)
        #expect(!table.body.isEmpty)
        let width = table.head[0].cells.count
        #expect(table.body.allSatisfy { $0.cells.count == width })

        // Written back and read again, every field survives.
        let written = try #require(CSV.text(CSV.write(CSV.document(table))))
        #expect(try CSV.table(written).grid == table.grid)
    }
}
