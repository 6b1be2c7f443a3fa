import Foundation
import FolioCore
import Testing
@testable import External

@Suite struct DescriptionTests {
    private static let memoDescription = #"{"name": "memorandum", "extensions": [".memo", "MEM"], "mediaTypes": ["text/x-memo"], "summary": "office memos"}"#

    private func memoReader(in folder: PluginFolder, marker: String = "described") throws -> ExternalPlugin {
        let script = try folder.script("folio-reader-memo", """
            if [ "$1" = --folio-describe ]; then touch '\(folder.path)/\(marker)'; echo '\(Self.memoDescription)'; exit 0; fi
            echo '{"folio": 1, "blocks": []}'
            """)
        return ExternalPlugin(executable: script, role: .reader)
    }

    @Test func descriptionFillsTheDescriptor() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }

        let plugin = try memoReader(in: folder).described()

        #expect(plugin.isDescribed)
        #expect(plugin.descriptor.name == "memo")
        #expect(plugin.descriptor.aliases == ["memorandum"])
        #expect(plugin.descriptor.extensions == ["memo", "mem"])
        #expect(plugin.descriptor.mediaTypes == ["text/x-memo"])
        #expect(plugin.descriptor.summary == "office memos")
        #expect(plugin.descriptor.origin == folder.url.appendingPathComponent("folio-reader-memo").path)
    }

    @Test func failedDescriptionKeepsTheNameAndSaysWhy() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-filter-quiet", "echo 'usage: quiet' >&2; exit 2")

        let plugin = ExternalPlugin(executable: script, role: .filter).described()

        #expect(plugin.descriptor.name == "quiet")
        #expect(plugin.descriptor.summary.contains("--folio-describe failed: exited with status 2"))
    }

    @Test func outputThatIsNoDescriptionIsReported() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-writer-plain", "echo 'plain text writer'")

        let plugin = ExternalPlugin(executable: script, role: .writer).described()

        #expect(plugin.descriptor.summary.contains("no JSON object"))
        #expect(plugin.descriptor.extensions.isEmpty)
    }

    @Test func unknownExtensionDescribesExternalReadersAndResolves() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let registry = PluginRegistry([JSONFormat()]).registeringExternal([try memoReader(in: folder)])
        #expect(registry.reader(forPath: "note.memo") == nil)

        let ready = registry.describingExternalPlugins(forInputs: ["note.memo"], outputs: ["note.json"])

        #expect(folder.contains("described"))
        #expect(ready.reader(forPath: "note.memo")?.descriptor.name == "memo")
        #expect(ready.reader(named: "memorandum") != nil)
        #expect(ready.readers.count == 2)
    }

    @Test func knownExtensionsAndStandardInputDescribeNothing() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let registry = PluginRegistry([JSONFormat()]).registeringExternal([try memoReader(in: folder)])

        let ready = registry.describingExternalPlugins(forInputs: ["page.json", "-", "notes/README"], outputs: ["out.json", "-"])

        #expect(!folder.contains("described"))
        #expect(ready.externalPlugins.allSatisfy { !$0.isDescribed })
    }

    @Test func describingEveryPluginForTheFormatsList() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let reader = try memoReader(in: folder)
        let filter = ExternalPlugin(executable: try folder.script("folio-filter-tidy", #"echo '{"summary": "tidies"}'"#), role: .filter)

        let registry = PluginRegistry([JSONFormat()]).registeringExternal([reader, filter]).describingExternalPlugins()

        #expect(registry.externalPlugins.allSatisfy { $0.isDescribed })
        #expect(registry.filter(named: "tidy")?.descriptor.summary == "tidies")
        #expect(registry.reader(named: "memo")?.descriptor.summary == "office memos")
    }

    @Test func externalPluginsDoNotReplaceRegisteredNames() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let impostor = ExternalPlugin(executable: try folder.script("folio-reader-json", "exit 1"), role: .reader)
        let writer = ExternalPlugin(executable: try folder.script("folio-writer-json", "exit 1"), role: .writer)

        let registry = PluginRegistry([JSONFormat()]).registeringExternal([impostor, writer])

        #expect(registry.reader(named: "json")?.descriptor.origin == "built-in")
        #expect(registry.writer(named: "json")?.descriptor.origin == "built-in")
        #expect(registry.externalPlugins.isEmpty)
    }
}
