/// FNV-1a with 64 bits: a fixed, published hash of bytes that gives the same value on every
/// machine and in every run, unlike Swift's `Hasher`, which is seeded per process.
///
/// Batch shards (`--shard K/N`) and the `id` of an indicator row are built on it, so shards
/// and ids agree between machines and reruns.
public struct StableHash: Sendable, Hashable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of everything combined so far.
    public private(set) var value: UInt64 = Self.offsetBasis

    /// Creates the hash of nothing.
    public init() {}

    /// Adds bytes to the hash.
    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= Self.prime
        }
    }

    /// The hash of parts joined by a zero byte, so that `("ab", "c")` and `("a", "bc")` differ.
    public init(parts: [String]) {
        for (index, part) in parts.enumerated() {
            if index > 0 { combine(CollectionOfOne(0)) }
            combine(part.utf8)
        }
    }

    /// The value as 16 lower-case hexadecimal digits.
    public var hexadecimal: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
