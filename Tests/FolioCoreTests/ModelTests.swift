import Foundation
import Testing
import FolioCore

@Suite struct ModelTests {
    @Test func tableGridExpandsSpans() {
        let table = Table(
            head: [TableRow(cells: [TableCell(text: "地区", rowSpan: 2), TableCell(text: "人数", columnSpan: 2)]),
                   TableRow(texts: ["2020", "2021"])],
            body: [TableRow(texts: ["宁波", "1", "2"])])
        #expect(table.grid == [["地区", "人数", ""], ["", "2020", "2021"], ["宁波", "1", "2"]])
    }

    @Test func raggedTableGridIsRectangular() {
        let table = Table(body: [TableRow(texts: ["a"]), TableRow(texts: ["b", "c", "d"])])
        #expect(table.grid == [["a", "", ""], ["b", "c", "d"]])
    }

    @Test func tablesAreFoundInsideNestedBlocks() {
        let inner = Table(body: [TableRow(texts: ["x"])])
        let document = Document(blocks: [
            .note(Note(blocks: [.table(inner)])),
            .list(List(isOrdered: false, items: [[.blockQuote([.table(inner)])]])),
        ])
        #expect(document.tables.count == 2)
    }

    @Test func combiningHeadsEachDocumentWithItsTitle() {
        let a = Document(metadata: Metadata(title: "A", language: "zh-CN"), blocks: [.paragraph([.text("a")])])
        let b = Document(metadata: Metadata(title: "B"), blocks: [.paragraph([.text("b")])])
        let combined = Document.combining([a, b])
        #expect(combined.metadata.title == "A")
        #expect(combined.blocks.map(\.plainText) == ["A", "a", "B", "b"])
        #expect(Document.combining([a]) == a)
    }

    @Test func metadataSetParsesAuthorsKeywordsAndFreeKeys() {
        var metadata = Metadata()
        metadata.set("author", to: "记者:黄合")
        metadata.set("author", to: "Jane Roe")
        metadata.set("keywords", to: "党建, 人才,,")
        metadata.set("Lang", to: "zh-CN")
        metadata.set("rights", to: "CC BY")
        #expect(metadata.authors == [Author(name: "黄合", role: "记者"), Author(name: "Jane Roe")])
        #expect(metadata.keywords == ["党建", "人才"])
        #expect(metadata.language == "zh-CN")
        #expect(metadata.extra == ["rights": "CC BY"])
    }

    @Test func headingLevelIsClamped() {
        #expect(Heading(level: 0, content: []).level == 1)
        #expect(Heading(level: 9, content: []).level == 6)
    }

    @Test func optionsParseTypedValues() throws {
        let options = Options(["columns": "60", "size": "64M", "flag": "", "off": "no", "bad": "x"])
        #expect(try options.integer("columns", default: 72, in: 10...200) == 60)
        #expect(try options.integer("missing", default: 72) == 72)
        #expect(try options.byteCount("size", default: 0) == 64 << 20)
        #expect(options.flag("flag"))
        #expect(!options.flag("off"))
        #expect(!options.flag("missing"))
        #expect(throws: FolioError.self) { try options.integer("bad", default: 1) }
        #expect(throws: FolioError.self) { try options.byteCount("bad", default: 1) }
        #expect(throws: FolioError.self) { try options.choice("bad", among: ["a", "b"], default: "a") }
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        let error = FolioError(.malformedInput, "unterminated quoted field", source: "t.csv", line: 3, column: 7)
        #expect(error.description == "t.csv:3:7: malformed input: unterminated quoted field")
        #expect(FolioError(.fileSystem, "no such file").withSource("a").description == "a: file error: no such file")
    }
}
