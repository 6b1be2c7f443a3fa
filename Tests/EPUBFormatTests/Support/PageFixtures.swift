import FolioCore
import FolioTestSupport
import Foundation
import Indicators
import TextFormat

/// E-paper text pages read with the text reader: the team's sample pages in `Examples/` and the seed page.
enum PageFixtures {
    /// The repository root, found from this file's path.
    static let repositoryRoot = ProjectFolders.repository

    /// The sample pages the team wrote (`Examples/pages`, `Examples/labelled`).
    static var samplePages: [URL] {
        ["Examples/pages", "Examples/labelled"].flatMap { folder -> [URL] in
            let directory = repositoryRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
        }
    }

    /// A page read by the text reader, with the indicator table the filter adds.
    static func document(_ url: URL) throws -> Document {
        let data = try Data(contentsOf: url)
        guard let reader = TextFormatPlugin().reader, let filter = IndicatorsPlugin().filter else { return Document() }
        let page = try reader.read(data, source: url.path, options: Options())
        return try filter.apply(to: page, options: Options())
    }
}
