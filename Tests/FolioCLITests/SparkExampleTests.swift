import Foundation
import FolioTestSupport
import Testing

/// Runs Examples/spark/convert_archive.py on `local[2]`, driving the real `folio` through a manifest.
@Suite struct SparkExampleTests {
    static let pysparkInstalled: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import pyspark"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static var packageRoot: URL {
        ProjectFolders.repository
    }

    @Test(.enabled(if: pysparkInstalled, "PySpark is not installed (pip install pyspark)"))
    func sparkJobConvertsAnArchiveThroughTheManifest() throws {
        let folder = try TemporaryFolder()
        for day in 1...2 {
            for page in 1...5 {
                try folder.write("archive/day\(day)/p\(page).json", #"{"folio":1,"metadata":{"title":"第\#(page)版"},"blocks":[]}"#)
            }
        }
        try folder.write("archive/broken.json", "{")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.packageRoot.appendingPathComponent("Examples/spark/convert_archive.py").path,
            "--input", folder.path("archive"), "--output", folder.path("books"), "--to", "json",
            "--folio", FolioBinary.url.path, "--master", "local[2]", "--partitions", "3",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "one page is broken")
        let summary = try JSONSerialization.jsonObject(with: data) as? [String: Int]
        #expect(summary == ["pages": 11, "results": 11, "converted": 10, "skipped": 0, "failed": 1])
        #expect(folder.files().filter { $0.hasPrefix("books/") }.count == 10)
        #expect(folder.files().contains("books/day2/p5.json"))
    }
}
