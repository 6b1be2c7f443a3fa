import Foundation

/// The command line's few writes to the terminal, in one place.
enum Terminal {
    /// Writes a line to standard output.
    static func standardOutput(_ line: String) {
        FileHandle.standardOutput.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress bars go there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
