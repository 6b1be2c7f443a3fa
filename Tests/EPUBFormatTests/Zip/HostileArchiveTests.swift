@testable import EPUBFormat
import FolioCore
import FolioTestSupport
import Foundation
import Testing

/// Archives built to hurt: each must give a clear ``FolioError`` (or a safe skip), never a crash or a hang.
@Suite("Hostile archives")
struct HostileArchiveTests {
    let reader = EPUBReader()

    private func read(_ data: Data, _ options: [String: String] = [:]) throws -> Document {
        try reader.read(data, source: "hostile.epub", options: Options(options))
    }

    /// Expects a FolioError of `kind` whose message or source (`book.epub:OPS/book.opf`) contains `fragment`.
    private func expectError(_ kind: FolioError.Kind, _ fragment: String, options: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation,
                             _ data: () throws -> Data) {
        do {
            let bytes = try data()
            _ = try read(bytes, options)
            Issue.record("expected a \(kind.rawValue) error mentioning \"\(fragment)\"", sourceLocation: sourceLocation)
        } catch let error as FolioError {
            #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(fragment) || (error.source ?? "").contains(fragment), "\(error)", sourceLocation: sourceLocation)
            #expect(error.source == "hostile.epub" || error.source?.hasPrefix("hostile.epub:") == true, sourceLocation: sourceLocation)
        } catch {
            Issue.record("not a FolioError: \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func minimalBookReads() throws {
        let document = try read(try MinimalBook.archive([:]))
        #expect(document.metadata.title == "小书")
        #expect(document.blocks == [.paragraph([.text("第一章")])])
    }

    @Test func dataDescriptorsAndCommentsAreRead() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        try zip.deflated("META-INF/container.xml", Array(MinimalBook.container.utf8))
        try zip.deflated("OPS/book.opf", Array(MinimalBook.package().utf8))
        try zip.deflated("OPS/c1.xhtml", Array(MinimalBook.chapter("<h1>流式</h1><p>数据描述符</p>").utf8))
        for index in 1..<zip.entries.count { zip.entries[index].usesDataDescriptor = true }
        var bytes = zip.bytes()
        // An archive comment after the end record.
        bytes[bytes.count - 2] = 7
        bytes += Array("comment".utf8)
        let document = try read(Data(bytes))
        #expect(document.blocks == [.heading(Heading(level: 1, content: [.text("流式")])), .paragraph([.text("数据描述符")])])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-descriptor-\(ProcessInfo.processInfo.processIdentifier).zip")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // `env` answers 127 when unzip is not installed.
        if let unzip = ExternalCheckers.unzipTest(file), unzip.status != 127 {
            #expect(unzip.status == 0, "the test archive itself should be sound: \(unzip.output)")
        }
    }

    @Test func notAZip() {
        expectError(.malformedInput, "not a zip archive") { Data() }
        expectError(.malformedInput, "not a zip archive") { Data("PK\u{3}\u{4} just some text pretending to be a zip archive".utf8) }
        expectError(.malformedInput, "not a zip archive") { Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7) }) }
    }

    @Test func everyTruncationFailsCleanly() throws {
        let book = try EPUBWriter().write(SampleDocuments.weatherPage, context: WriteContext()).data
        for length in stride(from: 0, to: book.count, by: max(1, book.count / 300)) {
            #expect(throws: FolioError.self) { try read(book.prefix(length)) }
        }
    }

    @Test func mutationsNeverCrash() throws {
        let book = [UInt8](try EPUBWriter().write(SampleDocuments.harbourPage, context: WriteContext(resources: SampleDocuments.resources)).data)
        var generator = SeededRandom(seed: 42)
        var failures = 0
        let rounds = 600
        for round in 0..<rounds {
            var damaged = book
            let position = Int.random(in: 0..<damaged.count, using: &generator)
            let length = Int.random(in: 1...64, using: &generator)
            switch round % 5 {
            case 0:  // bit flips
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    damaged[Int.random(in: 0..<damaged.count, using: &generator)] ^= UInt8(1) << UInt8.random(in: 0...7, using: &generator)
                }
            case 1:  // random bytes over a stretch
                for index in position..<min(damaged.count, position + length) { damaged[index] = UInt8.random(in: 0...255, using: &generator) }
            case 2:  // a stretch deleted
                damaged.removeSubrange(position..<min(damaged.count, position + length))
            case 3:  // a stretch copied elsewhere
                let source = Int.random(in: 0..<book.count, using: &generator)
                damaged.insert(contentsOf: book[source..<min(book.count, source + length)], at: position)
            default:  // a header field forced to an extreme
                let signatures = (0..<(book.count - 4)).filter { book[$0] == 0x50 && book[$0 + 1] == 0x4B }
                let field = (signatures.randomElement(using: &generator) ?? 0) + ([10, 14, 18, 20, 22, 24, 26, 28, 30, 42].randomElement(using: &generator) ?? 10)
                for index in min(field, damaged.count)..<min(damaged.count, field + 4) { damaged[index] = Bool.random(using: &generator) ? 0xFF : 0x00 }
            }
            do { _ = try read(Data(damaged)) } catch is FolioError { failures += 1 } catch { Issue.record("not a FolioError: \(error)") }
        }
        // Most mutations are caught (structure, CRC, deflate); none may crash or hang.
        #expect(failures > rounds / 2)
    }

    @Test func badCRCIsReported() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        zip.stored("META-INF/container.xml", MinimalBook.container)
        zip.entries[1].crc = 0xDEAD_BEEF
        expectError(.malformedInput, "CRC") { Data(zip.bytes()) }
    }

    @Test(arguments: ["../evil.xhtml", "/etc/passwd", "OPS/../../evil", "C:/windows/evil", "a\\..\\b", "OPS/./x\u{0}y"])
    func unsafeEntryNamesAreRefused(_ name: String) {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        zip.stored(name, "pwned")
        expectError(.malformedInput, "unsafe") { Data(zip.bytes()) }
    }

    @Test func hostileNamesCannotBreakTheErrorLine() {
        var zip = RawZip()
        zip.stored("../\u{1B}[2J\nrm -rf ~" + String(repeating: "x", count: 300), "pwned")
        do {
            _ = try read(Data(zip.bytes()))
            Issue.record("expected an error")
        } catch let error as FolioError {
            #expect(!error.description.contains("\n") && !error.description.contains("\u{1B}"))
            #expect(error.message.contains("\\u{1b}[2J\\u{a}rm -rf ~"))
            #expect(error.message.count < 200)
        } catch {
            Issue.record("not a FolioError: \(error)")
        }
    }

    @Test func hrefsClimbingOutOfTheArchiveAreIgnored() throws {
        let package = MinimalBook.package().replacingOccurrences(of: "href=\"text/c2.xhtml\"", with: "href=\"../../../etc/passwd\"")
        let document = try read(try MinimalBook.archive(["OPS/book.opf": package.replacingOccurrences(of: "<itemref idref=\"c1\"/>", with: "<itemref idref=\"c2\"/><itemref idref=\"c1\"/>")]))
        #expect(document.blocks == [.paragraph([.text("第一章")])])
    }

    @Test func highRatioEntryIsRefusedAsABomb() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        try zip.deflated("OPS/bomb.xhtml", [UInt8](repeating: 0x20, count: 4 << 20))
        expectError(.limitExceeded, "zip bomb") { Data(zip.bytes()) }
        // Raised past the entry's ratio, the archive gets as far as its (missing) container.
        expectError(.malformedInput, "container.xml", options: ["max-ratio": "5000"]) { Data(zip.bytes()) }
    }

    @Test func totalExpansionLimit() throws {
        let book = try MinimalBook.archive([:])
        expectError(.limitExceeded, "max-expanded-size", options: ["max-expanded-size": "200"]) { book }
        #expect(throws: Never.self) { try read(book, ["max-expanded-size": "64K"]) }
    }

    @Test func entryCountLimit() throws {
        let book = try MinimalBook.archive([:])
        expectError(.limitExceeded, "max-entries", options: ["max-entries": "3"]) { book }
        var zip = RawZip()
        for index in 0..<2000 { zip.stored("f\(index)", "") }
        expectError(.limitExceeded, "max-entries", options: ["max-entries": "1000"]) { Data(zip.bytes()) }
    }

    @Test func entryThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        try zip.deflated("META-INF/container.xml", Array(String(repeating: "<x/>", count: 5000).utf8))
        zip.entries[1].uncompressedSize = 100
        expectError(.malformedInput, "declared size") { Data(zip.bytes()) }
    }

    @Test func truncatedDeflateStream() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        try zip.deflated("META-INF/container.xml", Array(String(repeating: "容器", count: 3000).utf8))
        zip.entries[1].data = Array(zip.entries[1].data.prefix(40))
        expectError(.malformedInput, "truncated") { Data(zip.bytes()) }
    }

    @Test func garbageDeflateData() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        zip.entries.append(RawZip.Entry(name: "META-INF/container.xml", data: [0xFF, 0xFF, 0xFF, 0xFF, 0x00], method: 8,
                                        uncompressedSize: 100, uncompressed: Array(repeating: 0, count: 100)))
        expectError(.malformedInput, "META-INF/container.xml") { Data(zip.bytes()) }
    }

    @Test func overlappingEntriesAreRefused() throws {
        var zip = RawZip()
        zip.stored("mimetype", "application/epub+zip")
        zip.stored("META-INF/container.xml", MinimalBook.container)
        zip.entries.append(RawZip.Entry(name: "copy.xml", data: [], localHeaderOf: 1))
        expectError(.malformedInput, "overlaps") { Data(zip.bytes()) }
    }

    @Test func zip64AndEncryptionAndUnknownMethods() throws {
        var zip64 = RawZip()
        zip64.stored("mimetype", "application/epub+zip")
        zip64.entryCountOverride = 0xFFFF
        expectError(.unsupported, "zip64") { Data(zip64.bytes()) }

        var encrypted = RawZip()
        encrypted.stored("mimetype", "application/epub+zip")
        encrypted.entries[0].flags = 1
        expectError(.unsupported, "encrypted") { Data(encrypted.bytes()) }

        var bzip = RawZip()
        bzip.stored("mimetype", "application/epub+zip")
        bzip.stored("META-INF/container.xml", MinimalBook.container)
        bzip.entries[1].method = 12
        expectError(.unsupported, "compression method 12") { Data(bzip.bytes()) }
    }

    @Test func duplicateNamesAreRefused() {
        var zip = RawZip()
        zip.stored("META-INF/container.xml", MinimalBook.container)
        zip.stored("META-INF/container.xml", MinimalBook.container)
        expectError(.malformedInput, "two entries") { Data(zip.bytes()) }
    }

    @Test func missingContainerPackageOrSpine() throws {
        expectError(.malformedInput, "container.xml is missing") { try MinimalBook.archive(["META-INF/container.xml": ""]) }
        expectError(.malformedInput, "OPS/book.opf") { try MinimalBook.archive(["OPS/book.opf": ""]) }
        expectError(.malformedInput, "names no package") {
            try MinimalBook.archive(["META-INF/container.xml": "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"/>"])
        }
        expectError(.malformedInput, "no spine") {
            try MinimalBook.archive(["OPS/book.opf": "<package xmlns=\"http://www.idpf.org/2007/opf\"><metadata/><manifest/></package>"])
        }
        expectError(.malformedInput, "no content document") { try MinimalBook.archive(["OPS/c1.xhtml": ""]) }
        expectError(.malformedInput, "not an EPUB package") { try MinimalBook.archive(["OPS/book.opf": "<html/>"]) }
        expectError(.malformedInput, "book.opf") { try MinimalBook.archive(["OPS/book.opf": "<package><unclosed>"]) }
    }

    @Test func absentSpineItemIsSkipped() throws {
        // c2 is in the manifest and the spine but not in the archive.
        let document = try read(try MinimalBook.archive(["OPS/book.opf": MinimalBook.package(spine: ["c2", "c1", "nothing"])]))
        #expect(document.blocks == [.paragraph([.text("第一章")])])
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let doctype = "<!DOCTYPE package [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
        do {
            let document = try read(try MinimalBook.archive(["OPS/book.opf": MinimalBook.package(title: "&secret;", doctype: doctype)]))
            let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\u{0}"
            #expect(!(document.metadata.title ?? "").contains(hostname))
        } catch let error as FolioError {
            #expect(error.kind == .malformedInput || error.kind == .limitExceeded)
        }
    }

    @Test func entityExpansionBombIsRefused() throws {
        var entities = "<!ENTITY a0 \"bomb\">"
        for level in 1...12 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let chapter = "<?xml version=\"1.0\"?><!DOCTYPE html [\(entities)]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&a12;</p></body></html>"
        do {
            let document = try read(try MinimalBook.archive(["OPS/c1.xhtml": chapter]))
            #expect(document.plainText.utf8.count < 1 << 20)
        } catch let error as FolioError {
            #expect(error.kind == .malformedInput || error.kind == .limitExceeded)
        }
    }

    @Test func deepNestingIsALimit() throws {
        let chapter = MinimalBook.chapter(String(repeating: "<div>", count: 2000) + "深" + String(repeating: "</div>", count: 2000))
        expectError(.limitExceeded, "depth", options: ["max-depth": "256"]) { try MinimalBook.archive(["OPS/c1.xhtml": chapter]) }
    }

    @Test func malformedXHTMLFallsBackToTheHTMLParser() throws {
        let document = try read(try MinimalBook.archive(["OPS/c1.xhtml": "<html><body><p>未闭合&nbsp;段落<br></body>"]))
        #expect(ContentShape.of(document.blocks) == ["p: 未闭合 段落"])
    }
}
