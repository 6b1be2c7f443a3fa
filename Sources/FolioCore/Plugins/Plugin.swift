import Foundation

/// What a plugin says about itself: its name, the files and media types it handles.
public struct PluginDescriptor: Sendable, Hashable {
    /// The name used with `-f`, `-t` and `--filter` (`text`, `epub`, `indicators`).
    public var name: String
    /// Other names that select the same plugin (`plain` for `text`).
    public var aliases: [String]
    /// File extensions without the dot, lower case (`txt`, `text`).
    public var extensions: [String]
    /// Media types (`text/plain`).
    public var mediaTypes: [String]
    /// One line shown by `folio formats`.
    public var summary: String
    /// Where the plugin comes from: `built-in`, a package name, or an executable's path.
    public var origin: String
    /// The options the plugin reads, each declared once here (see ``PluginOption``).
    public var options: [PluginOption]
    /// For a filter: the word of a command-line switch pair, `--WORD` running the filter for
    /// every output and `--no-WORD` keeping it off even where a writer asks for it; nil for none.
    public var filterSwitch: String?

    /// Creates a descriptor.
    public init(name: String, aliases: [String] = [], extensions: [String] = [], mediaTypes: [String] = [], summary: String,
                origin: String = "built-in", options: [PluginOption] = [], filterSwitch: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.extensions = extensions.map { $0.lowercased() }
        self.mediaTypes = mediaTypes
        self.summary = summary
        self.origin = origin
        self.options = options
        self.filterSwitch = filterSwitch
    }
}

/// A plugin: a format or a transformation, providing a reader, a writer, a filter or several.
///
/// Built-in formats conform to exactly this protocol; a third party registers its own
/// conformance in a ``PluginRegistry`` and the `folio` command treats it like any other.
public protocol FolioPlugin: Sendable {
    /// The plugin's name, extensions and media types.
    var descriptor: PluginDescriptor { get }
    /// The reader, if the plugin reads its format.
    var reader: (any DocumentReader)? { get }
    /// The writer, if the plugin writes its format.
    var writer: (any DocumentWriter)? { get }
    /// The filter, if the plugin transforms documents.
    var filter: (any DocumentFilter)? { get }
}

extension FolioPlugin {
    /// No reader unless the plugin provides one.
    public var reader: (any DocumentReader)? { nil }
    /// No writer unless the plugin provides one.
    public var writer: (any DocumentWriter)? { nil }
    /// No filter unless the plugin provides one.
    public var filter: (any DocumentFilter)? { nil }
}

/// Turns the bytes of one input into a document.
public protocol DocumentReader: Sendable {
    /// Reads a document; `source` names the input in errors (a path or `-`).
    ///
    /// Bad input throws ``FolioError`` naming `source`, never traps. The bytes are the
    /// reader's: one that is done with them early (after decoding a large text, say) can let
    /// them go, and an implementation that takes them as plain `Data` conforms too.
    func read(_ data: consuming Data, source: String, options: Options) throws -> Document

    /// Reads a document and says what it could not keep exactly: a reader of a format richer
    /// than the model implements this and conforms to ``WarningDocumentReader``, which gives
    /// it `read`; the default has no warnings.
    ///
    /// The pipeline reads through this, so `folio` prints a reader's warnings with the first
    /// output's, as it does a writer's.
    func readReporting(_ data: consuming Data, source: String, options: Options) throws -> ReadResult
}

extension DocumentReader {
    /// The document, with no warnings.
    public func readReporting(_ data: consuming Data, source: String, options: Options) throws -> ReadResult {
        ReadResult(document: try read(consume data, source: source, options: options))
    }
}

/// Turns documents into the bytes of one output, or into a tree of files.
public protocol DocumentWriter: Sendable {
    /// Filters that this format wants applied before writing unless the user turns them off
    /// (the CSV writer asks for `indicators`).
    var defaultFilters: [String] { get }

    /// Writes one document.
    func write(_ document: Document, context: WriteContext) throws -> WriterOutput

    /// Writes several documents into one output (`folio a.txt b.txt -o day.epub`).
    ///
    /// The default combines them with ``Document/combining(_:)``; formats with a notion of
    /// chapters or parts write each document as its own.
    func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput
}

