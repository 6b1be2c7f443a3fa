import ArgumentParser
import Folio
import Foundation

/// `folio merge archive.db shard-1.db shard-2.db`: gathers archives (the databases of a
/// sharded batch) into one.
struct MergeCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge archives, such as the databases of `folio batch --shard K/N` runs, into one.",
        discussion: """
            The output is created when absent; a page that several archives hold takes the \
            version of the last one named. The format comes from the output's extension unless \
            -t names it, and must be one that keeps a whole batch in one file (sqlite).
            """)

    @Option(name: [.short, .long], help: ArgumentHelp("The archive to merge into.", valueName: "file"))
    var output: String

    @Argument(help: ArgumentHelp("The archives to merge, in order.", valueName: "archive"))
    var inputs: [String] = []

    @Option(name: [.short, .customLong("to")], help: "The archive format (default: from the output's extension).")
    var to: String?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name the archives to merge") }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let entry = try context.discoveringExternalPlugins().resolveWriter(format: to, path: output)
        guard let writer = entry.capability as? any ArchiveWriter else {
            throw CommandLineUsageError(message: "\(entry.descriptor.name) writes one output per page, not an archive that can be merged; use -o archive.db")
        }
        for input in inputs where FileSystem.status(input) == nil {
            throw FolioError(.fileSystem, "no such file", source: input)
        }
        let archive = try writer.openArchive(at: output, context: WriteContext())
        for input in inputs { try archive.merge(archiveAt: input) }
        try archive.close()
        return FolioCommand.success
    }
}
