import ArgumentParser
import Folio
import Foundation

/// `folio INPUT… [-f FMT] [-t FMT] [-o OUT]…`: read once, write each output.
struct ConvertCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert inputs to one or more outputs (the default command).",
        discussion: """
            Formats come from the file extensions unless -f/-t name them; `-` is standard input \
            or output. Several inputs are written into each output as one document (one EPUB \
            chapter per input). Outputs are written only when every step succeeded.
            """)

    @Argument(help: ArgumentHelp("Input files, or - for standard input.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .customLong("to"), .customLong("write")], help: "Output format; once for all outputs, or once per -o (default: from each output's extension).")
    var to: [String] = []

    @Option(name: [.short, .long], help: "Output file, folder (for several tables), or - for standard output (repeatable).")
    var output: [String] = []

    @Flag(name: .customLong("list-input-formats"), help: "List the formats that can be read, and exit.")
    var listInputFormats = false

    @Flag(name: .customLong("list-output-formats"), help: "List the formats that can be written, and exit.")
    var listOutputFormats = false

    @OptionGroup var conversion: ConversionOptions

    func run(in context: CommandContext) throws -> Int32 {
        let registry = isServed(by: context.registry) ? context.registry : context.discoveringExternalPlugins()
        if listInputFormats || listOutputFormats {
            let entries = listInputFormats ? registry.readers.map(\.descriptor) : registry.writers.map(\.descriptor)
            entries.forEach { Terminal.standardOutput($0.name) }
            return FolioCommand.success
        }
        guard !inputs.isEmpty else {
            throw CommandLineUsageError(message: "no input given; try `folio page.txt -o page.epub` or `folio --help`")
        }
        if inputs.filter({ $0 == "-" }).count > 1 {
            throw CommandLineUsageError(message: "standard input (-) can be read only once")
        }
        let outputs = try plannedOutputs()
        let pipeline = conversion.pipeline(registry: registry, environment: context.environment, inputs: inputs, outputs: outputs.filter { $0.format == nil }.map(\.destination))
        let checked = try conversion.checkingOptions(of: pipeline, inputs: inputs, outputs: outputs)
        // Several pages of one paper teach the chrome their frame repeats.
        let learned = conversion.noLearnChrome ? checked : ChromeLearning.learning(from: inputs.filter { $0 != "-" }, format: conversion.from, with: checked, jobs: ProcessInfo.processInfo.activeProcessorCount)
        let job = try FileConversion(pipeline: learned)
        let result = try job.run(inputs: inputs, format: conversion.from, outputs: outputs)
        if !conversion.quiet {
            result.warnings.forEach { Terminal.standardError("folio: warning: \($0)") }
        }
        return FolioCommand.success
    }

    /// Whether the registered plugins do all this conversion asks, so that no external plugin
    /// could take part and the search path need not be listed: every format and filter named is
    /// registered, every path left to its extension has a registered plugin, the writers' own
    /// filters are registered, and no `-O` key needs checking (an external plugin may declare it).
    ///
    /// An external plugin never takes a name a registered one has, so a conversion served
    /// here runs the same with or without the plugins on the path.
    private func isServed(by registry: PluginRegistry) -> Bool {
        guard !listInputFormats, !listOutputFormats, conversion.option.isEmpty,
              let outputs = try? plannedOutputs() else { return false }
        let writers = outputs.compactMap { output in output.format.map(registry.writer(named:)) ?? registry.writer(forPath: output.destination) }
        guard writers.count == outputs.count,
              inputs.allSatisfy({ input in (conversion.from.map(registry.reader(named:)) ?? registry.reader(forPath: input)) != nil }) else { return false }
        let named = conversion.filter.filter { !$0.contains("/") }
        let writersOwn = writers.flatMap(\.capability.defaultFilters).filter { !conversion.noFilter.contains($0) }
        return (named + writersOwn).allSatisfy { registry.filter(named: $0) != nil }
    }

    /// Pairs each -o with its -t: one -t applies to every output, otherwise they pair in order.
    private func plannedOutputs() throws -> [Pipeline.Output] {
        let destinations = output.isEmpty ? ["-"] : output
        if to.count > 1 && to.count != destinations.count {
            throw CommandLineUsageError(message: "\(to.count) output formats (-t) for \(destinations.count) outputs (-o); give one -t for all, or one per -o")
        }
        return try destinations.enumerated().map { index, destination in
            let format = to.count == 1 ? to[0] : (to.isEmpty ? nil : to[index])
            if format == nil && destination == "-" {
                throw CommandLineUsageError(message: "name the format to write to standard output with -t (for example -t text)")
            }
            return Pipeline.Output(destination: destination, format: format)
        }
    }
}
