/// An open-addressed hash table from packed word keys (``SegmentationLexicon``'s up to four
/// 16-bit scalars in a `UInt64`) to a value and a tag.
///
/// The lexicon holds 340k words and is probed several times per character of every clause;
/// `Dictionary` hashes each key with SipHash, which cost more than reading the file. A key is
/// never 0 (a word is not empty and has no U+0000), so 0 marks an empty slot, and a
/// multiplicative hash spreads the packed scalars well enough for linear probing.
///
/// Slots are kept in ``LexiconCache`` files: a change to the hash is caught by
/// ``findsItsKeys``, but a change to what the slots hold must bump ``LexiconCache/version``.
///
/// Keys, values and tags are kept in arrays of their own: a `Double` and a one-byte tag in one
/// struct pad to 16 bytes a slot, where apart they take 9. The table fills to three quarters
/// before it grows, so the lexicon's words take 2^19 slots (8.5 MiB) rather than 2^20: the
/// loading costs less for it (fewer slots to clear: 162 M → 160 M instructions), and a page's
/// few thousand lookups probe a little further (some 60 thousand instructions a page).
struct PackedWordTable<Value: Sendable, Tag: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var tags: [Tag]
    private var shift: UInt64
    /// How many keys the table holds.
    private(set) var count = 0
    /// How many keys it holds before it grows: three quarters of its slots.
    private var capacity: Int { 3 * keys.count / 4 }

    private let filler: (value: Value, tag: Tag)

    /// An empty table with room for `capacity` keys before it grows; `filler` fills the empty slots.
    init(capacity: Int, filler: (value: Value, tag: Tag)) {
        var bits = 4
        while 3 << bits < 4 * capacity { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value](repeating: filler.value, count: 1 << bits)
        tags = [Tag](repeating: filler.tag, count: 1 << bits)
        shift = UInt64(64 - bits)
        self.filler = filler
    }

    /// A table made from the slots another one laid out (``slots``), or nil when they do not make
    /// a table: arrays of unequal length or of a length not a power of two, or so full that a
    /// probe for a missing key would find no empty slot.
    init?(keys: [UInt64], values: [Value], tags: [Tag], filler: (value: Value, tag: Tag)) {
        let size = keys.count
        guard size >= 16, size & (size - 1) == 0, values.count == size, tags.count == size else { return nil }
        let count = keys.reduce(0) { $1 == 0 ? $0 : $0 + 1 }
        guard count <= 3 * size / 4 else { return nil }  // the capacity a table of that size grows at
        self.keys = keys
        self.values = values
        self.tags = tags
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.count = count
        self.filler = filler
    }

    /// The slots as laid out, empty ones included: what ``init(keys:values:tags:filler:)`` takes back.
    var slots: (keys: [UInt64], values: [Value], tags: [Tag]) { (keys, values, tags) }

    /// Whether a probe finds each of some 512 keys, spread over the table, where it lies: false
    /// for slots laid out by another hash (a cache written by another build), where it would not.
    var findsItsKeys: Bool {
        let step = max(1, keys.count / 512)
        for start in stride(from: 0, to: keys.count, by: step) {
            // The first key of each stretch of the table, so that a sparse table is checked too.
            guard let index = (start..<min(keys.count, start + step)).first(where: { keys[$0] != 0 }) else { continue }
            if slot(of: keys[index]) != index { return false }
        }
        return true
    }

    /// The slot of `key`: the slot holding it, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
        return index
    }

    /// Sets the value and tag of `key` (never 0), replacing any it had; the table doubles when
    /// three quarters full.
    mutating func set(_ value: Value, tag: Tag, for key: UInt64) {
        assert(key != 0, "a packed word key is never 0")
        if count >= capacity { grow() }
        let index = slot(of: key)
        if keys[index] == 0 {
            keys[index] = key
            count += 1
        }
        values[index] = value
        tags[index] = tag
    }

    /// Moves every key into a table twice the size.
    private mutating func grow() {
        var larger = PackedWordTable(capacity: 2 * capacity, filler: filler)
        for index in keys.indices where keys[index] != 0 { larger.set(values[index], tag: tags[index], for: keys[index]) }
        self = larger
    }

    /// The value and tag of `key`, nil when the table does not hold it.
    subscript(key: UInt64) -> (value: Value, tag: Tag)? {
        let index = slot(of: key)
        return keys[index] == 0 ? nil : (values[index], tags[index])
    }

    /// Replaces each key's value with `transform` of it, in place.
    mutating func transformValues(_ transform: (Value) -> Value) {
        for index in keys.indices where keys[index] != 0 { values[index] = transform(values[index]) }
    }
}
