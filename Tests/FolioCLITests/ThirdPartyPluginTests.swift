import Foundation
import FolioTestSupport
import Folio
import FolioCommandLine
import Testing

/// A format a third party might add: lines of `key: value` article exports.
private struct ArticleExportFormat: FolioPlugin {
    var descriptor: PluginDescriptor {
        PluginDescriptor(name: "article-export", extensions: ["article"], mediaTypes: ["text/x-article"], summary: "key: value article exports", origin: "tests")
    }
    var reader: (any DocumentReader)? { Reader() }

    struct Reader: DocumentReader {
        func read(_ data: Data, source: String, options: Options) throws -> Document {
            var document = Document()
            for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
                guard let colon = line.firstIndex(of: ":") else {
                    throw FolioError(.malformedInput, "expected key: value", source: source, line: number + 1)
                }
                let key = line[..<colon], value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if key == "body" { document.blocks.append(.paragraph([.text(value)])) } else { document.metadata.set(String(key), to: value) }
            }
            return document
        }
    }
}

@Suite struct ThirdPartyPluginTests {
    let registry = PluginRegistry.builtIn.registering([ArticleExportFormat()])

    @Test func registeredFormatConvertsLikeABuiltIn() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.article", "title: 港城新闻\nbody: 第一段\nbody: 第二段\n")
        let status = FolioCommand.run(arguments: [input, "-o", folder.path("story.json")], registry: registry, environment: [:])
        #expect(status == FolioCommand.success)
        let document = try JSONFormat.Reader.decode(Data(contentsOf: URL(fileURLWithPath: folder.path("story.json"))), source: "story.json")
        #expect(document.metadata.title == "港城新闻")
        #expect(document.blocks.count == 2)
    }

    @Test func registeredFormatErrorsAreReportedLikeABuiltInsAndWriteNothing() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("bad.article", "title: x\nno colon here\n")
        let status = FolioCommand.run(arguments: [input, "-o", folder.path("bad.json")], registry: registry, environment: [:])
        #expect(status == FolioCommand.conversionFailed)
        #expect(!FileManager.default.fileExists(atPath: folder.path("bad.json")))
    }

    @Test func registeredFormatIsListedAndSelectableByName() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("story.txt.export", "title: 名\n")
        let status = FolioCommand.run(arguments: [input, "-f", "article-export", "-o", folder.path("s.json")], registry: registry, environment: [:])
        #expect(status == FolioCommand.success)
    }
}
