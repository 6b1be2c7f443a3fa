import FolioCore

/// The `epub` format: EPUB 3 books written from documents, and EPUB 2 or 3 books read into one.
///
/// Writer options: `css` (a style sheet file replacing the default), `cover` (an image file for
/// the cover), `source-date-epoch` (seconds; the modification time, else the document's date).
/// Reader options: `max-expanded-size` (default 1G), `max-entries` (default 100000), `max-depth`.
/// The zip container is read and written in memory on zlib; see ``EPUBWriter`` and ``EPUBReader``.
public struct EPUBFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `epub` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "epub", extensions: ["epub"], mediaTypes: ["application/epub+zip"],
                         summary: "EPUB 3 e-books (writes EPUB 3.3 with NCX; reads EPUB 2 and 3)")
    }

    /// Reads EPUB 2 and 3.
    public var reader: (any DocumentReader)? { EPUBReader() }
    /// Writes EPUB 3.
    public var writer: (any DocumentWriter)? { EPUBWriter() }
}
