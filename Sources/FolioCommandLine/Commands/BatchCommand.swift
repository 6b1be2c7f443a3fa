import ArgumentParser
import External
import Folio
import Foundation
import Synchronization

/// `folio batch DIR -t FMT… -o OUTDIR`: convert a folder tree on all cores.
struct BatchCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert a folder tree, mirroring it under the output folder, on all cores.",
        discussion: """
            Hidden files and files of no known format are skipped and counted. A file that fails \
            is reported and the batch goes on; the exit status is 1 if any failed. Outputs newer \
            than their input are kept, so an interrupted batch resumes where it stopped. A format \
            that keeps a whole batch in one file (-t sqlite -o archive.db) stores every page \
            there, converting only the pages changed since the last run. With --manifest, input/output pairs come as JSON lines ({"input": "a.txt", "output": \
            "out/a.epub"}) and one JSON line of result per item goes to standard output.
            """)

    @Argument(help: ArgumentHelp("The folder to convert (not with --manifest).", valueName: "input-dir"))
    var inputDirectory: String?

    @Option(name: [.short, .customLong("to")], help: "Output format (repeatable, one output per format).")
    var to: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Output folder.", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Worker threads (default: the core count).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Convert only files matching a glob (repeatable; without / it matches the file name).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("Skip files matching a glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .long, help: "Convert even when an output is newer than its input.")
    var force = false

    @Flag(name: .long, help: "Write one output per folder, its pages in name order (a day's pages as one book).")
    var combine = false

    @Option(name: .long, help: ArgumentHelp("Convert only shard K of N (a stable partition of the inputs).", valueName: "K/N"))
    var shard: String?

    @Option(name: .long, help: ArgumentHelp("Read input/output pairs as JSON lines from a file or - (standard input).", valueName: "file"))
    var manifest: String?

    @Option(name: .long, help: ArgumentHelp("Write a JSON record per file (input, outputs, status, error, duration).", valueName: "file"))
    var report: String?

    @OptionGroup var conversion: ConversionOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if manifest == nil {
            if inputDirectory == nil { throw ValidationError("name the folder to convert, or give --manifest") }
            if to.isEmpty { throw ValidationError("name at least one output format with -t") }
            if output == nil { throw ValidationError("name the output folder with -o") }
        } else if inputDirectory != nil || combine || shard != nil {
            throw ValidationError("--manifest takes its inputs from the manifest; drop the folder, --combine and --shard")
        }
    }

    func run(in context: CommandContext) throws -> Int32 {
        // A batch may meet any extension, so external plugins describe themselves once up front.
        let registry = context.discoveringExternalPlugins().describingExternalPlugins()
        let outputs = to.isEmpty ? nil : to.map { Pipeline.Output(destination: "-", format: $0) }
        var pipeline = try conversion.checkingOptions(of: conversion.pipeline(registry: registry, environment: context.environment), inputs: nil, outputs: outputs)
        // A combined output gathers many pages' rows, so each row says where it came from, even in a folder of one page.
        if combine { pipeline.options[PluginOption.provenance.name] = "" }
        if let manifest { return try runManifest(manifest, runner: BatchRunner(conversion: try FileConversion(pipeline: pipeline), force: force, jobs: jobs, inputFormat: conversion.from)) }
        guard let inputDirectory, let output else { return FolioCommand.usageError }
        let archiveWriter = try self.archiveWriter(registry: registry, output: output)
        let plan = try BatchPlan(
            root: inputDirectory, outputRoot: output, formats: to, registry: registry,
            include: include, exclude: exclude, shard: try shard.map(BatchPlan.Shard.init(parsing:)),
            combine: combine, inputFormat: conversion.from)
        // Chrome that recurs across the folder's pages is learned from a sample before converting.
        let learned = conversion.noLearnChrome ? pipeline : ChromeLearning.learning(from: plan.items.flatMap(\.inputs), format: conversion.from, with: pipeline, jobs: jobs)
        let progress = BatchProgress(total: plan.items.count, style: conversion.quiet ? .silent : (Terminal.standardErrorIsTerminal ? .bar : .lines))
        let quiet = conversion.quiet
        let show: @Sendable (BatchRecord) -> Void = { record in
            if record.status == .failed, let error = record.error {
                Terminal.standardError((progress.isBar ? "\r\u{1B}[K" : "") + "folio: " + error)
            } else if !quiet {
                record.warnings.forEach { Terminal.standardError("folio: warning: \(record.input): \($0)") }
            }
            progress.advance(failed: record.status == .failed)
        }
        let records = if let archiveWriter {
            try ArchiveBatch(pipeline: learned, writer: archiveWriter, destination: output, format: conversion.from, force: force, jobs: jobs)
                .run(plan.items, onRecord: show)
        } else if let streamingWriter = try streamingWriter(registry: registry) {
            try convertCombined(plan.items, with: streamingWriter, pipeline: learned, onRecord: show)
        } else {
            BatchRunner(conversion: try FileConversion(pipeline: learned), force: force, jobs: jobs, inputFormat: conversion.from).run(plan.items, onRecord: show)
        }
        progress.finish()
        if let report { try writeReport(records, to: report) }
        let failed = records.filter { $0.status == .failed }.count
        if !quiet {
            let converted = records.filter { $0.status == .converted }.count
            let skipped = records.filter { $0.status == .skipped }.count
            let seconds = progress.elapsedSeconds
            let rate = seconds > 0 ? Double(converted) / seconds : 0
            Terminal.standardError(String(
                format: "folio batch: %d converted, %d up to date, %d failed, %d ignored (hidden or unknown format) in %.2f s, %.0f pages/s",
                converted, skipped, failed, plan.ignored, seconds, rate))
        }
        return failed > 0 ? FolioCommand.conversionFailed : FolioCommand.success
    }

    /// The writer of an archive format (`-t sqlite`), which fills one file for the whole batch
    /// instead of one output per page; nil for formats written page by page.
    private func archiveWriter(registry: PluginRegistry, output: String) throws -> (any ArchiveWriter)? {
        let writers = try to.map { try registry.resolveWriter(format: $0, path: "") }
        guard let entry = writers.first(where: { $0.capability is any ArchiveWriter }), let writer = entry.capability as? any ArchiveWriter else { return nil }
        let name = entry.descriptor.name
        if to.count > 1 || combine {
            throw CommandLineUsageError(message: "-t \(name) writes one file for the whole batch; run it on its own, without other -t formats or --combine")
        }
        if output.hasSuffix("/") || FileSystem.status(output)?.isDirectory == true {
            throw CommandLineUsageError(message: "-t \(name) writes one file for the whole batch; name it with -o (for example -o archive.\(entry.descriptor.extensions.first ?? name)), not a folder")
        }
        return writer
    }

    /// The writer of a `--combine` batch's one output format when it writes a combined output a
    /// document at a time (CSV, TSV); nil otherwise, when each folder is converted in memory.
    private func streamingWriter(registry: PluginRegistry) throws -> (any StreamingWriter)? {
        guard combine, to.count == 1 else { return nil }
        return try registry.resolveWriter(format: to[0], path: "").capability as? any StreamingWriter
    }

    /// Writes each folder's pages into its one output as they are converted (``CombinedBatch``).
    private func convertCombined<Writer: StreamingWriter>(_ items: [BatchItem], with writer: Writer, pipeline: Pipeline,
                                                          onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        try CombinedBatch(pipeline: pipeline, writer: writer, format: conversion.from, force: force, jobs: jobs).run(items, onRecord: onRecord)
    }

    /// Converts the manifest's items, printing one JSON result line per item as it finishes.
    private func runManifest(_ path: String, runner: BatchRunner) throws -> Int32 {
        let data = try InputFile.read(path, maximumSize: runner.conversion.maximumInputSize)
        let items = try ManifestEntry.parse(data, source: path, defaultFormats: to)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output = Mutex(())
        let records = runner.run(items) { record in
            guard let line = try? encoder.encode(record) else { return }
            output.withLock { _ in FileHandle.standardOutput.write(line + Data("\n".utf8)) }
        }
        if let report { try writeReport(records, to: report) }
        return records.contains { $0.status == .failed } ? FolioCommand.conversionFailed : FolioCommand.success
    }

    private func writeReport(_ records: [BatchRecord], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(records)
        try FileSystem.writeAtomically(data + Data("\n".utf8), to: path)
    }
}

