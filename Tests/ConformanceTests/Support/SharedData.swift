import Foundation
import FolioTestSupport
import Folio
import Testing

/// Where the public conformance suites live, and the built-in readers the suites exercise.
enum SharedData {
    /// The repository's root folder.
    static let repository = ProjectFolders.repository

    /// A suite's folder, relative to `shared/` (`conformance/epub-tests/tests`).
    static func suite(_ name: String) -> String {
        "conformance/" + name
    }

    /// The built-in reader of a format.
    static func reader(_ format: String) throws -> any DocumentReader {
        try #require(PluginRegistry.builtIn.reader(named: format), "no built-in \(format) reader").capability
    }
}
