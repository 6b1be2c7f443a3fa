import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the plugin scripts tests run.
///
/// A script is written through a descriptor that closes on `exec`. Tests run in parallel, and
/// a child process another test starts inherits every descriptor open at that moment that does
/// not close on `exec`; while a child held the script open for writing, running the script
/// failed with "text file busy" (`ETXTBSY`), and the test with it.
public enum ExecutableScript {
    /// Writes `text` to `path` with the given permissions, creating or replacing the file.
    public static func write(_ text: String, to path: String, permissions: mode_t = 0o755) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            bytes = bytes.dropFirst(written)
        }
        // The permissions `open` gives a new file pass through the umask; a replaced file keeps its own.
        guard fchmod(descriptor, permissions) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}
