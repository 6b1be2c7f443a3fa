import FolioCore

/// The `pandoc-json` format: pandoc's JSON AST (`pandoc-api-version` 1.23, as pandoc 3.x writes it),
/// read and written, so that pandoc's writers and filters work on Folio's documents and back.
///
/// `folio page.txt -t pandoc-json | pandoc -f json -o page.docx` hands a page to pandoc;
/// `pandoc report.docx -t json | folio - -f pandoc-json -o report.epub` takes one back. The
/// writer maps every part of the model; the reader keeps a construct the model has no place for
/// as its nearest equivalent and says so in a warning. Reader options: `max-input-size`,
/// `max-depth` (see ``PandocReader``).
public struct PandocFormatPlugin: FolioPlugin {
    /// The API version this plugin reads and writes: pandoc-types 1.23, used by pandoc 3.x.
    public static let apiVersion = [1, 23, 1, 1]

    /// Creates the plugin.
    public init() {}

    /// The `pandoc-json` descriptor; it claims no file extension, since `.json` is Folio's own JSON.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "pandoc-json", aliases: ["pandoc"],
                         summary: "pandoc's JSON AST (pandoc-api-version 1.23, pandoc 3.x) in and out, for pandoc's writers and filters",
                         options: [PluginOption.maximumDepth])
    }

    /// Reads pandoc's JSON AST.
    public var reader: (any DocumentReader)? { PandocReader() }
    /// Writes pandoc's JSON AST.
    public var writer: (any DocumentWriter)? { PandocWriter() }
}
