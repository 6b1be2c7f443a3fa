import Foundation
import Testing

/// The public suites and the seed page in `shared/`, and what a test does when they are absent:
/// it shows as skipped, except under `CI=true`, where it runs and fails on the missing file.
public enum SharedCorpus {
    /// Whether missing shared corpora and checkers are failures rather than skips: `CI=true`.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test that needs `shared/<relativePath>` should run: the file is there, or it is required.
    public static func shouldRun(_ relativePath: String) -> Bool {
        ProjectFolders.shared(relativePath) != nil || isRequired
    }

    /// A file or folder under `shared/`; throws, naming it, when it is absent.
    public static func url(_ relativePath: String) throws -> URL {
        guard let url = ProjectFolders.shared(relativePath) else { throw MissingCorpus(relativePath: relativePath) }
        return url
    }

    /// The text of a file under `shared/`; throws, naming it, when it is absent.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// A shared file that a test needs and cannot find.
    public struct MissingCorpus: Error, CustomStringConvertible {
        /// The path under `shared/`.
        public var relativePath: String
        /// Where it was looked for and how to provide it.
        public var description: String {
            "../shared/\(relativePath) is absent (set FOLIO_SHARED_DIR to the shared folder); it is required under CI=true"
        }
    }
}

/// The seed page of `shared/corpus/seed`: its text dump and the targets written for it.
public enum SeedPage {
    /// The text dump, relative to `shared/`.
    public static let text = "corpus/seed/ningbo-daily-2021-03-01-A7.txt"
    /// The structure target, relative to `shared/`.
    public static let structure = "corpus/seed/ningbo-daily-2021-03-01-A7.structure.json"
    /// The indicator target, relative to `shared/`.
    public static let indicators = "corpus/seed/ningbo-daily-2021-03-01-A7.indicators.csv"
}

/// The pages users convert: the team's sample pages in `Examples/pages`, and the seed page
/// when `shared/` is present.
public enum SamplePages {
    /// The text pages of `Examples/pages` and the seed page, when present, in file-name order.
    public static var withSeed: [URL] {
        let examples = ProjectFolders.project("Examples/pages")
        var pages = ((try? FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }
        if let seed = ProjectFolders.shared(SeedPage.text) { pages.append(seed) }
        return pages.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `shared/<relativePath>` exists, and always under `CI=true`; otherwise
    /// the test shows as skipped.
    public static func needsShared(_ relativePath: String) -> Self {
        .enabled(if: SharedCorpus.shouldRun(relativePath), "../shared/\(relativePath) is absent (set FOLIO_SHARED_DIR to run it)")
    }

    /// Runs the test when `available` holds, and always under `CI=true` (where the test then
    /// fails on what is missing); otherwise the test shows as skipped with `reason`.
    public static func needsTool(_ available: Bool, _ reason: Comment) -> Self {
        .enabled(if: available || SharedCorpus.isRequired, reason)
    }
}
