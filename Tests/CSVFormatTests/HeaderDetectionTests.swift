import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// When the first record becomes the head row, and indicator tables recognised by their header.
@Suite struct HeaderDetectionTests {
    @Test func textOverNumbersIsAHeader() throws {
        let table = try CSV.table("区县,企业数,增长\n海曙,120,3.5%\n江北,98,-1.2%\n")
        #expect(table.head.count == 1)
        #expect(table.body.count == 2)
    }

    @Test func numericFirstRowIsData() throws {
        #expect(try CSV.table("1,2,3\n4,5,6\n").head.isEmpty)
    }

    @Test func repeatedNamesAreData() throws {
        #expect(try CSV.table("a,a\n1,2\n").head.isEmpty)
    }

    @Test func emptyFirstCellIsData() throws {
        #expect(try CSV.table(",2020,2021\nGDP,1.2,1.4\n").head.isEmpty)
    }

    @Test func datesBelowCountAsData() throws {
        #expect(try CSV.table("event,day\nopening,2024-09-01\n").head.count == 1)
    }

    @Test func allTextTableWithDistinctNamesHasAHeader() throws {
        #expect(try CSV.table("name,place\nLin Bo,Haishu\nZhou Yi,Jiangbei\n").head.count == 1)
    }

    @Test func allTextTableWhoseFirstRowRecursIsData() throws {
        #expect(try CSV.table("yes,no\nno,no\nyes,no\n").head.isEmpty)
    }

    @Test func singleRecordIsData() throws {
        #expect(try CSV.table("name,place\n").head.isEmpty)
    }

    @Test func headerOptionForcesEitherWay() throws {
        #expect(try CSV.table("1,2\n3,4\n", ["header": "yes"]).head.count == 1)
        #expect(try CSV.table("a,b\n3,4\n", ["header": "no"]).head.isEmpty)
        #expect(try CSV.table("a,b\n3,4\n", ["header": ""]).head.count == 1)
        #expect(CSV.error("a,b\n", ["header": "maybe"])?.kind == .invalidOption)
    }

    @Test func indicatorHeaderMakesAnIndicatorTable() throws {
        let table = try CSV.table("section,subject,value,unit,qualifier,kind,mention,sentence\n综述,新增企业,1200,家,more_than,count,1200余家,全年新增企业1200余家。\n")
        #expect(table.role == .indicators)
        #expect(table.head.count == 1)
    }

    @Test func indicatorHeaderAloneIsStillAnIndicatorTable() throws {
        let table = try CSV.table("section,subject,value,unit,qualifier,kind,mention,sentence\r\n")
        #expect(table.role == .indicators)
        #expect(table.body.isEmpty)
    }

    @Test func indicatorSubsetsAndSourceColumnAreRecognised() {
        #expect(IndicatorColumns.matches(["subject", "value", "unit", "qualifier", "kind", "mention"]))
        #expect(IndicatorColumns.matches(["source"] + IndicatorColumns.names))
        #expect(!IndicatorColumns.matches(["subject", "value", "unit"]))
        #expect(!IndicatorColumns.matches(["value", "unit", "qualifier", "kind", "price"]))
        #expect(!IndicatorColumns.matches(["value", "value", "unit", "qualifier", "kind"]))
    }

    @Test func otherHeadersMakeDataTables() throws {
        #expect(try CSV.table("区县,企业数\n海曙,120\n").role == .data)
    }

    @Test(arguments: ["12", "3.5%", "-1,200", "２０", "2024-09-01", "¥30", "1e5"]) func numericFields(_ field: String) {
        #expect(HeaderDetection.isNumeric(field))
    }

    @Test(arguments: ["", "value", "第6位", "3成", "-", "二十"]) func nonNumericFields(_ field: String) {
        #expect(!HeaderDetection.isNumeric(field))
    }
}
