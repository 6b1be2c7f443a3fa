import Foundation
import Testing
@testable import FolioCore

@Suite struct JSONFormatTests {
    private func roundTrip(_ document: Document, pretty: Bool = false) throws -> Document {
        let data = try JSONFormat.Writer.encode(document, pretty: pretty)
        return try JSONFormat.Reader.decode(data, source: "test.json")
    }

    @Test(arguments: 0..<300)
    func generatedDocumentsRoundTripExactly(seed: Int) throws {
        var generator = DocumentGenerator(seed: UInt64(seed))
        let document = generator.document()
        #expect(try roundTrip(document) == document)
        #expect(try roundTrip(document, pretty: true) == document)
    }

    /// What the writer's compact output must equal byte for byte: JSONEncoder's, all at once.
    private func encodedAtOnce(_ document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document) + Data("\n".utf8)
    }

    @Test(arguments: 0..<300)
    func plainBlocksAreWrittenAsTheEncoderWritesThem(seed: Int) throws {
        var generator = DocumentGenerator(seed: UInt64(seed))
        let document = generator.document()
        #expect(try JSONFormat.Writer.encode(document) == encodedAtOnce(document))
    }

    @Test func plainAndOtherBlocksKeepTheirOrder() throws {
        let texts = ["", "培训干部，2.1万余人次。", "😀 e\u{301} \u{00A0}x", "a/b", "say \"hi\"", "tab\there", "\u{2028}", "del\u{7F}", "back\\slash"]
        var blocks: [Block] = [.divider]
        for (index, text) in texts.enumerated() {
            blocks.append(.paragraph([.text(text), .text(text)]))
            blocks.append(.heading(Heading(level: index % 6 + 1, content: [.text(text)])))
            blocks.append(.heading(Heading(level: 2, content: [.text(text)], identifier: "h\(index)")))
            blocks.append(.figure(Figure(caption: [.text(text)])))
            blocks.append(.figure(Figure(image: Image(source: "p\(index).jpg"), caption: [.text(text)])))
            blocks.append(.paragraph([.text(text), .strong([.text(text)])]))
            blocks.append(.paragraph([]))
        }
        let document = Document(metadata: Metadata(title: "标题"), blocks: blocks)
        #expect(try JSONFormat.Writer.encode(document) == encodedAtOnce(document))
    }

    @Test func plainTablesAreWrittenAsTheEncoderWritesThem() throws {
        var tables: [Block] = []
        for role in Table.Role.allCases {
            for alignment in [nil] + Alignment.allCases {
                for (rowSpan, columnSpan) in [(1, 1), (2, 1), (1, 3), (0, -1)] {
                    for isHeader in [false, true] {
                        let cell = TableCell(content: [.text("2.1万"), .text("人次")], rowSpan: rowSpan, columnSpan: columnSpan, alignment: alignment, isHeader: isHeader)
                        let plain = TableCell(content: [.text("培训干部")])
                        tables.append(.table(Table(role: role, caption: [.text("指标")], columnAlignments: Alignment.allCases,
                                                   head: [TableRow(cells: [plain, cell])], body: [TableRow(cells: [cell]), TableRow(cells: [])],
                                                   foot: isHeader ? [TableRow(cells: [plain])] : [])))
                    }
                }
            }
        }
        // Left to the encoder: text it escapes, inlines other than text, in a cell or caption.
        tables.append(.table(Table(caption: [.strong([.text("x")])])))
        tables.append(.table(Table(body: [TableRow(cells: [TableCell(content: [.text("say \"hi\"")])])])))
        tables.append(.table(Table(head: [TableRow(cells: [TableCell(content: [.emphasis([.text("x")])])])])))
        tables.append(.table(Table()))
        let document = Document(metadata: Metadata(title: "表"), blocks: tables + [.paragraph([.text("后")])])
        #expect(try JSONFormat.Writer.encode(document) == encodedAtOnce(document))
    }

    @Test func equalDocumentsEncodeToEqualBytes() throws {
        var first = Metadata(title: "标题")
        first.extra = ["b": "2", "a": "1", "c": "3"]
        var second = Metadata(title: "标题")
        second.extra = ["c": "3", "a": "1", "b": "2"]
        #expect(try JSONFormat.Writer.encode(Document(metadata: first)) == JSONFormat.Writer.encode(Document(metadata: second)))
    }

    @Test func documentedShapeIsWrittenAndRead() throws {
        let document = Document(
            metadata: Metadata(title: "党建", authors: [Author(name: "黄某", role: "记者")], language: "zh-CN"),
            blocks: [
                .heading(Heading(level: 1, content: [.text("一、概况")])),
                .paragraph([.text("培训干部"), .strong([.text("2.1万余人次")]), .lineBreak]),
            ])
        let json = String(decoding: try JSONFormat.Writer.encode(document), as: UTF8.self)
        #expect(json == #"{"blocks":[{"content":["一、概况"],"level":1,"type":"heading"},{"content":["培训干部",{"content":["2.1万余人次"],"type":"strong"},{"type":"break"}],"type":"paragraph"}],"folio":1,"metadata":{"authors":[{"name":"黄某","role":"记者"}],"language":"zh-CN","title":"党建"}}"# + "\n")
    }

    @Test func minimalDocumentFromAnotherLanguageIsAccepted() throws {
        let json = #"{"folio": 1, "blocks": [{"type": "paragraph", "content": ["hi"]}, {"type": "table", "body": [{"cells": [{"content": ["1"]}]}]}]}"#
        let document = try JSONFormat.Reader.decode(Data(json.utf8), source: "plugin")
        #expect(document.metadata == Metadata())
        #expect(document.blocks.count == 2)
        #expect(document.tables.first?.grid == [["1"]])
    }

    @Test(arguments: [
        (#"{"folio": 2, "blocks": []}"#, "version 2 is not supported"),
        (#"{"blocks": []}"#, "\"folio\" version key is missing"),
        (#"{"folio": 1, "blocks": [{"type": "poem"}]}"#, "unknown block type \"poem\""),
        (#"{"folio": 1, "blocks": [{"type": "paragraph", "content": [{"type": "blink"}]}]}"#, "unknown inline type \"blink\""),
        (#"{"folio": 1, "blocks": [{"type": "heading"}]}"#, "missing \"level\""),
        (#"{"folio": 1, "metadata": {"title": 5}}"#, "expected String at metadata.title"),
        (#"{"folio": 1, "blocks": ["#, "not valid JSON"),
        ("", "not valid JSON"),
    ])
    func badJSONIsRejectedWithAClearMessage(json: String, expected: String) {
        #expect {
            try JSONFormat.Reader.decode(Data(json.utf8), source: "in.json")
        } throws: { error in
            guard let error = error as? FolioError else { return false }
            return error.kind == .malformedInput && error.source == "in.json" && error.message.contains(expected)
        }
    }
}
