import FolioCore
import Foundation

/// A resource loader over files held in memory, by path: a reference is looked up beside the
/// referring document first, then as given.
public struct InMemoryResources: ResourceLoader {
    /// The files, by path.
    public var files: [String: Data]

    /// Creates a loader over files' bytes.
    public init(files: [String: Data]) {
        self.files = files
    }

    /// Creates a loader over text files, stored as UTF-8.
    public init(texts: [String: String]) {
        self.init(files: texts.mapValues { Data($0.utf8) })
    }

    /// The file's bytes, or nil when no such file is held.
    public func load(_ reference: String, relativeTo source: String?) throws -> Data? {
        if let source, let slash = source.lastIndex(of: "/"), let data = files[source[...slash] + reference] {
            return data
        }
        return files[reference]
    }
}
