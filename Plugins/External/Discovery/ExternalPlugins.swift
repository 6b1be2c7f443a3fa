import Foundation
import FolioCore

/// Finding external plugins on the search path, and the settings they run with.
///
/// Discovery is cheap by design, because the command line runs it whenever a command may use an
/// external plugin: it lists the directories of `FOLIO_PLUGIN_PATH` and then `PATH`, keeps the
/// names that start with `folio-reader-`, `folio-writer-` or `folio-filter-`, and runs nothing. A plugin's
/// `--folio-describe` runs only when its description is needed: for `folio formats`, or when no
/// registered plugin claims an input's or output's extension (see
/// `PluginRegistry.describingExternalPlugins(forInputs:outputs:timeout:)`).
public enum ExternalPlugins {
    /// The option that bounds a plugin run, in seconds (fractions allowed).
    public static let timeoutOption = "plugin-timeout"
    /// How long a plugin run may take unless `plugin-timeout` says otherwise.
    public static let defaultTimeout = Duration.seconds(30)
    /// How long `--folio-describe` may take.
    public static let describeTimeout = Duration.seconds(5)

    /// The plugins on the search path: `FOLIO_PLUGIN_PATH`'s directories first, then `PATH`'s.
    ///
    /// For each role and name the first executable in path order wins. A matching file that is not
    /// executable is kept only when no executable of that name exists, so that using it reports
    /// "not executable" instead of "no such format". Empty path entries are skipped rather than
    /// meaning the current directory. The result is sorted by role, then name.
    public static func discover(environment: [String: String]) -> [ExternalPlugin] {
        // By file name, which is role and name together.
        var executables: [String: ExternalPlugin] = [:]
        var others: [String: ExternalPlugin] = [:]
        var listed = Set<String>()
        // `/bin` is often a link to `/usr/bin`: a thousand names not worth listing twice.
        for directory in searchDirectories(environment: environment) where listed.insert(PluginDirectory.canonicalPath(directory)).inserted {
            for fileName in PluginDirectory.candidateNames(in: directory) {
                guard let role = ExternalPlugin.Role.allCases.first(where: { fileName.hasPrefix($0.executablePrefix) }),
                      fileName.count > role.executablePrefix.count else { continue }
                guard executables[fileName] == nil else { continue }
                let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
                let plugin = ExternalPlugin(executable: URL(fileURLWithPath: path), role: role)
                switch PluginDirectory.kind(of: path) {
                case .executable: executables[fileName] = plugin
                case .notExecutable: if others[fileName] == nil { others[fileName] = plugin }
                case .other: continue
                }
            }
        }
        let found = executables.merging(others) { executable, _ in executable }.values
        let roleOrder = Dictionary(uniqueKeysWithValues: ExternalPlugin.Role.allCases.enumerated().map { ($1, $0) })
        return found.sorted {
            (roleOrder[$0.role] ?? 0, $0.descriptor.name) < (roleOrder[$1.role] ?? 0, $1.descriptor.name)
        }
    }

    /// The directories searched, in order, without empty entries or repeats.
    public static func searchDirectories(environment: [String: String]) -> [String] {
        var seen = Set<String>()
        var directories: [String] = []
        for variable in ["FOLIO_PLUGIN_PATH", "PATH"] {
            for entry in (environment[variable] ?? "").split(separator: ":") where seen.insert(String(entry)).inserted {
                directories.append(String(entry))
            }
        }
        return directories
    }

    /// Describes plugins concurrently (each runs `--folio-describe` once), keeping their order.
    public static func describe(_ plugins: [ExternalPlugin], timeout: Duration = describeTimeout) -> [ExternalPlugin] {
        let results = DescribedPlugins(plugins)
        DispatchQueue.concurrentPerform(iterations: plugins.count) { index in
            results.store(plugins[index].isDescribed ? plugins[index] : plugins[index].described(timeout: timeout), at: index)
        }
        return results.plugins
    }
}

/// The results of concurrent descriptions, each stored at its plugin's index.
private final class DescribedPlugins: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [ExternalPlugin]

    init(_ plugins: [ExternalPlugin]) { storage = plugins }

    var plugins: [ExternalPlugin] { lock.withLock { storage } }

    func store(_ plugin: ExternalPlugin, at index: Int) {
        lock.withLock { storage[index] = plugin }
    }
}
