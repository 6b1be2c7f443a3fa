import ArgumentParser
import External
import Folio
import Foundation

/// The options that shape a conversion, shared by `folio` and `folio batch`.
///
/// Each flag becomes a plugin-neutral key in ``Options`` (`--columns 60` → `columns=60`);
/// plugins document the keys they read, and `--option key=value` reaches any other.
struct ConversionOptions: ParsableArguments {
    @Option(name: [.short, .customLong("from"), .customLong("read")], help: "Input format (default: from the input's extension).")
    var from: String?

    @Option(name: [.customShort("M"), .long], help: ArgumentHelp("Set a metadata field (title, subtitle, author, date, language, identifier, …).", valueName: "key=value"))
    var metadata: [String] = []

    @Option(name: .long, help: ArgumentHelp("Run a filter: a registered name or an executable's path (repeatable, in order).", valueName: "name"))
    var filter: [String] = []

    @Option(name: .long, help: ArgumentHelp("Add the indicators (statistics found in the text) to any output; HTML and EPUB show them as a table, charts, or both (the default, also for a bare --indicators).", valueName: "table|chart|both"),
            completion: .list(IndicatorView.allCases.map(\.rawValue)))
    var indicators: String?

    @Flag(name: .customLong("no-indicators"), help: "Do not add the indicator table, not even to CSV output.")
    var noIndicators = false

    @Flag(name: [.short, .long], help: "Write a complete document (HTML: a full page; the default).")
    var standalone = false

    @Flag(name: .long, help: "Write only the body (HTML).")
    var fragment = false

    @Option(name: .long, help: ArgumentHelp("Style sheet to use instead of the default (HTML, EPUB).", valueName: "file"))
    var css: String?

    @Option(name: .long, help: ArgumentHelp("Page template (HTML; Mustache).", valueName: "file"))
    var template: String?

    @Option(name: .long, help: ArgumentHelp("Cover image (EPUB).", valueName: "image"))
    var cover: String?

    @Option(name: .long, help: ArgumentHelp("Input character encoding (utf-8, utf-16le, utf-16be, gb18030, gbk, big5, latin1).", valueName: "name"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp("Page layout recognition for text input: auto, epaper, plain, or a plugin's layout.", valueName: "name"))
    var layout: String?

    @Option(name: .long, help: ArgumentHelp("Line width for text output, CJK characters counting two (default 72).", valueName: "n"))
    var columns: Int?

    @Option(name: .long, help: ArgumentHelp("Text output wrapping: auto or none.", valueName: "mode"))
    var wrap: String?

    @Flag(name: .customLong("no-extract"), help: "Keep the whole HTML page instead of extracting the article.")
    var noExtract = false

    @Flag(name: .long, help: "Start CSV output with a byte order mark (for spreadsheet programs).")
    var bom = false

    @Option(name: .long, help: ArgumentHelp("Write only table N of the document (CSV).", valueName: "n"))
    var table: Int?

    @Option(name: .long, help: ArgumentHelp("CSV field delimiter (default: sniffed).", valueName: "char"))
    var delimiter: String?

    @Option(name: .long, help: ArgumentHelp("Whether the first CSV row is a header: yes, no or auto (default).", valueName: "mode"))
    var header: String?

    @Flag(name: .long, help: "Repair malformed input where possible instead of failing (CSV).")
    var lenient = false

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp("Seconds an external plugin may run (default 30; fractions allowed).", valueName: "seconds"))
    var pluginTimeout: String?

    @Option(name: .customLong("max-input-size"), help: ArgumentHelp("Largest input accepted (default 1G).", valueName: "size"))
    var maxInputSize: String?

    @Option(name: .customLong("max-expanded-size"), help: ArgumentHelp("Largest total an archive may expand to (EPUB; default 1G).", valueName: "size"))
    var maxExpandedSize: String?

    @Option(name: .customLong("max-entries"), help: ArgumentHelp("Most entries an archive may hold (EPUB; default 100000).", valueName: "n"))
    var maxEntries: Int?

    @Option(name: .customLong("max-ratio"), help: ArgumentHelp("Highest expansion ratio of an archive entry over 1 MiB (EPUB; default 250).", valueName: "n"))
    var maxRatio: Int?

