import Foundation
import FolioCore
import FolioTestSupport
import Testing
@testable import External

@Suite struct FailureTests {
    /// Runs `body` as the reader `folio-reader-memo` and returns the error it must cause.
    private func readerError(_ body: String, options: Options = Options()) throws -> FolioError {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let reader = try #require(ExternalPlugin(executable: try folder.script("folio-reader-memo", body), role: .reader).reader)
        return try #require(throws: FolioError.self) { try reader.read(Data("memo".utf8), source: "week.memo", options: options) }
    }

    @Test func nonZeroExitNamesThePluginWithItsStderr() throws {
        let error = try readerError("cat > /dev/null; echo 'line 4: unknown heading' >&2; echo >&2; exit 3")

        #expect(error.kind == .pluginFailed)
        #expect(error.source == "folio-reader-memo")
        #expect(error.message == "exited with status 3")
        #expect(error.detail == "line 4: unknown heading")
        #expect(error.description == "folio-reader-memo: plugin failed: exited with status 3\nline 4: unknown heading")
    }

    @Test func invalidJSON() throws {
        let error = try readerError(#"echo '{"folio": 1, "blocks": ['; echo 'half done' >&2"#)

        #expect(error.kind == .pluginFailed)
        #expect(error.source == "folio-reader-memo")
        #expect(error.message.hasPrefix("printed invalid Folio JSON: not valid JSON"))
        #expect(error.detail == "half done")
    }

    @Test func JSONOfAnotherShape() throws {
        let error = try readerError(#"echo '{"folio": 1, "blocks": [{"type": "poem"}]}'"#)
        #expect(error.message.contains("unknown block type \"poem\""))
    }

    @Test func JSONOfAnotherVersion() throws {
        let error = try readerError(#"echo '{"folio": 2, "blocks": []}'"#)

        #expect(error.kind == .pluginFailed)
        #expect(error.message.contains("Folio JSON version 2 is not supported"))
    }

    @Test func printingNothing() throws {
        let error = try readerError("exit 0")
        #expect(error.message == "printed nothing")
    }

    @Test func hangPastTheTimeoutKillsTheWholeProcessGroup() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let pidFile = folder.url.appendingPathComponent("sleeper.pid")
        let script = try folder.script("folio-filter-slow", "echo 'thinking' >&2; sleep 30 & echo $! > '\(pidFile.path)'; wait")
        let filter = try #require(ExternalPlugin(executable: script, role: .filter).filter)
        let start = ContinuousClock.now

        let error = try #require(throws: FolioError.self) { try filter.apply(to: Document(), options: Options(["plugin-timeout": "0.5"])) }

        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(error.kind == .pluginFailed)
        #expect(error.source == "folio-filter-slow")
        #expect(error.message.hasPrefix("did not finish within 0.5 s"))
        #expect(error.detail == "thinking")
        let sleeper = try #require(Int32(String(decoding: try Data(contentsOf: pidFile), as: UTF8.self).trimmingCharactersInWhitespace()))
        #expect(try Self.ends(sleeper, within: .seconds(3)))
    }

    @Test func runawayOutputIsStoppedAtTheLimit() throws {
        let start = ContinuousClock.now
        let error = try readerError("echo 'looping' >&2; exec yes", options: Options(["max-input-size": "1M"]))

        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(error.message == "printed more than 1048576 bytes and was stopped (the --max-input-size limit)")
        #expect(error.detail == "looping")
    }

    @Test func killedBySignal() throws {
        let error = try readerError("echo 'out of memory' >&2; kill -9 $$")

        #expect(error.message == "was killed by signal 9")
        #expect(error.detail == "out of memory")
    }

    @Test func notExecutable() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = try folder.script("folio-writer-slides", "cat", executable: false)
        let writer = try #require(ExternalPlugin(executable: script, role: .writer).writer)

        let error = try #require(throws: FolioError.self) { try writer.write(Document(), context: WriteContext()) }

        #expect(error.kind == .pluginFailed)
        #expect(error.source == "folio-writer-slides")
        #expect(error.message == "is not executable: \(script.path) (chmod +x it)")
    }

    @Test func missingExecutableAndDirectory() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let missing = ExternalPlugin(executable: folder.url.appendingPathComponent("folio-filter-gone"), role: .filter)
        let directory = ExternalPlugin(executable: try folder.directory("folio-filter-dir").url, role: .filter)

        let gone = try #require(throws: FolioError.self) { try missing.filter?.apply(to: Document(), options: Options()) }
        let notFile = try #require(throws: FolioError.self) { try directory.filter?.apply(to: Document(), options: Options()) }

        #expect(gone.message.hasPrefix("does not exist"))
        #expect(notFile.message.hasPrefix("is a directory"))
    }

    @Test func missingInterpreterIsNamed() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        let script = folder.url.appendingPathComponent("folio-filter-py9")
        try ExecutableScript.write("#!/nonexistent/python9 -u\nprint(1)\n", to: script.path)
        let filter = try #require(ExternalPlugin(executable: script, role: .filter).filter)

        let error = try #require(throws: FolioError.self) { try filter.apply(to: Document(), options: Options()) }

        #expect(error.source == "folio-filter-py9")
        #expect(error.message == "cannot be started: its interpreter /nonexistent/python9 (from its #! line) is missing or not executable")
    }

    @Test func badTimeoutOptionIsReportedBeforeRunning() throws {
        let error = try readerError("exit 0", options: Options(["plugin-timeout": "forever"]))
        #expect(error.kind == .invalidOption)
    }

    @Test func failingFilterStopsThePipeline() throws {
        let folder = try PluginFolder()
        defer { folder.remove() }
        try folder.script("folio-filter-broken", "echo 'cannot parse tables' >&2; exit 1")
        let registry = PluginRegistry([JSONFormat()]).registeringExternal(ExternalPlugins.discover(environment: ["PATH": folder.path]))
        let pipeline = Pipeline(registry: registry, filters: ["broken"])
        let input = Pipeline.Input(data: try JSONFormat.Writer.encode(Document()), source: "a.json")

        let error = try #require(throws: FolioError.self) { try pipeline.run(inputs: [input], outputs: [.init(destination: "b.json")]) }

        #expect(error.description == "folio-filter-broken: plugin failed: exited with status 1\ncannot parse tables")
    }

    /// Whether the process `pid` is gone or a zombie within `limit` (its reaper is not ours to wait for).
    private static func ends(_ pid: Int32, within limit: Duration) throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            guard kill(pid, 0) == 0 else { return true }
            #if os(Linux)
            // /proc/PID/stat reads "PID (name) STATE …"; Z is a zombie: killed, not yet reaped.
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"), stat[close...].dropFirst(2).first == "Z" { return true }
            #endif
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }
}
