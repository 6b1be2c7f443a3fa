import FolioCore
import FolioMarkup

/// The `epub` format: EPUB 3 books written from documents, and EPUB 2 or 3 books read into one.
///
/// Writer options: `css` (a style sheet file replacing the default), `cover` (an image file for
/// the cover), `source-date-epoch` (seconds; the modification time, else the document's date),
/// `indicator-view` (how indicator tables are shown).
/// Reader options: `max-expanded-size` (default 1G), `max-entries` (default 100000), `max-depth`.
/// The zip container is read and written in memory on zlib; see ``EPUBWriter`` and ``EPUBReader``.
public struct EPUBFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `epub` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "epub", extensions: ["epub"], mediaTypes: ["application/epub+zip"],
                         summary: "EPUB 3 e-books (writes EPUB 3.3 with NCX; reads EPUB 2 and 3)",
                         options: [
                            PluginOption("max-expanded-size", .size, for: .reader, default: "1G", help: "largest total the archive may expand to", flags: ["--max-expanded-size"]),
                            PluginOption("max-entries", .integer, for: .reader, default: "100000", help: "most entries the archive may hold", flags: ["--max-entries"]),
                            PluginOption("max-ratio", .integer, for: .reader, default: "250", help: "highest expansion ratio of an entry over 1 MiB", flags: ["--max-ratio"]),
                            PluginOption.maximumDepth,
                            PluginOption.styleSheet,
                            PluginOption("cover", .file, for: .writer, help: "cover image (PNG, JPEG, GIF or WebP)", flags: ["--cover"]),
                            PluginOption("source-date-epoch", .integer, for: .writer,
                                         help: "modification time in seconds since 1970 (from SOURCE_DATE_EPOCH); else the document's date"),
                            PluginOption.indicatorView,
                         ])
    }

    /// Reads EPUB 2 and 3.
    public var reader: (any DocumentReader)? { EPUBReader() }
    /// Writes EPUB 3.
    public var writer: (any DocumentWriter)? { EPUBWriter() }
}
