import Foundation
import FolioCore
import FolioTestSupport
import Testing
@testable import CSVFormat

/// Every csv-spectrum case (`../shared/conformance/csv-spectrum`) reads to its JSON exactly.
@Suite struct SpectrumConformanceTests {
    /// Known differences between a case's CSV and its JSON that are errors in the suite itself.
    ///
    /// location_coordinates: the CSV's phone number is 2095257564, the JSON's 1234567890 (the
    /// CSV was edited upstream and the JSON not); every other field is compared as usual.
    static let knownFixtureErrors: [String: Set<String>] = ["location_coordinates": ["Contact Phone Number"]]

    /// Cases that break RFC 4180 on purpose and that strict reading rejects, with the position.
    ///
    /// location_coordinates writes `37°36'37.8"N` unquoted: a quote inside an unquoted field,
    /// which RFC 4180 rule 5 forbids and strict reading reports; `lenient` reads it as the JSON says.
    static let strictRejections: [String: (line: Int, column: Int)] = ["location_coordinates": (2, 22)]

    static let suite = "conformance/csv-spectrum"

    static var cases: [String] {
        guard let directory = ProjectFolders.shared(suite + "/csvs"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test(.needsShared(suite)) func suiteHasTwelveCases() throws {
        _ = try SharedCorpus.url(Self.suite + "/csvs")
        #expect(Self.cases.count == 12)
    }

    @Test(.needsShared(suite), arguments: cases) func strictReading(_ name: String) throws {
        let (csv, expected) = try Self.load(name)
        guard let position = Self.strictRejections[name] else {
            try Self.compare(CSV.table(csv, ["header": "yes"], source: "\(name).csv"), with: expected, name: name)
            return
        }
        do {
            _ = try CSV.table(csv, ["header": "yes"], source: "\(name).csv")
            Issue.record("\(name): strict reading accepted a quote inside an unquoted field")
        } catch let error as FolioError {
            #expect(error.line == position.line && error.column == position.column, "\(name): \(error)")
        }
    }

    @Test(.needsShared(suite), arguments: cases) func lenientReading(_ name: String) throws {
        let (csv, expected) = try Self.load(name)
        try Self.compare(CSV.table(csv, ["header": "yes", "lenient": "true"], source: "\(name).csv"), with: expected, name: name)
    }

    static func load(_ name: String) throws -> (csv: Data, expected: [[String: String]]) {
        let root = try SharedCorpus.url(suite)
        let csv = try Data(contentsOf: root.appendingPathComponent("csvs/\(name).csv"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("json/\(name).json")))
        // Every case is an array of objects keyed by the header, but location_coordinates is one bare object.
        return (csv, try #require((json as? [[String: String]]) ?? (json as? [String: String]).map { [$0] }))
    }

    static func compare(_ table: Table, with expected: [[String: String]], name: String) throws {
        let header = try #require(table.head.first).cells.map(\.content.plainText)
        let rows = table.body.map { $0.cells.map(\.content.plainText) }
        #expect(rows.count == expected.count, "\(name): \(rows.count) rows, expected \(expected.count)")
        let ignored = knownFixtureErrors[name] ?? []
        for (row, object) in zip(rows, expected) {
            #expect(Set(header) == Set(object.keys), "\(name): header \(header)")
            #expect(row.count == header.count, "\(name): row \(row)")
            for (key, value) in zip(header, row) where !ignored.contains(key) {
                #expect(value == object[key], "\(name): field \(key)")
            }
        }
    }
}
