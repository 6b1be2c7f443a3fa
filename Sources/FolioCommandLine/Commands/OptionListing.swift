import Folio

/// The plugins' declared options as `folio formats --options` and `folio --help` show them:
/// per plugin and part, each option's key, values, default, help and familiar flags.
struct OptionListing {
    /// The registry whose declarations are listed.
    var registry: PluginRegistry

    /// The listing, one line per option under a line per plugin part (`epub writer:`), the
    /// options of every conversion first.
    var lines: [String] {
        let declared = Dictionary(grouping: OptionDeclarations(registry: registry).declarations, by: { String($0.owner.dropFirst(4)) })
            .mapValues { $0.map(\.option) }
        let groups: [(owner: String, options: [PluginOption])] = [("every conversion", PluginOption.common)]
            + declared.keys.sorted().map { ($0, declared[$0] ?? []) }
        let all = groups.flatMap { $0.options }
        let width = all.map { $0.name.count }.max() ?? 0
        let kindWidth = min(24, all.map { $0.kind.label.count }.max() ?? 0)
        var lines: [String] = []
        for (owner, options) in groups {
            lines.append("  " + owner + ":")
            for option in options {
                var line = "    " + option.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + option.kind.label.padding(toLength: max(kindWidth, option.kind.label.count) + 2, withPad: " ", startingAt: 0)
                    + option.help
                if let value = option.defaultValue { line += " (default \(value))" }
                if !option.flags.isEmpty { line += " [" + option.flags.joined(separator: ", ") + "]" }
                lines.append(line)
            }
        }
        let switches = registry.filters.compactMap { entry in
            entry.descriptor.filterSwitch.map { "  --\($0), --no-\($0): run the \(entry.descriptor.name) filter for every output, or never" }
        }
        return lines + switches
    }

    /// The section that `folio --help` ends with.
    var helpSection: String {
        (["", "PLUGIN OPTIONS (-O key=value, a bare key for a flag, or the flag in brackets):"] + lines).joined(separator: "\n")
    }
}
