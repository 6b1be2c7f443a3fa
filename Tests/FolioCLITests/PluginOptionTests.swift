import Folio
@testable import FolioCommandLine
import Foundation
import FolioTestSupport
import Testing

/// Options declared by plugins: checked before anything is read or written, reachable by their
/// familiar flags, listed by `folio formats --options`, and documented in the README as declared.
@Suite struct PluginOptionTests {
    static let page = ProjectFolders.project("Examples/pages/ningbo-daily-2024-09-01-A2.txt").path

    @Test(arguments: [
        (["-O", "no-such-option=1"], "unknown option \"no-such-option\""),
        (["-O", "pretty"], "option \"pretty\" belongs to the json writer"),
        (["-O", "cuver=x.png"], "did you mean \"cover\"?"),
        (["--columns", "60"], "option \"columns\" belongs to the text writer"),
    ])
    func anUndeclaredOptionIsAUsageErrorAndWritesNothing(_ extra: [String], _ message: String) throws {
        let folder = try TemporaryFolder()
        let run = try FolioBinary.run([Self.page, "-o", folder.path("page.epub")] + extra)
        #expect(run.status == 2)
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(folder.files().isEmpty)
    }

    @Test func familiarFlagsAreTheDeclaredOptions() throws {
        let folder = try TemporaryFolder()
        let flagged = try FolioBinary.run([Self.page, "-t", "text", "--columns", "30", "--layout=plain"])
        let keyed = try FolioBinary.run([Self.page, "-t", "text", "-O", "columns=30", "-O", "layout=plain"])
        #expect(flagged.status == 0 && keyed.status == 0, "\(flagged.standardError) \(keyed.standardError)")
        #expect(flagged.output == keyed.output)
        #expect(try FolioBinary.run([Self.page, "-o", folder.path("page.csv"), "--bom", "--no-indicators"]).status == 1)
        let csv = try FolioBinary.run([Self.page, "-o", folder.path("page.csv"), "--bom"])
        #expect(csv.status == 0, "\(csv.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("page.csv"))).starts(with: [0xEF, 0xBB, 0xBF]))
        let withTable = try FolioBinary.run([Self.page, "-t", "json", "--indicators"])
        #expect(withTable.output.contains("\"role\":\"indicators\""))
    }

    @Test func formatsListsTheOptionsAndHelpEndsWithThem() throws {
        let listing = try FolioBinary.run(["formats", "--options"])
        #expect(listing.status == 0)
        for declaration in OptionDeclarations(registry: .builtIn).declarations {
            #expect(listing.output.contains(declaration.option.name), "\(declaration.option.name)")
        }
        let help = try FolioBinary.run(["--help"])
        #expect(help.output.contains("PLUGIN OPTIONS"))
        #expect(help.output.contains("[--cover]"))
    }

    /// The README's table of plugin options, row for row as the built-in plugins declare them.
    @Test func readmeTableMatchesTheDeclarations() throws {
        let readme = try String(contentsOf: ProjectFolders.project("README.md"), encoding: .utf8)
        let section = readme.components(separatedBy: "### Plugin options").dropFirst().first ?? ""
        let documented = section.components(separatedBy: "\n\n").dropFirst().first { $0.hasPrefix("|") } ?? ""
        let rows = documented.split(separator: "\n").dropFirst(2).map(String.init)
        let expected = Self.readmeRows()
        #expect(rows == expected, "the README's plugin options table should read:\n\(expected.joined(separator: "\n"))")
    }

    /// One row per option and part (`css` of the HTML and EPUB writers is one row), in declaration order.
    static func readmeRows() -> [String] {
        var order: [String] = []
        var owners: [String: [String]] = [:]
        var options: [String: PluginOption] = [:]
        for option in PluginOption.common {
            let key = option.name + " " + option.role.rawValue
            order.append(key)
            owners[key] = ["every"]
            options[key] = option
        }
        for declaration in OptionDeclarations(registry: .builtIn).declarations {
            let key = declaration.option.name + " " + declaration.option.role.rawValue
            if options[key] == nil {
                order.append(key)
                options[key] = declaration.option
            }
            owners[key, default: []].append(declaration.plugin)
        }
        return order.compactMap { key in
            guard let option = options[key] else { return nil }
            let cells = [
                "`\(option.name)`",
                (owners[key] ?? []).joined(separator: ", ") + " " + option.role.rawValue,
                option.kind.label.replacingOccurrences(of: "|", with: "\\|"),
                option.defaultValue ?? "",
                option.flags.map { "`\($0)`" }.joined(separator: ", "),
                option.help,
            ]
            return "| " + cells.joined(separator: " | ") + " |"
        }
    }
}

/// The rewriting of declared spellings, on a registry with a writer option that shares its
/// flag with a filter's switch (as a view choice for the indicator table would).
@Suite struct PluginFlagsTests {
    struct Tables: FolioPlugin {
        var descriptor: PluginDescriptor {
            PluginDescriptor(name: "tables", summary: "a filter", filterSwitch: "tables")
        }
        var filter: (any DocumentFilter)? { Filter() }
        struct Filter: DocumentFilter {
            func apply(to document: Document, options: Options) throws -> Document { document }
        }
    }

    struct Sheet: FolioPlugin {
        var descriptor: PluginDescriptor {
            PluginDescriptor(name: "sheet", summary: "a writer", options: [
                PluginOption("table-view", .choice(["grid", "chart"]), for: .writer, help: "how tables look", flags: ["--tables"]),
                PluginOption("width", .integer, for: .writer, help: "columns", flags: ["--width", "-w"]),
                PluginOption("boxed", .flag, for: .writer, help: "draw boxes", flags: ["--boxed"]),
            ])
        }
        var writer: (any DocumentWriter)? { Writer() }
        struct Writer: DocumentWriter {
            func write(_ document: Document, context: WriteContext) throws -> WriterOutput { WriterOutput(data: Data()) }
        }
    }

    let flags = PluginFlags(registry: PluginRegistry([Tables(), Sheet()]))

    @Test func optionsBecomeKeys() {
        #expect(flags.rewriting(["a.txt", "--width", "40", "-w", "50", "--width=60", "--boxed"])
                == ["a.txt", "-O", "width=40", "-O", "width=50", "-O", "width=60", "-O", "boxed"])
    }

    @Test func switchesBecomeFiltersAndAnAttachedValueTheSharedOption() {
        #expect(flags.rewriting(["--tables", "a.txt"]) == ["--filter", "tables", "a.txt"])
        #expect(flags.rewriting(["--no-tables"]) == ["--no-filter", "tables"])
        #expect(flags.rewriting(["--tables=chart"]) == ["-O", "table-view=chart", "--filter", "tables"])
    }

    @Test func argumentsAfterTheTerminatorAndUnknownSpellingsStay() {
        #expect(flags.rewriting(["--boxed=yes", "--other", "--", "--width", "3"]) == ["--boxed=yes", "--other", "--", "--width", "3"])
    }
}
