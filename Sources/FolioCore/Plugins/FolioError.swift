/// An error that Folio reports to its user: what went wrong, and where.
///
/// Every reader, writer and filter throws this type for bad input, so the command line can
/// print one line naming the file, the position and the cause, e.g.
/// `page.csv:12:7: malformed input: unterminated quoted field`.
public struct FolioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The family of an error, for callers that react differently to each.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// No reader, writer or filter is registered under the requested name or extension.
        case unknownFormat = "unknown format"
        /// The input is not valid for its format (syntax, structure, encoding).
        case malformedInput = "malformed input"
        /// The input exceeds a configured limit (size, nesting, entries, expansion).
        case limitExceeded = "limit exceeded"
        /// An option has a value the plugin cannot use.
        case invalidOption = "invalid option"
        /// A file could not be read or written.
        case fileSystem = "file error"
        /// An external plugin failed, timed out or answered nonsense.
        case pluginFailed = "plugin failed"
        /// The request cannot be fulfilled (a writer asked for something its format lacks).
        case unsupported = "unsupported"
    }

    /// The family of the error.
    public var kind: Kind
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The file or stream the error concerns (`page.txt`, `-`, a plugin's name).
    public var source: String?
    /// The 1-based line in the source, when known.
    public var line: Int?
    /// The 1-based column in the source, when known.
    public var column: Int?
    /// Further detail, such as an external plugin's standard error.
    public var detail: String?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, source: String? = nil, line: Int? = nil, column: Int? = nil, detail: String? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.detail = detail
    }

    /// The error with its source set, unless it already names one.
    public func withSource(_ source: String) -> FolioError {
        var copy = self
        if copy.source == nil { copy.source = source }
        return copy
    }

    /// One line: `source:line:column: kind: message`, then the detail on following lines.
    public var description: String {
        var location = ""
        if let source { location = source }
        if let line { location += ":\(line)" }
        if let column, line != nil { location += ":\(column)" }
        var text = location.isEmpty ? "" : location + ": "
        text += "\(kind.rawValue): \(message)"
        if let detail, !detail.isEmpty { text += "\n" + detail }
        return text
    }
}
