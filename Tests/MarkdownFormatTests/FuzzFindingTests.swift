import Foundation
import FolioCore
import FolioTestSupport
import MarkdownFormat
import PandocFormat
import Testing

/// The inputs the `pandoc-json` fuzzer saved (`Fuzz/findings/pandoc-json`), run as its harness
/// runs them: read, written as Markdown and as pandoc-json, read back.
@Suite struct FuzzFindingTests {
    @Test func savedFindingsAreHandled() throws {
        let folder = ProjectFolders.project("Fuzz/findings/pandoc-json")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let document = try? PandocReader().read(data, source: name, options: Options()) else { continue }
            #expect(!MarkdownWriter.markdown(document).isEmpty, "\(name)")
            let again = try PandocReader().read(PandocWriter.encode(document), source: name, options: Options())
            #expect(try PandocReader().read(PandocWriter.encode(again), source: name, options: Options()) == again, "\(name)")
        }
    }
}
