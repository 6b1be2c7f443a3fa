import Foundation
import FolioCore

/// A plugin that is a separate executable, in any language, speaking Folio's JSON on stdin and stdout.
///
/// A reader gets the input's bytes on stdin and prints the document as Folio JSON; a writer gets
/// the JSON and prints its output; a filter maps JSON to JSON. Options arrive as environment
/// variables (`FOLIO_OPTION_<KEY>`, `FOLIO_SOURCE`, `FOLIO_PLUGIN_PROTOCOL=1`). Creating the value
/// runs nothing: the descriptor holds only the name until ``described(timeout:)`` asks the
/// executable for its extensions, media types and summary with `--folio-describe`.
public struct ExternalPlugin: FolioPlugin, Hashable {
    /// What the executable does, as its name says: `folio-reader-…`, `folio-writer-…` or `folio-filter-…`.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Reads input bytes into a document.
        case reader
        /// Writes a document as output bytes.
        case writer
        /// Maps a document to a document.
        case filter

        /// The file-name prefix of executables in this role (`folio-reader-`).
        public var executablePrefix: String { "folio-\(rawValue)-" }
    }

    /// The executable's role.
    public let role: Role
    /// The executable.
    public let executable: URL
    /// The name, the description's extensions and media types once described, and the executable's path as origin.
    public private(set) var descriptor: PluginDescriptor
    /// Whether ``descriptor`` holds the executable's own description.
    public private(set) var isDescribed = false

    /// A plugin for an executable; its name is the file name without the role's prefix unless given.
    ///
    /// The command line passes the argument as `name` for `--filter ./path/script`, so that the
    /// pipeline finds the filter under the name the user wrote.
    public init(executable: URL, role: Role, name: String? = nil) {
        let fileName = executable.lastPathComponent
        let derivedName = fileName.hasPrefix(role.executablePrefix) && fileName.count > role.executablePrefix.count
            ? String(fileName.dropFirst(role.executablePrefix.count))
            : fileName
        self.role = role
        self.executable = executable
        self.descriptor = PluginDescriptor(name: name ?? derivedName, summary: "external \(role.rawValue)", origin: executable.path)
    }

    /// Runs the executable as a reader.
    public var reader: (any DocumentReader)? { role == .reader ? ExternalReader(plugin: self) : nil }
    /// Runs the executable as a writer.
    public var writer: (any DocumentWriter)? { role == .writer ? ExternalWriter(plugin: self) : nil }
    /// Runs the executable as a filter.
    public var filter: (any DocumentFilter)? { role == .filter ? ExternalFilter(plugin: self) : nil }

    var program: PluginExecutable { PluginExecutable(url: executable) }

    // MARK: - Self-description

    /// The plugin with the executable's own description, from `folio-…-NAME --folio-describe`.
    ///
    /// This starts a process, so callers do it only when they need extensions or summaries
    /// (`folio formats`, or an extension no registered plugin claims). A plugin that fails or
    /// prints no description keeps its name and says so in its summary; the name stays the file's,
    /// and a different name in the description becomes an alias.
    public func described(timeout: Duration = ExternalPlugins.describeTimeout) -> ExternalPlugin {
        var copy = self
        copy.isDescribed = true
        do {
            let (output, _) = try program.run(input: Data(), arguments: ["--folio-describe"], environment: PluginEnvironment(),
                                               limits: RunLimits(timeout: timeout, outputLimit: 1 << 20))
            let description = try PluginDescription.decode(output)
            copy.descriptor = description.descriptor(named: descriptor.name, role: role, origin: executable.path)
        } catch let error as FolioError {
            copy.descriptor.summary = "external \(role.rawValue); --folio-describe failed: \(error.message)"
        } catch {
            copy.descriptor.summary = "external \(role.rawValue); --folio-describe failed: \(error)"
        }
        return copy
    }
}
