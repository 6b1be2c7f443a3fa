import Foundation
import FolioCore

/// An external plugin's executable, run with Folio's protocol and judged by its outcome.
///
/// Every failure becomes a ``FolioError`` of kind ``FolioError/Kind/pluginFailed`` whose source is
/// the executable's file name and whose detail is the plugin's stderr, trimmed.
struct PluginExecutable: Sendable, Hashable {
    /// Where the executable is.
    var url: URL

    /// The name errors give: the executable's file name (`folio-filter-halfwidth`).
    var displayName: String { url.lastPathComponent }

    /// Runs the plugin on `input` with the protocol's environment; returns stdout and the trimmed stderr.
    func run(input: Data, arguments: [String] = [], environment: PluginEnvironment, limits: RunLimits) throws -> (output: Data, errors: String) {
        try checkRunnable()
        let process = PluginProcess(executable: url, arguments: arguments, environment: environment.values, limits: limits)
        let outcome: PluginProcess.Outcome
        do {
            outcome = try process.run(input: input)
        } catch {
            throw failure("cannot be started: \(interpreterProblem() ?? error.localizedDescription)", detail: "")
        }
        let errors = String(decoding: outcome.errorOutput, as: UTF8.self).trimmingCharactersInWhitespace()
        switch outcome.termination {
        case .exited(0):
            return (outcome.output, errors)
        case .exited(let status):
            throw failure("exited with status \(status)", detail: errors)
        case .signalled(let signal):
            throw failure("was killed by signal \(signal)", detail: errors)
        case .outputLimitExceeded:
            throw failure("printed more than \(limits.outputLimit) bytes and was stopped (the --max-input-size limit)", detail: errors)
        case .timedOut:
            throw failure("did not finish within \(Self.describe(limits.timeout)) and was stopped (raise --plugin-timeout if it needs longer)", detail: errors)
        }
    }

    /// Decodes the document a plugin printed; anything but valid Folio JSON of this version is the plugin's failure.
    func decodeDocument(_ output: Data, errors: String) throws -> Document {
        do {
            return try JSONFormat.Reader.decode(output, source: displayName)
        } catch let error as FolioError {
            let what = output.isEmpty ? "printed nothing" : "printed invalid Folio JSON: \(error.message)"
            throw failure(what, detail: errors)
        }
    }

    /// The plugin's error: its name as the source, its stderr as the detail.
    func failure(_ message: String, detail: String) -> FolioError {
        FolioError(.pluginFailed, message, source: displayName, detail: detail)
    }

    /// Throws a specific error when the file is missing, a directory or not executable, before `Process` gives a vague one.
    private func checkRunnable() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw failure("does not exist at \(url.path)", detail: "")
        }
        guard !isDirectory.boolValue else {
            throw failure("is a directory, not an executable: \(url.path)", detail: "")
        }
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw failure("is not executable: \(url.path) (chmod +x it)", detail: "")
        }
    }

    /// What is wrong with the script's `#!` line, when the interpreter it names is missing: the
    /// usual reason an existing executable cannot start, which the system reports only as "no such file".
    private func interpreterProblem() -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256), head.starts(with: Data("#!".utf8)) else { return nil }
        let line = String(decoding: head.dropFirst(2).prefix { $0 != 0x0A }, as: UTF8.self)
        guard let interpreter = line.split(separator: " ").first.map(String.init),
              !FileManager.default.isExecutableFile(atPath: interpreter) else { return nil }
        return "its interpreter \(interpreter) (from its #! line) is missing or not executable"
    }

    /// A timeout as the user wrote it: whole seconds as `30 s`, fractions as `0.5 s`.
    private static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        if attoseconds == 0 { return "\(seconds) s" }
        return "\(Double(seconds) + Double(attoseconds) / 1e18) s"
    }
}
