extension DecodingError.Context {
    /// Where in the JSON the error is, for a one-line message: ` at blocks[3].c[1]`, or empty at the top.
    public var location: String {
        let components = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return components.isEmpty ? "" : " at \(components.hasPrefix(".") ? String(components.dropFirst()) : components)"
    }
}
