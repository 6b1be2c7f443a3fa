import Foundation
import FolioCore
import FolioTestSupport
import Testing
@testable import External

/// The Python plugins in Examples/, run the way folio runs them.
@Suite(.enabled(if: InstalledTools.python3, "python3 is not on PATH; the Python example plugins cannot run"))
struct ExampleTests {
    private let readerFolder = repositoryRoot.appendingPathComponent("Examples/external-reader")
    private let filterFolder = repositoryRoot.appendingPathComponent("Examples/external-filter")

    private var registry: PluginRegistry {
        let found = ExternalPlugins.discover(environment: ["FOLIO_PLUGIN_PATH": "\(readerFolder.path):\(filterFolder.path)"])
        return PluginRegistry([JSONFormat()]).registeringExternal(found)
    }

    @Test func readerDescribesItselfAndIsFoundByExtension() throws {
        let ready = registry.describingExternalPlugins(forInputs: ["lane.gaojian"], outputs: [])

        let entry = try #require(ready.reader(forPath: "lane.gaojian"))
        #expect(entry.descriptor.name == "gaojian")
        #expect(entry.descriptor.mediaTypes == ["text/x-gaojian"])
        #expect(entry.descriptor.origin.hasSuffix("Examples/external-reader/folio-reader-gaojian"))
    }

    @Test func readerReadsTheSampleManuscript() throws {
        let sample = try Data(contentsOf: readerFolder.appendingPathComponent("sample.gaojian"))
        let reader = try #require(registry.reader(named: "gaojian"))

        let document = try reader.capability.read(sample, source: "sample.gaojian", options: Options())

        #expect(document.metadata.title == "青石巷装上了电梯")
        #expect(document.metadata.introTitle == "老街区里的新变化")
        #expect(document.metadata.edition == "A3")
        #expect(document.metadata.authors == [Author(name: "顾晓川", role: "本报记者"), Author(name: "邵静", role: "通讯员")])
        #expect(document.metadata.source == "sample.gaojian")
        #expect(document.blocks.filter { if case .heading = $0 { true } else { false } }.map(\.plainText) == ["居民自己定方案"])
        #expect(document.blocks.contains { if case .figure(let figure) = $0 { figure.image?.source == "images/qingshi-lane.jpg" } else { false } })
        #expect(document.blocks.contains { if case .note(let note) = $0 { note.kind == "编者按" } else { false } })
    }

    @Test func readerErrorCarriesThePythonMessage() throws {
        let reader = try #require(registry.reader(named: "gaojian"))

        let error = try #require(throws: FolioError.self) {
            try reader.capability.read(Data("【标题】无正文\n【尾注】?\n".utf8), source: "bad.gaojian", options: Options())
        }

        #expect(error.source == "folio-reader-gaojian")
        #expect(error.detail == "bad.gaojian:2: unknown tag 【尾注】")
    }

    @Test func filterMakesDigitsAndLettersHalfWidth() throws {
        let filter = try #require(registry.filter(named: "halfwidth"))
        let document = Document(
            metadata: Metadata(title: "ＧＤＰ增长３．５％"),
            blocks: [.paragraph([.text("新增２０２５个车位，"), .strong([.text("ＡＢ线")]), .code("ＸＹ")])])

        let filtered = try filter.capability.apply(to: document, options: Options())
        let digitsOnly = try filter.capability.apply(to: document, options: Options(["halfwidth-letters": "no"]))

        #expect(filtered.metadata.title == "GDP增长3.5%")
        #expect(filtered.blocks == [.paragraph([.text("新增2025个车位，"), .strong([.text("AB线")]), .code("ＸＹ")])])
        #expect(filtered.metadata.extra["halfwidth-replacements"] == "13")
        #expect(digitsOnly.metadata.title == "ＧＤＰ增长3.5%")
    }

    @Test func sampleThroughReaderFilterAndJSONWriter() throws {
        var sample = try Data(contentsOf: readerFolder.appendingPathComponent("sample.gaojian"))
        sample.append(Data("第２期工程预计投资１．２亿元。\n".utf8))
        let pipeline = Pipeline(registry: registry.describingExternalPlugins(forInputs: ["lane.gaojian"], outputs: []), filters: ["halfwidth"])

        let outputs = try pipeline.run(inputs: [.init(data: sample, source: "lane.gaojian")], outputs: [.init(destination: "lane.json")])

        guard case .data(let json)? = outputs.first?.content else { Issue.record("expected one JSON output"); return }
        let document = try JSONFormat.Reader.decode(json, source: "lane.json")
        #expect(document.blocks.last == .paragraph([.text("第2期工程预计投资1.2亿元。")]))
    }
}
