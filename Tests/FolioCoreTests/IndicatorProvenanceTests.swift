import FolioCore
import Testing

/// Provenance of indicator rows: located by sentence and mention, with ids stable across runs.
@Suite struct IndicatorProvenanceTests {
    private static func table(_ rows: [(subject: String, mention: String, sentence: String)]) -> Table {
        Table(role: .indicators, head: [TableRow(texts: Table.indicatorColumns)],
              body: rows.map { TableRow(texts: ["", $0.subject, "1", "", "exact", "count", $0.mention, $0.sentence]) })
    }

    @Test func stableHashIsFNV1a64() {
        // The published FNV-1a 64 test vectors.
        #expect(StableHash(parts: [""]).value == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash(parts: ["a"]).value == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash(parts: ["foobar"]).hexadecimal == "85944171f73967e8")
        #expect(StableHash(parts: ["ab", "c"]) != StableHash(parts: ["a", "bc"]))
    }

    @Test func rowsAreLocatedInReadingOrderAcrossParagraphs() {
        let document = Document(blocks: [
            .heading(Heading(level: 1, content: [.text("综述")])),
            .paragraph([.text("今年新增学位3000个。增长5%，其中新增学位3000个。")]),
            .paragraph([.text("招聘会吸引2.1万余人次。")]),
        ])
        let table = Self.table([
            ("学位", "3000个", "今年新增学位3000个。"),
            ("学位", "3000个", "其中新增学位3000个。"),
            ("人次", "2.1万余人次", "招聘会吸引2.1万余人次。"),
        ])
        let rows = IndicatorProvenance.rows(of: table, in: document, file: "a.txt")
        #expect(rows.map(\.paragraph) == [0, 0, 1])
        #expect(rows.map(\.offset) == [6, 23, 5])
        #expect(Set(rows.map(\.id)).count == 3)
        #expect(rows[0].id == StableHash(parts: ["a.txt", "0", "6"]).hexadecimal)
    }

    @Test func rowsSharingAFigureGetDistinctIds() {
        let document = Document(blocks: [.paragraph([.text("男女分别为20人。")])])
        let table = Self.table([("男", "20人", "男女分别为20人。"), ("女", "20人", "男女分别为20人。")])
        let rows = IndicatorProvenance.rows(of: table, in: document, file: "b.txt")
        #expect(rows.map(\.offset) == [5, 5])
        #expect(rows[0].id != rows[1].id)
        #expect(rows[1].id == StableHash(parts: ["b.txt", "0", "5", "1"]).hexadecimal)
    }

    @Test func metadataFillsTheColumns() {
        let document = Document(metadata: Metadata(title: "标题", date: "2024-09-01", publication: "宁波日报", edition: "A2", section: "要闻"))
        let row = IndicatorProvenance.rows(of: Self.table([("x", "1个", "1个。")]), in: document, file: "c.txt")[0]
        #expect(row.cells == [StableHash(parts: ["c.txt", "row", "0"]).hexadecimal, "c.txt", "2024-09-01", "宁波日报", "A2", "要闻", "标题", "", ""])
        #expect(row.cells.count == IndicatorProvenance.columns.count)
    }
}
