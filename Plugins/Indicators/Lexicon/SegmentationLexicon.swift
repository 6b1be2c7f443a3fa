import Foundation

/// A segmentation lexicon: jieba's dictionary (MIT licence, © 2012–2017 Sun Junyi), its words
/// with a frequency and a part-of-speech tag, for cutting a clause into words.
///
/// It is read once per process, on first use (``shared``), from the file Debian's
/// `python3-jieba` installs, or from the path in `FOLIO_JIEBA_DICT`; a batch of pages pays for
/// it once, and after the first process it is loaded from a ``LexiconCache`` file. Without the
/// file the lexicon is empty and the rules that ask it keep their lexicon-free reading. Words of up to four characters of the Basic Multilingual Plane are
/// kept (nearly all of the 349k), each keyed by its scalars packed into a `UInt64` in a
/// ``PackedWordTable``, so that probing a word is one cheap hash lookup and builds no string.
struct SegmentationLexicon: Sendable {
    /// What jieba's tag says a word is, in the groups the rules use.
    enum PartOfSpeech: UInt8, Sendable {
        /// n, nr, ns, nt, nz, ng, j, l, i: names, nouns, abbreviations and set phrases.
        case noun
        /// v, vg, vd, vi, vq: verbs.
        case verb
        /// vn, an: verbs and adjectives used as nouns (建设, 免费).
        case verbalNoun
        /// d, ad: adverbs (已, 均, 首次).
        case adverb
        /// p: prepositions (在, 对, 比).
        case preposition
        /// c: conjunctions (和, 及, 并).
        case conjunction
        /// r: pronouns (其中, 我市).
        case pronoun
        /// t, tg: time words (今年, 目前).
        case time
        /// u, y, e, o: particles and interjections (了, 的).
        case particle
        /// b: words that only stand before a noun (现有, 主要, 所有).
        case attributive
        /// Everything else (a, m, q, f, s, x …).
        case other

        /// The group of a jieba tag, given by its first two letters (`n`, `vn`, `ad` …; 0 for none).
        init(jiebaTag first: UInt8, _ second: UInt8) {
            switch (Unicode.Scalar(first), Unicode.Scalar(second)) {
            case ("n", _), ("j", _), ("l", _), ("i", _): self = .noun
            case ("v", "n"), ("a", "n"): self = .verbalNoun
            case ("v", _): self = .verb
            case ("d", _), ("a", "d"): self = .adverb
            case ("p", _): self = .preposition
            case ("c", _): self = .conjunction
            case ("r", _): self = .pronoun
            case ("t", _): self = .time
            case ("u", _), ("y", _), ("e", _), ("o", _): self = .particle
            case ("b", _): self = .attributive
            default: self = .other
            }
        }
    }

    /// A word's entry: how likely jieba's corpus makes it, and its part of speech.
    struct Entry: Sendable {
        /// The natural logarithm of its share of all words, which segmentation sums.
        let logProbability: Double
        /// The word's part of speech.
        let partOfSpeech: PartOfSpeech
    }

    /// Why a lexicon file could not be read.
    struct LoadError: Error, CustomStringConvertible {
        /// The file.
        let path: String
        /// What went wrong.
        let problem: String
        /// The path and the problem.
        var description: String { "\(path): \(problem)" }
    }

    /// Where the dictionary is looked for: `FOLIO_JIEBA_DICT`, then Debian's `python3-jieba`.
    static var searchPaths: [String] {
        [ProcessInfo.processInfo.environment["FOLIO_JIEBA_DICT"], "/usr/lib/python3/dist-packages/jieba/dict.txt"].compactMap { $0 }
    }

    /// The process's lexicon, read on first use from the first readable file of ``searchPaths``
    /// (through the user's ``LexiconCache``); empty without one.
    static let shared: SegmentationLexicon = {
        // A loop rather than `lazy.compactMap(…).first`, which reads the file twice (once to find the first, once to return it).
        let cache = LexiconCache.standard
        for path in searchPaths {
            if let lexicon = try? SegmentationLexicon(contentsOf: path, cache: cache) { return lexicon }
        }
        return SegmentationLexicon()
    }()

