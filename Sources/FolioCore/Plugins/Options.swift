/// The options a user gave for a conversion, as plugin-neutral key/value pairs.
///
/// The command line fills this from its flags (`--columns 60` becomes `columns=60`) and from
/// `--option key=value`; a plugin reads the keys it documents through the typed accessors,
/// which throw ``FolioError`` with kind ``FolioError/Kind/invalidOption`` on a bad value.
public struct Options: Sendable, Hashable {
    /// The raw values by key.
    public var values: [String: String]

    /// Creates options from key/value pairs.
    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The raw value of a key.
    public subscript(key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// The value of a declared option: the user's, else the declaration's default.
    public func value(of option: PluginOption) -> String? {
        values[option.name] ?? option.defaultValue
    }

    /// Whether a boolean flag is on: present with no value, or `true`/`yes`/`1`/`on`.
    public func flag(_ key: String) -> Bool {
        guard let value = values[key]?.lowercased() else { return false }
        return ["", "true", "yes", "1", "on"].contains(value)
    }

    /// An integer option within a range, or the default when absent.
    public func integer(_ key: String, default defaultValue: Int, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int {
        guard let raw = values[key] else { return defaultValue }
        guard let value = Int(raw), range.contains(value) else {
            throw FolioError(.invalidOption, "--\(key) expects an integer in \(range.lowerBound)...\(range.upperBound), not \"\(raw)\"")
        }
        return value
    }

    /// A byte count such as `64M` or `1G` (suffixes K, M, G are powers of 1024), or the default when absent.
    public func byteCount(_ key: String, default defaultValue: Int) throws -> Int {
        guard let raw = values[key]?.uppercased(), !raw.isEmpty else { return defaultValue }
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = Substring(raw)
        var multiplier = 1
        if let last = digits.last, let factor = multipliers[last] {
            multiplier = factor
            digits = digits.dropLast()
        }
        guard let count = Int(digits), count >= 0, count <= Int.max / multiplier else {
            throw FolioError(.invalidOption, "--\(key) expects a size such as 512K, 64M or 1G, not \"\(raw)\"")
        }
        return count * multiplier
    }

    /// The default largest input a reader accepts: 1 GiB.
    public static let defaultMaximumInputSize = 1 << 30
    /// The default longest line a line-oriented reader (text, CSV) accepts: 256 MiB.
    public static let defaultMaximumLineLength = 256 << 20

    /// The default deepest nesting a reader of a tree format accepts: 256.
    public static let defaultMaximumDepth = 256
    /// The highest `max-depth` a user may set: 2048.
    public static let maximumDepthLimit = 2048

    /// The deepest nesting accepted by readers of tree formats: `max-depth`, from 1 to
    /// ``maximumDepthLimit``, or ``defaultMaximumDepth``.
    public func maximumDepth() throws -> Int {
        try integer("max-depth", default: Self.defaultMaximumDepth, in: 1...Self.maximumDepthLimit)
    }

    /// The largest input accepted: `max-input-size`, or ``defaultMaximumInputSize``.
    ///
    /// One default for every reader and for what external plugins print, so that a page is
    /// accepted or refused alike whatever its format.
    public func maximumInputSize() throws -> Int {
        try byteCount("max-input-size", default: Self.defaultMaximumInputSize)
    }

    /// The longest line accepted: `max-line-length`, or ``defaultMaximumLineLength``.
    public func maximumLineLength() throws -> Int {
        try byteCount("max-line-length", default: Self.defaultMaximumLineLength)
    }

    /// One of a fixed set of words, or the default when absent.
    public func choice(_ key: String, among choices: [String], default defaultValue: String) throws -> String {
        guard let raw = values[key] else { return defaultValue }
        guard choices.contains(raw) else {
            throw FolioError(.invalidOption, "--\(key) expects one of \(choices.joined(separator: ", ")), not \"\(raw)\"")
        }
        return raw
    }
}
