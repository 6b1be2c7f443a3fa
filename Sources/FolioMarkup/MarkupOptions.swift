import FolioCore

extension PluginOption {
    /// A style sheet replacing ``DefaultStyleSheet``, for the HTML and EPUB writers.
    public static let styleSheet = PluginOption("css", .file, for: .writer, help: "style sheet replacing the default", flags: ["--css"])
}
