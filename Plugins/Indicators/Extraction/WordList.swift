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
/// Words are grouped by their first and by their last scalar; a bit set answers most probes
/// (no word starts here) before a binary search finds the group.
struct TaggedWordList<Tag: Sendable>: Sendable {
    private typealias Entry = (word: [Unicode.Scalar], tag: Tag)

    /// Groups of entries sharing an edge scalar, sorted by that scalar; entries longest first.
    private struct Index: Sendable {
        let keys: [UInt32]
        let groups: [[Entry]]
        let bits: [UInt64]

        init(_ entries: [Entry], key: (Entry) -> Unicode.Scalar) {
            // Grouped by sorting, each group in the entries' order: a `Dictionary(grouping:)`
            // made the runtime search the binary's conformance records on first use.
            let sorted = entries.indices.sorted { (key(entries[$0]).value, $0) < (key(entries[$1]).value, $1) }
            var keys: [UInt32] = []
            var groups: [[Entry]] = []
            for index in sorted {
                let value = key(entries[index]).value
                if keys.last == value { groups[groups.count - 1].append(entries[index]) } else {
                    keys.append(value)
                    groups.append([entries[index]])
                }
            }
            self.keys = keys
            self.groups = groups
            var bits = [UInt64](repeating: 0, count: 1024)
            for value in keys { bits[Int(value & 0xFFFF) >> 6] |= 1 << UInt64(value & 63) }
            self.bits = bits
        }

        func group(_ scalar: Unicode.Scalar) -> [Entry]? {
            let value = scalar.value
            guard bits[Int(value & 0xFFFF) >> 6] & (1 << UInt64(value & 63)) != 0 else { return nil }
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == value ? groups[low] : nil
        }
    }

    private let byFirst: Index
    private let byLast: Index

    /// Creates a list from word–tag pairs.
    init(_ pairs: [(String, Tag)]) {
        let entries: [Entry] = pairs.map { (Array($0.0.unicodeScalars), $0.1) }.filter { !$0.word.isEmpty }.sorted { $0.word.count > $1.word.count }
        byFirst = Index(entries) { $0.word[0] }
        byLast = Index(entries) { $0.word[$0.word.count - 1] }
    }

    /// The longest word starting at `index` and ending by `limit`: its length and tag.
    func match(in scalars: [Unicode.Scalar], at index: Int, limit: Int) -> (length: Int, tag: Tag)? {
        guard index < limit, let candidates = byFirst.group(scalars[index]) else { return nil }
        for entry in candidates where index + entry.word.count <= limit {
            if scalars[index..<(index + entry.word.count)].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }

    /// The longest word ending just before `index`, starting at or after `floor`: its length and tag.
    func match(in scalars: [Unicode.Scalar], endingAt index: Int, floor: Int) -> (length: Int, tag: Tag)? {
        guard index > floor, index <= scalars.count, let candidates = byLast.group(scalars[index - 1]) else { return nil }
        for entry in candidates where index - entry.word.count >= floor {
            if scalars[(index - entry.word.count)..<index].elementsEqual(entry.word) { return (entry.word.count, entry.tag) }
        }
        return nil
    }
}
