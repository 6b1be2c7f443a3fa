import Foundation
import FolioCore

/// What `folio-…-NAME --folio-describe` prints: `{"name", "aliases", "extensions", "mediaTypes", "summary"}`, every key optional.
struct PluginDescription: Decodable, Sendable {
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
        return PluginDescriptor(
            name: name, aliases: allAliases, extensions: extensions, mediaTypes: mediaTypes ?? [],
            summary: summary ?? "external \(role.rawValue)", origin: origin)
    }
}
