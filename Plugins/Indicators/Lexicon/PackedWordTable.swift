/// An open-addressed hash table from packed word keys (``SegmentationLexicon``'s up to four
/// 16-bit scalars in a `UInt64`) to values.
///
/// The lexicon holds 340k words and is probed several times per character of every clause;
/// `Dictionary` hashes each key with SipHash, which cost more than reading the file. A key is
/// never 0 (a word is not empty and has no U+0000), so 0 marks an empty slot, and a
/// multiplicative hash spreads the packed scalars well enough for linear probing.
struct PackedWordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var shift: UInt64
    /// How many keys the table holds.
    private(set) var count = 0

    private let filler: Value

    /// An empty table with room for `capacity` keys before it grows; `filler` fills the empty slots' values.
    init(capacity: Int, filler: Value) {
        var bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value](repeating: filler, count: 1 << bits)
        shift = UInt64(64 - bits)
        self.filler = filler
    }

    private init(keys: [UInt64], values: [Value], shift: UInt64, count: Int, filler: Value) {
        self.keys = keys
        self.values = values
        self.shift = shift
        self.count = count
        self.filler = filler
    }

    /// The slot of `key`: the slot holding it, or the empty slot where it would go.
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
        return index
    }

    /// Sets the value of `key` (never 0), replacing any it had; the table doubles when half full.
    mutating func set(_ value: Value, for key: UInt64) {
        assert(key != 0, "a packed word key is never 0")
        if 2 * (count + 1) > keys.count { grow() }
        let index = slot(of: key)
        if keys[index] == 0 {
            keys[index] = key
            count += 1
        }
        values[index] = value
    }

    /// Moves every key into a table twice the size.
    private mutating func grow() {
        var larger = PackedWordTable(keys: [UInt64](repeating: 0, count: 2 * keys.count), values: [Value](repeating: filler, count: 2 * keys.count),
                                     shift: shift - 1, count: 0, filler: filler)
        for index in keys.indices where keys[index] != 0 { larger.set(values[index], for: keys[index]) }
        self = larger
    }

    /// The value of `key`, nil when the table does not hold it.
    subscript(key: UInt64) -> Value? {
        let index = slot(of: key)
        return keys[index] == 0 ? nil : values[index]
    }

    /// The same keys with each value transformed; `filler` fills the empty slots' values.
    func mapValues<Other: Sendable>(filler: Other, _ transform: (Value) -> Other) -> PackedWordTable<Other> {
        var mapped = [Other](repeating: filler, count: values.count)
        for index in keys.indices where keys[index] != 0 { mapped[index] = transform(values[index]) }
        return PackedWordTable<Other>(keys: keys, values: mapped, shift: shift, count: count, filler: filler)
    }
}
