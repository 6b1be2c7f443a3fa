/// A writer that keeps the documents of many inputs in one store, such as a database file,
/// updated input by input.
///
/// `folio batch DIR -t sqlite -o archive.db` opens the archive once and stores each page as it
/// is converted, instead of writing one output per page; a rerun asks the archive what it
/// holds and converts only the inputs changed since. As a plain ``DocumentWriter`` the same
/// writer turns documents into the bytes of a new archive (`folio a.txt b.txt -o day.db`).
public protocol ArchiveWriter: DocumentWriter {
    /// Opens the archive at `path`, creating it when absent.
    func openArchive(at path: String, context: WriteContext) throws -> any DocumentArchive
}

/// An open archive, used from one thread at a time: what it holds, and documents going in.
///
/// Storing an input replaces whatever the archive held for it. Nothing stored is visible to
/// readers of the archive before ``commit()``, which is all or nothing, so an interrupted run
/// leaves the archive as it was at the last commit.
///
/// A document goes in in two steps: ``entry(for:file:modified:)`` works out what the archive
/// will hold for it without touching the archive, so a batch does that on every core, and
/// ``store(_:)`` writes the entry on the one thread that has the archive.
public protocol DocumentArchive: AnyObject, SendableMetatype {
    /// What the archive stores for one input, worked out from its document.
    associatedtype Entry: Sendable

    /// The entry for a document read from the input `file`; `modified` is the input's
    /// modification time, in nanoseconds since 1970. Needs no open archive, so any thread may call it.
    static func entry(for document: Document, file: String, modified: Int?) -> Entry

    /// Every input the archive holds, with the modification time recorded when it was stored
    /// (nanoseconds since 1970; absent for inputs stored without one).
    func storedInputs() throws -> [String: Int]

    /// Stores an entry, replacing what the archive held for its input.
    ///
    /// A failure may undo everything stored since the last commit (a database rolls its
    /// transaction back rather than keep part of a page), so a caller stops storing.
    func store(_ entry: Entry) throws

    /// Adds everything the archive at `path` (written by the same writer, such as one shard of
    /// a `--shard K/N` batch) holds; an input both hold takes the other archive's version.
    func merge(archiveAt path: String) throws

    /// Makes everything stored since the last commit durable, at once.
    func commit() throws

    /// Commits and closes the archive; it is not used afterwards.
    func close() throws
}

extension DocumentArchive {
    /// Stores a document read from the input `file`, replacing what the archive held for it:
    /// ``entry(for:file:modified:)`` and ``store(_:)`` in one step.
    public func store(_ document: Document, file: String, modified: Int?) throws {
        try store(Self.entry(for: document, file: file, modified: modified))
    }
}
