import Testing
import FolioCore

@Suite struct BylineTests {
    @Test func rolesAndNames() throws {
        let byline = try #require(Byline(line: "记者 陈明远 通讯员 林小溪 周舟"))
        #expect(byline.authors == [Author(name: "陈明远", role: "记者"), Author(name: "林小溪", role: "通讯员"), Author(name: "周舟", role: "通讯员")])
        #expect(byline.credits.isEmpty)
    }

    @Test func roleGluedToNameAndCreditOnTheSameLine() throws {
        let byline = try #require(Byline(line: "本报记者王晓晨  本版图片由市交通局提供"))
        #expect(byline.authors == [Author(name: "王晓晨", role: "本报记者")])
        #expect(byline.credits == ["本版图片由市交通局提供"])
    }

    @Test func decorationsAroundNamesAreSkipped() throws {
        let byline = try #require(Byline(line: "（本报记者 赵一鸣 孙艺 报道）"))
        #expect(byline.authors.map(\.name) == ["赵一鸣", "孙艺"])
    }

    @Test func sentencesAreNotBylines() {
        #expect(Byline(line: "记者从市统计局获悉，今年一季度全市生产总值增长5.2%。") == nil)
        #expect(Byline(line: "张三 李四") == nil)
        #expect(Byline(line: "") == nil)
    }
}
