import Foundation
import Testing

/// pandoc 3, run as a user runs it: from `pip install pypandoc-binary`, or a `pandoc` 3.x on the path.
///
/// Suites that need it are `.needsTool(Pandoc.path != nil, Pandoc.missing)`: skipped without
/// pandoc, except under `CI=true`, where ``convert(_:_:)`` then throws and the tests fail.
public enum Pandoc {
    /// What one run printed.
    public struct Run {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var output: Data
        /// Standard error.
        public var errors: String
    }

    /// Why pandoc could not run, or what it said when it failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What to do about it.
        public var description: String
    }

    /// pandoc's path, or nil when no pandoc 3 is installed.
    public static let path: String? = {
        let bundled = run("/usr/bin/env", ["python3", "-c", "import pypandoc,os;print(os.path.join(os.path.dirname(pypandoc.__file__),'files','pandoc'))"])
        let candidates = [bundled.map { String(decoding: $0.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }, "/usr/bin/pandoc", "/usr/local/bin/pandoc"]
        return candidates.compactMap { $0 }.first { candidate in
            guard FileManager.default.isExecutableFile(atPath: candidate), let version = run(candidate, ["--version"]) else { return false }
            return String(decoding: version.output, as: UTF8.self).hasPrefix("pandoc 3.")
        }
    }()

    /// Why a test that needs pandoc is skipped.
    public static let missing: Comment = "pandoc 3 is not installed (pip install pypandoc-binary); required under CI=true"

    /// Runs pandoc on `input` (a temporary file) with the arguments; throws when pandoc is missing.
    public static func convert(_ input: Data, _ arguments: [String]) throws -> Run {
        guard let path else { throw Failure(description: "pandoc 3 is missing: pip install pypandoc-binary") }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-pandoc-\(UUID().uuidString)")
        try input.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let result = run(path, arguments + [file.path]) else { throw Failure(description: "pandoc at \(path) did not start") }
        return result
    }

    /// pandoc's JSON of `input`, keys sorted, so that two equal ASTs give equal text; throws when pandoc fails.
    public static func canonicalJSON(of input: Data, from format: String) throws -> String {
        let result = try convert(input, ["-f", format, "-t", "json"])
        guard result.status == 0 else { throw Failure(description: "pandoc -f \(format) failed: \(result.errors)") }
        return try canonical(result.output)
    }

    /// JSON text with sorted keys.
    public static func canonical(_ json: Data) throws -> String {
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
