import Foundation
import FolioCore

/// A reader, writer or filter that runs an external plugin, so that a registry entry leads back to its plugin.
protocol ExternalCapability: Sendable {
    /// The plugin this capability runs.
    var plugin: ExternalPlugin { get }
}

extension ExternalCapability {
    /// The plugin's executable.
    var executable: PluginExecutable { plugin.program }
}

/// An external reader: input bytes on stdin, Folio JSON on stdout.
struct ExternalReader: DocumentReader, ExternalCapability {
    /// The plugin this reader runs.
    var plugin: ExternalPlugin

    /// Runs the plugin on the input and decodes what it printed.
    func read(_ data: Data, source: String, options: Options) throws -> Document {
        let environment = PluginEnvironment(options: options, source: source)
        let (output, errors) = try executable.run(input: data, environment: environment, limits: RunLimits(options: options))
        return try executable.decodeDocument(output, errors: errors)
    }
}

/// An external writer: Folio JSON on stdin, the output's bytes on stdout; stderr lines become warnings.
struct ExternalWriter: DocumentWriter, ExternalCapability {
    /// The plugin this writer runs.
    var plugin: ExternalPlugin

    /// Runs the plugin on the document's JSON and returns what it printed.
    func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        let input = try JSONFormat.Writer.encode(document)
        let environment = PluginEnvironment(options: context.options)
        let (output, errors) = try executable.run(input: input, environment: environment, limits: RunLimits(options: context.options))
        let warnings = errors.split(separator: "\n").map { "\(executable.displayName): \($0)" }
        return WriterOutput(data: output, warnings: warnings)
    }
}

/// An external filter: Folio JSON in, Folio JSON out.
struct ExternalFilter: DocumentFilter, ExternalCapability {
    /// The plugin this filter runs.
    var plugin: ExternalPlugin

    /// Runs the plugin on the document's JSON and decodes what it printed.
    func apply(to document: Document, options: Options) throws -> Document {
        let input = try JSONFormat.Writer.encode(document)
        let (output, errors) = try executable.run(input: input, environment: PluginEnvironment(options: options), limits: RunLimits(options: options))
        return try executable.decodeDocument(output, errors: errors)
    }
}
