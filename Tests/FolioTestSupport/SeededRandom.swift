/// A small deterministic random source (SplitMix64) for property-style tests: the same seed
/// gives the same documents on every machine.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a source from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededRandom {
    /// `count` numbers drawn from `range`.
    public mutating func numbers(_ count: Int, in range: ClosedRange<Int>) -> [Int] {
        (0..<count).map { _ in Int.random(in: range, using: &self) }
    }
}