extension DocumentWriter {
    /// No default filters.
    public var defaultFilters: [String] { [] }

    /// Writes the documents combined into one.
    public func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput {
        try write(Document.combining(documents), context: context)
    }
}

/// Maps a document to a document: adds, removes or rewrites content.
public protocol DocumentFilter: Sendable {
    /// Applies the filter.
    func apply(to document: Document, options: Options) throws -> Document
}

/// What a writer needs besides the document: the user's options and access to referenced files.
public struct WriteContext: Sendable {
    /// The user's options.
    public var options: Options
    /// Loads images, style sheets and other files the document or the options refer to.
    public var resources: any ResourceLoader
    /// The names of the inputs the documents were read from, one per document in order: a path
    /// relative to the batch root in a batch, the path as given otherwise; empty when unknown.
    /// Writers record them as the `file` of each indicator row's provenance.
    public var inputNames: [String]

    /// Creates a context; without a loader, no resource can be found.
    public init(options: Options = Options(), resources: any ResourceLoader = NoResources(), inputNames: [String] = []) {
        self.options = options
        self.resources = resources
        self.inputNames = inputNames
    }

    /// The input name of the document at `index`, or `document N` (1-based) when unknown.
    public func inputName(at index: Int) -> String {
        index < inputNames.count ? inputNames[index] : "document \(index + 1)"
    }
}

/// Loads a file that a document refers to, such as an image beside the page.
public protocol ResourceLoader: Sendable {
    /// The bytes of `reference`, resolved relative to the document `source` it appears in;
    /// nil when there is no such file. Remote URLs are never fetched.
    func load(_ reference: String, relativeTo source: String?) throws -> Data?
}

/// A loader that finds nothing: for conversions without a file system.
public struct NoResources: ResourceLoader {
    /// Creates the loader.
    public init() {}
    /// Always nil.
    public func load(_ reference: String, relativeTo source: String?) throws -> Data? { nil }
}

/// A loader that reads local files, resolving relative references against the referring document's folder.
public struct FileResourceLoader: ResourceLoader {
    /// The folder that references without a source resolve against.
    public var baseDirectory: URL
    /// Files larger than this are refused.
    public var maximumSize: Int

    /// Creates a loader rooted at a folder.
    public init(baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), maximumSize: Int = 256 << 20) {
        self.baseDirectory = baseDirectory
        self.maximumSize = maximumSize
    }

    /// Reads a local file; remote URLs and missing files give nil.
    public func load(_ reference: String, relativeTo source: String?) throws -> Data? {
        if reference.contains("://") && !reference.hasPrefix("file://") { return nil }
        let path = reference.hasPrefix("file://") ? String(reference.dropFirst(7)) : reference
        let base = source.flatMap { $0 == "-" ? nil : URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? baseDirectory
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maximumSize else {
            throw FolioError(.limitExceeded, "\(reference) is \(size) bytes, over the \(maximumSize)-byte limit for embedded files", source: source)
        }
        do { return try Data(contentsOf: url) } catch {
            throw FolioError(.fileSystem, "cannot read \(reference): \(error.localizedDescription)", source: source)
        }
    }
}

/// What a writer produced: one stream of bytes or a tree of files, and any warnings.
public struct WriterOutput: Sendable, Hashable {
    /// The produced content.
    public enum Content: Sendable, Hashable {
        /// One file's bytes.
        case data(Data)
        /// Several files, by path relative to the output folder.
        case files([OutputFile])
    }

    /// The produced content.
    public var content: Content
    /// Things the user should know that did not stop the conversion (a missing image left out).
    public var warnings: [String]

    /// Creates output.
    public init(_ content: Content, warnings: [String] = []) {
        self.content = content
        self.warnings = warnings
    }

    /// Creates single-file output.
    public init(data: Data, warnings: [String] = []) {
        self.init(.data(data), warnings: warnings)
    }
}

/// One file of a multi-file output.
public struct OutputFile: Sendable, Hashable {
    /// The path relative to the output folder, with `/` separators and no `..`.
    public var path: String
    /// The file's bytes.
    public var data: Data

    /// Creates an output file.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
