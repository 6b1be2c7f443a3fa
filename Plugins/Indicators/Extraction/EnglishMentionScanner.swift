import FolioCore
import Foundation

/// Finds the figures of English prose in one sentence: 1.2 million people, 35%, rose 4.5 percent,
/// more than 12,000 workers, $3 billion, ranked 6th. Each number is read by the same stages as
/// Chinese prose, over words instead of characters: number (with its scale) → unit (%, a
/// currency, a counted noun, an ordinal as a rank) → qualifier (more than, about) → change (rose,
/// fell) → exclusions (``EnglishExclusionStage/rules``) → normalisation → kind. English ranges
/// are not read.
struct EnglishMentionScanner {
    /// The paragraph being read.
    let text: ScalarText

    private var scalars: [Unicode.Scalar] { text.scalars }

    /// A word of the sentence: its lower-cased text and where it lies.
    struct Word: Sendable {
        var text: String
        var range: Range<Int>
        var isNumber: Bool { text.first?.isNumber ?? false }
    }

    /// The sentence's words and the paragraph they come from: what the English stages read.
    struct Sentence: Sendable {
        let text: ScalarText
        let words: [Word]
    }

    /// The stages after the number, in the order they run (the same order as ``ChineseMentionScanner/stages``).
    static let stages: [any MentionStage<EnglishDraft, Sentence>] = [EnglishUnitStage(), EnglishQualifierStage(), EnglishChangeStage(),
                                                                   EnglishExclusionStage(), EnglishNormalisationStage(), EnglishKindStage()]

    /// The figures of a sentence, with the subject each counts, in order.
    func mentions(in sentence: Range<Int>) -> [(mention: Mention, subject: String)] {
        let reading = Sentence(text: text, words: Self.words(in: sentence, of: text))
        var found: [(Mention, String)] = []
        var index = 0
        var previousEnd = 0
        while index < reading.words.count {
            if let draft = figure(at: index, in: reading, after: previousEnd) {
                let subject = self.subject(of: draft, in: reading.words)
                // rose 12.5 percent to $1.2 billion: a figure without words of its own shares the subject before.
                found.append((draft.mention(in: reading.words), subject.isEmpty ? found.last?.1 ?? "" : subject))
                previousEnd = draft.next
                index = draft.next
            } else {
                index += 1
            }
        }
        return found
    }

    /// The figure whose number is the word at `index`, read by every stage; nil when a stage rejects it.
    private func figure(at index: Int, in sentence: Sentence, after previousEnd: Int) -> EnglishDraft? {
        guard var draft = EnglishNumberStage().read(at: index, in: sentence, previousEnd: previousEnd) else { return nil }
        for stage in Self.stages where !stage.refine(&draft, in: sentence) { return nil }
        return draft
    }

    // MARK: - Words

    /// The words of a range of the paragraph: runs of Latin letters, numbers, and single other marks.
    static func words(in range: Range<Int>, of text: ScalarText) -> [Word] {
        let scalars = text.scalars
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

    // MARK: - Subjects

    /// The subject of a figure: the clause's words before it without verbs and function words,
    /// the counted noun of a count, or the noun after `of` (96% of vocational graduates).
    private func subject(of draft: EnglishDraft, in words: [Word]) -> String {
        let first = draft.first
        let clauseStart = draft.clauseStart(in: words)
        let subjectWords = words[clauseStart..<first].map(\.text).filter { !$0.isEmpty }
        var subject = subjectWords.drop { Self.subjectNoise.contains($0) }.reversed().drop { Self.subjectNoise.contains($0) }.reversed()
            .joined(separator: " ")
        subject = originalCase(subject, in: words[clauseStart..<first])
        if draft.kind == .count, !draft.countedNoun.isEmpty { subject = draft.countedNoun }
        if draft.kind == .share, subject.isEmpty, draft.next + 1 < words.count, words[draft.next].text == "of",
           let (phrase, _) = Self.nounPhrase(from: draft.next + 1, in: words, text: text) {
            subject = phrase.joined(separator: " ")
        }
        return subject
    }

    private static let notNouns: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "to", "from", "and", "or", "by", "for", "with",
                                                "as", "than", "per", "is", "was", "were", "are", "be", "has", "have", "had", "this", "that",
                                                "it", "its", "while", "when", "after", "before", "since", "over", "last", "this", "new"]
    private static let subjectNoise: Set<String> = ["rose", "fell", "grew", "was", "were", "is", "are", "reached", "hit", "totalled",
                                                    "totaled", "stood", "at", "by", "to", "of", "the", "a", "about", "some", "nearly",
                                                    "more", "than", "over", "around", "up", "down", "increased", "decreased", "dropped",
                                                    "declined", "climbed", "jumped", "expected", "be", "will", "and", "with", "had", "has", "have"]

    /// The counted noun phrase after a number (412 primary and secondary schools): up to four
    /// words, ending before punctuation, a function word or a verb; nil when none follows.
    static func nounPhrase(from start: Int, in words: [Word], text: ScalarText) -> ([String], Int)? {
        var phrase: [String] = []
        var position = start
        while position < words.count, phrase.count < 4 {
            let word = words[position].text
            // 7日全市PM2.5: a noun across Chinese text belongs to another phrase.
            guard word.first?.isLetter ?? false, position == 0 || onlySpaces(between: words[position - 1], and: words[position], in: text) else { break }
            if !phrase.isEmpty, word.hasSuffix("ed") { break }  // 12,000 workers joined
            if notNouns.contains(word) || EnglishLexicon.months.contains(word) || verbs.contains(word) {
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
    private static func onlySpaces(between first: Word, and second: Word, in text: ScalarText) -> Bool {
        (first.range.upperBound..<second.range.lowerBound).allSatisfy { ScalarText.isSpace(text.scalars[$0]) }
    }

    /// The subject as printed, when it is a run of the sentence's words.
    private func originalCase(_ subject: String, in words: ArraySlice<Word>) -> String {
        guard !subject.isEmpty, let first = words.first(where: { subject.hasPrefix($0.text) }) else { return subject }
        let printed = text.string(first.range.lowerBound..<(words.last?.range.upperBound ?? first.range.upperBound))
        return printed.lowercased().hasPrefix(subject) ? String(printed.prefix(subject.count)) : subject
    }
}
