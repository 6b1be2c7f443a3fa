import Foundation

/// Programs some tests need besides `folio`, and whether this machine has them.
public enum InstalledTools {
    /// Whether `python3` is on `PATH` (the Python example plugins, zip fixtures built with `zipfile`).
    public static let python3 = onPath("python3")
    /// Whether `sqlite3`, the command users query Folio's databases with, is on `PATH`.
    public static let sqlite3 = onPath("sqlite3")

    /// Whether an executable of this name is in a folder of `PATH`.
    public static func onPath(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }
}
