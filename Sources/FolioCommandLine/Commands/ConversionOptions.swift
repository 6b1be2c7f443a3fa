import ArgumentParser
import External
import Folio
import Foundation

/// The options that shape a conversion, shared by `folio` and `folio batch`.
///
/// Only the flags of every conversion live here; a plugin's own options are `-O key=value`,
/// declared by the plugin, and their familiar flags (`--columns 60`) are rewritten to `-O`
/// before parsing (see ``PluginFlags``).
struct ConversionOptions: ParsableArguments {
    @Option(name: [.short, .customLong("from"), .customLong("read")], help: "Input format (default: from the input's extension).")
    var from: String?

    @Option(name: [.customShort("M"), .long], help: ArgumentHelp("Set a metadata field (title, subtitle, author, date, language, identifier, …).", valueName: "key=value"))
    var metadata: [String] = []

    @Option(name: .long, help: ArgumentHelp("Run a filter: a registered name or an executable's path (repeatable, in order).", valueName: "name"))
    var filter: [String] = []

    @Option(name: .customLong("no-filter"), help: ArgumentHelp("Do not run a filter, not even one a writer asks for (repeatable).", valueName: "name"))
    var noFilter: [String] = []

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp("Seconds an external plugin may run (default 30; fractions allowed).", valueName: "seconds"))
    var pluginTimeout: String?

    @Option(name: [.customShort("O"), .customLong("option")], help: ArgumentHelp("Set an option a plugin of this conversion declares (repeatable); a bare key is a flag. `folio formats --options` lists them, with their familiar flags (--cover, --columns, …).", valueName: "key[=value]"))
    var option: [String] = []

    @Flag(name: [.short, .long], help: "Print no warnings.")
    var quiet = false

    @Flag(name: .customLong("no-learn-chrome"), help: "With several inputs, do not learn the chrome lines that recur across their pages.")
    var noLearnChrome = false

    func validate() throws {
        for pair in metadata where !pair.contains("=") {
            throw ValidationError("\"\(pair)\" is not key=value")
        }
        if let name = filter.first(where: noFilter.contains) {
            throw ValidationError("--filter \(name) and --no-filter \(name) exclude each other")
        }
    }

    /// The keys the user set with `-O` (or a plugin's flag for it), which the conversion's plugins must declare.
    var optionKeys: Set<String> {
        Set(option.map { Self.split($0).key })
    }

    /// The plugin options these flags set; `SOURCE_DATE_EPOCH` from the environment fixes timestamps.
    func pluginOptions(environment: [String: String]) -> Options {
        var options = Options()
        for pair in option {
            let (key, value) = Self.split(pair)
            options[key] = value
        }
        if let pluginTimeout { options["plugin-timeout"] = pluginTimeout }
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
            disabledDefaultFilters: Set(noFilter))
    }

    /// The pipeline, once every `-O` key is known to be declared by a plugin it uses: the readers
    /// of `inputs` and the writers of `outputs` (every one when nil, as in a batch), and their filters.
    ///
    /// A key that only an external plugin might declare has that plugin described first.
    /// Throws ``FolioError/Kind/invalidOption`` (exit status 2) naming the key, before anything is read or written.
    func checkingOptions(of pipeline: Pipeline, inputs: [String]?, outputs: [Pipeline.Output]?) throws -> Pipeline {
        let keys = optionKeys
        guard !keys.isEmpty else { return pipeline }
        let planned = inputs.map { $0.map { Pipeline.Input(data: Data(), source: $0, format: from) } }
        func check(_ pipeline: Pipeline) throws {
            try pipeline.optionDeclarations(inputs: planned, outputs: outputs)
                .check(keys, everywhere: OptionDeclarations(registry: pipeline.registry))
        }
        do {
            try check(pipeline)
            return pipeline
        } catch let error as FolioError where error.kind == .invalidOption && pipeline.registry.externalPlugins.contains(where: { !$0.isDescribed }) {
            var described = pipeline
            described.registry = pipeline.registry.describingExternalPlugins()
            try check(described)
            return described
        }
    }

    private static func split(_ pair: String) -> (key: String, value: String) {
        guard let equals = pair.firstIndex(of: "=") else { return (pair, "") }
        return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
    }
}
