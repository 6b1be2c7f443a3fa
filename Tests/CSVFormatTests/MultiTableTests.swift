import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Several tables, the `table` option, documents without tables, and collections of documents.
@Suite struct MultiTableTests {
    static let indicators = CSV.plainTable([IndicatorColumns.names, ["综述", "新增企业", "1200", "家", "more_than", "count", "1200余家", "全年新增企业1200余家。"]], role: .indicators)
    static let districts = CSV.plainTable([["区县", "企业数"], ["海曙", "120"]])
    static let towns = CSV.plainTable([["镇", "人口"], ["石碶", "9.1万"]])

    static func files(_ output: WriterOutput) -> [String: String] {
        guard case .files(let files) = output.content else { return [:] }
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    @Test func oneTableIsOneFile() throws {
        #expect(CSV.text(try CSV.write(CSV.document(Self.districts))) == "区县,企业数\r\n海曙,120\r\n")
    }

    @Test func severalTablesAreNumberedFilesIndicatorsFirst() throws {
        let output = try CSV.write(CSV.document(Self.districts, Self.towns, Self.indicators))
        let files = Self.files(output)
        #expect(files.keys.sorted() == ["01-indicators.csv", "02-table.csv", "03-table.csv"])
        #expect(files["02-table.csv"] == "区县,企业数\r\n海曙,120\r\n")
        #expect(files["03-table.csv"]?.hasPrefix("镇,人口") == true)
        #expect(files["01-indicators.csv"]?.hasPrefix("section,subject,value,unit,qualifier,kind,mention,sentence\r\n") == true)
    }

    @Test func tsvFilesAreNamedTsv() throws {
        let output = try CSV.write(CSV.document(Self.districts, Self.towns), plugin: TSVFormatPlugin())
        #expect(Self.files(output).keys.sorted() == ["01-table.tsv", "02-table.tsv"])
    }

    @Test func tablesNestedInQuotesAndNotesCount() throws {
        let document = Document(blocks: [.blockQuote([.table(Self.districts)]), .note(Note(blocks: [.table(Self.towns)]))])
        #expect(Self.files(try CSV.write(document)).count == 2)
    }

    @Test func manyTablesGetWiderNumbers() {
        #expect(TableSelection.fileName(at: 0, of: 9, role: .data, fileExtension: "csv") == "01-table.csv")
        #expect(TableSelection.fileName(at: 99, of: 120, role: .data, fileExtension: "csv") == "100-table.csv")
        #expect(TableSelection.fileName(at: 4, of: 120, role: .indicators, fileExtension: "csv") == "005-indicators.csv")
    }

    @Test func tableOptionPicksOne() throws {
        let document = CSV.document(Self.districts, Self.towns, Self.indicators)
        #expect(CSV.text(try CSV.write(document, ["table": "2"])) == "区县,企业数\r\n海曙,120\r\n")
        #expect(CSV.text(try CSV.write(document, ["table": "1"]))?.hasPrefix("section,") == true)
    }

    @Test(arguments: ["0", "4", "-1", "two"]) func tableOptionOutOfRangeIsAnError(_ value: String) {
        let document = CSV.document(Self.districts, Self.towns, Self.indicators)
        #expect(throws: FolioError.self) { try CSV.write(document, ["table": value]) }
        do {
            _ = try CSV.write(document, ["table": value])
        } catch let error as FolioError {
            #expect(error.kind == .invalidOption)
            #expect(error.message.contains("1-3"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func documentWithoutTableIsUnsupported() throws {
        do {
            _ = try CSV.write(Document(blocks: [.paragraph([.text("正文")])]))
            Issue.record("expected an error")
        } catch let error as FolioError {
            #expect(error.kind == .unsupported)
            #expect(error.message.contains("no table"))
            #expect(error.message.contains("indicators"))
        }
    }

    @Test func collectionMergesIndicatorTablesWithProvenanceColumns() throws {
        var first = CSV.document(Self.indicators, Self.districts)
        first.blocks.insert(.paragraph([.text("全年新增企业1200余家。")]), at: 0)
        first.metadata = Metadata(title: "民营经济", date: "2024-09-01", publication: "宁波日报", edition: "A2", section: "要闻")
        var second = CSV.document(Self.indicators)
        second.metadata.title = "第二版"
        let writer = try #require(CSVFormatPlugin().writer)
        let context = WriteContext(inputNames: ["2024/a2.txt", "2024/a3.txt"])
        let files = Self.files(try writer.write(collection: [first, second], context: context))
        #expect(files.keys.sorted() == ["01-indicators.csv", "02-table.csv"])
        let lines = try #require(files["01-indicators.csv"]).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,file,date,publication,edition,page_section,title,paragraph,offset,section,subject,value,unit,qualifier,kind,mention,sentence")
        let firstID = StableHash(parts: ["2024/a2.txt", "0", "6"]).hexadecimal
        #expect(lines[1].hasPrefix("\(firstID),2024/a2.txt,2024-09-01,宁波日报,A2,要闻,民营经济,0,6,综述,"))
        // A row whose sentence is in no paragraph has no place; its id hashes its row instead.
        #expect(lines[2].hasPrefix("\(StableHash(parts: ["2024/a3.txt", "row", "0"]).hexadecimal),2024/a3.txt,,,,,第二版,,,综述,"))
        #expect(lines.count == 4)
    }

    @Test func oneDocumentKeepsTheIndicatorColumnsUnlessProvenanceIsAsked() throws {
        let document = CSV.document(Self.indicators)
        #expect(CSV.text(try CSV.write(document))?.hasPrefix("section,subject,") == true)
        #expect(CSV.text(try CSV.write(document, ["provenance": ""]))?.hasPrefix("id,file,date,") == true)
    }

    @Test func collectionWithOneTableIsOneFile() throws {
        let writer = try #require(CSVFormatPlugin().writer)
        let output = try writer.write(collection: [CSV.document(Self.indicators), Document()], context: WriteContext())
        #expect(CSV.text(output)?.hasPrefix("id,file,") == true)
    }

    @Test func collectionWithoutTablesIsUnsupported() throws {
        let writer = try #require(CSVFormatPlugin().writer)
        #expect(throws: FolioError.self) { try writer.write(collection: [Document(), Document()], context: WriteContext()) }
    }

    @Test func mergedIndicatorCSVReadsBackAsIndicators() throws {
        let writer = try #require(CSVFormatPlugin().writer)
        let output = try writer.write(collection: [CSV.document(Self.indicators), CSV.document(Self.indicators)], context: WriteContext())
        let text = try #require(CSV.text(output))
        #expect(try CSV.table(text).role == .indicators)
    }
}