/// One line of a `--manifest`: an input and where its outputs go.
struct ManifestEntry: Decodable {
    /// The input file.
    var input: String
    /// One output file.
    var output: String?
    /// Several output files.
    var outputs: [String]?
    /// The output format, when the output's extension does not say it.
    var to: String?

    /// Parses JSON lines into batch items; blank lines are skipped, a bad line is an error naming it.
    static func parse(_ data: Data, source: String, defaultFormats: [String]) throws -> [BatchItem] {
        var items: [BatchItem] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            let entry: ManifestEntry
            do {
                entry = try decoder.decode(ManifestEntry.self, from: Data(line))
            } catch {
                throw FolioError(.malformedInput, "a manifest line must be {\"input\": …, \"output\": …} or {\"input\": …, \"outputs\": […]}", source: source, line: number + 1)
            }
            let destinations = entry.outputs ?? entry.output.map { [$0] } ?? []
            guard !destinations.isEmpty else {
                throw FolioError(.malformedInput, "the entry for \(entry.input) names no output", source: source, line: number + 1)
            }
            let formats = entry.to.map { [$0] } ?? defaultFormats
            let outputs = destinations.enumerated().map { index, destination in
                Pipeline.Output(destination: destination, format: formats.count == destinations.count ? formats[index] : (formats.count == 1 ? formats[0] : nil))
            }
            items.append(BatchItem(inputs: [entry.input], names: [entry.input], outputs: outputs, label: entry.input))
        }
        return items
    }
}
