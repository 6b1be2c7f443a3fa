import FolioCore
import Foundation
import Indicators
import Testing

@Suite struct FilterTests {
    let document = Document(blocks: [
        .paragraph([.text("引言部分没有数字。")]),
        .heading(Heading(level: 2, content: [.text("产业发展 稳中有进")])),
        .paragraph([.text("全市新增企业1250家，增长6.5%。")]),
        .figure(Figure(caption: [.text("2023年新建的12个驿站")])),
        .blockQuote([.paragraph([.text("引进人才3000名。")])]),
        .table(Table(body: [TableRow(texts: ["投资", "50亿元"])])),
    ])

    @Test func appendsOneIndicatorTable() throws {
        let filtered = try IndicatorsPlugin.Filter().apply(to: document, options: Options())
        #expect(filtered.blocks.count == document.blocks.count + 1)
        guard case .table(let table) = filtered.blocks.last else {
            Issue.record("no table appended")
            return
        }
        #expect(table.role == .indicators)
        #expect(table.caption.plainText == "指标 Indicators")
        #expect(table.grid.first == ["section", "subject", "value", "unit", "qualifier", "kind", "mention", "sentence"])
        #expect(table.grid.dropFirst().map { $0[2] } == ["1250", "6.5", "3000"])
        #expect(table.grid[1][0] == "产业发展 稳中有进")
        #expect(table.grid[1][7] == "全市新增企业1250家，增长6.5%。")
    }

    @Test func replacesTheTableWhenRunTwice() throws {
        let filter = IndicatorsPlugin.Filter()
        let once = try filter.apply(to: document, options: Options())
        let twice = try filter.apply(to: once, options: Options())
        #expect(twice == once)
        #expect(twice.tables.filter { $0.role == .indicators }.count == 1)
    }

    @Test func removesOldIndicatorTablesAtEveryDepth() throws {
        let stale = Table(role: .indicators, body: [TableRow(texts: ["旧", "旧", "1"])])
        let nested = Document(blocks: [
            .paragraph([.text("全市新增企业1250家。")]),
            .note(Note(blocks: [.table(stale), .paragraph([.text("注")])])),
            .list(List(isOrdered: false, items: [[.blockQuote([.table(stale)])]])),
        ])
        let filtered = try IndicatorsPlugin.Filter().apply(to: nested, options: Options())
        #expect(filtered.tables.filter { $0.role == .indicators }.count == 1)
        #expect(filtered.blocks[1] == .note(Note(blocks: [.paragraph([.text("注")])])))
        #expect(filtered.blocks[2] == .list(List(isOrdered: false, items: [[.blockQuote([])]])))
    }

    @Test func addsAnEmptyTableToADocumentWithoutFigures() throws {
        let filtered = try IndicatorsPlugin.Filter().apply(to: Document(blocks: [.paragraph([.text("没有数字。")])]), options: Options())
        let table = try #require(filtered.tables.first)
        #expect(table.body.isEmpty && table.head.count == 1)
    }

    @Test func describesItself() {
        #expect(IndicatorsPlugin().descriptor.name == "indicators")
        #expect(IndicatorsPlugin().filter != nil && IndicatorsPlugin().reader == nil && IndicatorsPlugin().writer == nil)
    }
}

@Suite struct EvaluationTests {
    let target = [["subject", "value", "unit", "qualifier", "kind", "mention"],
                  ["企业", "1250", "家", "exact", "count", "1250家"],
                  ["企业", "6.5", "%", "exact", "change", "增长6.5%"]]

    @Test func countsMatchesMissesAndExtras() {
        let extracted = [IndicatorTable.columns,
                         ["", "新增企业", "1250.0", "家", "exact", "count", "1250家", ""],
                         ["", "人才", "3000", "名", "exact", "count", "3000名", ""]]
        let evaluation = IndicatorEvaluation.compare(extracted: extracted, target: target)
        #expect(evaluation.precision == 0.5)
        #expect(evaluation.recall == 0.5)
        #expect(evaluation.missed.map(\.mention) == ["增长6.5%"])
        #expect(evaluation.extra.map(\.mention) == ["3000名"])
        #expect(evaluation.subjectAgreement == 0)
        #expect(evaluation.subjectOverlap == 1)
        #expect(abs(evaluation.subjectF1 - 2.0 * 2 / 6) < 1e-9)  // 新增企业 against 企业
    }

    @Test func scoresSubjectsByTheCharactersTheyShare() {
        #expect(IndicatorEvaluation.characterF1("出口", "出口") == 1)
        #expect(IndicatorEvaluation.characterF1("班", "小学班级") == 0.4)
        #expect(IndicatorEvaluation.characterF1("", "") == 1)
        #expect(IndicatorEvaluation.characterF1("进口", "") == 0)
    }

    @Test func comparesTablesFromTheFilter() {
        let table = IndicatorTable.table(IndicatorExtractor().indicators(inParagraph: "全市新增企业1250家，增长6.5%。"))
        let evaluation = IndicatorEvaluation.compare(extracted: table.grid, target: target)
        #expect(evaluation.precision == 1 && evaluation.recall == 1)
        #expect(evaluation.summary.hasPrefix("precision 100.0% (2/2)"))
    }

    @Test func keepsRangesApartFromTheirLowEnd() {
        let extracted = [IndicatorTable.columns, ["", "工期", "3", "年", "range", "duration", "3年", ""]]
        let target = [IndicatorTable.columns, ["", "工期", "3~5", "年", "range", "duration", "3至5年", ""]]
        #expect(IndicatorEvaluation.compare(extracted: extracted, target: target).recall == 0)
    }
}

@Suite struct HostileInputTests {
    /// Twice the figures in one unpunctuated paragraph take about twice the CPU time, not four times.
    @Test(arguments: ["新增企业12个 ", "about 12 workers and "])
    func staysLinearOnTextWithoutPunctuation(_ unit: String) {
        func cost(_ count: Int) -> Double {
            let paragraph = String(repeating: unit, count: count)
            let start = threadCPUTime()
            #expect(IndicatorExtractor().indicators(inParagraph: paragraph).count == count)
            return threadCPUTime() - start
        }
        let small = cost(2_000), large = cost(8_000)
        #expect(large < small * 8, "2,000 figures: \(small) s; 8,000 figures: \(large) s")
    }

    @Test func survivesOddInput() {
        for paragraph in ["", "。。。", "“未闭合的引号12个", "9999999999999999999999999个", "１２３４５６７８９０１２３４５６７８９０亿元",
                          "十十十十十个", "点点点5个", "—5—", "5至", "百分之", "翻番", "第", "$", "12,", "1.2.3个"] {
            _ = IndicatorExtractor().indicators(inParagraph: paragraph)
        }
    }
}

/// The CPU time this thread has used, in seconds: steadier than the wall clock on a shared machine.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
