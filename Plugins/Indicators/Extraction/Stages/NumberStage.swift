import FolioCore
import Foundation

/// A number as printed: where it runs and what it is worth.
struct NumberRun: Sendable {
    var start: Int
    var end: Int
    var value: Decimal
    /// 十几, 数十, 近千: the numeral only estimates its value.
    var isApproximate: Bool
    /// 50余万, 100多万: a 余/多 inside the number.
    var hasInnerMore: Bool
    var hasArabicDigits: Bool
    /// A lone 一, which is mostly an article (一支队伍), not a count.
    var isLoneOne: Bool
    /// A fraction (三分之一, 1/3, 百分之二十) already is a share: its value is in percent.
    var isFraction = false
}

/// The first stage: reads the number a figure starts with — Arabic (1,250, 2.1万, 1147.52万),
/// Chinese (一千零五, 十几, 数十), a bare 百/千/万 after a word of estimate (近千名), a fraction
/// (三分之一, 百分之二十, 1/3) or a quoted sum (“36+6”个班, whose value is the sum).
struct NumberStage: Sendable {
    typealias Lexicon = ChineseLexicon

    /// The number that starts at `index`, read no further than `limit`; nil when none starts there.
    func read(at index: Int, in text: ScalarText, limit: Int) -> NumberRun? {
        let scalars = text.scalars
        let scalar = scalars[index]
        if scalar == "“" || scalar == "\"" { return quotedSum(at: index, in: text, limit: limit) }
        guard var run = ArabicNumber.isDigit(scalar) ? arabic(at: index, in: text, limit: limit) : chinese(at: index, in: text, limit: limit)
        else { return nil }
        if let fraction = fraction(after: run, in: text, limit: limit) { run = fraction }
        return run
    }

    /// Where to resume after a number that made no figure, so that its tail (九 of 十九届) is not read again.
    func skip(from index: Int, in text: ScalarText, limit: Int) -> Int {
        let scalars = text.scalars
        var position = index + 1
        while position < limit, ArabicNumber.isDigit(scalars[position]) || ChineseNumeral.isNumeralCharacter(scalars[position])
            || scalars[position] == "." || scalars[position] == "," || scalars[position] == "点" {
            position += 1
        }
        return position
    }

    // MARK: - Forms

    private func arabic(at start: Int, in text: ScalarText, limit: Int) -> NumberRun? {
        let scalars = text.scalars
        guard let (_, end) = ArabicNumber.read(scalars[start..<limit], from: start) else { return nil }
        var characters = Array(scalars[start..<end])
        var position = end
        var innerMore = false
        while position < limit {
            // 1147.52万千瓦: 千 begins the unit, not the number.
            if let exponent = ChineseNumeral.unitExponent(scalars[position]), exponent >= 2, !startsUnit(at: position, in: text, limit: limit) {
                characters.append(scalars[position])
                position += 1
            } else if takesInnerMore(at: position, in: text, limit: limit) {
                innerMore = true
                position += 1
            } else {
                break
            }
        }
        guard let reading = ChineseNumeral.read(characters[...]) else { return nil }
        return NumberRun(start: start, end: position, value: reading.value, isApproximate: reading.isApproximate,
                         hasInnerMore: innerMore, hasArabicDigits: true, isLoneOne: false)
    }

    private func chinese(at start: Int, in text: ScalarText, limit: Int) -> NumberRun? {
        let scalars = text.scalars
        var characters: [Unicode.Scalar] = []
        var position = start
        var innerMore = false
        while position < limit {
            let scalar = scalars[position]
            if (ChineseNumeral.isNumeralCharacter(scalar) && !(position > start && startsUnit(at: position, in: text, limit: limit)))
                || (scalar == "数" && position == start) {
                characters.append(scalar)
                position += 1
            } else if scalar == "点", position > start, position + 1 < limit, ChineseNumeral.digit(scalars[position + 1]) != nil {
                characters.append(scalar)
                position += 1
            } else if position > start, takesInnerMore(at: position, in: text, limit: limit) {
                innerMore = true
                position += 1
            } else {
                break
            }
        }
        // 近千名, 上万人: a bare 百/千/万 after a word of estimate stands for one of it;
        // 百分之, 千分之: a bare 百/千 as a denominator.
        let estimated = start > 0 && Self.estimateWords.contains(scalars[start - 1]) && characters.count == 1
        let denominator = Self.fractionMarker.match(in: scalars, at: position, limit: limit) != nil
        guard Self.isProseNumeral(characters) || estimated || denominator else { return nil }
        guard let reading = ChineseNumeral.read(characters[...]) else { return nil }
        let loneOne = characters.count == 1 && (characters[0] == "一" || characters[0] == "壹")
        return NumberRun(start: start, end: position, value: reading.value, isApproximate: reading.isApproximate,
                         hasInnerMore: innerMore, hasArabicDigits: false, isLoneOne: loneOne)
    }

