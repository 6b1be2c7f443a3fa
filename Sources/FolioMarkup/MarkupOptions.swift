import FolioCore

extension PluginOption {
    /// The nesting limit of the markup parser, for the HTML and EPUB readers.
    public static let maximumDepth = PluginOption(
        "max-depth", .integer, for: .reader, default: "256", help: "deepest element nesting accepted (up to 2048)", flags: ["--max-depth"])

    /// A style sheet replacing ``DefaultStyleSheet``, for the HTML and EPUB writers.
    public static let styleSheet = PluginOption("css", .file, for: .writer, help: "style sheet replacing the default", flags: ["--css"])
}
