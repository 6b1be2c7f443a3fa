import Foundation

/// The words the English stages look for.
enum EnglishLexicon {
    /// Scale words after a number, as powers of ten.
    static let scales: [String: Int] = ["thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mln": 6, "bn": 9]
    /// Currency signs before a number.
    static let currencies: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "元", "us$": "USD"]
    /// Currency words after a number.
    static let moneyWords: [String: String] = ["yuan": "元", "dollars": "USD", "euros": "EUR", "pounds": "GBP", "rmb": "元"]
    /// Units of time.
    static let timeWords: Set<String> = ["year", "years", "month", "months", "day", "days", "week", "weeks", "hour", "hours"]
    /// Physical units.
    static let physicalWords: Set<String> = ["km", "kilometres", "kilometers", "tonnes", "tons", "hectares", "square", "metres", "meters", "mu", "kg"]
    /// Month names, which make the number after them a date.
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// Ordinal suffixes (6th), and the words that make an ordinal a rank.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let rankWords: Set<String> = ["ranked", "ranks", "ranking", "placed", "came"]
    /// Words before a number that qualify it.
    static let qualifiers: [([String], Indicator.Qualifier)] = [
        (["more", "than"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["exceeding"], .moreThan),
        (["at", "least"], .atLeast), (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
        (["less", "than"], .lessThan), (["fewer", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan),
        (["up", "to"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
        (["about"], .about), (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["nearly"], .about),
        (["almost"], .about), (["some"], .about),
    ]
    /// Verbs of change, rising and falling.
    static let rising: Set<String> = ["rose", "rise", "rises", "risen", "increased", "increase", "increases", "grew", "grow",
                                      "grows", "up", "climbed", "jumped", "gained", "expanded", "surged"]
    static let falling: Set<String> = ["fell", "fall", "falls", "fallen", "dropped", "declined", "decreased", "decrease",
                                       "down", "shrank", "slipped", "slid", "lost", "contracted"]
    /// Words that mark a forecast.
    static let forecastWords: Set<String> = ["expected", "forecast", "projected", "estimated", "predicted"]
}

/// An English figure while its stages read it; positions are indices into the sentence's words.
struct EnglishDraft: Sendable {
    /// The number's word, the first word of the mention, and the word after it.
    let index: Int
    var first: Int
    var next: Int
    /// Where the words the previous figure used end: the clause is not read before it.
    let previousEnd: Int
    var value: Decimal
    var unit = ""
    var kind: Indicator.Kind = .count
    var qualifier: Indicator.Qualifier = .exact
    var isForecast = false
    var sign: Int?
    /// The noun a count counts (12,000 workers).
    var countedNoun = ""
    /// Letters joined to the digits (A7, 5G, COVID-19), found by the number stage.
    var isJoinedToLetters = false
    /// An ordinal without a word of ranking (the 6th plenary).
    var isOrdinal = false

    /// Where the figure's clause starts: after the last comma or bracket, not before the previous figure's words.
    func clauseStart(in words: [EnglishMentionScanner.Word]) -> Int {
        let reach = min(first, max(previousEnd, first - 30))
        return words[reach..<first].lastIndex { [",", ";", ":", "(", ")"].contains($0.text) }.map { $0 + 1 } ?? reach
    }

    /// The finished figure.
    func mention(in words: [EnglishMentionScanner.Word]) -> Mention {
        Mention(start: words[first].range.lowerBound, end: words[next - 1].range.upperBound, value: value, upperValue: nil, unit: unit,
                qualifier: qualifier, isForecast: isForecast, kind: kind, changeSign: sign, nounStart: nil)
    }
}

/// Reads an English number and its scale (1.2 million), and notes letters joined to it.
struct EnglishNumberStage: Sendable {
    /// The draft of the figure whose number is the word at `index`; nil when that word is no number.
    func read(at index: Int, in sentence: EnglishMentionScanner.Sentence, previousEnd: Int = 0) -> EnglishDraft? {
        let words = sentence.words
        let word = words[index]
        guard word.isNumber else { return nil }
        let value = ArabicNumber.read(sentence.text.scalars[word.range], from: word.range.lowerBound)?.value ?? 0
        var draft = EnglishDraft(index: index, first: index, next: index + 1, previousEnd: previousEnd, value: value)
        let joinedBefore = index > 0 && words[index - 1].range.upperBound == word.range.lowerBound
        let joinedAfter = index + 1 < words.count && words[index + 1].range.lowerBound == word.range.upperBound
        if joinedBefore, EnglishLexicon.currencies[words[index - 1].text] == nil, words[index - 1].text.first?.isLetter ?? false {
            draft.isJoinedToLetters = true
        }
        if joinedAfter, words[index + 1].text.first?.isLetter ?? false, EnglishLexicon.scales[words[index + 1].text] == nil,
           !EnglishLexicon.ordinalSuffixes.contains(words[index + 1].text) {
            draft.isJoinedToLetters = true
        }
        if index + 1 < words.count, let exponent = EnglishLexicon.scales[words[index + 1].text] {
            draft.value *= Decimal(sign: .plus, exponent: exponent, significand: 1)
            draft.next += 1
        }
        return draft
    }
}

/// Reads the unit: an ordinal as a rank (ranked 6th), a currency sign before ($3.5 billion), or a
/// unit after: %, percent, per cent, percentage points, a currency, a span of time, a physical
/// unit, or the counted noun (12,000 workers).
struct EnglishUnitStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        let words = sentence.words
        let index = draft.index
        if draft.next < words.count, EnglishLexicon.ordinalSuffixes.contains(words[draft.next].text),
           words[draft.next].range.lowerBound == words[index].range.upperBound {
            let placed = draft.next + 1 < words.count && words[draft.next + 1].text == "place"
            guard index > 0 && EnglishLexicon.rankWords.contains(words[index - 1].text) || placed else {
                draft.isOrdinal = true
                return true
            }
            (draft.unit, draft.kind) = ("位", .rank)
            draft.next += placed ? 2 : 1
            return true
        }
        if index > 0, words[index - 1].range.upperBound == words[index].range.lowerBound, let symbol = EnglishLexicon.currencies[words[index - 1].text] {
            (draft.unit, draft.kind) = (symbol, .money)
            draft.first = index - 1
        }
        guard draft.next < words.count else { return true }
        let following = words[draft.next].text
        let second = draft.next + 1 < words.count ? words[draft.next + 1].text : ""
        if following == "%" || following == "percent" {
            (draft.unit, draft.kind, draft.next) = ("%", .share, draft.next + 1)
        } else if following == "per", second == "cent" {
            (draft.unit, draft.kind, draft.next) = ("%", .share, draft.next + 2)
        } else if following == "percentage", second.hasPrefix("point") {
            (draft.unit, draft.kind, draft.next) = ("percentage points", .change, draft.next + 2)
        } else if draft.unit.isEmpty, let money = EnglishLexicon.moneyWords[following] {
            (draft.unit, draft.kind, draft.next) = (money, .money, draft.next + 1)
        } else if draft.unit.isEmpty, EnglishLexicon.timeWords.contains(following) {
            (draft.unit, draft.kind, draft.next) = (following, .duration, draft.next + 1)
        } else if draft.unit.isEmpty, EnglishLexicon.physicalWords.contains(following) {
            let square = following == "square" && !second.isEmpty
            (draft.unit, draft.kind, draft.next) = (square ? "square " + second : following, .measure, draft.next + (square ? 2 : 1))
        } else if draft.unit.isEmpty, let (phrase, end) = EnglishMentionScanner.nounPhrase(from: draft.next, in: words, text: sentence.text) {
            (draft.unit, draft.countedNoun, draft.next) = (phrase.last ?? "", phrase.joined(separator: " "), end)
        }
        return true
    }
}

/// Reads the qualifier words before the figure (more than, about) and a forecast word in its clause.
struct EnglishQualifierStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        let words = sentence.words
        for (phrase, qualifier) in EnglishLexicon.qualifiers where draft.first >= phrase.count {
            if zip(words[(draft.first - phrase.count)..<draft.first], phrase).allSatisfy({ $0.0.text == $0.1 }) {
                draft.qualifier = qualifier
                draft.first -= phrase.count
                break
            }
        }
        draft.isForecast = words[draft.clauseStart(in: words)..<draft.first].contains { EnglishLexicon.forecastWords.contains($0.text) }
        return true
    }
}

