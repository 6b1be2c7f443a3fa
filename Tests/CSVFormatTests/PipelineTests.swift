import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// The CSV plugins driven through the registry and pipeline, as the command line drives them.
@Suite struct PipelineTests {
    /// Stands in for the `indicators` filter: appends an indicator table with one row per paragraph.
    struct StubIndicators: FolioPlugin, DocumentFilter {
        var descriptor: PluginDescriptor { PluginDescriptor(name: "indicators", summary: "test stand-in") }
        var filter: (any DocumentFilter)? { self }

        func apply(to document: Document, options: Options) throws -> Document {
            var document = document
            let rows = document.blocks.compactMap { block -> TableRow? in
                guard case .paragraph(let inlines) = block else { return nil }
                return TableRow(texts: ["", "", "1", "", "exact", "count", "", inlines.plainText])
            }
            document.blocks.append(.table(Table(role: .indicators, head: [TableRow(texts: IndicatorColumns.names)], body: rows)))
            return document
        }
    }

    static let registry = PluginRegistry([JSONFormat(), CSVFormatPlugin(), TSVFormatPlugin(), StubIndicators()])

    static func json(_ document: Document) throws -> Data {
        try JSONFormat.Writer.encode(document)
    }

    @Test func csvOutputGetsTheIndicatorTableByDefault() throws {
        let input = Pipeline.Input(data: try Self.json(Document(blocks: [.paragraph([.text("全年新增企业1200余家。")])])), source: "page.json")
        let outputs = try Pipeline(registry: Self.registry).run(inputs: [input], outputs: [Pipeline.Output(destination: "page.csv")])
        let text = try #require(outputs.first.flatMap(CSV.text))
        #expect(text.hasPrefix("section,subject,value,unit,qualifier,kind,mention,sentence\r\n"))
        #expect(text.contains("全年新增企业1200余家。"))
    }

    @Test func noIndicatorsLeavesADocumentWithoutTablesUnwritable() throws {
        let input = Pipeline.Input(data: try Self.json(Document(blocks: [.paragraph([.text("正文")])])), source: "page.json")
        let pipeline = Pipeline(registry: Self.registry, disabledDefaultFilters: ["indicators"])
        #expect(throws: FolioError.self) { try pipeline.run(inputs: [input], outputs: [Pipeline.Output(destination: "page.csv")]) }
    }

    @Test func csvToTSVConverts() throws {
        let input = Pipeline.Input(data: Data("区县,企业数\n海曙,120\n".utf8), source: "in.csv")
        let pipeline = Pipeline(registry: Self.registry, disabledDefaultFilters: ["indicators"])
        let outputs = try pipeline.run(inputs: [input], outputs: [Pipeline.Output(destination: "out.tsv")])
        #expect(outputs.first.flatMap(CSV.text) == "区县\t企业数\r\n海曙\t120\r\n")
    }

    @Test func readErrorsNameTheInput() throws {
        let input = Pipeline.Input(data: Data("a,b\n\"x\n".utf8), source: "data/bad.csv")
        do {
            _ = try Pipeline(registry: Self.registry).read(input)
            Issue.record("expected an error")
        } catch let error as FolioError {
            #expect(error.description == "data/bad.csv:2:1: malformed input: an unterminated quoted field: the quote that opens it is never closed")
        }
    }
}
