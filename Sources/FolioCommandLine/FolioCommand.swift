import ArgumentParser
import External
import Folio
import Foundation

/// The `folio` command line: parses arguments, runs a subcommand against a plugin registry,
/// and turns the outcome into an exit code (0 success, 1 conversion failed, 2 usage error).
///
/// A third party builds its own `folio` with extra plugins in one line:
/// ```swift
/// FolioCommand.main(registry: .builtIn.registering([MyPaperReader()]))
/// ```
public enum FolioCommand {
    /// Exit status for a run in which every conversion succeeded.
    public static let success: Int32 = 0
    /// Exit status when a conversion (or any file of a batch) failed.
    public static let conversionFailed: Int32 = 1
    /// Exit status for a malformed command line.
    public static let usageError: Int32 = 2

    /// Runs `folio` with the process's arguments and exits.
    public static func main(registry: PluginRegistry) -> Never {
        let status = run(arguments: Array(CommandLine.arguments.dropFirst()), registry: registry, environment: ProcessInfo.processInfo.environment)
        exit(status)
    }

    /// Runs `folio` with the given arguments and returns its exit status, writing to stdout/stderr.
    ///
    /// External plugins found on `PATH` or `FOLIO_PLUGIN_PATH` in `environment` are added to
    /// `registry` when the command may use one; plugins registered in Swift take precedence over
    /// executables of the same name.
    public static func run(arguments: [String], registry: PluginRegistry, environment: [String: String]) -> Int32 {
        let command: any ParsableCommand
        do {
            command = try RootCommand.parseAsRoot(PluginFlags(registry: registry).rewriting(arguments))
        } catch {
            let status = RootCommand.exitCode(for: error)
            if status == .success {
                Terminal.standardOutput(Self.help(RootCommand.fullMessage(for: error), arguments: arguments, registry: registry))
                return success
            }
            Terminal.standardError(RootCommand.fullMessage(for: error))
            return usageError
        }
        guard let runnable = registryCommand(command) else {
            // The parser's own help command (`folio help batch`), or the root alone.
            let message = RootCommand.helpMessage(for: helpSubject(of: arguments) ?? RootCommand.self)
            Terminal.standardOutput(Self.help(message, arguments: arguments, registry: registry))
            return success
        }
        let context = CommandContext(registry: registry, environment: environment)
        do {
            return try runnable.run(in: context)
        } catch let error as FolioError {
            Terminal.standardError("folio: " + error.description)
            return error.kind == .unknownFormat || error.kind == .invalidOption ? usageError : conversionFailed
        } catch let error as CommandLineUsageError {
            Terminal.standardError("folio: " + error.message)
            return usageError
        } catch {
            Terminal.standardError("folio: \(error)")
            return conversionFailed
        }
    }

    /// The parsed command as a ``RegistryCommand``, cast from its own type: a cast from the
    /// existential would first search the runtime's conformance records for the existential type.
    private static func registryCommand(_ command: some ParsableCommand) -> (any RegistryCommand)? {
        command as? RegistryCommand
    }

    /// The subcommand a help request is about (`batch` in `folio batch --help` or `folio help
    /// batch`), or nil for the root command, whose default is the conversion.
    private static func helpSubject(of arguments: [String]) -> (any ParsableCommand.Type)? {
        guard arguments.contains(where: { ["-h", "--help", "help"].contains($0) }) else { return nil }
        return RootCommand.configuration.subcommands.first { command in
            command.configuration.commandName.map(arguments.contains) ?? false
        }
    }

    /// A help message, ending with the plugins' options when it is the help of a conversion
    /// (`folio --help`, `folio help batch`) rather than of `formats` or `eval`, or the version.
    private static func help(_ message: String, arguments: [String], registry: PluginRegistry) -> String {
        let asksForHelp = arguments.isEmpty || arguments.contains { ["-h", "--help", "help"].contains($0) }
        guard asksForHelp, !arguments.contains(where: { ["formats", "eval", "merge", "--version"].contains($0) }) else { return message }
        return message + "\n" + OptionListing(registry: registry).helpSection
    }
}

/// What every subcommand gets: the plugins and the environment.
struct CommandContext {
    /// The plugins registered in Swift: built-in, and registered by the embedding program.
    var registry: PluginRegistry
    /// The process environment (SOURCE_DATE_EPOCH, FOLIO_PLUGIN_PATH, PATH).
    var environment: [String: String]

    /// ``registry`` with the external plugins found on `FOLIO_PLUGIN_PATH` and `PATH` added.
    ///
    /// Listing every directory of `PATH` is a noticeable part of a one-page conversion, so a
    /// command asks for this only when it may use such a plugin.
    func discoveringExternalPlugins() -> PluginRegistry {
        registry.registeringExternal(ExternalPlugins.discover(environment: environment))
    }
}

/// A subcommand that runs against a registry rather than global state.
protocol RegistryCommand {
    /// Runs the subcommand and returns the exit status.
    func run(in context: CommandContext) throws -> Int32
}

/// A command-line mistake found after parsing (a bad combination of flags); exits with status 2.
struct CommandLineUsageError: Error {
    /// What is wrong and how to fix it.
    var message: String
}

/// The root `folio` command; converting is the default subcommand.
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Convert documents — newspaper e-paper pages above all — between text, HTML, EPUB, CSV and JSON.",
        discussion: """
            Examples:
              folio page.txt -o page.epub               text page to EPUB
              folio page.txt -o page.epub -o page.csv   EPUB and indicator table
              folio page.html -t text --columns 60      HTML to wrapped text
              folio a.txt b.txt c.txt -o day.epub       several pages, one book
              folio batch pages/ -t epub -o out/        a folder tree, all cores
              folio batch pages/ -t sqlite -o pages.db  a folder tree as one database
              folio merge -o all.db a.db b.db           merge databases of sharded runs
              folio formats                             readers, writers, filters
              folio - -f text -t json | folio-filter-x | folio - -f json -o p.epub
            """,
        version: "0.1.0",
        subcommands: [ConvertCommand.self, BatchCommand.self, MergeCommand.self, FormatsCommand.self, EvalCommand.self],
        defaultSubcommand: ConvertCommand.self)
}
