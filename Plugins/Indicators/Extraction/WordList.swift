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
///
/// Words are indexed by their first and last scalar, so that a probe at a position where no
/// word starts (or ends) costs one dictionary lookup.
struct TaggedWordList<Tag: Sendable>: Sendable {
    private typealias Entry = (word: [Unicode.Scalar], tag: Tag)
    /// Entries by first scalar, longest first.
    private let byFirst: [Unicode.Scalar: [Entry]]
    /// Entries by last scalar, longest first.
    private let byLast: [Unicode.Scalar: [Entry]]
    /// Bits for the scalars some word starts or ends with (folded into 64K slots): most probes stop here.
    private let firstBits: [UInt64]
    private let lastBits: [UInt64]

    /// Creates a list from word–tag pairs.
    init(_ pairs: [(String, Tag)]) {
        let entries: [Entry] = pairs.map { (Array($0.0.unicodeScalars), $0.1) }.filter { !$0.word.isEmpty }.sorted { $0.word.count > $1.word.count }
        byFirst = Dictionary(grouping: entries) { $0.word[0] }
        byLast = Dictionary(grouping: entries) { $0.word[$0.word.count - 1] }
        var first = [UInt64](repeating: 0, count: 1024), last = first
        for entry in entries {
            Self.set(entry.word[0], in: &first)
            Self.set(entry.word[entry.word.count - 1], in: &last)
        }
        firstBits = first
        lastBits = last
    }

    private static func set(_ scalar: Unicode.Scalar, in bits: inout [UInt64]) {
        let slot = Int(scalar.value & 0xFFFF)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    private static func isSet(_ scalar: Unicode.Scalar, in bits: [UInt64]) -> Bool {
        let slot = Int(scalar.value & 0xFFFF)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The longest word starting at `index` and ending by `limit`: its length and tag.
    func match(in scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (length: Int, tag: Tag)? {
        guard index < limit, Self.isSet(scalars[index], in: firstBits), let candidates = byFirst[scalars[index]] else { return nil }
        for entry in candidates where index + entry.word.count <= limit {
            if scalars[index..<(index + entry.word.count)].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }

    /// The longest word ending just before `index`, starting at or after `floor`: its length and tag.
    func match(in scalars: [Unicode.Scalar], endingAt index: Int, floor: Int) -> (length: Int, tag: Tag)? {
        guard index > floor, index <= scalars.count, Self.isSet(scalars[index - 1], in: lastBits),
              let candidates = byLast[scalars[index - 1]] else { return nil }
        for entry in candidates where index - entry.word.count >= floor {
            if scalars[(index - entry.word.count)..<index].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }
}
