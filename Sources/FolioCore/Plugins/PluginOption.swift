/// One option a plugin reads, declared once, by the plugin: its key, the values it takes, its
/// default and a line of help.
///
/// The command line builds its help, `folio formats --options` and the check of `-O key=value`
/// from these declarations, and maps an option's familiar flag (`--cover IMAGE`) onto its key.
public struct PluginOption: Sendable, Hashable {
    /// The values an option takes.
    public enum Kind: Sendable, Hashable {
        /// On when present (`-O bom`, or `bom=true|yes|1|on`).
        case flag
        /// A whole number.
        case integer
        /// A byte count such as `512K`, `64M` or `1G`.
        case size
        /// One of a fixed set of words.
        case choice([String])
        /// A file the plugin loads (a style sheet, an image, a template).
        case file
        /// Free text.
        case text

        /// How `folio formats --options` and the README show the kind (`flag`, `integer`, `auto|none`).
        public var label: String {
            switch self {
            case .flag: return "flag"
            case .integer: return "integer"
            case .size: return "size"
            case .choice(let words): return words.joined(separator: "|")
            case .file: return "file"
            case .text: return "text"
            }
        }
    }

    /// Which part of a plugin reads an option.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The reader.
        case reader
        /// The writer.
        case writer
        /// The filter.
        case filter
    }

    /// The key in ``Options`` and after `-O` (`cover`, `max-depth`).
    public var name: String
    /// The part of the plugin that reads it.
    public var role: Role
    /// The values it takes.
    public var kind: Kind
    /// The value used when the option is absent, as the user would write it; nil when there is none.
    public var defaultValue: String?
    /// One line for help and listings.
    public var help: String
    /// Familiar command-line spellings of the option (`--cover`, `-s`); `-O name=value` always works.
    public var flags: [String]

    /// Declares an option read by `role`; `flags` are the spellings the command line also accepts for it.
    public init(_ name: String, _ kind: Kind, for role: Role, default defaultValue: String? = nil, help: String, flags: [String] = []) {
        self.name = name
        self.role = role
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
        self.flags = flags
    }
}

extension PluginOption {
    /// The options of every conversion, whatever its plugins: the limits on input size and line
    /// length, which every reader honours (and the command line, reading the input).
    public static let common: [PluginOption] = [
        PluginOption("max-input-size", .size, for: .reader, default: "1G", help: "largest input accepted", flags: ["--max-input-size"]),
        PluginOption("max-line-length", .size, for: .reader, default: "256M", help: "longest line accepted by line-oriented readers", flags: ["--max-line-length"]),
    ]
}

extension PluginOption {
    /// The input encoding, for readers of text formats that decode with ``TextDecoding``.
    public static let encoding = PluginOption(
        "encoding", .choice(["utf-8", "utf-16le", "utf-16be", "gb18030", "gbk", "gb2312", "big5", "latin1"]), for: .reader,
        help: "input encoding instead of the detected one", flags: ["--encoding"])
}

extension PluginOption {
    /// The nesting limit of readers of tree formats (HTML, EPUB, pandoc's JSON), read with ``Options/maximumDepth()``.
    public static let maximumDepth = PluginOption(
        "max-depth", .integer, for: .reader, default: String(Options.defaultMaximumDepth),
        help: "deepest element nesting accepted (up to \(Options.maximumDepthLimit))", flags: ["--max-depth"])
}

extension PluginOption {
    /// The body alone, for writers that open with the document's metadata: the HTML page's head
    /// and title block, the text header, Markdown's YAML block (pandoc's output without `-s`).
    public static let fragment = PluginOption(
        "fragment", .flag, for: .writer, help: "only the body, without the title block or metadata header", flags: ["--fragment"])
}
