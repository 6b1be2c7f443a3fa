/// A list of words matched against Unicode scalars, longest first, without building strings.
struct WordList: Sendable {
    private let tagged: TaggedWordList<Bool>

    /// Creates a list from words.
    init(_ words: [String]) {
        tagged = TaggedWordList(words.map { ($0, true) })
    }

    /// The length of the longest word that starts at `index` and ends by `limit`, or nil.
    func match(in scalars: [Unicode.Scalar], at index: Int, limit: Int) -> Int? {
        tagged.match(in: scalars, at: index, limit: limit)?.length
    }

    /// The length of the longest word that ends just before `index` and starts at or after `floor`, or nil.
    func match(in scalars: [Unicode.Scalar], endingAt index: Int, floor: Int) -> Int? {
        tagged.match(in: scalars, endingAt: index, floor: floor)?.length
    }
}

/// A word list whose words each carry a value (a qualifier, a unit's category).
struct TaggedWordList<Tag: Sendable>: Sendable {
    /// The words as scalar arrays with their tags, longest first.
    let entries: [(word: [Unicode.Scalar], tag: Tag)]

    /// Creates a list from word–tag pairs.
    init(_ pairs: [(String, Tag)]) {
        self.entries = pairs.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.word.count > $1.word.count }
    }

    /// The longest word starting at `index`: its length and tag.
    func match(in scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (length: Int, tag: Tag)? {
        for entry in entries where index + entry.word.count <= limit {
            if scalars[index..<(index + entry.word.count)].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }

    /// The longest word ending just before `index`, starting at or after `floor`: its length and tag.
    func match(in scalars: [Unicode.Scalar], endingAt index: Int, floor: Int) -> (length: Int, tag: Tag)? {
        for entry in entries where index - entry.word.count >= floor {
            if scalars[(index - entry.word.count)..<index].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }
}