    @Option(name: .customLong("max-depth"), help: ArgumentHelp("Deepest element nesting accepted (HTML, XML).", valueName: "n"))
    var maxDepth: Int?

    @Option(name: .customLong("max-line-length"), help: ArgumentHelp("Longest line accepted (text, CSV; default 256M).", valueName: "size"))
    var maxLineLength: String?

    @Option(name: [.customShort("O"), .customLong("option")], help: ArgumentHelp("Pass any plugin option (repeatable); a bare key is a flag.", valueName: "key[=value]"))
    var option: [String] = []

    @Flag(name: [.short, .long], help: "Print no warnings.")
    var quiet = false

    func validate() throws {
        if standalone && fragment { throw ValidationError("--standalone and --fragment exclude each other") }
        if indicators != nil && noIndicators { throw ValidationError("--indicators and --no-indicators exclude each other") }
        if let indicators, IndicatorView(rawValue: indicators) == nil {
            throw ValidationError("--indicators takes table, chart or both, not \"\(indicators)\"")
        }
        for pair in metadata where !pair.contains("=") {
            throw ValidationError("\"\(pair)\" is not key=value")
        }
    }

    /// The plugin options these flags set; `SOURCE_DATE_EPOCH` from the environment fixes timestamps.
    func pluginOptions(environment: [String: String]) -> Options {
        var options = Options()
        for pair in option {
            let (key, value) = Self.split(pair)
            options[key] = value
        }
        if standalone { options["standalone"] = "true" }
        if fragment { options["fragment"] = "true" }
        if noExtract { options["no-extract"] = "true" }
        if bom { options["bom"] = "true" }
        if lenient { options["lenient"] = "true" }
        if let indicators { options[IndicatorView.optionKey] = indicators }
        let values: [(String, String?)] = [
            ("css", css), ("template", template), ("cover", cover), ("encoding", encoding), ("layout", layout),
            ("columns", columns.map(String.init)), ("wrap", wrap), ("table", table.map(String.init)),
            ("delimiter", delimiter), ("header", header), ("plugin-timeout", pluginTimeout),
            ("max-input-size", maxInputSize), ("max-expanded-size", maxExpandedSize),
            ("max-entries", maxEntries.map(String.init)), ("max-ratio", maxRatio.map(String.init)), ("max-depth", maxDepth.map(String.init)),
            ("max-line-length", maxLineLength),
        ]
        for case let (key, value?) in values { options[key] = value }
        if let epoch = environment["SOURCE_DATE_EPOCH"], options["source-date-epoch"] == nil {
            options["source-date-epoch"] = epoch
        }
        return options
    }

    /// A pipeline over `registry` with these options, metadata and filters.
    ///
    /// A `--filter` that names a path (`./my-filter`) runs that executable as an external filter;
    /// external readers and writers are described only when an extension needs them.
    func pipeline(registry: PluginRegistry, environment: [String: String], inputs: [String] = [], outputs: [String] = []) -> Pipeline {
        let pathFilters = filter.filter { $0.contains("/") }.map {
            ExternalPlugin(executable: URL(fileURLWithPath: $0), role: .filter, name: $0)
        }
        // Only paths whose format is left to their extension may need an external plugin's description.
        return Pipeline(
            registry: registry.registering(pathFilters)
                .describingExternalPlugins(forInputs: from == nil ? inputs : [], outputs: outputs),
            options: pluginOptions(environment: environment),
            metadataOverrides: metadata.map(Self.split),
            filters: filter,
            disabledDefaultFilters: noIndicators ? ["indicators"] : [],
            extraFilters: indicators != nil ? ["indicators"] : [])
    }

    /// The arguments with a bare `--indicators` (before any `--`) spelled `--indicators=both`,
    /// so that the flag works with and without a view, as `--indicators=table` does.
    static func expandingBareIndicators(_ arguments: [String]) -> [String] {
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        return arguments[..<end].map { $0 == "--indicators" ? "--indicators=" + IndicatorView.both.rawValue : $0 } + arguments[end...]
    }

    private static func split(_ pair: String) -> (key: String, value: String) {
        guard let equals = pair.firstIndex(of: "=") else { return (pair, "") }
        return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
    }
}
