import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The plugin executables in one directory of the search path, found by listing it and nothing more.
///
/// Discovery runs on every `folio` invocation over every `PATH` directory (`/usr/bin` alone holds
/// a thousand names), so names are compared as C bytes straight from `readdir` and only the few
/// that start with `folio-` become strings and get a `stat`.
enum PluginDirectory {
    /// What a matching name in a directory is.
    enum Kind: Sendable, Hashable {
        /// A regular file (or a link to one) that this user may execute.
        case executable
        /// A regular file that is not executable: reported when used, never silently run.
        case notExecutable
        /// Anything else (a directory, a dangling link): ignored.
        case other
    }

    /// The prefix every plugin executable's name starts with.
    static let prefix = "folio-"

    /// The names in `directory` that start with `folio-`, sorted; none when it cannot be listed.
    static func candidateNames(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { bytes in
                    strncmp(bytes, prefix, prefix.utf8.count) == 0 ? String(cString: bytes) : nil
                }
            }
            if let name { names.append(name) }
        }
        return names.sorted()
    }

    /// The directory's path with links resolved, or the path as given when it cannot be resolved.
    static func canonicalPath(_ directory: String) -> String {
        guard let resolved = realpath(directory, nil) else { return directory }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What the file at `path` is, following links.
    static func kind(of path: String) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return .other }
        return access(path, X_OK) == 0 ? .executable : .notExecutable
    }
}
