import FolioCore
import FolioNewspaper
import FolioMarkup

/// The `html` format: reads web and e-paper pages through libxml2, writes standalone HTML5 pages
/// or fragments that read well in Chinese.
///
/// Reader options: `encoding`, `no-extract`, `max-depth`, `max-input-size` (see ``HTMLReader``).
/// Writer options: `fragment`, `standalone`, `css`, `template`, `indicator-view` (see ``HTMLWriter``).
public struct HTMLFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `html` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "html", aliases: ["xhtml", "htm"], extensions: ["html", "htm", "xhtml"],
                         mediaTypes: ["text/html", "application/xhtml+xml"],
                         summary: "HTML pages: charset detection, article extraction, Founder e-paper pages; standalone HTML5 out",
                         options: [
                            PluginOption.encoding,
                            PluginOption("no-extract", .flag, for: .reader, help: "keep the whole page instead of extracting the article", flags: ["--no-extract"]),
                            RecurringChrome.option,
                            PluginOption.maximumDepth,
                            PluginOption("standalone", .flag, for: .writer, default: "true", help: "a complete page", flags: ["-s", "--standalone"]),
                            PluginOption.fragment,
                            PluginOption.styleSheet,
                            PluginOption("template", .file, for: .writer, help: "page template (Mustache) replacing the default", flags: ["--template"]),
                            PluginOption.indicatorView,
                         ])
    }

    /// Reads HTML.
    public var reader: (any DocumentReader)? { HTMLReader() }
    /// Writes HTML.
    public var writer: (any DocumentWriter)? { HTMLWriter() }
}
