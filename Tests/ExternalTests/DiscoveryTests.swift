import Foundation
import FolioCore
import Testing
@testable import External

@Suite struct DiscoveryTests {
    @Test func findsEachRoleByItsPrefix() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-reader-memo", "exit 0")
        try folder.script("folio-writer-slides", "exit 0")
        try folder.script("folio-filter-tidy", "exit 0")
        try folder.script("folio-helper", "exit 0")
        try folder.script("folio-reader-", "exit 0")

        let plugins = ExternalPlugins.discover(environment: ["FOLIO_PLUGIN_PATH": folder.path])

        #expect(plugins.map(\.role) == [.reader, .writer, .filter])
        #expect(plugins.map(\.descriptor.name) == ["memo", "slides", "tidy"])
        #expect(plugins.map(\.descriptor.origin) == ["memo", "slides", "tidy"].enumerated().map {
            folder.url.appendingPathComponent("folio-\(["reader", "writer", "filter"][$0.offset])-\($0.element)").path
        })
    }

    @Test func pluginPathComesBeforePath() throws {
        let plugins = try PluginFolder(), system = try PluginFolder()
        defer { plugins.remove(); system.remove() }
        try system.script("folio-reader-memo", "exit 0")
        try plugins.script("folio-reader-memo", "exit 0")
        try system.script("folio-writer-slides", "exit 0")

        let found = ExternalPlugins.discover(environment: ["PATH": system.path, "FOLIO_PLUGIN_PATH": plugins.path])

        #expect(found.first { $0.descriptor.name == "memo" }?.executable.path == plugins.url.appendingPathComponent("folio-reader-memo").path)
        #expect(found.contains { $0.descriptor.name == "slides" })
    }

    @Test func firstDirectoryOnPathWins() throws {
        let first = try PluginFolder(), second = try PluginFolder()
        defer { first.remove(); second.remove() }
        try second.script("folio-filter-tidy", "exit 0")
        try first.script("folio-filter-tidy", "exit 0")

        let found = ExternalPlugins.discover(environment: ["PATH": "\(first.path):\(second.path)"])

        #expect(found.map(\.executable.path) == [first.url.appendingPathComponent("folio-filter-tidy").path])
    }

    @Test func sameNameInAnotherRoleIsAnotherPlugin() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-reader-memo", "exit 0")
        try folder.script("folio-writer-memo", "exit 0")

        let found = ExternalPlugins.discover(environment: ["PATH": folder.path])

        #expect(found.map(\.role) == [.reader, .writer])
    }

    @Test func executableLaterOnThePathBeatsNonExecutableFile() throws {
        let first = try PluginFolder(), second = try PluginFolder()
        defer { first.remove(); second.remove() }
        try first.script("folio-reader-memo", "exit 0", executable: false)
        try second.script("folio-reader-memo", "exit 0")

        let found = ExternalPlugins.discover(environment: ["PATH": "\(first.path):\(second.path)"])

        #expect(found.map(\.executable.path) == [second.url.appendingPathComponent("folio-reader-memo").path])
    }

    @Test func nonExecutableFileAloneIsKeptSoThatUsingItReportsIt() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-reader-memo", "exit 0", executable: false)

        let found = ExternalPlugins.discover(environment: ["FOLIO_PLUGIN_PATH": folder.path])
        let reader = try #require(found.first?.reader)

        let error = try #require(throws: FolioError.self) { try reader.read(Data(), source: "a.memo", options: Options()) }
        #expect(error.kind == .pluginFailed)
        #expect(error.source == "folio-reader-memo")
        #expect(error.message.contains("not executable"))
    }

    @Test func directoriesDanglingLinksAndMissingDirectoriesAreIgnored() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        _ = try folder.directory("folio-reader-folder")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("folio-reader-dangling").path, withDestinationPath: "/nonexistent/folio")
        try folder.script("folio-reader-memo", "exit 0")

        let found = ExternalPlugins.discover(environment: ["PATH": "/nonexistent/dir::\(folder.path)"])

        #expect(found.map(\.descriptor.name) == ["memo"])
    }

    @Test func linkToAnExecutableIsAPlugin() throws {
        let folder = try PluginFolder(), target = try PluginFolder()
        defer { folder.remove(); target.remove() }
        let script = try target.script("memo.sh", "exit 0")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("folio-reader-memo").path, withDestinationPath: script.path)

        #expect(ExternalPlugins.discover(environment: ["PATH": folder.path]).map(\.descriptor.name) == ["memo"])
    }

    @Test func discoveryRunsNothing() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-reader-memo", "touch '\(folder.path)/ran'")

        let found = ExternalPlugins.discover(environment: ["PATH": folder.path])
        _ = PluginRegistry([JSONFormat()]).registeringExternal(found)

        #expect(found.count == 1)
        #expect(!folder.contains("ran"))
    }

    @Test func searchDirectoriesSkipEmptyEntriesAndRepeats() {
        let directories = ExternalPlugins.searchDirectories(environment: ["FOLIO_PLUGIN_PATH": "/a::/b", "PATH": "/b:/c:/a:"])
        #expect(directories == ["/a", "/b", "/c"])
    }

    @Test func noPathFindsNothing() {
        #expect(ExternalPlugins.discover(environment: [:]).isEmpty)
    }

    @Test func pluginForAPathArgumentIsNamedAsGiven() {
        let plugin = ExternalPlugin(executable: URL(fileURLWithPath: "./scripts/tidy.py"), role: .filter, name: "./scripts/tidy.py")
        let derived = ExternalPlugin(executable: URL(fileURLWithPath: "/opt/folio-filter-tidy"), role: .filter)
        #expect(plugin.descriptor.name == "./scripts/tidy.py")
        #expect(plugin.filter != nil && plugin.reader == nil && plugin.writer == nil)
        #expect(derived.descriptor.name == "tidy")
        #expect(derived.descriptor.origin == "/opt/folio-filter-tidy")
    }

    @Test func directoryReachedTwiceThroughALinkIsListedOnce() throws {
        let folder = try PluginFolder(), links = try PluginFolder()
        defer { folder.remove(); links.remove() }
        try folder.script("folio-reader-memo", "exit 0")
        let link = links.url.appendingPathComponent("bin").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)

        let found = ExternalPlugins.discover(environment: ["PATH": "\(link):\(folder.path)"])

        #expect(found.map(\.executable.path) == [link + "/folio-reader-memo"])
    }
}
