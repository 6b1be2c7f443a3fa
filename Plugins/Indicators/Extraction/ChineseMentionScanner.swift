import FolioCore
import Foundation

/// Finds the figures of Chinese prose in one sentence: the number, its unit, its qualifier words,
/// a change verb before it, a range after it, and the rules that make it no indicator at all.
struct ChineseMentionScanner {
    typealias Lexicon = ChineseLexicon

    /// The paragraph being read.
    let text: ScalarText

    private var scalars: [Unicode.Scalar] { text.scalars }

    /// A number as printed: where it runs and what it is worth.
    private struct NumberRun {
        var start: Int
        var end: Int
        var value: Decimal
        var isApproximate: Bool
        /// 50余万, 100多万: a 余/多 inside the number.
        var hasInnerMore: Bool
        var hasArabicDigits: Bool
        /// A lone 一, which is mostly an article (一支队伍), not a count.
        var isLoneOne: Bool
    }

    /// The figures of a sentence, in order.
    func mentions(in sentence: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard !text.quoted[index] else {
                index += 1
                continue
            }
            let scalar = scalars[index]
            let startsPercentWords = scalar == "百" && Self.percentWords.match(in: scalars, at: index, limit: sentence.upperBound) != nil
            let startsEstimate = scalar == "数" && index + 1 < sentence.upperBound && ChineseNumeral.unitExponent(scalars[index + 1]) != nil
            guard startsPercentWords || startsEstimate || ArabicNumber.isDigit(scalar) || ChineseNumeral.isNumeralCharacter(scalar) else {
                index += 1
                continue
            }
            if let mention = mention(at: index, sentence: sentence, percentWords: startsPercentWords) {
                found.append(mention)
                index = mention.end
            } else {
                index = skipNumber(from: index, limit: sentence.upperBound)
            }
        }
        return found
    }

    private static let percentWords = WordList(["百分之"])
    private static let rangeConnectors: Set<Unicode.Scalar> = ["至", "到", "~", "～", "-", "—", "–", "－", "〜"]

    /// Skips the rest of a number that made no mention, so that its tail (九 of 十九届) is not read again.
    private func skipNumber(from index: Int, limit: Int) -> Int {
        var position = index + 1
        while position < limit, ArabicNumber.isDigit(scalars[position]) || ChineseNumeral.isNumeralCharacter(scalars[position])
            || scalars[position] == "." || scalars[position] == "," || scalars[position] == "点" {
            position += 1
        }
        return position
    }

    // MARK: - Numbers

    private func readNumber(at start: Int, limit: Int) -> NumberRun? {
        var characters: [Unicode.Scalar] = []
        var position = start
        var innerMore = false
        var arabic = false
        func takeInnerMore() -> Bool {
            let scalar = scalars[position]
            guard scalar == "余" || scalar == "多", position + 1 < limit,
                  let exponent = ChineseNumeral.unitExponent(scalars[position + 1]), exponent >= 3 else { return false }
            innerMore = true
            position += 1
            return true
        }
        if ArabicNumber.isDigit(scalars[start]) {
            guard let (_, end) = ArabicNumber.read(scalars[start..<limit], from: start) else { return nil }
            characters.append(contentsOf: scalars[start..<end])
            position = end
            arabic = true
            while position < limit {
                if let exponent = ChineseNumeral.unitExponent(scalars[position]), exponent >= 2 {
                    characters.append(scalars[position])
                    position += 1
                } else if !takeInnerMore() {
                    break
                }
            }
        } else {
            while position < limit {
                let scalar = scalars[position]
                if ChineseNumeral.isNumeralCharacter(scalar) || (scalar == "数" && position == start) {
                    characters.append(scalar)
                    position += 1
                } else if scalar == "点", position > start, position + 1 < limit, ChineseNumeral.digit(scalars[position + 1]) != nil {
                    characters.append(scalar)
                    position += 1
                } else if position == start || !takeInnerMore() {
                    break
                }
            }
            // 近千名, 上万人: a bare 百/千/万 after a word of estimate stands for one of it.
            let estimated = start > 0 && Self.estimateWords.contains(scalars[start - 1]) && characters.count == 1
            guard Self.isProseNumeral(characters) || estimated else { return nil }
        }
        guard let reading = ChineseNumeral.read(characters[...]) else { return nil }
        let loneOne = characters.count == 1 && (characters[0] == "一" || characters[0] == "壹")
        return NumberRun(start: start, end: position, value: reading.value, isApproximate: reading.isApproximate,
                         hasInnerMore: innerMore, hasArabicDigits: arabic, isLoneOne: loneOne)
    }

    private static let estimateWords: Set<Unicode.Scalar> = ["近", "上", "逾", "约", "超"]

    /// Whether Chinese numeral characters read as a number in running text: not a digit string
    /// (一二三), not a bare unit (百花, 千分制, 万一), not a lone 几.
    private static func isProseNumeral(_ characters: [Unicode.Scalar]) -> Bool {
        guard let first = characters.first else { return false }
        if let exponent = ChineseNumeral.unitExponent(first), exponent >= 2 { return false }
        if characters.count == 1 { return first != "几" && first != "数" }
        return characters.contains { ChineseNumeral.unitExponent($0) != nil || $0 == "廿" || $0 == "卅" || $0 == "点" }
    }

    /// Whether an Arabic number looks like a code rather than a quantity: a phone number, an
    /// identifier, or digits stuck to Latin letters (A7, 5G).
    private func isCode(_ run: NumberRun) -> Bool {
        guard run.hasArabicDigits else { return false }
        let before = run.start > 0 ? scalars[run.start - 1] : " "
        let after = run.end < scalars.count ? scalars[run.end] : " "
        if before.properties.isASCIIHexDigit || Self.isLatinLetter(before) || Self.isLatinLetter(after) { return true }
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

    // MARK: - Mentions

    private func mention(at index: Int, sentence: Range<Int>, percentWords: Bool) -> Mention? {
        let limit = sentence.upperBound
        let numberStart = percentWords ? index + 3 : index
        guard numberStart < limit, let run = readNumber(at: numberStart, limit: limit), !isCode(run) else { return nil }
        let clauseStart = text.clauseStart(before: index, floor: sentence.lowerBound)
        var qualifier: Indicator.Qualifier = run.hasInnerMore ? .moreThan : (run.isApproximate ? .about : .exact)

        // The unit, with 余/多 between number and unit (2000余个).
        var position = run.end
        if !percentWords, position < limit, scalars[position] == "余" || scalars[position] == "多",
           position + 1 < limit, Lexicon.units.match(in: scalars, at: position + 1, limit: limit) != nil {
            qualifier = .moreThan
            position += 1
        }
        var unitWord = ""
        var category: Lexicon.UnitCategory?
        if percentWords {
            unitWord = "%"
            category = .percent
        } else if let (length, tag) = Lexicon.units.match(in: scalars, at: position, limit: limit) {
            unitWord = text.string(position..<(position + length))
            category = tag
            position += length
        }

        // A range: 3至5年, 10%—15%, 二至三成.
        var upper: Decimal?
        if position < limit, Self.rangeConnectors.contains(scalars[position]), position + 1 < limit,
           let second = readNumber(at: position + 1, limit: limit), !second.isLoneOne || category == nil {
            var end = second.end
            var secondUnit: (Int, Lexicon.UnitCategory)?
            if let (length, tag) = Lexicon.units.match(in: scalars, at: end, limit: limit) { secondUnit = (length, tag) }
            let sameUnit = secondUnit.map { text.string(end..<(end + $0.0)) == unitWord } ?? false
            if category == nil, let (length, tag) = secondUnit {
                unitWord = text.string(end..<(end + length))
                category = tag
                end += length
                upper = second.value
                position = end
            } else if category != nil, secondUnit == nil || sameUnit {
                end += sameUnit ? (secondUnit?.0 ?? 0) : 0
                upper = second.value
                position = end
            }
        }
        guard var category else { return rank(of: run, at: index, clauseStart: clauseStart, limit: limit) }
        if index > clauseStart, scalars[index - 1] == "第" {
            return rank(of: run, at: index, clauseStart: clauseStart, limit: limit)
        }

        // Words before the number: a qualifier, a change verb before that.
        var mentionStart = index
        if category == .time, Lexicon.timeFrameBefore.match(in: scalars, endingAt: index, floor: clauseStart) != nil {
            return nil  // 近三年, 过去5年: a time frame
        }
        if let (length, tag) = Lexicon.qualifiersBefore.match(in: scalars, endingAt: mentionStart, floor: clauseStart) {
            qualifier = tag
            mentionStart -= length
        } else if index > clauseStart, scalars[index - 1] == "上", ChineseNumeral.unitExponent(scalars[index]) ?? 0 >= 2 {
            qualifier = .about  // 上千名
            mentionStart -= 1
        }
        var changeSign: Int?
        var verbEnd = mentionStart
        if verbEnd > clauseStart, scalars[verbEnd - 1] == "了" { verbEnd -= 1 }
        if let (length, sign) = Lexicon.changeVerbs.match(in: scalars, endingAt: verbEnd, floor: clauseStart) {
            let verbStart = verbEnd - length
            let isNewlyAdded = length == 1 && verbStart > 0 && (scalars[verbStart - 1] == "新" || scalars[verbStart - 1] == "递")
            if !isNewlyAdded {
                changeSign = sign
                mentionStart = verbStart
            }
        }
        if changeSign == nil, qualifier == .exact, upper == nil,
           let sign = comparativeSign(from: clauseStart, to: mentionStart) {
            changeSign = sign  // 涨幅低于全省0.2个百分点: a gap, signed
        }
        if category == .doublings {
            guard mentionStart > 0, scalars[mentionStart - 1] == "翻" else { return nil }
            mentionStart -= 1
            changeSign = 1
        }

        // Words after the unit.
        if let (length, tag) = Lexicon.qualifiersAfter.match(in: scalars, at: position, limit: limit) {
            let isThreshold = (tag == .atLeast || tag == .atMost) && text.isIdeograph(at: position + length)
            if isThreshold { return nil }  // 职工30人以上非公企业: a threshold in a name
            if tag != .moreThan || category != .count || !text.isIdeograph(at: position + length) {
                if qualifier == .exact || tag != .moreThan { qualifier = tag }
                position += length
            }
        }

        // Numbers that are no indicators.
        switch category {
        case .time:
            if unitWord == "年" && run.value >= 1000 { return nil }  // a year
            if Lexicon.timeFrameAfter.match(in: scalars, at: position, limit: limit) != nil { return nil }
            if text.isIdeograph(at: position) && scalars[position] != "的" { return nil }  // 三年行动计划
        case .age:
            if text.isIdeograph(at: position) && scalars[position] != "的" { return nil }
        case .tenths:
            guard run.value <= 10, upper.map({ $0 <= 10 }) ?? true else { return nil }
        case .half:
            guard run.isLoneOne, upper == nil else { return nil }
        default:
            break
        }
        if run.isLoneOne && upper == nil && ![.tenths, .doublings, .multiple, .half].contains(category) { return nil }

        // The value, normalised.
        var value = run.value
        switch category {
        case .tenths:
            value *= 10
            upper = upper.map { $0 * 10 }
            unitWord = "%"
            category = .percent
        case .half:
            value = 50
            unitWord = "%"
            category = .percent
        case .doublings:
            let times = NSDecimalNumber(decimal: run.value).intValue
            guard (1...10).contains(times) else { return nil }
            value = 1
            for _ in 0..<times { value *= 2 }
            unitWord = "倍"
        default:
            unitWord = Lexicon.normalisedUnit(unitWord)
        }
        if let changeSign, changeSign < 0 {
            value = -value
            upper = upper.map { -$0 }
        }
        if upper != nil && qualifier == .exact { qualifier = .range }

        let kind = kind(for: category, changeSign: changeSign, clauseStart: clauseStart, numberStart: mentionStart)
        // 5600余名书记, 近七成毕业生: a noun right after the figure is what it counts.
        let countsNoun = category == .count || (category == .percent && unitWord == "%" && upper == nil && (scalars[position - 1] == "成" || scalars[position - 1] == "半"))
        let nounStart = countsNoun && text.isIdeograph(at: position) ? position : nil
        let isForecast = containsWord(Lexicon.forecastMarkers, from: clauseStart, to: mentionStart)
        return Mention(start: mentionStart, end: position, value: value, upperValue: upper, unit: unitWord,
                       qualifier: qualifier, isForecast: isForecast, kind: kind, changeSign: changeSign, nounStart: nounStart)
    }

    /// 第6位, 居全国第2: a rank; other ordinals (第一书记, 第3版) are no indicators.
    private func rank(of run: NumberRun, at index: Int, clauseStart: Int, limit: Int) -> Mention? {
        guard index > clauseStart, scalars[index - 1] == "第" else { return nil }
        var end = run.end
        var unit = "位"
        if end < limit, scalars[end] == "位" || scalars[end] == "名" {
            unit = String(scalars[end])
            end += 1
        } else {
            // Without 位/名, only after 居/排名, and not the lexicalised 第一 (第一资源, 第一时间).
            guard !run.isLoneOne, containsWord(Lexicon.rankMarkers, from: clauseStart, to: index - 1) else { return nil }
            guard end >= limit || !text.isIdeograph(at: end) else { return nil }
        }
        return Mention(start: index - 1, end: end, value: run.value, upperValue: nil, unit: unit, qualifier: .exact,
                       isForecast: false, kind: .rank, changeSign: nil, nounStart: nil)
    }

    /// The sign a comparison earlier in the clause gives a gap (高于全省平均水平1.5个百分点 → +).
    private func comparativeSign(from start: Int, to end: Int) -> Int? {
        var position = start
        while position < end {
            if let (_, sign) = Lexicon.comparatives.match(in: scalars, at: position, limit: end) { return sign }
            position += 1
        }
        return nil
    }

    private func kind(for category: Lexicon.UnitCategory, changeSign: Int?, clauseStart: Int, numberStart: Int) -> Indicator.Kind {
        if changeSign != nil || category == .doublings || category == .points { return .change }
        switch category {
        case .count:
            return containsWord(Self.averageWords, from: clauseStart, to: numberStart) || isRate(from: clauseStart, to: numberStart) ? .measure : .count
        case .money: return .money
        case .time: return .duration
        case .age, .physical, .multiple: return .measure
        case .percent, .tenths, .half: return .share
        case .points, .doublings: return .change
        }
    }

    /// Whether the clause states a rate per population (每千人口, 每万人, 每百户), which is a measure, not a count.
    private func isRate(from start: Int, to end: Int) -> Bool {
        var position = start
        while position + 1 < end {
            if scalars[position] == "每", let exponent = ChineseNumeral.unitExponent(scalars[position + 1]), exponent >= 1 { return true }
            position += 1
        }
        return false
    }

    private static let averageWords = WordList(["平均", "人均", "户均", "日均", "月均", "年均", "场均", "村均"])

    /// Whether one of the words occurs in the scalars between two indices.
    private func containsWord(_ words: WordList, from start: Int, to end: Int) -> Bool {
        var position = start
        while position < end {
            if words.match(in: scalars, at: position, limit: end) != nil { return true }
            position += 1
        }
        return false
    }
}
