import Foundation

/// The plugins a conversion can use, looked up by name, alias, file extension or media type.
///
/// A registry is a plain value handed to whoever needs it: the command line builds one with
/// the built-in plugins, a third party adds its own before running the command, and tests
/// build small ones. A later registration under a name already taken replaces the earlier
/// one for the capabilities it provides, so a user's plugin can override a built-in.
public struct PluginRegistry: Sendable {
    /// A registered capability: the plugin's descriptor and the reader, writer or filter it provides.
    public struct Entry<Capability: Sendable>: Sendable {
        /// The plugin's descriptor.
        public var descriptor: PluginDescriptor
        /// The reader, writer or filter.
        public var capability: Capability
    }

    /// Registered readers, in registration order.
    public private(set) var readers: [Entry<any DocumentReader>] = []
    /// Registered writers, in registration order.
    public private(set) var writers: [Entry<any DocumentWriter>] = []
    /// Registered filters, in registration order.
    public private(set) var filters: [Entry<any DocumentFilter>] = []

    /// Creates a registry holding the given plugins.
    public init(_ plugins: [any FolioPlugin] = []) {
        plugins.forEach { register($0) }
    }

    /// Adds a plugin's reader, writer and filter, replacing any registered under the same name.
    public mutating func register(_ plugin: any FolioPlugin) {
        let descriptor = plugin.descriptor
        if let reader = plugin.reader { Self.insert(Entry(descriptor: descriptor, capability: reader), into: &readers) }
        if let writer = plugin.writer { Self.insert(Entry(descriptor: descriptor, capability: writer), into: &writers) }
        if let filter = plugin.filter { Self.insert(Entry(descriptor: descriptor, capability: filter), into: &filters) }
    }

    /// A copy of the registry with more plugins.
    public func registering(_ plugins: [any FolioPlugin]) -> PluginRegistry {
        var copy = self
        plugins.forEach { copy.register($0) }
        return copy
    }

    private static func insert<C>(_ entry: Entry<C>, into entries: inout [Entry<C>]) {
        entries.removeAll { $0.descriptor.name == entry.descriptor.name }
        entries.append(entry)
    }

    // MARK: - Lookup

    /// The reader registered under a name or alias.
    public func reader(named name: String) -> Entry<any DocumentReader>? { Self.lookup(name, in: readers) }
    /// The writer registered under a name or alias.
    public func writer(named name: String) -> Entry<any DocumentWriter>? { Self.lookup(name, in: writers) }
    /// The filter registered under a name or alias.
    public func filter(named name: String) -> Entry<any DocumentFilter>? { Self.lookup(name, in: filters) }

    /// The reader for a file name, by its extension (`page.TXT` → `text`).
    public func reader(forPath path: String) -> Entry<any DocumentReader>? { Self.lookup(extensionOf: path, in: readers) }
    /// The writer for a file name, by its extension (`page.epub` → `epub`).
    public func writer(forPath path: String) -> Entry<any DocumentWriter>? { Self.lookup(extensionOf: path, in: writers) }

    /// The reader for a media type (`text/html; charset=gbk` → `html`).
    public func reader(forMediaType mediaType: String) -> Entry<any DocumentReader>? {
        let bare = Self.bareMediaType(mediaType)
        return readers.last { $0.descriptor.mediaTypes.contains(bare) }
    }

    /// The writer for a media type.
    public func writer(forMediaType mediaType: String) -> Entry<any DocumentWriter>? {
        let bare = Self.bareMediaType(mediaType)
        return writers.last { $0.descriptor.mediaTypes.contains(bare) }
    }

    /// The reader named `format`, or else the one for `path`'s extension; throws naming what is missing.
    public func resolveReader(format: String?, path: String) throws -> Entry<any DocumentReader> {
        if let format {
            guard let entry = reader(named: format) else {
                throw FolioError(.unknownFormat, "no reader named \"\(format)\" (readers: \(Self.names(readers)))")
            }
            return entry
        }
        guard let entry = reader(forPath: path) else {
            throw FolioError(.unknownFormat, "cannot tell the input format from \"\(path)\"; name it with -f (readers: \(Self.names(readers)))", source: path)
        }
        return entry
    }

    /// The writer named `format`, or else the one for `path`'s extension; throws naming what is missing.
    public func resolveWriter(format: String?, path: String) throws -> Entry<any DocumentWriter> {
        if let format {
            guard let entry = writer(named: format) else {
                throw FolioError(.unknownFormat, "no writer named \"\(format)\" (writers: \(Self.names(writers)))")
            }
            return entry
        }
        guard let entry = writer(forPath: path) else {
            throw FolioError(.unknownFormat, "cannot tell the output format from \"\(path)\"; name it with -t (writers: \(Self.names(writers)))", source: path)
        }
        return entry
    }

    /// The filter named `name`; throws listing the filters there are.
    public func resolveFilter(_ name: String) throws -> Entry<any DocumentFilter> {
        guard let entry = filter(named: name) else {
            throw FolioError(.unknownFormat, "no filter named \"\(name)\" (filters: \(Self.names(filters)))")
        }
        return entry
    }

    private static func lookup<C>(_ name: String, in entries: [Entry<C>]) -> Entry<C>? {
        let key = name.lowercased()
        return entries.last { $0.descriptor.name.lowercased() == key }
            ?? entries.last { $0.descriptor.aliases.contains { $0.lowercased() == key } }
    }

    private static func lookup<C>(extensionOf path: String, in entries: [Entry<C>]) -> Entry<C>? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        return entries.last { $0.descriptor.extensions.contains(ext) }
    }

    private static func bareMediaType(_ mediaType: String) -> String {
        String(mediaType.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static func names<C>(_ entries: [Entry<C>]) -> String {
        entries.isEmpty ? "none" : entries.map(\.descriptor.name).joined(separator: ", ")
    }
}
