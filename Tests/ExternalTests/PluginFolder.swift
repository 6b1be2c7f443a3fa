import Foundation
import FolioTestSupport

/// A temporary directory of plugin scripts, removed by the test that made it.
struct PluginFolder {
    /// The directory.
    let url: URL

    /// The directory's path.
    var path: String { url.path }

    /// Creates an empty directory under the system's temporary directory.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-external-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a `/bin/sh` script with `body`, executable unless told otherwise.
    @discardableResult
    func script(_ name: String, _ body: String, executable: Bool = true) throws -> URL {
        let file = url.appendingPathComponent(name)
        try ExecutableScript.write("#!/bin/sh\n" + body + "\n", to: file.path, permissions: executable ? 0o755 : 0o644)
        return file
    }

    /// Creates a subdirectory.
    func directory(_ name: String) throws -> PluginFolder {
        let folder = try PluginFolder(at: url.appendingPathComponent(name))
        return folder
    }

    private init(at url: URL) throws {
        self.url = url
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Whether a file exists in the directory (scripts touch marker files to show they ran).
    func contains(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }

    /// Deletes the directory and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The repository's root, for the examples the tests run.
let repositoryRoot = ProjectFolders.repository
