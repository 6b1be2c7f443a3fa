import FolioCore

extension PluginRegistry {
    /// The external plugins registered here, by role.
    public var externalPlugins: [ExternalPlugin] {
        // Casts to the concrete types: a cast to a protocol scans the binary's conformances.
        readers.compactMap { ($0.capability as? ExternalReader)?.plugin }
            + writers.compactMap { ($0.capability as? ExternalWriter)?.plugin }
            + filters.compactMap { ($0.capability as? ExternalFilter)?.plugin }
    }

    /// The registry with external plugins added under names that no plugin of their role has yet.
    ///
    /// Built-in and Swift-registered plugins keep their names: a stray `folio-reader-text` on `PATH`
    /// cannot replace the text reader, and a page.txt never starts a process by surprise.
    public func registeringExternal(_ plugins: [ExternalPlugin]) -> PluginRegistry {
        let free = plugins.filter { plugin in
            let name = plugin.descriptor.name
            switch plugin.role {
            case .reader: return reader(named: name) == nil
            case .writer: return writer(named: name) == nil
            case .filter: return filter(named: name) == nil
            }
        }
        return registering(free)
    }

    /// The registry with every external plugin described, for `folio formats`; their processes run concurrently.
    public func describingExternalPlugins(timeout: Duration = ExternalPlugins.describeTimeout) -> PluginRegistry {
        registering(ExternalPlugins.describe(externalPlugins.filter { !$0.isDescribed }, timeout: timeout))
    }

    /// The registry ready to choose formats by extension for these inputs and outputs.
    ///
    /// Only when no registered reader claims an input's extension (or no writer an output's) are
    /// the external plugins of that role described, so a conversion between known formats starts
    /// no process. Paths without an extension (`-`) never trigger it.
    public func describingExternalPlugins(forInputs inputs: [String], outputs: [String], timeout: Duration = ExternalPlugins.describeTimeout) -> PluginRegistry {
        func unclaimed(_ paths: [String], _ isClaimed: (String) -> Bool) -> Bool {
            paths.contains { Self.hasExtension($0) && !isClaimed($0) }
        }
        var roles: Set<ExternalPlugin.Role> = []
        if unclaimed(inputs, { reader(forPath: $0) != nil }) { roles.insert(.reader) }
        if unclaimed(outputs, { writer(forPath: $0) != nil }) { roles.insert(.writer) }
        guard !roles.isEmpty else { return self }
        let pending = externalPlugins.filter { roles.contains($0.role) && !$0.isDescribed }
        return registering(ExternalPlugins.describe(pending, timeout: timeout))
    }

    private static func hasExtension(_ path: String) -> Bool {
        let fileName = path.split(separator: "/").last ?? Substring(path)
        guard let dot = fileName.lastIndex(of: ".") else { return false }
        return dot != fileName.startIndex && fileName.index(after: dot) != fileName.endIndex
    }
}
