/// Finds the figures of Chinese prose in one sentence. Each number found is read by the stages
/// in order — ``NumberStage``, ``UnitStage``, ``RangeStage``, ``QualifierStage``, ``ChangeStage``,
/// ``ExclusionStage``, ``NormalisationStage``, ``KindStage`` — and becomes a ``Mention`` unless
/// a stage rejects it.
struct ChineseMentionScanner {
    /// The paragraph being read.
    let text: ScalarText

    /// The stages after the number, in the order they run.
    static let stages: [any MentionStage<MentionDraft, ScalarText>] = [UnitStage(), RangeStage(), QualifierStage(), ChangeStage(), ExclusionStage(),
                                             NormalisationStage(), KindStage()]

    private let numbers = NumberStage()

    /// The figures of a sentence, in order.
    func mentions(in sentence: Range<Int>) -> [Mention] {
        let scalars = text.scalars
        var found: [Mention] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard mayStartNumber(at: index, limit: sentence.upperBound) else {
                index += 1
                continue
            }
            if let mention = mention(at: index, sentence: sentence) {
                found.append(mention)
                index = mention.end
            } else {
                index = scalars[index] == "“" || scalars[index] == "\"" ? index + 1 : numbers.skip(from: index, in: text, limit: sentence.upperBound)
            }
        }
        return found
    }

    /// A number can start here: a digit or numeral outside quotation marks, 数 before 十/百/千/万,
    /// or the opening mark of a quoted sum (“36+6”个班).
    private func mayStartNumber(at index: Int, limit: Int) -> Bool {
        let scalar = text.scalars[index]
        if text.quoted[index] { return (scalar == "“" || scalar == "\"") && index + 1 < limit && ArabicNumber.isDigit(text.scalars[index + 1]) }
        if ArabicNumber.isDigit(scalar) || ChineseNumeral.isNumeralCharacter(scalar) { return true }
        return scalar == "数" && index + 1 < limit && ChineseNumeral.unitExponent(text.scalars[index + 1]) != nil
    }

    /// The figure whose number starts at `index`, read by every stage; nil when a stage rejects it.
    private func mention(at index: Int, sentence: Range<Int>) -> Mention? {
        guard let number = numbers.read(at: index, in: text, limit: sentence.upperBound) else { return nil }
        var draft = MentionDraft(number: number, sentence: sentence, clauseStart: text.clauseStart(before: index, floor: sentence.lowerBound))
        for stage in Self.stages where !stage.refine(&draft, in: text) { return nil }
        return draft.mention
    }
}
