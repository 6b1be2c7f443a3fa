import Foundation
import FolioCore
import FolioTestSupport
import Testing
@testable import CSVFormat

/// The seed page's indicator target (`../shared/corpus/seed/*.indicators.csv`) reads strictly as an indicator table.
@Suite struct SeedTargetTests {
    @Test(.needsShared(SeedPage.indicators)) func targetReadsAsAnIndicatorTable() throws {
        let url = try SharedCorpus.url(SeedPage.indicators)
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
