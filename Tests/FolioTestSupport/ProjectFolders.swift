import Foundation

/// Where the tests find the repository and the `shared/` folder of public suites and the seed page.
///
/// One answer for every test target: `FOLIO_SHARED_DIR` if set, else `../shared` beside the
/// clone (as in CI), else `../../shared` (beside a folder of worktrees).
public enum ProjectFolders {
    /// The repository's root folder.
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `shared/` folder, or nil when there is none (see ``SharedCorpus`` for what tests do then).
    public static let shared: URL? = {
        let environment = ProcessInfo.processInfo.environment["FOLIO_SHARED_DIR"].map { [URL(fileURLWithPath: $0)] } ?? []
        let beside = ["../shared", "../../shared"].map { repository.appendingPathComponent($0).standardizedFileURL }
        return (environment + beside).first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpus").path)
            || FileManager.default.fileExists(atPath: $0.appendingPathComponent("conformance").path) }
    }()

    /// A file or folder under `shared/`, or nil when it is absent.
    public static func shared(_ relativePath: String) -> URL? {
        guard let url = shared?.appendingPathComponent(relativePath), FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    /// A file or folder of the repository.
    public static func project(_ relativePath: String) -> URL {
        repository.appendingPathComponent(relativePath)
    }
}
