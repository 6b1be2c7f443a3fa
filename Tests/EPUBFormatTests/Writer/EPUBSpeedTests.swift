import EPUBFormat
import FolioCore
import Foundation
import Testing

/// A rough speed check: writing a page's book must stay far from quadratic or clock-bound.
@Suite("EPUB speed")
struct EPUBSpeedTests {
    @Test func writingAndReadingAPageIsFast() throws {
        let pages = try PageFixtures.samplePages.prefix(3).map(PageFixtures.document)
        guard let page = pages.first else { return }
        let writer = EPUBWriter(), reader = EPUBReader()
        let rounds = 50
        var bytes = 0
        let clock = ContinuousClock()
        let writing = try clock.measure {
            for _ in 0..<rounds { bytes += try writer.write(page, context: WriteContext()).data.count }
        }
        let book = try writer.write(page, context: WriteContext()).data
        let reading = try clock.measure {
            for _ in 0..<rounds { _ = try reader.read(book, source: "page.epub", options: Options()) }
        }
        let perWrite = writing / rounds, perRead = reading / rounds
        print("EPUB speed: write \(perWrite) per page (\(bytes / rounds) bytes), read \(perRead) per book")
        // Generous bounds that hold even in a debug build on a loaded machine.
        #expect(perWrite < .milliseconds(100))
        #expect(perRead < .milliseconds(100))
    }
}
