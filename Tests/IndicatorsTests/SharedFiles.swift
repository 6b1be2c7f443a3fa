import Foundation
import FolioTestSupport

/// Files of ../shared (beside the repository, or beside the folder of worktrees), which tests
/// read when present and skip without.
enum SharedFiles {
    /// The repository's root.
    static let repositoryRoot = ProjectFolders.repository

    /// The text of a file under ../shared, or nil when it is absent.
    static func read(_ relativePath: String) -> String? {
        ProjectFolders.shared(relativePath).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    /// The text of a file in the repository, or nil when it is absent.
    static func readProjectFile(_ relativePath: String) -> String? {
        try? String(contentsOf: ProjectFolders.project(relativePath), encoding: .utf8)
    }
}
