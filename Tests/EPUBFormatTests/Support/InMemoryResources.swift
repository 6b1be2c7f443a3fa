import FolioCore
import Foundation

/// A resource loader over a dictionary of paths, recording what was asked for.
struct InMemoryResources: ResourceLoader {
    var files: [String: Data]

    func load(_ reference: String, relativeTo source: String?) throws -> Data? {
        if let source, let slash = source.lastIndex(of: "/") {
            let folder = source[...slash]
            if let data = files[folder + reference] { return data }
        }
        return files[reference]
    }
}
