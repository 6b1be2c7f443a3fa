import Foundation

/// Normalises the value and unit: tenths and halves to percent (三成 → 30 %, 一半 → 50 %),
/// doublings to a multiple (翻两番 → 4 倍), units to one name (万元 → 元 is done by the number,
/// 公斤 → 千克, ％ → %); a falling change makes the value negative (下降5% → −5, 减少3至5万 → −30000~−50000);
/// a range without a qualifier of its own is qualified `range`.
struct NormalisationStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        switch draft.category {
        case .tenths?:
            draft.value *= 10
            draft.upperValue = draft.upperValue.map { $0 * 10 }
            (draft.unit, draft.category) = ("%", .percent)
        case .half?:
            draft.value = 50
            (draft.unit, draft.category) = ("%", .percent)
        case .doublings?:
            var multiple = Decimal(1)
            for _ in 0..<NSDecimalNumber(decimal: draft.value).intValue { multiple *= 2 }
            (draft.value, draft.unit) = (multiple, "倍")
        default:
            draft.unit = Lexicon.normalisedUnit(draft.unit)
        }
        if let sign = draft.changeSign, sign < 0 {
            draft.value = -draft.value
            draft.upperValue = draft.upperValue.map { -$0 }
        }
        if draft.upperValue != nil && draft.qualifier == .exact { draft.qualifier = .range }
        return true
    }
}

/// Decides what kind of statistic the figure is, and where a counted noun right after it begins
/// (5600余名书记, 近七成毕业生).
struct KindStage: MentionStage {
    private static let averageWords = WordList(["平均", "人均", "户均", "日均", "月均", "年均", "场均", "村均"])

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        guard let category = draft.category else { return false }
        draft.kind = kind(of: draft, category: category, in: text)
        let wasTenthsOrHalf = text.scalars[draft.end - 1] == "成" || text.scalars[draft.end - 1] == "半"
        let countsNoun = category == .count || (draft.unit == "%" && draft.upperValue == nil && wasTenthsOrHalf && !draft.number.isFraction)
        draft.nounStart = countsNoun && text.isIdeograph(at: draft.end) ? draft.end : nil
        return true
    }

    private func kind(of draft: MentionDraft, category: ChineseLexicon.UnitCategory, in text: ScalarText) -> Indicator.Kind {
        if category == .rank { return .rank }
        if draft.changeSign != nil || category == .doublings || category == .points { return .change }
        switch category {
        case .count:
            return contains(Self.averageWords, in: text, from: draft.clauseStart, to: draft.start) || isRate(in: text, from: draft.clauseStart, to: draft.start) ? .measure : .count
        case .money: return .money
        case .time: return .duration
        case .age, .physical, .multiple: return .measure
        case .percent, .tenths, .half: return .share
        case .points, .doublings: return .change
        case .rank: return .rank
        }
    }

    /// Whether the clause states a rate per population (每千人口, 每万人, 每百户), a measure rather than a count.
    private func isRate(in text: ScalarText, from start: Int, to end: Int) -> Bool {
        (start..<max(start, end - 1)).contains { text.scalars[$0] == "每" && ChineseNumeral.unitExponent(text.scalars[$0 + 1]) ?? 0 >= 1 }
    }

    private func contains(_ words: WordList, in text: ScalarText, from start: Int, to end: Int) -> Bool {
        (start..<max(start, end)).contains { words.match(in: text.scalars, at: $0, limit: end) != nil }
    }
}
