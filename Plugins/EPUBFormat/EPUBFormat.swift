import FolioCore

/// The `epub` format: EPUB 3 books written from documents, and EPUB 2 or 3 books read into one.
public struct EPUBFormat: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `epub` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "epub", extensions: ["epub"], mediaTypes: ["application/epub+zip"],
                         summary: "EPUB 3 e-books (writes EPUB 3.3 with NCX; reads EPUB 2 and 3)")
    }

    /// Writes EPUB 3.
    public var writer: (any DocumentWriter)? { EPUBWriter() }
}
