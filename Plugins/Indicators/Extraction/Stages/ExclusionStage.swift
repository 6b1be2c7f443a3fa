/// A rule that makes a number no indicator, with the reason it exists.
struct ExclusionRule: Sendable {
    /// A short name (`year`, `phone number`).
    let name: String
    /// Why such numbers are no statistics, with examples.
    let reason: String
    /// Whether the rule applies to a draft.
    let applies: @Sendable (MentionDraft, ScalarText) -> Bool
}

/// Rejects the numbers that are no indicators, by a named table of rules (``ExclusionStage/rules``).
/// Quotations and book titles are not read at all (``ScalarText/quoted``): slogans and names
/// such as “四个意识”, “两个维护”, “1211”体系 and 《…三年行动计划》 never reach this stage.
struct ExclusionStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        !Self.rules.contains { $0.applies(draft, text) }
    }

    /// The rules, in the order they are tried.
    static let rules: [ExclusionRule] = [
        ExclusionRule(name: "code", reason: "phone numbers, identifiers and digits joined to Latin letters (0571-87654321, 13812345678, 5G, A7, H1N1) count nothing") { draft, text in
            isCode(draft.number, unitFollows: draft.category != nil && draft.category != .rank, in: text)
        },
        ExclusionRule(name: "ordinal", reason: "第N without a ranking word is an ordinal (第一书记, 第二产业, 第3版, 第1周)") { draft, _ in
            draft.isOrdinal
        },
        ExclusionRule(name: "no unit", reason: "a number without a unit is list numbering, an edition, a date or clock time (3月1日, 8时), a ratio (6.1∶41.2) or a name (十九届四中全会)") { draft, _ in
            draft.category == nil
        },
        ExclusionRule(name: "year", reason: "2020年 is a date, not a duration of two thousand years") { draft, _ in
            draft.category == .time && draft.unit == "年" && draft.number.value >= 1000 && draft.upperValue == nil
        },
        ExclusionRule(name: "time frame", reason: "近三年, 过去5年, 三年来, 5年内 say when, not how long") { draft, text in
            guard draft.category == .time else { return false }
            return Lexicon.timeFrameBefore.match(in: text.scalars, endingAt: draft.number.start, floor: draft.clauseStart) != nil
                || Lexicon.timeFrameAfter.match(in: text.scalars, at: draft.end, limit: draft.limit) != nil
        },
        ExclusionRule(name: "modifier", reason: "a span or size before a noun, with another figure still to come in the clause, is part of that figure's subject (15年免费教育覆盖率达100%, 站点800米覆盖率提高到50%); not after a verb of duration (历时四年半建设的2号线一期) nor before a verb (由不足1天延长到1.8天)") { draft, text in
            guard draft.category == .time || draft.category == .physical || draft.category == .age,
                  text.isIdeograph(at: draft.end), text.scalars[draft.end] != "的",
                  Lexicon.durationVerbs.match(in: text.scalars, endingAt: draft.start, floor: draft.clauseStart) == nil,
                  !SegmentationLexicon.shared.startsWithVerb(text.scalars, at: draft.end, limit: draft.limit) else { return false }
            return figureFollows(in: text, from: draft.end, to: text.clauseEnd(after: draft.end, limit: draft.limit))
        },
        ExclusionRule(name: "plan name", reason: "a span before a plan or campaign names it (三年行动计划, 五年规划, 百日攻坚)") { draft, text in
            draft.category == .time && Lexicon.planWords.match(in: text.scalars, at: draft.end, limit: draft.limit) != nil
        },
        ExclusionRule(name: "age group", reason: "an age before a noun names a group (5岁儿童); 60岁以上老人 is a threshold") { draft, text in
            draft.category == .age && text.isIdeograph(at: draft.end) && text.scalars[draft.end] != "的"
        },
        ExclusionRule(name: "threshold", reason: "a bound inside a name (职工30人以上企业, 50万元以下项目, 60岁以上老人) defines a group") { draft, text in
            guard let (length, qualifier) = Lexicon.qualifiersAfter.match(in: text.scalars, at: draft.end, limit: draft.limit) else { return false }
            return (qualifier == .atLeast || qualifier == .atMost) && text.isIdeograph(at: draft.end + length)
        },
        ExclusionRule(name: "term", reason: "statistical terms that hold a numeral (三次产业) are names") { draft, text in
            Lexicon.numeralTerms.match(in: text.scalars, at: draft.number.start, limit: draft.limit) != nil
        },
        ExclusionRule(name: "assumption", reason: "按每人每天出行2次计算: a figure inside 按…计算 is the assumption of a calculation, not a statistic") { draft, text in
            guard (draft.clauseStart..<draft.number.start).contains(where: { text.scalars[$0] == "按" && !text.quoted[$0] }) else { return false }
            let clauseEnd = text.clauseEnd(after: draft.end, limit: draft.limit)
            return (draft.end..<clauseEnd).contains { Lexicon.calculationWords.match(in: text.scalars, at: $0, limit: clauseEnd) != nil }
        },
        ExclusionRule(name: "article", reason: "a lone 一 before a measure word is mostly an article (一支队伍, 一系列)") { draft, _ in
            draft.number.isLoneOne && draft.upperValue == nil && ![.tenths, .doublings, .multiple, .half, .rank].contains(draft.category)
        },
        ExclusionRule(name: "tenths", reason: "成 counts tenths: 十一成 is no share (一成 … 十成)") { draft, _ in
            draft.category == .tenths && (draft.value > 10 || (draft.upperValue ?? 0) > 10)
        },
        ExclusionRule(name: "half", reason: "半 as a share is 一半 only (大半, 两半 are words)") { draft, _ in
            draft.category == .half && (!draft.number.isLoneOne || draft.upperValue != nil)
        },
        ExclusionRule(name: "doubling", reason: "番 is a doubling only after 翻, and only a few times over (翻一番 … 翻十番)") { draft, text in
            draft.category == .doublings && (text.scalars[draft.start] != "翻" || !(1...10).contains(draft.value))
        },
    ]

    /// Whether a number with a unit starts between two indices (the cheap test, without the stages).
    private static func figureFollows(in text: ScalarText, from start: Int, to end: Int) -> Bool {
        var position = start
        while position < end {
            let scalar = text.scalars[position]
            position += 1
            guard ArabicNumber.isDigit(scalar) || ChineseNumeral.isNumeralCharacter(scalar) else { continue }
            while position < end, ArabicNumber.isDigit(text.scalars[position]) || ChineseNumeral.isNumeralCharacter(text.scalars[position])
                || text.scalars[position] == "." {
                position += 1
            }
            if Lexicon.units.match(in: text.scalars, at: position, limit: end) != nil { return true }
        }
        return false
    }

    /// Whether an Arabic number looks like a code rather than a quantity.
    private static func isCode(_ run: NumberRun, unitFollows: Bool, in text: ScalarText) -> Bool {
        guard run.hasArabicDigits else { return false }
        let scalars = text.scalars
        let before = run.start > 0 ? scalars[run.start - 1] : " "
        let after = run.end < scalars.count ? scalars[run.end] : " "
        // 216mg/100ml: letters after the digits are fine when they are the unit.
        if before.properties.isASCIIHexDigit || isLatinLetter(before) || (isLatinLetter(after) && !unitFollows) { return true }
        if before == "-" || before == "－" { return true }
        let digits = scalars[run.start..<run.end].filter(ArabicNumber.isDigit)
        let plain = !scalars[run.start..<run.end].contains { $0 == "," || $0 == "." || $0 == "．" }
        if plain && digits.count >= 7 { return true }
        if plain && digits.count >= 3 && (digits.first == "0" || digits.first == "０") { return true }
        return false
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("Ａ"..."Ｚ").contains(scalar) || ("ａ"..."ｚ").contains(scalar)
    }
}