    /// 三分之一, 百分之二十 (N分之M) and 1/3 (M/N, not a date such as 2024/1/3): the share M/N in percent.
    private func fraction(after denominatorOrNumerator: NumberRun, in text: ScalarText, limit: Int) -> NumberRun? {
        let scalars = text.scalars
        var run = denominatorOrNumerator
        let numerator: Decimal, denominator: Decimal
        if let length = Self.fractionMarker.match(in: scalars, at: run.end, limit: limit) {
            let top = run.end + length
            guard top < limit, let upper = ArabicNumber.isDigit(scalars[top]) ? arabic(at: top, in: text, limit: limit) : chinese(at: top, in: text, limit: limit)
            else { return nil }
            (numerator, denominator) = (upper.value, run.value)
            run.end = upper.end
            run.isApproximate = upper.isApproximate
        } else if run.hasArabicDigits, run.end + 1 < limit, scalars[run.end] == "/", ArabicNumber.isDigit(scalars[run.end + 1]),
                  run.start == 0 || scalars[run.start - 1] != "/",
                  let (bottom, end) = ArabicNumber.read(scalars[(run.end + 1)..<limit], from: run.end + 1),
                  end >= limit || (scalars[end] != "/" && !ArabicNumber.isDigit(scalars[end])), bottom > run.value, bottom <= 100 {
            (numerator, denominator) = (run.value, bottom)
            run.end = end
        } else {
            return nil
        }
        guard denominator > 0 else { return nil }
        var share = numerator * 100 / denominator
        var rounded = Decimal()
        NSDecimalRound(&rounded, &share, 2, .plain)
        run.value = rounded
        run.isFraction = true
        run.isLoneOne = false
        return run
    }

    /// “36+6”个班: a quotation holding only a sum of Arabic numbers, a measure word right after it.
    private func quotedSum(at opener: Int, in text: ScalarText, limit: Int) -> NumberRun? {
        let scalars = text.scalars
        var position = opener + 1
        var total = Decimal(0)
        var terms = 0
        while position < limit, let (value, end) = ArabicNumber.read(scalars[position..<limit], from: position) {
            total += value
            terms += 1
            position = end
            guard position < limit, scalars[position] == "+" || scalars[position] == "＋" else { break }
            position += 1
        }
        guard terms >= 2, position < limit, scalars[position] == "”" || scalars[position] == "\"",
              Lexicon.units.match(in: scalars, at: position + 1, limit: limit)?.tag == .count else { return nil }
        return NumberRun(start: opener, end: position + 1, value: total, isApproximate: false, hasInnerMore: false,
                         hasArabicDigits: true, isLoneOne: false)
    }

    // MARK: - Pieces

    /// 50余万: a 余/多 between a number and a larger unit of it.
    private func takesInnerMore(at position: Int, in text: ScalarText, limit: Int) -> Bool {
        let scalar = text.scalars[position]
        guard scalar == "余" || scalar == "多", position + 1 < limit,
              let exponent = ChineseNumeral.unitExponent(text.scalars[position + 1]), exponent >= 3 else { return false }
        return !startsUnit(at: position + 1, in: text, limit: limit)
    }

    /// Whether a unit that begins with a numeral character starts here (千瓦, 千克, 千米, 万千瓦 after a number).
    private func startsUnit(at position: Int, in text: ScalarText, limit: Int) -> Bool {
        guard let (length, _) = Lexicon.units.match(in: text.scalars, at: position, limit: limit) else { return false }
        return length >= 2
    }

    private static let estimateWords: ScalarSet = "近上逾约超"
    private static let fractionMarker = WordList(["分之"])

    /// Whether Chinese numeral characters read as a number in running text: not a digit string
    /// (一二三), not a bare unit (百花, 千分制, 万一), not a lone 几.
    private static func isProseNumeral(_ characters: [Unicode.Scalar]) -> Bool {
        guard let first = characters.first else { return false }
        if let exponent = ChineseNumeral.unitExponent(first), exponent >= 2 { return false }
        if characters.count == 1 { return first != "几" && first != "数" }
        return characters.contains { ChineseNumeral.unitExponent($0) != nil || $0 == "廿" || $0 == "卅" || $0 == "点" }
    }
}
