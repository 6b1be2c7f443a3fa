import FolioCore
import Foundation

/// Reads the unit after the number: a measure word or unit (个, 亿千瓦时, 微克/立方米), with 余/多
/// before it (2000余个) and 半 after it (四年半, 一倍半); after 第, a rank (第6位, 居全省第一).
struct UnitStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        let scalars = text.scalars
        if draft.number.start > draft.clauseStart, scalars[draft.number.start - 1] == "第" {
            readRank(&draft, in: text)
            return true
        }
        if draft.number.isFraction {
            (draft.unit, draft.category) = ("%", .percent)
            return true
        }
        var position = draft.end
        if position + 1 < draft.limit, scalars[position] == "余" || scalars[position] == "多",
           Lexicon.units.match(in: scalars, at: position + 1, limit: draft.limit) != nil {
            draft.qualifier = .moreThan
            position += 1
        }
        guard let (length, category) = Lexicon.units.match(in: scalars, at: position, limit: draft.limit) else { return true }
        draft.unit = text.string(position..<(position + length))
        draft.category = category
        draft.end = position + length
        // 四年半, 一倍半: half a unit more.
        if category == .time || category == .multiple, draft.end < draft.limit, scalars[draft.end] == "半" {
            draft.value += Decimal(5) / 10
            draft.end += 1
        }
        return true
    }

    /// 第6位, 第5名, 居全国第2, 居全省第一: a rank. Without 位/名 only after a word of ranking
    /// and not before a noun (第一时间, 第一资源); any other 第N is an ordinal.
    private func readRank(_ draft: inout MentionDraft, in text: ScalarText) {
        let scalars = text.scalars
        var end = draft.number.end
        var unit = "位"
        if end < draft.limit, scalars[end] == "位" || scalars[end] == "名" {
            unit = String(scalars[end])
            end += 1
        } else if !containsRankMarker(in: text, from: draft.clauseStart, to: draft.number.start - 1) || text.isIdeograph(at: end)
                    || (draft.number.isLoneOne && isShared(draft, in: text)) {
            draft.isOrdinal = true
            return
        }
        draft.start = draft.number.start - 1
        draft.end = end
        draft.unit = unit
        draft.category = .rank
    }

    /// 甲和乙均居全省第一: a lead shared by a list is a claim about the list, not one ranked figure.
    private func isShared(_ draft: MentionDraft, in text: ScalarText) -> Bool {
        (draft.clauseStart..<draft.number.start).contains { text.scalars[$0] == "均" || text.scalars[$0] == "都" }
    }

    private func containsRankMarker(in text: ScalarText, from start: Int, to end: Int) -> Bool {
        (start..<max(start, end)).contains { Lexicon.rankMarkers.match(in: text.scalars, at: $0, limit: end) != nil }
    }
}

/// Reads a range after the figure: 3至5年, 10%—15%, 二至三个班, 2万至3万人, and 3至5万 / 3-5万元,
/// where the low end takes the high end's 万.
struct RangeStage: MentionStage {
    typealias Lexicon = ChineseLexicon

    private static let connectors: ScalarSet = "至到~～-—–－〜"

    func refine(_ draft: inout MentionDraft, in text: ScalarText) -> Bool {
        let scalars = text.scalars
        guard draft.category != .rank, !draft.number.isFraction, draft.end + 1 < draft.limit, Self.connectors.contains(scalars[draft.end]),
              let second = NumberStage().read(at: draft.end + 1, in: text, limit: draft.limit), !second.isFraction,
              !second.isLoneOne || draft.category != nil else { return true }
        let connector = draft.end
        var end = second.end
        let secondUnit = Lexicon.units.match(in: scalars, at: end, limit: draft.limit)
        let sameUnit = secondUnit.map { text.string(end..<(end + $0.length)) == draft.unit } ?? false
        if draft.category == nil, let (length, category) = secondUnit {
            draft.unit = text.string(end..<(end + length))
            draft.category = category
            end += length
        } else if draft.category != nil, secondUnit == nil || sameUnit {
            end += sameUnit ? (secondUnit?.length ?? 0) : 0
        } else {
            return true
        }
        // 3至5万: the low end is printed without the 万 the high end carries.
        if draft.number.end == connector, magnitude(of: draft.number, in: text) == nil, let scale = magnitude(of: second, in: text) {
            draft.value *= scale
        }
        draft.upperValue = second.value
        draft.end = end
        return true
    }

    /// The 万 or 亿 a number ends with, as a factor; nil without one.
    private func magnitude(of run: NumberRun, in text: ScalarText) -> Decimal? {
        guard run.end - run.start >= 2, let exponent = ChineseNumeral.unitExponent(text.scalars[run.end - 1]), exponent >= 4
        else { return nil }
        return Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
