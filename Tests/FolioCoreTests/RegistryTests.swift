import Foundation
import Testing
import FolioCore

/// A third-party-style plugin: upper-cases text, reads `.shout` files.
private struct ShoutFormat: FolioPlugin {
    var summary = "shouting"
    var descriptor: PluginDescriptor {
        PluginDescriptor(name: "shout", aliases: ["loud"], extensions: ["shout"], mediaTypes: ["text/x-shout"], summary: summary, origin: "tests")
    }
    var reader: (any DocumentReader)? { Reader() }
    var writer: (any DocumentWriter)? { Writer() }

    struct Reader: DocumentReader {
        func read(_ data: Data, source: String, options: Options) throws -> Document {
            Document(blocks: [.paragraph([.text(String(decoding: data, as: UTF8.self).uppercased())])])
        }
    }

    struct Writer: DocumentWriter {
        func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
            WriterOutput(data: Data(document.plainText.uppercased().utf8))
        }
    }
}

private struct Exclaim: FolioPlugin {
    var descriptor: PluginDescriptor { PluginDescriptor(name: "exclaim", summary: "adds a paragraph") }
    var filter: (any DocumentFilter)? { Filter() }
    struct Filter: DocumentFilter {
        func apply(to document: Document, options: Options) throws -> Document {
            var copy = document
            copy.blocks.append(.paragraph([.text(options["mark"] ?? "!")]))
            return copy
        }
    }
}

@Suite struct RegistryTests {
    let registry = PluginRegistry([JSONFormat(), ShoutFormat(), Exclaim()])

    @Test func looksUpByNameAliasExtensionAndMediaType() throws {
        #expect(registry.reader(named: "SHOUT")?.descriptor.name == "shout")
        #expect(registry.writer(named: "loud")?.descriptor.name == "shout")
        #expect(registry.reader(forPath: "dir.v2/page.Shout")?.descriptor.name == "shout")
        #expect(registry.writer(forPath: "out.json")?.descriptor.name == "json")
        #expect(registry.reader(forMediaType: "text/x-shout; charset=utf-8")?.descriptor.name == "shout")
        #expect(registry.reader(forPath: "README") == nil)
        #expect(registry.reader(forPath: ".shout") == nil)
        #expect(registry.filter(named: "exclaim") != nil)
        #expect(registry.reader(named: "exclaim") == nil)
    }

    @Test func laterRegistrationReplacesEarlierOne() {
        var registry = self.registry
        registry.register(ShoutFormat(summary: "replacement"))
        #expect(registry.readers.filter { $0.descriptor.name == "shout" }.count == 1)
        #expect(registry.reader(named: "shout")?.descriptor.summary == "replacement")
    }

    @Test func unknownNamesListWhatExists() {
        #expect {
            try registry.resolveReader(format: "docx", path: "a.docx")
        } throws: { error in
            (error as? FolioError)?.message == "no reader named \"docx\" (readers: json, shout)"
        }
        #expect {
            try registry.resolveWriter(format: nil, path: "book.mobi")
        } throws: { error in
            guard let error = error as? FolioError else { return false }
            return error.kind == .unknownFormat && error.message.contains("-t")
        }
    }

    @Test func pipelineReadsOnceFiltersAndWritesEachOutput() throws {
        let pipeline = Pipeline(registry: registry, options: Options(["mark": "!!"]), metadataOverrides: [("title", "T")], filters: ["exclaim"])
        let outputs = try pipeline.run(
            inputs: [Pipeline.Input(data: Data("hi".utf8), source: "a.shout")],
            outputs: [Pipeline.Output(destination: "x.json"), Pipeline.Output(destination: "-", format: "loud")])
        guard case .data(let json) = outputs[0].content, case .data(let shout) = outputs[1].content else {
            Issue.record("expected data outputs")
            return
        }
        let document = try JSONFormat.Reader.decode(json, source: "x")
        #expect(document.metadata.title == "T")
        #expect(document.blocks == [.paragraph([.text("HI")]), .paragraph([.text("!!")])])
        #expect(String(decoding: shout, as: UTF8.self) == "T\nHI\n!!")
    }

    @Test func writerDefaultFiltersRunUnlessDisabled() {
        struct Wants: DocumentWriter {
            var defaultFilters: [String] { ["exclaim"] }
            func write(_ document: Document, context: WriteContext) throws -> WriterOutput { WriterOutput(data: Data()) }
        }
        #expect(Pipeline(registry: registry).filterNames(for: Wants()) == ["exclaim"])
        #expect(Pipeline(registry: registry, disabledDefaultFilters: ["exclaim"]).filterNames(for: Wants()) == [])
        #expect(Pipeline(registry: registry, filters: ["exclaim"]).filterNames(for: Wants()) == ["exclaim"])
    }

    @Test func readerErrorsNameTheInput() {
        #expect {
            try Pipeline(registry: registry).read(Pipeline.Input(data: Data("{".utf8), source: "broken.json"))
        } throws: { error in
            (error as? FolioError)?.description.hasPrefix("broken.json: malformed input: not valid JSON") == true
        }
    }
}
