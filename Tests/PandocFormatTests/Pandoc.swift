import Foundation
import Testing

/// pandoc 3, run as a user runs it: from `pip install pypandoc-binary`, or a `pandoc` 3.x on the path.
enum Pandoc {
    /// What one run printed.
    struct Run {
        var status: Int32
        var output: Data
        var errors: String
    }

    /// pandoc's path, or nil when no pandoc 3 is installed.
    static let path: String? = {
        let bundled = run("/usr/bin/env", ["python3", "-c", "import pypandoc,os;print(os.path.join(os.path.dirname(pypandoc.__file__),'files','pandoc'))"])
        let candidates = [bundled.map { String(decoding: $0.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }, "/usr/bin/pandoc", "/usr/local/bin/pandoc"]
        return candidates.compactMap { $0 }.first { candidate in
            guard FileManager.default.isExecutableFile(atPath: candidate), let version = run(candidate, ["--version"]) else { return false }
            return String(decoding: version.output, as: UTF8.self).hasPrefix("pandoc 3.")
        }
    }()

    /// Whether a missing pandoc fails the tests (under CI, which installs it) instead of skipping them.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether the tests that need pandoc run: pandoc is there, or CI requires it.
    static var isRequiredOrAvailable: Bool { path != nil || isCI }

    /// Runs pandoc on `input` (a temporary file) with the arguments; records an issue when pandoc is missing.
    static func convert(_ input: Data, _ arguments: [String]) throws -> Run {
        guard let path else {
            Issue.record("pandoc 3 is missing but CI=true: pip install pypandoc-binary")
            return Run(status: -1, output: Data(), errors: "pandoc missing")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pandoc-\(UUID().uuidString)")
        try input.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let result = run(path, arguments + [file.path]) else {
            Issue.record("pandoc did not start")
            return Run(status: -1, output: Data(), errors: "")
        }
        return result
    }

    /// pandoc's JSON of `input`, keys sorted, so that two equal ASTs give equal text.
    static func canonicalJSON(of input: Data, from format: String) throws -> String {
        let result = try convert(input, ["-f", format, "-t", "json"])
        #expect(result.status == 0, "pandoc -f \(format) failed: \(result.errors)")
        return try canonical(result.output)
    }

    /// JSON text with sorted keys.
    static func canonical(_ json: Data) throws -> String {
        guard !json.isEmpty else { return "" }
        let object = try JSONSerialization.jsonObject(with: json)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pandoc-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = try? FileHandle(forWritingTo: errors)
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return Run(status: process.terminationStatus, output: data, errors: message)
    }
}
