import Folio

/// The `folio` command (being written).
public enum FolioCommand {
    /// Runs the command.
    public static func main(registry: PluginRegistry) async {}
}

extension PluginRegistry {
    /// The built-in registry.
    public static var builtIn: PluginRegistry { Folio.builtInRegistry() }
}
