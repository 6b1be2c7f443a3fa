import Foundation
import Folio
import FolioTestSupport
import Testing

/// The EPUB reader over the public suites: every `epub-tests` publication reads in spine
/// order, and every invalid `epubcheck-tests` archive is read safely or refused clearly.
@Suite struct EPUBConformanceTests {
    @Test(.needsShared(SharedData.suite("epub-tests/tests")), .enabled(if: EPUBPackager.isAvailable, "python3 is needed to zip the publications"))
    func everyTestPublicationReadsInSpineOrder() throws {
        let suite = try SharedCorpus.url(SharedData.suite("epub-tests/tests"))
        let reader = try SharedData.reader("epub")
        let entries = try FileManager.default.contentsOfDirectory(atPath: suite.path).sorted()
        let names = entries.filter { Self.isFolder(suite.appendingPathComponent($0)) }
        // A lone segment of a split zip (ocf-zip-mult.z01) must be refused: split containers are in error.
        for segment in entries where !names.contains(segment) {
            #expect(throws: FolioError.self, "\(segment): a split-zip segment should be refused") {
                try reader.read(Data(contentsOf: suite.appendingPathComponent(segment)), source: segment, options: Options())
            }
        }
        var read = 0, ordered = 0
        for name in names {
            let folder = suite.appendingPathComponent(name)
            let archive = try EPUBPackager.zip(folder)
            do {
                let document = try reader.read(archive, source: "\(name).epub", options: Options())
                read += 1
                if let outline = PublicationOutline(folder: folder) {
                    let problem = Self.spineOrderProblem(outline, in: document)
                    #expect(problem == nil, "\(name): \(problem ?? "")")
                    if problem == nil { ordered += 1 }
                } else {
                    Issue.record("\(name): the test could not read the publication's own package")
                }
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
        print("epub-tests: \(read) of \(names.count) publications read, \(ordered) in spine order")
        #expect(names.count > 100)
    }

    @Test(.needsShared(SharedData.suite("epubcheck-tests")), .enabled(if: EPUBPackager.isAvailable, "python3 is needed to zip the publications"))
    func everyInvalidEPUBCheckArchiveIsReadSafelyOrRefusedClearly() throws {
        let suite = try SharedCorpus.url(SharedData.suite("epubcheck-tests"))
        let reader = try SharedData.reader("epub")
        var archives: [(name: String, data: () throws -> Data)] = []
        let walker = FileManager.default.enumerator(at: suite, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = walker?.nextObject() as? URL {
            let name = url.lastPathComponent
            let stem = url.pathExtension == "epub" ? url.deletingPathExtension().lastPathComponent : name
            guard stem.hasSuffix("-error") || stem.hasSuffix("-fatal") else { continue }
            if Self.isFolder(url) {
                walker?.skipDescendants()
                archives.append((name + ".epub", { try EPUBPackager.zip(url) }))
            } else if url.pathExtension == "epub" {
                archives.append((name, { try Data(contentsOf: url) }))
            }
        }
        var readSafely = 0, refused = 0
        for archive in archives.sorted(by: { $0.name < $1.name }) {
            do {
                _ = try reader.read(try archive.data(), source: archive.name, options: Options())
                readSafely += 1
            } catch let error as FolioError {
                refused += 1
                #expect(!error.message.isEmpty && !error.message.contains("\n"), "\(archive.name): unclear error \"\(error.message)\"")
            } catch let error as EPUBPackager.PackagingError {
                Issue.record("\(error)")
            } catch {
                Issue.record("\(archive.name): not a FolioError: \(error)")
            }
        }
        print("epubcheck-tests invalid archives: \(archives.count) (\(readSafely) read safely, \(refused) refused with a clear error, 0 crashes)")
        #expect(archives.count > 200)
    }

    static func isFolder(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
    }

    /// Nil when each spine document's text starts after the previous one's in the document; else what is out of place.
    static func spineOrderProblem(_ outline: PublicationOutline, in document: Document) -> String? {
        let text = document.blocks.map(\.plainText).joined().filter { !$0.isWhitespace }
        var position = text.startIndex
        for (index, spineText) in outline.spineTexts.enumerated() where !spineText.isEmpty {
            let probe = String(spineText.prefix(12))
            guard let found = text[position...].range(of: probe) else {
                return text.contains(probe)
                    ? "spine document \(index + 1) (\"\(probe)\") comes before an earlier one"
                    : "spine document \(index + 1)'s text \"\(probe)\" is missing"
            }
            position = found.upperBound
        }
        return nil
    }
}
