import Foundation

/// The built `folio` executable, run the way a user runs it.
public enum FolioBinary {
    /// The result of one run.
    public struct Run {
        /// The exit status.
        public var status: Int32
        /// What the run printed on standard output.
        public var standardOutput: Data
        /// What the run printed on standard error.
        public var standardError: String
        /// Standard output as text.
        public var output: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    /// The executable: `FOLIO_BINARY` if set, else `folio` beside the test bundle.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["FOLIO_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("folio")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("folio")
    }

    /// Runs `folio` with arguments, optional standard input, environment additions and working folder.
    public static func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            if let input { stdin.fileHandleForWriting.write(input) }
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = Pipe.drainInBackground(stderr)
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardOutput: outputData, standardError: String(decoding: errorData(), as: UTF8.self))
    }
}

extension Pipe {
    /// Reads a pipe to its end on another thread; the returned closure waits for and returns the bytes.
    public static func drainInBackground(_ pipe: Pipe) -> () -> Data {
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            box.data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        return {
            done.wait()
            return box.data
        }
    }
}

/// A fresh temporary folder, removed when the value goes away.
public final class TemporaryFolder {
    /// The folder.
    public let url: URL

    /// Creates an empty folder under the system's temporary folder.
    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of a file in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a text file (creating folders), returning its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target.path
    }

    /// The text of a file in the folder, or nil.
    public func contents(_ name: String) -> String? {
        (try? Data(contentsOf: url.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file under the folder, as sorted relative paths.
    public func files() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        var found: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(next).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(next)
            }
        }
        return found.sorted()
    }
}
