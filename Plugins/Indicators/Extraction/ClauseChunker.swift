/// Cuts a clause into words with the segmentation lexicon and finds the edges of the phrase a
/// figure measures: function words at its ends (并, 已, 还 … 了, 的, 均, 在) are not part of it,
/// and a counted noun after a measure word ends where a verb, preposition or adverb begins.
///
/// With an empty lexicon every range is returned as it is.
struct ClauseChunker {
    typealias PartOfSpeech = SegmentationLexicon.PartOfSpeech

    /// The paragraph being read.
    let text: ScalarText
    /// The lexicon that cuts it.
    var lexicon: SegmentationLexicon = .shared

    /// Parts of speech that open a clause without belonging to its subject: 并, 而 (conjunctions)
    /// and particles. Prepositions stay (比上年 makes a comparison), and so do time words
    /// (今冬明春流感高发期) and pronouns (各类, 每个); one-character adverbs (仅, 还) go.
    private static let leading: [PartOfSpeech] = [.conjunction, .particle]

    /// Parts of speech that end a clause's words before a figure without belonging to its subject: 了, 的, 均, 已, 在, 和.
    private static let trailing: [PartOfSpeech] = [.particle, .adverb, .preposition, .conjunction]

    /// The range without the function words at its ends; quoted words are kept.
    func trimmingFunctionWords(_ range: Range<Int>) -> Range<Int> {
        guard !lexicon.isEmpty, !range.isEmpty else { return range }
        let words = lexicon.segment(text.scalars, range)
        var first = 0, last = words.count
        while first < last, isFunctionWord(words[first], in: Self.leading) || (words[first].count == 1 && isFunctionWord(words[first], in: [.adverb])) {
            first += 1
        }
        while last > first, isFunctionWord(words[last - 1], in: Self.trailing) { last -= 1 }
        return first < last ? words[first].lowerBound..<words[last - 1].upperBound : range.upperBound..<range.upperBound
    }

    /// Where the words of a range start, when the lexicon can tell; nil without a lexicon.
    func wordStarts(in range: Range<Int>) -> Set<Int>? {
        guard !lexicon.isEmpty else { return nil }
        return Set(lexicon.segment(text.scalars, range).map(\.lowerBound) + [range.upperBound])
    }

    /// The range without a verb or an attributive at its end (全校现有 → 全校), for words before a
    /// figure whose counted noun follows it.
    func trimmingTrailingVerb(_ range: Range<Int>) -> Range<Int> {
        guard !lexicon.isEmpty, let last = lexicon.segment(text.scalars, range).last, last.lowerBound > range.lowerBound,
              let part = lexicon.entry(text.scalars[last])?.partOfSpeech, part == .verb || part == .attributive else { return range }
        return range.lowerBound..<last.lowerBound
    }

    /// The first or last word of a range when it is a verb (已有, 还有), for a list word that ends inside it.
    func edgeVerb(in range: Range<Int>, atEnd: Bool) -> Range<Int>? {
        let words = lexicon.isEmpty ? [] : lexicon.segment(text.scalars, range)
        guard let word = atEnd ? words.last : words.first, lexicon.entry(text.scalars[word])?.partOfSpeech == .verb else { return nil }
        return word
    }

    /// Where the noun phrase that starts at `start` ends: before a word of `predicates`, a
    /// preposition or adverb (被, 已, 均), a verb (参与服务, 走进校园), or an adjective before a
    /// verb (高效运作). After 的 the phrase is a noun's (200人的维修队伍), so a verb before a noun
    /// belongs to it (`compounds`).
    func nounPhraseEnd(from start: Int, to end: Int, predicates: WordList, compounds: Bool = false) -> Int {
        guard !lexicon.isEmpty else { return end }
        // A counted noun is short: the words past this window are what is said about it.
        let words = lexicon.segment(text.scalars, start..<min(end, start + Self.nounWindow))
        for (index, word) in words.enumerated() where word.lowerBound > start && !text.quoted[word.lowerBound] {
            if predicates.match(in: text.scalars, at: word.lowerBound, limit: end) != nil { return word.lowerBound }
            guard let part = lexicon.entry(text.scalars[word])?.partOfSpeech else { continue }
            let next = index + 1 < words.count ? lexicon.entry(text.scalars[words[index + 1]])?.partOfSpeech : nil
            switch part {
            case .preposition, .adverb: return word.lowerBound
            case .verb where !(compounds && next == .noun): return word.lowerBound
            case .other where next == .verb || next == .verbalNoun: return word.lowerBound
            default: continue
            }
        }
        return min(end, start + Self.nounWindow)
    }

    /// How far a counted noun is looked for after its measure word, in characters.
    private static let nounWindow = 16

    private func isFunctionWord(_ word: Range<Int>, in parts: [PartOfSpeech]) -> Bool {
        guard !text.quoted[word.lowerBound], let entry = lexicon.entry(text.scalars[word]) else { return false }
        return parts.contains(entry.partOfSpeech)
    }
}