    /// The longest word kept, in characters.
    static let longestWord = 4

    /// Each word's log probability and part of speech.
    private let entries: PackedWordTable<Double, PartOfSpeech>
    private let logTotal: Double

    /// An empty lexicon: every probe misses.
    init() {
        entries = PackedWordTable(capacity: 0, filler: (0, .other))
        logTotal = 0
    }

    private init(entries: PackedWordTable<Double, PartOfSpeech>, logTotal: Double) {
        self.entries = entries
        self.logTotal = logTotal
    }

    /// Reads a dictionary in jieba's format from `cache` when it holds this dictionary as it is
    /// now, else from the file, and then keeps what was read in `cache`.
    init(contentsOf path: String, cache: LexiconCache?) throws {
        if let cached = cache?.load(for: path) {
            self.init(entries: cached.table, logTotal: cached.logTotal)
            return
        }
        try self.init(contentsOf: path)
        cache?.store(entries, logTotal: logTotal, for: path)
    }

    /// Reads a dictionary in jieba's format, one `word frequency tag` a line.
    ///
    /// The bytes are read in one pass, without making a string per line: each word's scalars
    /// are decoded straight into its key (words the key cannot hold are skipped).
    init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw LoadError(path: path, problem: "cannot read the file") }
        // Each word's frequency until the total is known, then its log probability, in place.
        var words = PackedWordTable<Double, PartOfSpeech>(capacity: 360_000, filler: (0, .other))
        var total: Double = 0
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var line = 1
            var position = 0
            while position < bytes.count {
                // The word: UTF-8 up to the first space, packed into a key while it fits.
                var key: UInt64 = 0, length = 0, fits = true
                while position < bytes.count, bytes[position] != 0x20, bytes[position] != 0x0A {
                    let lead = UInt32(bytes[position])
                    var (value, width): (UInt32, Int)
                    if lead < 0x80 {
                        (value, width) = (lead, 1)
                    } else if lead & 0xF0 == 0xE0, position + 2 < bytes.count {
                        // Nearly every word is CJK, three bytes a scalar: decoded without the general loop.
                        (value, width) = ((lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F), 3)
                    } else {
                        switch lead {
                        case 0xC0..<0xE0: (value, width) = (lead & 0x1F, 2)
                        case 0xE0..<0xF0: (value, width) = (lead & 0x0F, 3)
                        default: (value, width) = (lead & 0x07, 4)
                        }
                        for next in 1..<width where position + next < bytes.count { value = value << 6 | UInt32(bytes[position + next] & 0x3F) }
                    }
                    position += width
                    if length < Self.longestWord, value <= 0xFFFF, value != 0 {
                        key = key << 16 | UInt64(value)
                        length += 1
                    } else {
                        fits = false
                    }
                }
                // The frequency, then the tag's first two letters.
                guard position < bytes.count, bytes[position] == 0x20, length > 0 else {
                    throw LoadError(path: path, problem: "line \(line) is not `word frequency tag`")
                }
                position += 1
                var frequency: UInt32 = 0, digits = 0
                while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                    frequency = frequency &* 10 &+ UInt32(bytes[position] - 0x30)
                    digits += 1
                    position += 1
                }
                guard digits > 0 else { throw LoadError(path: path, problem: "line \(line) has no frequency") }
                var tag: (UInt8, UInt8) = (0, 0)
                if position < bytes.count, bytes[position] == 0x20 {
                    position += 1
                    let start = position
                    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                    tag = (position > start ? bytes[start] : 0, position > start + 1 ? bytes[start + 1] : 0)
                }
                position += 1
                line += 1
                total += Double(frequency)
                if fits {
                    words.set(Double(frequency), tag: PartOfSpeech(jiebaTag: tag.0, tag.1), for: key)
                }
            }
        }
        let logTotal = log(max(total, 1))
        // Nearly all words have a frequency under 1024: their logarithms are taken once each.
        let smallLogs = (0..<1024).map { log(Double(max($0, 1))) }
        words.transformValues { frequency in
            let logFrequency = frequency < 1024 ? smallLogs[Int(frequency)] : log(frequency)
            return logFrequency - logTotal
        }
        entries = words
        self.logTotal = logTotal
    }

    /// Whether no dictionary was found.
    var isEmpty: Bool { entries.count == 0 }

    /// How many words are kept.
    var count: Int { entries.count }

    /// The entry of a word, or nil when the lexicon does not have it.
    func entry<Scalars: Collection<Unicode.Scalar>>(_ word: Scalars) -> Entry? {
        Self.key(word).flatMap { entries[$0] }.map { Entry(logProbability: $0.value, partOfSpeech: $0.tag) }
    }

    /// The words of a stretch of text, as ranges: jieba's reading, the path through the words
    /// the lexicon knows with the highest product of word probabilities; a character it does
    /// not know, and a run of digits or Latin letters, is a word of its own.
    func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        let count = range.count
        // best[i]: the best log probability of the text from i on, and the length of its first word.
        var best = [(score: Double, length: Int)](repeating: (0, 1), count: count + 1)
        for offset in stride(from: count - 1, through: 0, by: -1) {
            let start = range.lowerBound + offset
            if let run = Self.runLength(scalars, at: start, limit: range.upperBound), run > 1 {
                best[offset] = (best[offset + run].score - logTotal, run)
                continue
            }
            var choice = (score: best[offset + 1].score - logTotal, length: 1)
            if let entry = entry(scalars[start..<(start + 1)]) {
                choice.score = best[offset + 1].score + entry.logProbability
            }
            for length in 2...Self.longestWord where offset + length <= count {
                guard let entry = entry(scalars[start..<(start + length)]) else { continue }
                let score = best[offset + length].score + entry.logProbability
                if score > choice.score { choice = (score, length) }
            }
            best[offset] = choice
        }
        var words: [Range<Int>] = []
        var offset = 0
        while offset < count {
            let length = best[offset].length
            words.append((range.lowerBound + offset)..<(range.lowerBound + offset + length))
            offset += length
        }
        return words
    }

    /// The part of speech of the first word of the text at `index` (up to `limit`), nil when the lexicon does not know it.
    func firstWord(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (range: Range<Int>, entry: Entry)? {
        let window = index..<min(limit, index + 2 * Self.longestWord)
        guard let first = segment(scalars, window).first, let entry = entry(scalars[first]) else { return nil }
        return (first, entry)
    }

    /// Whether the text at `index` begins with a plain verb (延长, 保持), not a noun or a verbal noun.
    func startsWithVerb(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Bool {
        firstWord(scalars, at: index, limit: limit)?.entry.partOfSpeech == .verb
    }

    // MARK: - Keys

    /// Up to four BMP scalars packed 16 bits each; nil for longer words. No scalar is U+0000, so
    /// the empty high blocks of a shorter word tell it from a longer one.
    private static func key<Scalars: Collection<Unicode.Scalar>>(_ word: Scalars) -> UInt64? {
        var key: UInt64 = 0
        var length = 0
        for scalar in word {
            guard length < longestWord, scalar.value <= 0xFFFF, scalar.value != 0 else { return nil }
            key = key << 16 | UInt64(scalar.value)
            length += 1
        }
        return length == 0 ? nil : key
    }

    /// The length of a run of ASCII digits or letters (with . and %) at `index`, nil when none starts there.
    private static func runLength(_ scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        func isRunScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == ".") }
        guard isRunScalar(scalars[index]) else { return nil }
        var end = index
        while end < limit, isRunScalar(scalars[end]) { end += 1 }
        return end - index
    }
}
