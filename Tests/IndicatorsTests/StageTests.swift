import Foundation
@testable import Indicators
import Testing

/// A draft after the number stage, for the first sentence of `text`.
private func draft(_ paragraph: String, at index: Int = 0) throws -> (MentionDraft, ScalarText) {
    let text = ScalarText(paragraph)
    let sentence = 0..<text.scalars.count
    let number = try #require(NumberStage().read(at: index, in: text, limit: sentence.upperBound))
    return (MentionDraft(number: number, sentence: sentence, clauseStart: text.clauseStart(before: index, floor: 0)), text)
}

/// The draft after running the stages up to and including `last`.
private func run(_ paragraph: String, at index: Int = 0, through last: Int) throws -> MentionDraft? {
    var (current, text) = try draft(paragraph, at: index)
    for stage in ChineseMentionScanner.stages.prefix(last + 1) where !stage.refine(&current, in: text) { return nil }
    return current
}

@Suite struct NumberStageTests {
    @Test(arguments: [
        ("1147.52万千瓦", "11475200", "1147.52万"), ("286.7亿千瓦时", "28670000000", "286.7亿"), ("三分之一的学校", "33.33", "三分之一"),
        ("百分之二十", "20", "百分之二十"), ("1/3的人", "33.33", "1/3"), ("“36+6”个班", "42", "“36+6”"), ("50余万人", "500000", "50余万"),
        ("一千零五户", "1005", "一千零五"),
    ])
    func readsTheNumber(_ text: String, _ value: String, _ printed: String) throws {
        let (draft, scalars) = try draft(text)
        #expect(draft.value == Decimal(string: value))
        #expect(scalars.string(draft.number.start..<draft.number.end) == printed)
    }

    @Test(arguments: ["2024/1/3", "“两个维护”", "百花"])
    func readsNoNumber(_ text: String) {
        let scalars = ScalarText(text)
        let number = NumberStage().read(at: 0, in: scalars, limit: scalars.scalars.count)
        #expect(number == nil || number?.isFraction == false)
    }
}

@Suite struct UnitStageTests {
    @Test(arguments: [("四年半后", "4.5", "年"), ("一倍半", "1.5", "倍"), ("29微克/立方米", "29", "微克/立方米"), ("216mg/100ml", "216", "mg/100ml"),
                      ("2000余个", "2000", "个")])
    func readsTheUnit(_ text: String, _ value: String, _ unit: String) throws {
        let result = try #require(try run(text, through: 0))
        #expect(result.value == Decimal(string: value))
        #expect(result.unit == unit)
    }

    @Test func readsARankAfterAWordOfRanking() throws {
        let result = try #require(try run("营商环境居全省第一。", at: 8, through: 0))
        #expect(result.category == .rank && result.unit == "位")
        #expect(try run("村第一书记", at: 2, through: 0)?.isOrdinal == true)
    }
}

@Suite struct RangeStageTests {
    @Test(arguments: [("3至5万元", "30000", "50000"), ("3-5万人", "30000", "50000"), ("2万至3万人", "20000", "30000"), ("3至5年", "3", "5")])
    func readsTheRange(_ text: String, _ low: String, _ high: String) throws {
        let result = try #require(try run(text, through: 1))
        #expect(result.value == Decimal(string: low))
        #expect(result.upperValue == Decimal(string: high))
    }
}

@Suite struct QualifierAndChangeStageTests {
    @Test func readsQualifierWordsOnBothSides() throws {
        #expect(try run("新能源装机占比接近三分之一", at: 9, through: 2)?.qualifier == .about)
        #expect(try run("参与率在90%以上", at: 4, through: 2)?.qualifier == .atLeast)
    }

    @Test(arguments: [("客流回落12%", 4, -1), ("降水偏少七成", 4, -1), ("收入增长了5%", 5, 1), ("新增企业12家", 4, nil)])
    func readsTheChangeSign(_ text: String, _ index: Int, _ sign: Int?) throws {
        #expect(try run(text, at: index, through: 4)?.changeSign == sign)
    }
}

