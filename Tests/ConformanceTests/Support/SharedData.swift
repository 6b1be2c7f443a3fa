import Foundation
import FolioTestSupport
import Folio

/// Where the public conformance suites live, and the readers the suites exercise.
enum SharedData {
    /// The repository's root folder.
    static let repository = ProjectFolders.repository

    /// The shared folder beside the repository (`../shared`), or `FOLIO_SHARED_DIR`; nil when neither exists.
    static var directory: URL? { ProjectFolders.shared }

    /// A suite's folder under `conformance/`, or nil (after saying why) when it is absent.
    static func suite(_ name: String) -> URL? {
        guard let url = directory?.appendingPathComponent("conformance/\(name)"),
              FileManager.default.fileExists(atPath: url.path) else {
            print("skipping \(name): ../shared/conformance/\(name) is absent (set FOLIO_SHARED_DIR to run it)")
            return nil
        }
        return url
    }

    /// The built-in reader of a format, or nil (after saying so) while that format has none.
    static func reader(_ format: String) -> (any DocumentReader)? {
        guard let entry = PluginRegistry.builtIn.reader(named: format) else {
            print("skipping the \(format) suite: no built-in \(format) reader is registered yet")
            return nil
        }
        return entry.capability
    }
}
