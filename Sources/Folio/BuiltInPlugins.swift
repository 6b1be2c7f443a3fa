@_exported import FolioCore
import CSVFormat
import EPUBFormat
import HTMLFormat
import Indicators
import MarkdownFormat
import PandocFormat
import SQLiteFormat
import TextFormat

/// The plugins that ship with Folio: JSON, text, HTML, EPUB, CSV, TSV, pandoc's JSON, Markdown,
/// SQLite and the indicators filter.
public enum BuiltInPlugins {
    /// Every built-in plugin, in the order `folio formats` lists them.
    public static var all: [any FolioPlugin] {
        [JSONFormat(), TextFormatPlugin(), HTMLFormatPlugin(), EPUBFormatPlugin(), CSVFormatPlugin(), TSVFormatPlugin(), PandocFormatPlugin(), MarkdownFormatPlugin(), SQLiteFormatPlugin(),
         IndicatorsPlugin()]
    }
}

extension PluginRegistry {
    /// A registry holding every built-in plugin.
    public static var builtIn: PluginRegistry { PluginRegistry(BuiltInPlugins.all) }
}
