import Foundation
import FolioCore

/// Finding external plugins on the search path, and the settings they run with.
///
/// Discovery is cheap by design, because the command line runs it on every invocation: it lists
/// the directories of `FOLIO_PLUGIN_PATH` and then `PATH`, keeps the names that start with
/// `folio-reader-`, `folio-writer-` or `folio-filter-`, and runs nothing. A plugin's
/// `--folio-describe` runs only when its description is needed: for `folio formats`, or when no
/// registered plugin claims an input's or output's extension (see
/// ``FolioCore/PluginRegistry/describingExternalPlugins(forInputs:outputs:timeout:)``).
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
        var executables: [String: ExternalPlugin] = [:]
        var others: [String: ExternalPlugin] = [:]
        for directory in searchDirectories(environment: environment) {
            for fileName in PluginDirectory.candidateNames(in: directory) {
                guard let role = ExternalPlugin.Role.allCases.first(where: { fileName.hasPrefix($0.executablePrefix) }),
                      fileName.count > role.executablePrefix.count else { continue }
                let key = fileName
                guard executables[key] == nil else { continue }
                let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
                let plugin = ExternalPlugin(executable: URL(fileURLWithPath: path), role: role)
                switch PluginDirectory.kind(of: path) {
                case .executable: executables[key] = plugin
                case .notExecutable: if others[key] == nil { others[key] = plugin }
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

    /// The run time a plugin gets: the `plugin-timeout` option in seconds, or ``defaultTimeout``.
    static func timeout(_ options: Options) throws -> Duration {
        guard let raw = options[timeoutOption] else { return defaultTimeout }
        guard let seconds = Double(raw), seconds > 0, seconds <= 86_400 else {
            throw FolioError(.invalidOption, "--\(timeoutOption) expects seconds between 0 and 86400, such as 30 or 0.5, not \"\(raw)\"")
        }
        return .milliseconds(Int((seconds * 1000).rounded(.up)))
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
