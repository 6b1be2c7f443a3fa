import Foundation
import FolioCore

/// What `folio-…-NAME --folio-describe` prints: `{"name", "aliases", "extensions", "mediaTypes",
/// "summary", "options"}`, every key optional.
struct PluginDescription: Decodable, Sendable {
    /// One option the plugin reads (as `FOLIO_OPTION_<KEY>`): `{"name", "type", "default", "help", "choices"}`,
    /// `type` one of `flag`, `integer`, `size`, `choice` (with `choices`), `file`, `text` (the default).
    struct Option: Decodable, Sendable {
        /// The key.
        var name: String
        /// The kind of value.
        var type: String?
        /// The value when the option is absent.
        var `default`: String?
        /// One line of help.
        var help: String?
        /// The words a `choice` takes.
        var choices: [String]?

        /// The declaration, for the plugin's role.
        func declaration(for role: PluginOption.Role) -> PluginOption {
            let kind: PluginOption.Kind
            switch type {
            case "flag": kind = .flag
            case "integer": kind = .integer
            case "size": kind = .size
            case "choice": kind = .choice(choices ?? [])
            case "file": kind = .file
            default: kind = .text
            }
            return PluginOption(name, kind, for: role, default: self.default, help: help ?? "")
        }
    }

    /// The name the plugin calls itself.
    var name: String?
    /// Other names.
    var aliases: [String]?
    /// File extensions without the dot.
    var extensions: [String]?
    /// Media types.
    var mediaTypes: [String]?
    /// One line for `folio formats`.
    var summary: String?
    /// The options the plugin reads.
    var options: [Option]?

    /// Decodes a description, throwing a one-line ``FolioError`` when the output is not one.
    static func decode(_ data: Data) throws -> PluginDescription {
        do {
            return try JSONDecoder().decode(PluginDescription.self, from: data)
        } catch {
            throw FolioError(.pluginFailed, data.isEmpty ? "it printed nothing" : "it printed no JSON object with name, extensions, mediaTypes and summary")
        }
    }

    /// The descriptor for a plugin known by `name`: the file's name wins, the description's own name becomes an alias.
    func descriptor(named name: String, role: ExternalPlugin.Role, origin: String) -> PluginDescriptor {
        var allAliases = aliases ?? []
        if let own = self.name, own != name, !allAliases.contains(own) { allAliases.insert(own, at: 0) }
        let extensions = (self.extensions ?? []).map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
        let optionRole: PluginOption.Role = switch role {
        case .reader: .reader
        case .writer: .writer
        case .filter: .filter
        }
        return PluginDescriptor(
            name: name, aliases: allAliases, extensions: extensions, mediaTypes: mediaTypes ?? [],
            summary: summary ?? "external \(role.rawValue)", origin: origin,
            options: (options ?? []).map { $0.declaration(for: optionRole) })
    }
}
