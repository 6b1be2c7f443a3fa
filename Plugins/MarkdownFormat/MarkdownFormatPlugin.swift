import FolioCore

/// The `markdown` format: CommonMark with GFM pipe tables and a YAML metadata block, written.
///
/// Paragraphs are never wrapped, so Chinese sentences stay unbroken; tables with spans, several
/// header rows, a footer or line breaks in cells are grid tables, which pandoc reads with their
/// spans. There is no Markdown reader: `pandoc -f markdown -t json | folio - -f pandoc-json` reads
/// Markdown through pandoc (the README says why no Swift parser was taken on).
public struct MarkdownFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `markdown` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "markdown", aliases: ["md", "commonmark", "gfm"], extensions: ["md", "markdown"], mediaTypes: ["text/markdown"],
                         summary: "CommonMark with GFM pipe tables (grid tables for spans) and a YAML metadata block; no hard wraps",
                         options: [PluginOption.fragment])
    }

    /// Writes Markdown.
    public var writer: (any DocumentWriter)? { MarkdownWriter() }
}
