import Foundation
import FolioCore
import Testing
@testable import External

@Suite struct RunTests {
    private let document = Document(
        metadata: Metadata(title: "Harbour report", language: "en"),
        blocks: [.heading(Heading(level: 2, content: [.text("Ferries")])), .paragraph([.text("The draft timetable starts in May.")])])

    @Test func readerGetsInputSourceOptionsAndProtocol() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-reader-memo", #"""
            input=$(cat)
            printf '{"folio": 1, "metadata": {"title": "%s", "source": "%s", "extra": {"wrap": "%s", "protocol": "%s"}}, "blocks": [{"type": "paragraph", "content": ["%s"]}]}\n' \
              "$input" "$FOLIO_SOURCE" "$FOLIO_OPTION_WRAP" "$FOLIO_PLUGIN_PROTOCOL" "$(basename "$0")"
            """#)
        let reader = try #require(ExternalPlugin(executable: script, role: .reader).reader)

        let read = try reader.read(Data("Harbour report".utf8), source: "notes/week.memo", options: Options(["wrap": "none"]))

        #expect(read.metadata.title == "Harbour report")
        #expect(read.metadata.source == "notes/week.memo")
        #expect(read.metadata.extra == ["wrap": "none", "protocol": "1"])
        #expect(read.blocks == [.paragraph([.text("folio-reader-memo")])])
    }

    @Test func writerGetsTheDocumentsJSONAndItsStderrBecomesWarnings() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-writer-copy", "cat; echo 'left out 1 figure' >&2")
        let writer = try #require(ExternalPlugin(executable: script, role: .writer).writer)

        let output = try writer.write(document, context: WriteContext())

        #expect(output.content == .data(try JSONFormat.Writer.encode(document)))
        #expect(output.warnings == ["folio-writer-copy: left out 1 figure"])
    }

    @Test func filterMapsJSONToJSON() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-filter-final", "sed 's/draft/final/g'")
        let filter = try #require(ExternalPlugin(executable: script, role: .filter).filter)

        let filtered = try filter.apply(to: document, options: Options())

        #expect(filtered.blocks.last == .paragraph([.text("The final timetable starts in May.")]))
        #expect(filtered.metadata == document.metadata)
    }

    @Test func largeDocumentsPassBothWaysWithoutDeadlock() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-filter-same", "exec cat")
        let filter = try #require(ExternalPlugin(executable: script, role: .filter).filter)
        let paragraphs = (0..<60_000).map { Block.paragraph([.text("第\($0)段：码头新增两条航线，每日往返二十四班。")]) }
        let large = Document(metadata: Metadata(title: "长文"), blocks: paragraphs)

        let filtered = try filter.apply(to: large, options: Options())

        #expect(try JSONFormat.Writer.encode(large).count > 4 << 20)
        #expect(filtered == large)
    }

    @Test func pluginMayIgnoreItsInput() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-reader-fixed", #"echo '{"folio": 1, "metadata": {"title": "fixed"}}'"#)
        let reader = try #require(ExternalPlugin(executable: script, role: .reader).reader)

        let read = try reader.read(Data(repeating: 0x41, count: 8 << 20), source: "big.fixed", options: Options())

        #expect(read.metadata.title == "fixed")
    }

    @Test func pipelineChainsExternalReaderFilterAndBuiltInWriter() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-reader-memo", #"printf '{"folio": 1, "blocks": [{"type": "paragraph", "content": ["%s"]}]}' "$(cat)""#)
        try folder.script("folio-filter-shout", "tr 'a-z' 'A-Z' | sed 's/\"FOLIO\"/\"folio\"/; s/\"BLOCKS\"/\"blocks\"/; s/\"METADATA\"/\"metadata\"/; s/\"TYPE\"/\"type\"/; s/\"PARAGRAPH\"/\"paragraph\"/; s/\"CONTENT\"/\"content\"/'")
        let registry = PluginRegistry([JSONFormat()]).registeringExternal(ExternalPlugins.discover(environment: ["FOLIO_PLUGIN_PATH": folder.path]))
        let pipeline = Pipeline(registry: registry, filters: ["shout"])

        let outputs = try pipeline.run(
            inputs: [.init(data: Data("ferry at noon".utf8), source: "a.memo", format: "memo")],
            outputs: [.init(destination: "a.json")])

        let result = try #require(outputs.first)
        guard case .data(let json) = result.content else { Issue.record("expected data"); return }
        #expect(try JSONFormat.Reader.decode(json, source: "a.json").blocks == [.paragraph([.text("FERRY AT NOON")])])
    }
}
