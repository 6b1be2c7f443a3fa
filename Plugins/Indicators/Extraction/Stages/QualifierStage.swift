/// Reads the words that say how the printed figure relates to the true one: before it (超过,
/// 不足, 约, 约占, 上千, and 约为…的 before a multiple) and after it (以上, 左右, 多), and a forecast
/// word earlier in its clause (预计).
struct QualifierStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    /// 约为, 约是: an estimate of a multiple printed before the thing compared with.
    private static let aboutComparisons = WordList(["约为", "约是", "大约是", "大约为"])

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        guard let category = draft.category, category != .rank else { return true }
        let scalars = text.scalars
        if let (length, qualifier) = Lexicon.qualifiersBefore.match(in: scalars, endingAt: draft.start, floor: draft.clauseStart) {
            draft.qualifier = qualifier
            draft.start -= length
        } else if draft.start > draft.clauseStart, scalars[draft.start - 1] == "上", ChineseNumeral.unitExponent(scalars[draft.number.start]) ?? 0 >= 2 {
            draft.qualifier = .about  // 上千名
            draft.start -= 1
        } else if category == .multiple, draft.start > draft.clauseStart, scalars[draft.start - 1] == "的",
                  (draft.clauseStart..<draft.start).contains(where: { Self.aboutComparisons.match(in: scalars, at: $0, limit: draft.start) != nil }) {
            draft.qualifier = .about  // 约为去年同期的一倍半: the 约 stands before what the multiple compares with
        }
        // A threshold (30人以上企业) is left to the exclusions; 5600余名书记 keeps 余 with the count.
        if let (length, qualifier) = Lexicon.qualifiersAfter.match(in: scalars, at: draft.end, limit: draft.limit) {
            let isThreshold = (qualifier == .atLeast || qualifier == .atMost) && text.isIdeograph(at: draft.end + length)
            let countsNoun = qualifier == .moreThan && category == .count && text.isIdeograph(at: draft.end + length)
            if !isThreshold && !countsNoun {
                if draft.qualifier == .exact || qualifier != .moreThan { draft.qualifier = qualifier }
                draft.end += length
            }
        }
        draft.isForecast = (draft.clauseStart..<draft.start).contains {
            Lexicon.forecastMarkers.match(in: scalars, at: $0, limit: draft.start) != nil
        }
        return true
    }
}

/// Reads a change: a verb before the figure (增长, 下降了, 偏少), a comparison earlier in the
/// clause that makes it a signed gap (低于全省0.2个百分点), or 翻 before 番. 下降, 减少, 回落 and
/// the other falling words make the value negative (in ``NormalisationStage``).
struct ChangeStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        guard let category = draft.category, category != .rank else { return true }
        let scalars = text.scalars
        var verbEnd = draft.start
        if verbEnd > draft.clauseStart, scalars[verbEnd - 1] == "了" { verbEnd -= 1 }
        if let (length, sign) = Lexicon.changeVerbs.match(in: scalars, endingAt: verbEnd, floor: draft.clauseStart) {
            let verbStart = verbEnd - length
            // 新增, 递增: a one-character verb inside a word that names a count.
            let isNewlyAdded = length == 1 && verbStart > 0 && (scalars[verbStart - 1] == "新" || scalars[verbStart - 1] == "递")
            if !isNewlyAdded {
                draft.changeSign = sign
                draft.start = verbStart
            }
        }
        if draft.changeSign == nil, draft.qualifier == .exact, draft.upperValue == nil,
           let sign = comparativeSign(in: text, from: draft.clauseStart, to: draft.start) {
            draft.changeSign = sign
        }
        if category == .doublings, draft.start > 0, scalars[draft.start - 1] == "翻" {
            draft.start -= 1
            draft.changeSign = 1
        }
        return true
    }

    /// The sign a comparison earlier in the clause gives a gap (高于全省平均水平1.5个百分点 → +).
    private func comparativeSign(in text: ScalarText, from start: Int, to end: Int) -> Int? {
        for position in start..<max(start, end) {
            if let (_, sign) = Lexicon.comparatives.match(in: text.scalars, at: position, limit: end) { return sign }
        }
        return nil
    }
}
