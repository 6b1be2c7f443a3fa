import Foundation
import Testing

/// Headless Chromium, for tests that check what a browser makes of a page; CI installs it
/// (`.ci/run`), and tests that need it use `.needsTool(Chromium.path != nil, …)`.
public enum Chromium {
    /// The browser's executable, or nil when none is installed.
    public static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Why a test that needs the browser is skipped.
    public static let missing: Comment = "Chromium is not installed (apt-get install chromium fonts-noto-cjk); required under CI=true"

    /// The DOM Chromium builds from a page, after layout; `profile` is a folder the browser may write.
    public static func dumpDOM(_ page: URL, profile: URL) throws -> String {
        guard let path else { throw MissingChromium() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)", "--dump-dom", page.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs must not hang the test run.
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(90)) { if process.isRunning { process.terminate() } }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The browser a test needs is not installed.
    public struct MissingChromium: Error, CustomStringConvertible {
        /// What is missing and how to install it.
        public var description: String { Chromium.missing.rawValue }
    }
}
