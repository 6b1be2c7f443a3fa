import FolioCore
import FolioNewspaper

/// The `text` format: plain text with e-paper page recognition in, readable wrapped text out.
public struct TextFormatPlugin: FolioPlugin {
    /// The reader used for `-f text`.
    public var textReader: TextReader

    /// Creates the plugin; pass a reader with your own layouts to replace the page recognition.
    public init(reader: TextReader = TextReader()) {
        self.textReader = reader
    }

    /// `text` (alias `plain`), `.txt`/`.text`, `text/plain`.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "text", aliases: ["plain"], extensions: ["txt", "text"], mediaTypes: ["text/plain"],
                         summary: "plain text; reads e-paper page dumps (--layout \(textReader.layoutNames.joined(separator: "|")))",
                         options: [
                            PluginOption("layout", .choice(textReader.layoutNames), for: .reader, default: "auto", help: "page layout recognition", flags: ["--layout"]),
                            PluginOption.encoding,
                            RecurringChrome.option,
                            PluginOption("columns", .integer, for: .writer, default: "72", help: "line width in display columns, CJK counting two", flags: ["--columns"]),
                            PluginOption("wrap", .choice(["auto", "none"]), for: .writer, default: "auto", help: "none keeps each paragraph on one line", flags: ["--wrap"]),
                            PluginOption("links", .choice(["text", "inline"]), for: .writer, default: "text", help: "inline prints each link's address after its words, and a picture's that has no words"),
                            PluginOption.fragment,
                            PluginOption.indicatorView,
                         ])
    }

    /// The text reader.
    public var reader: (any DocumentReader)? { textReader }
    /// The text writer.
    public var writer: (any DocumentWriter)? { TextWriter() }
}
