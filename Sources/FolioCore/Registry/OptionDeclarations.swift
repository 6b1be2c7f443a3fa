/// The options that a set of plugins declares, and the check of a conversion's `-O` keys against them.
///
/// A key is accepted when a plugin the conversion uses declares it for the part it uses (the
/// reader of an input, the writer of an output, a filter that runs); otherwise the check
/// names the key and suggests the nearest declared name, so a typo never passes silently.
public struct OptionDeclarations: Sendable {
    /// One declaration: the plugin that makes it and the option.
    public struct Declaration: Sendable, Hashable {
        /// The plugin's name (`epub`).
        public var plugin: String
        /// The option.
        public var option: PluginOption

        /// Where the option belongs, as users read it: `the epub writer`.
        public var owner: String { "the \(plugin) \(option.role.rawValue)" }
    }

    /// The declarations, in plugin order.
    public var declarations: [Declaration]

    /// The declarations of these readers', writers' and filters' descriptors, each for its own role.
    public init(readers: [PluginDescriptor] = [], writers: [PluginDescriptor] = [], filters: [PluginDescriptor] = []) {
        // A plugin named more than once (the reader of several inputs) declares its options once.
        // Its name tells it apart, as in a registry: hashing whole declarations cost each start of
        // `folio` more than the rest of reading its command line's plugin flags.
        func declared(_ descriptors: [PluginDescriptor], _ role: PluginOption.Role) -> [Declaration] {
            var seen: Set<String> = []
            return descriptors.filter { seen.insert($0.name).inserted }.flatMap { descriptor in
                descriptor.options.filter { $0.role == role }.map { Declaration(plugin: descriptor.name, option: $0) }
            }
        }
        declarations = declared(readers, .reader) + declared(writers, .writer) + declared(filters, .filter)
    }

    /// Every declaration of a registry's plugins.
    public init(registry: PluginRegistry) {
        self.init(readers: registry.readers.map(\.descriptor), writers: registry.writers.map(\.descriptor), filters: registry.filters.map(\.descriptor))
    }

    /// The declared option names, and those of ``PluginOption/common``.
    public var names: Set<String> { Set((declarations.map(\.option) + PluginOption.common).map(\.name)) }

    /// Throws ``FolioError/Kind/invalidOption`` for the first key no declaration here names;
    /// `everywhere` (the whole registry's declarations) says where else a key belongs, or which
    /// declared name is nearest to a typo.
    public func check(_ keys: some Sequence<String>, everywhere: OptionDeclarations) throws {
        let known = names
        for key in keys.sorted() where !known.contains(key) {
            if let elsewhere = everywhere.declarations.filter({ $0.option.name == key }).map(\.owner).first {
                throw FolioError(.invalidOption, "option \"\(key)\" belongs to \(elsewhere), which this conversion does not use")
            }
            var message = "unknown option \"\(key)\""
            if let nearest = Self.nearest(to: key, among: known.union(everywhere.names)) { message += "; did you mean \"\(nearest)\"?" }
            throw FolioError(.invalidOption, message + " (`folio formats --options` lists every option)")
        }
    }

    /// The name closest to `key` by edit distance, when it is close enough to be a typo of it.
    static func nearest(to key: String, among names: Set<String>) -> String? {
        let scored = names.map { (name: $0, distance: editDistance(Array(key), Array($0))) }
        guard let best = scored.min(by: { ($0.distance, $0.name) < ($1.distance, $1.name) }) else { return nil }
        let isPrefix = best.name.hasPrefix(key) || key.hasPrefix(best.name)
        return best.distance <= max(2, key.count / 3) || isPrefix ? best.name : nil
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Pipeline {
    /// The options declared by what this conversion uses: the readers of `inputs` and the
    /// writers of `outputs` (every reader or writer when nil, as in a batch of mixed formats),
    /// and the filters each writer runs.
    public func optionDeclarations(inputs: [Input]?, outputs: [Output]?) throws -> OptionDeclarations {
        let readers = try inputs.map { try $0.map { try registry.resolveReader(format: $0.format, path: $0.source).descriptor } }
            ?? registry.readers.map(\.descriptor)
        let writers = try outputs.map { try $0.map { try registry.resolveWriter(format: $0.format, path: $0.destination) } } ?? registry.writers
        let filtersRun = Set(writers.flatMap { self.filterNames(for: $0.capability) })
        let filters = try filtersRun.sorted().map { try registry.resolveFilter($0).descriptor }
        return OptionDeclarations(readers: readers, writers: writers.map(\.descriptor), filters: filters)
    }
}
