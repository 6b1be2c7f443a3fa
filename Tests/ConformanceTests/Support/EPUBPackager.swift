import FolioTestSupport
import Foundation

/// Zips an unpacked EPUB folder the way the OCF asks: `mimetype` first and stored, the rest deflated.
///
/// Python's `zipfile` does the writing, so the archive comes from an implementation
/// independent of the reader under test.
enum EPUBPackager {
    /// Whether `python3` can be run here.
    static var isAvailable: Bool { InstalledTools.python3 }

    /// Zips `folder` into a new file and returns its bytes.
    static func zip(_ folder: URL) throws -> Data {
        let archive = FileManager.default.temporaryDirectory.appendingPathComponent("folio-conformance-\(UUID().uuidString).epub")
        defer { try? FileManager.default.removeItem(at: archive) }
        let script = """
            import os, sys, zipfile
            root, target = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(target, "w") as z:
                if os.path.exists(os.path.join(root, "mimetype")):
                    z.write(os.path.join(root, "mimetype"), "mimetype", zipfile.ZIP_STORED)
                for folder, dirs, files in os.walk(root):
                    dirs.sort()
                    for name in sorted(files):
                        path = os.path.join(folder, name)
                        entry = os.path.relpath(path, root)
                        if entry != "mimetype":
                            z.write(path, entry, zipfile.ZIP_DEFLATED)
            """
        let status = try run(["-c", script, folder.path, archive.path])
        guard status == 0 else { throw PackagingError(folder: folder.lastPathComponent, status: status) }
        return try Data(contentsOf: archive)
    }

    /// Unzips an archive into `folder`.
    static func unzip(_ data: Data, into folder: URL) throws {
        let archive = folder.appendingPathComponent(".archive.zip")
        try data.write(to: archive)
        defer { try? FileManager.default.removeItem(at: archive) }
        let status = try run(["-c", "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])", archive.path, folder.path])
        guard status == 0 else { throw PackagingError(folder: folder.lastPathComponent, status: status) }
    }

    /// A failed `python3` run.
    struct PackagingError: Error, CustomStringConvertible {
        var folder: String
        var status: Int32
        var description: String { "python3 could not zip \(folder) (exit \(status))" }
    }

    private static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
