import FolioCore

/// The `sqlite` format: documents, their headings and paragraphs, their indicator rows with
/// provenance, and a full-text index of the paragraphs, as one SQLite database.
///
/// Written through the system's SQLite library (Debian's `libsqlite3-dev`); query the result
/// with the `sqlite3` command. `folio batch DIR -t sqlite -o archive.db` keeps one database for
/// a whole archive and updates only the pages that changed.
public struct SQLiteFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `sqlite` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "sqlite", aliases: ["sqlite3"], extensions: ["db", "sqlite", "sqlite3"], mediaTypes: ["application/vnd.sqlite3"],
                         summary: "SQLite database: documents, blocks, indicators with provenance, full-text index; one database for a whole batch")
    }

    /// The database writer.
    public var writer: (any DocumentWriter)? { SQLiteWriter() }
}