@Suite struct ExclusionStageTests {
    @Test func everyRuleHasANameAndAReason() {
        #expect(Set(ExclusionStage.rules.map(\.name)).count == ExclusionStage.rules.count)
        #expect(ExclusionStage.rules.allSatisfy { !$0.reason.isEmpty })
    }

    @Test(arguments: [("2020年是", 0, "year"), ("甲型H1N1流感", 3, "code"), ("实施三年行动计划", 2, "plan name"), ("村第一书记", 2, "ordinal"),
                      ("三次产业结构", 0, "term"), ("职工30人以上企业", 2, "threshold"), ("连续五年保持", 2, "time frame"), ("按每天2次计算", 3, "assumption")])
    func namesTheRuleThatRejects(_ text: String, _ index: Int, _ rule: String) throws {
        let (start, scalars) = try draft(text, at: index)
        var current = start
        for stage in ChineseMentionScanner.stages.prefix(4) { _ = stage.refine(&current, in: scalars) }
        let applied = ExclusionStage.rules.first { $0.applies(current, scalars) }
        #expect(applied?.name == rule)
    }
}

@Suite struct NormalisationAndKindStageTests {
    @Test(arguments: [("近七成毕业生", 1, "70", "%", Indicator.Kind.share), ("翻两番", 1, "4", "倍", .change), ("减少3至5万吨", 2, "-30000", "吨", .change),
                      ("增长1.48倍", 2, "1.48", "倍", .change), ("1.48倍", 0, "1.48", "倍", .measure)])
    func normalisesAndKinds(_ text: String, _ index: Int, _ value: String, _ unit: String, _ kind: Indicator.Kind) throws {
        let result = try #require(try run(text, at: index, through: 7))
        #expect(result.value == Decimal(string: value))
        #expect(result.unit == unit)
        #expect(result.kind == kind)
    }
}

@Suite struct EnglishStageTests {
    /// The draft of the first number of an English sentence after the stages up to `last`.
    private func run(_ sentence: String, through last: Int) -> EnglishDraft? {
        let text = ScalarText(sentence)
        let reading = EnglishMentionScanner.Sentence(text: text, words: EnglishMentionScanner.words(in: 0..<text.scalars.count, of: text))
        guard let index = reading.words.firstIndex(where: \.isNumber), var draft = EnglishNumberStage().read(at: index, in: reading) else { return nil }
        for stage in EnglishMentionScanner.stages.prefix(last + 1) where !stage.refine(&draft, in: reading) { return nil }
        return draft
    }

    @Test func readsScaleAndUnit() {
        let draft = run("The city has 1.2 million residents.", through: 0)
        #expect(draft?.value == 1_200_000 && draft?.unit == "residents")
        #expect(run("Investment reached $3.5 billion.", through: 0)?.unit == "USD")
    }

    @Test func readsQualifierAndChange() {
        #expect(run("More than 12,000 workers joined.", through: 1)?.qualifier == .moreThan)
        #expect(run("Imports fell 2.1 per cent.", through: 2)?.sign == -1)
        #expect(run("Imports fell 2.1 per cent.", through: 5)?.value == Decimal(string: "-2.1"))
    }

    @Test(arguments: [("In 2021 ports opened.", "year"), ("Built 5G stations.", "code"), ("On March 3 workers rested.", "date"), ("3 years ago it began.", "time frame")])
    func namesTheRuleThatRejects(_ sentence: String, _ rule: String) {
        let text = ScalarText(sentence)
        let reading = EnglishMentionScanner.Sentence(text: text, words: EnglishMentionScanner.words(in: 0..<text.scalars.count, of: text))
        guard let index = reading.words.firstIndex(where: \.isNumber), var draft = EnglishNumberStage().read(at: index, in: reading) else {
            Issue.record("no number")
            return
        }
        for stage in EnglishMentionScanner.stages.prefix(3) { _ = stage.refine(&draft, in: reading) }
        #expect(EnglishExclusionStage.rules.first { $0.applies(draft, reading) }?.name == rule)
    }
}
