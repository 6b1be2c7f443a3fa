@_exported import FolioCore
import CSVFormat
import EPUBFormat
import External
import HTMLFormat
import Indicators
import MarkdownFormat
import PandocFormat
import TextFormat

/// The umbrella module: Folio's core plus every built-in plugin, ready to register.
public enum Folio {
    /// The plugins that ship with Folio, in the order `folio formats` lists them.
    public static var builtInPlugins: [any FolioPlugin] {
        [JSONFormat(), TextFormat(), HTMLFormat(), EPUBFormat(), CSVFormat(), TSVFormat(), PandocFormat(), MarkdownFormat(), IndicatorsPlugin()]
    }

    /// A registry holding the built-in plugins.
    public static func builtInRegistry() -> PluginRegistry {
        PluginRegistry(builtInPlugins)
    }
}
