import Foundation

/// One conversion's route through the registry: read each input, filter, write each output.
///
/// The pipeline does no I/O of its own: it takes bytes and returns ``WriterOutput`` values, so
/// the command line, batch mode and tests all drive it the same way.
public struct Pipeline: Sendable {
    /// One input: its bytes, the name it is known by, and the reader to use (nil: by extension).
    public struct Input: Sendable {
        /// The input's bytes.
        public var data: Data
        /// The path or `-` the input came from; used for errors, extension lookup and relative resources.
        public var source: String
        /// The reader's name, or nil to choose by the source's extension.
        public var format: String?
        /// The name writers record for the input (``WriteContext/inputNames``): the path
        /// relative to the batch root in a batch; by default the source.
        public var name: String

        /// Creates an input.
        public init(data: Data, source: String, format: String? = nil, name: String? = nil) {
            self.data = data
            self.source = source
            self.format = format
            self.name = name ?? source
        }
    }

    /// One output: where it goes (for extension lookup) and the writer to use (nil: by extension).
    public struct Output: Sendable {
        /// The destination path or `-`.
        public var destination: String
        /// The writer's name, or nil to choose by the destination's extension.
        public var format: String?

        /// Creates an output.
        public init(destination: String, format: String? = nil) {
            self.destination = destination
            self.format = format
        }
    }

    /// The plugins available.
    public var registry: PluginRegistry
    /// The user's options, handed to every reader, filter and writer.
    public var options: Options
    /// Metadata the user set (`--metadata key=value`), applied over what the reader found.
    public var metadataOverrides: [(key: String, value: String)]
    /// Filters to run, by name, in order.
    public var filters: [String]
    /// Writers' default filters that the user turned off (`--no-filter NAME`).
    public var disabledDefaultFilters: Set<String>

    /// Creates a pipeline.
    public init(
        registry: PluginRegistry, options: Options = Options(),
        metadataOverrides: [(key: String, value: String)] = [], filters: [String] = [],
        disabledDefaultFilters: Set<String> = []
    ) {
        self.registry = registry
        self.options = options
        self.metadataOverrides = metadataOverrides
        self.filters = filters
        self.disabledDefaultFilters = disabledDefaultFilters
    }

    /// Reads one input with its reader, then applies the metadata overrides.
    public func read(_ input: consuming Input) throws -> Document {
        try readReporting(consume input).document
    }

    /// Reads one input as ``read(_:)`` does, with the reader's warnings
    /// (``DocumentReader/readReporting(_:source:options:)``) prefixed by the input's name.
    ///
    /// The input's bytes go to the reader, which may let them go before it is done.
    public func readReporting(_ input: consuming Input) throws -> ReadResult {
        let reader = try registry.resolveReader(format: input.format, path: input.source)
        var data = Data()
        swap(&data, &input.data)
        var result: ReadResult
        do {
            // A requirement, not a cast to a narrower protocol: the first such cast in a process
            // scans every conformance the binary holds, which cost more than reading a page.
            result = try reader.capability.readReporting(consume data, source: input.source, options: options)
            result.warnings = result.warnings.map { "\(input.source): \($0)" }
        } catch let error as FolioError {
            throw error.withSource(input.source)
        } catch {
            throw FolioError(.malformedInput, "\(error)", source: input.source)
        }
        for (key, value) in metadataOverrides { result.document.metadata.set(key, to: value) }
        return result
    }

    /// Reads one input and applies the filters `writer` runs with: the document that writer
    /// would get, for writers that store documents one at a time (``ArchiveWriter``).
    public func prepare(_ input: Input, for writer: any DocumentWriter) throws -> ReadResult {
        var result = try readReporting(input)
        result.document = try apply(filterNames(for: writer), to: result.document)
        return result
    }

    /// Applies the named filters in order.
    public func apply(_ names: [String], to document: Document) throws -> Document {
        var document = document
        for name in names {
            let filter = try registry.resolveFilter(name)
            document = try filter.capability.apply(to: document, options: options)
        }
        return document
    }

    /// The filters to run for one writer: the explicit ones, then the writer's defaults that
    /// are neither disabled nor already in the list.
    public func filterNames(for writer: any DocumentWriter) -> [String] {
        var names = filters
        for name in writer.defaultFilters where !names.contains(name) && !disabledDefaultFilters.contains(name) {
            names.append(name)
        }
        return names
    }

    /// Reads every input once and writes every output, returning the outputs in order; the
    /// readers' warnings come first among the first output's.
    ///
    /// Several inputs go into each output as one collection (one EPUB chapter per input).
    /// Nothing is written to disk here; the caller commits the outputs when all succeeded.
    /// Each input's bytes go to its reader, so a caller that hands its inputs over
    /// (`run(inputs: consume inputs, …)`) does not keep a large input beside its document.
    public func run(inputs: consuming [Input], outputs: [Output], resources: any ResourceLoader = NoResources()) throws -> [WriterOutput] {
        let writers = try outputs.map { try registry.resolveWriter(format: $0.format, path: $0.destination) }
        let inputNames = inputs.map(\.name)
        var read: [ReadResult] = []
        read.reserveCapacity(inputs.count)
        for index in inputs.indices {
            let input = inputs[index]
            inputs[index].data = Data()
            read.append(try readReporting(consume input))
        }
        let documents = read.map(\.document)
        // Outputs are few, so a list serves as the cache: a dictionary keyed by filter lists would
        // cost each process two searches of the runtime's conformance records for its key type.
        var filteredBy: [(filters: [String], documents: [Document])] = []
        var results: [WriterOutput] = []
        for writer in writers {
            let names = filterNames(for: writer.capability)
            let filtered: [Document]
            if let earlier = filteredBy.first(where: { $0.filters == names }) {
                filtered = earlier.documents
            } else {
                filtered = try documents.map { try apply(names, to: $0) }
                filteredBy.append((names, filtered))
            }
            let context = WriteContext(options: options, resources: resources, inputNames: inputNames)
            results.append(try Self.write(filtered, with: writer.capability, context: context))
        }
        // The readers' warnings go with the first output, so they are printed once.
        if !results.isEmpty { results[0].warnings.insert(contentsOf: read.flatMap(\.warnings), at: 0) }
        return results
    }

    /// Writes documents with a writer: one document directly, several as a collection.
    public static func write(_ documents: [Document], with writer: any DocumentWriter, context: WriteContext) throws -> WriterOutput {
        documents.count == 1
            ? try writer.write(documents[0], context: context)
            : try writer.write(collection: documents, context: context)
    }
}