/// Reads a verb of change before the figure (rose, fell by), which signs it.
struct EnglishChangeStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        let words = sentence.words
        guard draft.kind != .rank else { return true }
        var verbIndex = draft.first
        if verbIndex > 0, words[verbIndex - 1].text == "by" { verbIndex -= 1 }
        guard verbIndex > 0 else { return true }
        let verb = words[verbIndex - 1].text
        if EnglishLexicon.rising.contains(verb) { draft.sign = 1 } else if EnglishLexicon.falling.contains(verb) { draft.sign = -1 }
        if draft.sign != nil { draft.first = verbIndex - 1 }
        return true
    }
}

/// A rule that makes an English number no indicator, with the reason it exists.
struct EnglishExclusionRule: Sendable {
    /// A short name.
    let name: String
    /// Why such numbers are no statistics.
    let reason: String
    /// Whether the rule applies.
    let applies: @Sendable (EnglishDraft, EnglishMentionScanner.Sentence) -> Bool
}

/// Rejects the English numbers that are no indicators, by a named table of rules.
struct EnglishExclusionStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        !Self.rules.contains { $0.applies(draft, sentence) }
    }

    /// The rules, in the order they are tried.
    static let rules: [EnglishExclusionRule] = [
        EnglishExclusionRule(name: "code", reason: "digits joined to letters are names and codes (A7, 5G, 3D, COVID-19)") { draft, _ in
            draft.isJoinedToLetters && draft.kind != .rank
        },
        EnglishExclusionRule(name: "ordinal", reason: "an ordinal without a word of ranking counts nothing (the 6th plenary)") { draft, _ in
            draft.isOrdinal
        },
        EnglishExclusionRule(name: "no unit", reason: "a bare number is a list item, a page or a code") { draft, _ in
            draft.unit.isEmpty
        },
        EnglishExclusionRule(name: "time frame", reason: "3 years ago, 2 months later say when, not how long") { draft, sentence in
            draft.kind == .duration && draft.next < sentence.words.count && ["ago", "later", "earlier"].contains(sentence.words[draft.next].text)
        },
        EnglishExclusionRule(name: "year", reason: "In 2021 …: a four-digit whole number from 1900 to 2100 read as a count is a year") { draft, sentence in
            let word = sentence.words[draft.index].text
            let integral = !word.contains(".") && !word.contains(",")
            return integral && word.count == 4 && (1900...2100).contains(NSDecimalNumber(decimal: draft.value).intValue) && draft.kind == .count
        },
        EnglishExclusionRule(name: "date", reason: "a number after a month's name is a day (March 3)") { draft, sentence in
            draft.index > 0 && EnglishLexicon.months.contains(sentence.words[draft.index - 1].text)
        },
    ]
}

/// Signs a falling change (fell 2.1 per cent → −2.1).
struct EnglishNormalisationStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        if let sign = draft.sign, sign < 0 { draft.value = -draft.value }
        return true
    }
}

/// Decides the kind: a change when a verb of change came before; an age (life expectancy, aged)
/// is a measure, not a duration.
struct EnglishKindStage: MentionStage {
    func refine(_ draft: inout EnglishDraft, in sentence: EnglishMentionScanner.Sentence) -> Bool {
        if draft.sign != nil { draft.kind = .change }
        let words = sentence.words
        if draft.kind == .duration, words[draft.clauseStart(in: words)..<draft.first].contains(where: { ["expectancy", "age", "aged"].contains($0.text) }) {
            draft.kind = .measure
        }
        return true
    }
}
