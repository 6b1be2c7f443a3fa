import FolioCore
import Foundation

/// Finds the figures of English prose in one sentence: 1.2 million people, 35%, rose 4.5 percent,
/// more than 12,000 workers, $3 billion, ranked 6th.
struct EnglishMentionScanner {
    /// The paragraph being read.
    let text: ScalarText

    private var scalars: [Unicode.Scalar] { text.scalars }

    /// A word of the sentence: its lower-cased text and where it lies.
    private struct Word {
        var text: String
        var range: Range<Int>
        var isNumber: Bool { text.first?.isNumber ?? false }
    }

    /// The figures of a sentence, with the subject each counts, in order.
    func mentions(in sentence: Range<Int>) -> [(mention: Mention, subject: String)] {
        let words = self.words(in: sentence)
        var found: [(Mention, String)] = []
        var index = 0
        var previousEnd = 0
        while index < words.count {
            if let (mention, subject, next) = mention(at: index, in: words, after: previousEnd) {
                // rose 12.5 percent to $1.2 billion: a figure without words of its own shares the subject before.
                found.append((mention, subject.isEmpty ? found.last?.1 ?? "" : subject))
                previousEnd = next
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Words

    private func words(in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var position = range.lowerBound
        while position < range.upperBound {
            let scalar = scalars[position]
            let start = position
            if scalar.properties.isAlphabetic && scalar.value < 0x250 {
                while position < range.upperBound, scalars[position].properties.isAlphabetic && scalars[position].value < 0x250
                    || scalars[position] == "'" || scalars[position] == "-" && position + 1 < range.upperBound && scalars[position + 1].properties.isAlphabetic {
                    position += 1
                }
            } else if ("0"..."9").contains(scalar), let (_, end) = ArabicNumber.read(scalars[start..<range.upperBound], from: start) {
                position = end
            } else {
                position += 1
                if ScalarText.isSpace(scalar) || CJK.isWide(scalar) { continue }
            }
            words.append(Word(text: text.string(start..<position).lowercased(), range: start..<position))
        }
        return words
    }

    private static let scales: [String: Int] = ["thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mln": 6, "bn": 9]
    private static let currencies: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "元", "us$": "USD"]
    private static let moneyWords: [String: String] = ["yuan": "元", "dollars": "USD", "euros": "EUR", "pounds": "GBP", "rmb": "元"]
    private static let timeWords: Set<String> = ["year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours"]
    private static let physicalWords: Set<String> = ["km", "kilometres", "kilometers", "tonnes", "tons", "hectares", "square", "metres", "meters", "mu", "kg"]
    private static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let notNouns: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "to", "from", "and", "or", "by", "for", "with",
                                                "as", "than", "per", "is", "was", "were", "are", "be", "has", "have", "had", "this", "that",
                                                "it", "its", "while", "when", "after", "before", "since", "over", "last", "this", "new"]
    private static let qualifiers: [([String], Indicator.Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["nearly"], .about),
        (["almost"], .about), (["some"], .about),
    ]
    private static let rising: Set<String> = ["rose", "rise", "rises", "risen", "increased", "increase", "increases", "grew", "grow",
                                              "grows", "up", "climbed", "jumped", "gained", "expanded", "surged"]
    private static let falling: Set<String> = ["fell", "fall", "falls", "fallen", "dropped", "declined", "decreased", "decrease",
                                               "down", "shrank", "slipped", "slid", "lost", "contracted"]
    private static let forecastWords: Set<String> = ["expected", "forecast", "projected", "estimated", "predicted"]
    private static let subjectNoise: Set<String> = ["rose", "fell", "grew", "was", "were", "is", "are", "reached", "hit", "totalled",
                                                    "totaled", "stood", "at", "by", "to", "of", "the", "a", "about", "some", "nearly",
                                                    "more", "than", "over", "around", "up", "down", "increased", "decreased", "dropped",
                                                    "declined", "climbed", "jumped", "expected", "be", "will", "and", "with", "had", "has", "have"]

    // MARK: - Mentions

    private func mention(at index: Int, in words: [Word], after previousEnd: Int) -> (Mention, String, Int)? {
        let word = words[index]
        guard word.isNumber else { return nil }
        var value = ArabicNumber.read(scalars[word.range], from: word.range.lowerBound)?.value ?? 0
        var next = index + 1
        var start = word.range.lowerBound
        var unit = ""
        var kind = Indicator.Kind.count
        var isRank = false
        var countedNoun = ""
        // Ordinals: 6th, 2nd; only as ranks.
        if next < words.count, ["st", "nd", "rd", "th"].contains(words[next].text), words[next].range.lowerBound == word.range.upperBound {
            guard index > 0, ["ranked", "ranks", "ranking", "placed", "came"].contains(words[index - 1].text)
                    || (next + 1 < words.count && words[next + 1].text == "place") else { return nil }
            isRank = true
            unit = "位"
            kind = .rank
            next += 1
            if next < words.count, words[next].text == "place" { next += 1 }
        }
        if !isRank, index > 0, words[index - 1].range.upperBound == word.range.lowerBound,
           let symbol = Self.currencies[words[index - 1].text] {
            unit = symbol
            kind = .money
            start = words[index - 1].range.lowerBound
        } else if !isRank, index > 0, words[index - 1].range.upperBound == word.range.lowerBound,
                  words[index - 1].text.first?.isLetter ?? false {
            return nil  // a code such as A7 or COVID-19
        }
        if !isRank, next < words.count, words[next].range.lowerBound == word.range.upperBound,
           words[next].text.first?.isLetter ?? false, Self.scales[words[next].text] == nil {
            return nil  // a code such as 5G or 3D
        }
        if !isRank, next < words.count, let exponent = Self.scales[words[next].text] {
            value *= Decimal(sign: .plus, exponent: exponent, significand: 1)
            next += 1
        }
        if !isRank, next < words.count {
            let following = words[next].text
            if following == "%" || following == "percent" {
                unit = "%"
                kind = .share
                next += 1
            } else if following == "per", next + 1 < words.count, words[next + 1].text == "cent" {
                unit = "%"
                kind = .share
                next += 2
            } else if following == "percentage", next + 1 < words.count, words[next + 1].text.hasPrefix("point") {
                unit = "percentage points"
                kind = .change
                next += 2
            } else if let money = Self.moneyWords[following], unit.isEmpty {
                unit = money
                kind = .money
                next += 1
            } else if Self.timeWords.contains(following), unit.isEmpty {
                unit = following
                kind = .duration
                next += 1
                if next < words.count, ["ago", "later", "earlier"].contains(words[next].text) { return nil }
            } else if Self.physicalWords.contains(following), unit.isEmpty {
                unit = following == "square" && next + 1 < words.count ? "square " + words[next + 1].text : following
                kind = .measure
                next += following == "square" ? 2 : 1
            } else if unit.isEmpty, let (phrase, end) = nounPhrase(from: next, in: words) {
                unit = phrase.last ?? ""
                countedNoun = phrase.joined(separator: " ")
                next = end
            }
        }
        guard !unit.isEmpty else { return nil }
        let integral = !word.text.contains(".") && !word.text.contains(",")
        if integral, word.text.count == 4, (1900...2100).contains(NSDecimalNumber(decimal: value).intValue), kind == .count { return nil }
        if index > 0, Self.months.contains(words[index - 1].text) { return nil }

        // Words before: a qualifier, a change verb, a forecast.
        var qualifier = Indicator.Qualifier.exact
        var first = start < word.range.lowerBound ? index - 1 : index
        for (phrase, tag) in Self.qualifiers where first >= phrase.count {
            if zip(words[(first - phrase.count)..<first], phrase).allSatisfy({ $0.0.text == $0.1 }) {
                qualifier = tag
                first -= phrase.count
                break
            }
        }
        var sign: Int?
        var verbIndex = first
        if verbIndex > 0, words[verbIndex - 1].text == "by" { verbIndex -= 1 }
        if verbIndex > 0, !isRank {
            let verb = words[verbIndex - 1].text
            if Self.rising.contains(verb) { sign = 1 } else if Self.falling.contains(verb) { sign = -1 }
            if sign != nil { first = verbIndex - 1 }
        }
        if let sign {
            kind = .change
            if sign < 0 { value = -value }
        }
        let reach = min(first, max(previousEnd, first - 30))
        let clauseStart = words[reach..<first].lastIndex { [",", ";", ":", "(", ")"].contains($0.text) }.map { $0 + 1 } ?? reach
        let isForecast = words[clauseStart..<first].contains { Self.forecastWords.contains($0.text) }
        let subjectWords = words[clauseStart..<first].map(\.text).filter { !$0.isEmpty }
        var subject = subjectWords.drop { Self.subjectNoise.contains($0) }.reversed().drop { Self.subjectNoise.contains($0) }.reversed()
            .joined(separator: " ")
        subject = originalCase(subject, in: words[clauseStart..<first])
        if kind == .count, !countedNoun.isEmpty { subject = countedNoun }
        if kind == .share, subject.isEmpty, next + 1 < words.count, words[next].text == "of",
           let (phrase, _) = nounPhrase(from: next + 1, in: words) {
            subject = phrase.joined(separator: " ")  // 96% of vocational graduates
        }
        if kind == .duration, words[clauseStart..<first].contains(where: { $0.text == "expectancy" || $0.text == "age" || $0.text == "aged" }) {
            kind = .measure  // life expectancy, average age: an age, not a span of time
        }
        let mention = Mention(start: words[first].range.lowerBound, end: words[next - 1].range.upperBound, value: value,
                              upperValue: nil, unit: unit, qualifier: qualifier, isForecast: isForecast, kind: kind,
                              changeSign: sign, nounStart: nil)
        return (mention, subject, next)
    }

    /// The counted noun phrase after a number (412 primary and secondary schools): up to four
    /// words, ending before punctuation, a function word or a verb; nil when none follows.
    private func nounPhrase(from start: Int, in words: [Word]) -> ([String], Int)? {
        var phrase: [String] = []
        var position = start
        while position < words.count, phrase.count < 4 {
            let word = words[position].text
            // 7日全市PM2.5: a noun across Chinese text belongs to another phrase.
            guard word.first?.isLetter ?? false, position == 0 || onlySpaces(between: words[position - 1], and: words[position]) else { break }
            if !phrase.isEmpty, word.hasSuffix("ed") { break }  // 12,000 workers joined
            if Self.notNouns.contains(word) || Self.months.contains(word) || Self.verbs.contains(word) {
                guard word == "and", !phrase.isEmpty, position + 1 < words.count, words[position + 1].text.first?.isLetter ?? false else { break }
            }
            phrase.append(text.string(words[position].range))
            position += 1
        }
        while let last = phrase.last, last == "and" { phrase.removeLast() }
        return phrase.isEmpty ? nil : (phrase, position)
    }

    private static let verbs: Set<String> = ["were", "was", "are", "is", "will", "would", "can", "could", "said", "says", "have",
                                             "has", "had", "which", "who", "that", "did", "do", "does", "became", "got", "took", "found", "made",
                                             "won", "left", "saw", "went", "came", "gave", "paid", "kept", "held", "built", "set", "put"]

    /// Whether only white space lies between two words.
    private func onlySpaces(between first: Word, and second: Word) -> Bool {
        (first.range.upperBound..<second.range.lowerBound).allSatisfy { ScalarText.isSpace(scalars[$0]) }
    }

    /// The subject as printed, when it is a run of the sentence's words.
    private func originalCase(_ subject: String, in words: ArraySlice<Word>) -> String {
        guard !subject.isEmpty, let first = words.first(where: { subject.hasPrefix($0.text) }) else { return subject }
        let printed = text.string(first.range.lowerBound..<(words.last?.range.upperBound ?? first.range.upperBound))
        return printed.lowercased().hasPrefix(subject) ? String(printed.prefix(subject.count)) : subject
    }
}
