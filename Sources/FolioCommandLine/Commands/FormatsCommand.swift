import ArgumentParser
import External
import Folio

/// `folio formats`: the readers, writers and filters this `folio` has, and where they come from.
struct FormatsCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the readers, writers and filters, with their extensions and origin.")

    @Flag(name: .long, help: "List each plugin's options instead: key, values, default, help and familiar flags.")
    var options = false

    func run(in context: CommandContext) throws -> Int32 {
        let registry = context.discoveringExternalPlugins().describingExternalPlugins()
        if options {
            Terminal.standardOutput((["Options (-O key=value):"] + OptionListing(registry: registry).lines).joined(separator: "\n"))
            return FolioCommand.success
        }
        var lines: [String] = []
        func section<C>(_ title: String, _ entries: [PluginRegistry.Entry<C>]) {
            lines.append(title + ":")
            if entries.isEmpty { lines.append("  (none)") }
            let width = entries.map { $0.descriptor.name.count }.max() ?? 0
            for entry in entries.sorted(by: { $0.descriptor.name < $1.descriptor.name }) {
                let descriptor = entry.descriptor
                var line = "  " + descriptor.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + descriptor.summary
                var notes: [String] = []
                if !descriptor.extensions.isEmpty { notes.append(descriptor.extensions.map { "." + $0 }.joined(separator: " ")) }
                if !descriptor.aliases.isEmpty { notes.append("alias " + descriptor.aliases.joined(separator: ", ")) }
                if descriptor.origin != "built-in" { notes.append(descriptor.origin) }
                if !notes.isEmpty { line += " [" + notes.joined(separator: "; ") + "]" }
                lines.append(line)
            }
        }
        section("Readers (-f)", registry.readers)
        section("Writers (-t)", registry.writers)
        section("Filters (--filter)", registry.filters)
        Terminal.standardOutput(lines.joined(separator: "\n"))
        return FolioCommand.success
    }
}
