import Foundation

/// Files of ../shared (beside the repository, or beside the folder of worktrees), which tests
/// read when present and skip without.
enum SharedFiles {
    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The text of a file under ../shared, or nil when it is absent.
    static func read(_ relativePath: String) -> String? {
        var folder = repositoryRoot.deletingLastPathComponent()
        for _ in 0..<2 {
            let url = folder.appendingPathComponent("shared").appendingPathComponent(relativePath)
            if let text = try? String(contentsOf: url, encoding: .utf8) { return text }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The text of a file in the repository, or nil when it is absent.
    static func readProjectFile(_ relativePath: String) -> String? {
        try? String(contentsOf: repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
