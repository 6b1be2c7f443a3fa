import Foundation

/// One step of reading a figure: it refines the draft the steps before it left, or rejects
/// the figure as no indicator.
///
/// A figure's stages run in order: number (``NumberStage`` makes the draft) → unit → range →
/// qualifier → change → exclusions → normalisation → kind. Each reads only the text around the
/// draft and what the stages before it wrote.
///
/// Chinese and English prose share the structure: a Chinese stage refines a ``MentionDraft`` over
/// the paragraph's characters, an English one an ``EnglishDraft`` over the sentence's words.
protocol MentionStage<Draft, Source>: Sendable {
    /// The figure under construction.
    associatedtype Draft
    /// What the stage reads around it.
    associatedtype Source
    /// Refines the draft; false when the figure is no indicator.
    func refine(_ draft: inout Draft, in source: Source) -> Bool
}

/// A figure while its stages read it.
struct MentionDraft: Sendable {
    /// The number as printed.
    var number: NumberRun
    /// The sentence the figure sits in, and where its clause starts.
    let sentence: Range<Int>
    let clauseStart: Int
    /// Where the mention starts and ends so far (qualifier and change words included once read).
    var start: Int
    var end: Int
    /// The unit as printed, then normalised, and what it measures; nil while no unit is known.
    var unit = ""
    var category: ChineseLexicon.UnitCategory?
    /// The value, and the upper end of a range.
    var value: Decimal
    var upperValue: Decimal?
    var qualifier: Indicator.Qualifier
    var isForecast = false
    /// The sign a change verb or a comparison gave (+1, −1).
    var changeSign: Int?
    /// The figure follows 第 without being a rank (第一书记, 第3版).
    var isOrdinal = false
    var kind: Indicator.Kind = .count
    /// Where the counted noun right after the unit begins (5600余名书记).
    var nounStart: Int?

    /// The end of the sentence: no stage reads beyond it.
    var limit: Int { sentence.upperBound }

    /// Starts a draft from a number.
    init(number: NumberRun, sentence: Range<Int>, clauseStart: Int) {
        self.number = number
        self.sentence = sentence
        self.clauseStart = clauseStart
        start = number.start
        end = number.end
        value = number.value
        qualifier = number.hasInnerMore ? .moreThan : (number.isApproximate ? .about : .exact)
    }

    /// The finished figure.
    var mention: Mention {
        Mention(start: start, end: end, value: value, upperValue: upperValue, unit: unit, qualifier: qualifier,
                isForecast: isForecast, kind: kind, changeSign: changeSign, nounStart: nounStart)
    }
}
