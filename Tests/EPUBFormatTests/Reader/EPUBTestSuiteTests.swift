@testable import EPUBFormat
import FolioCore
import FolioTestSupport
import Foundation
import Testing

/// The W3C EPUB 3 test publications (`../shared/conformance/epub-tests`), zipped here and read back.
@Suite("W3C EPUB test publications")
struct EPUBTestSuiteTests {
    static let suite = "conformance/epub-tests/tests"

    /// The publication folder zipped as an EPUB: `mimetype` first and stored, the rest in name order.
    static func zipped(_ publication: URL) throws -> Data {
        let enumerator = FileManager.default.enumerator(at: publication, includingPropertiesForKeys: [.isRegularFileKey])
        var names: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            names.append(String(url.standardizedFileURL.path.dropFirst(publication.standardizedFileURL.path.count + 1)))
        }
        var zip = ZipArchiveWriter()
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        for name in names.sorted() where name != "mimetype" {
            try zip.add(name, [UInt8](try Data(contentsOf: publication.appendingPathComponent(name))))
        }
        return Data(try zip.finish())
    }

    @Test(.needsShared(suite))
    func everyPublicationReadsOrFailsCleanly() throws {
        let folder = try SharedCorpus.url(Self.suite)
        let publications = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var read = 0
        var failures: [String] = []
        for publication in publications {
            do {
                let document = try EPUBReader().read(try Self.zipped(publication), source: publication.lastPathComponent, options: Options())
                #expect(document.metadata.title?.isEmpty == false, "\(publication.lastPathComponent) has no title")
                read += 1
            } catch let error as FolioError {
                failures.append(error.description)
            }
        }
        print("W3C EPUB tests: \(read) of \(publications.count) read; failures: \(failures)")
        #expect(publications.count > 100)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test(.needsShared(suite))
    func spineOrderTitleAndCreatorsFollowThePackage() throws {
        let folder = try SharedCorpus.url(Self.suite)
        let spine = try EPUBReader().read(try Self.zipped(folder.appendingPathComponent("pkg-spine-order")), source: "spine", options: Options())
        #expect(!spine.blocks.isEmpty)
        let creators = try EPUBReader().read(try Self.zipped(folder.appendingPathComponent("pkg-creator-order")), source: "creators", options: Options())
        #expect(creators.metadata.authors.count >= 2)
    }
}
