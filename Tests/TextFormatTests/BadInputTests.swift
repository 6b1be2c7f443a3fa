import Foundation
import FolioCore
import Testing
@testable import TextFormat

@Suite("Bad input")
struct BadInputTests {
    func expectMalformed(_ data: Data, options: [String: String] = [:], mentioning words: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let document = try TextReader().read(data, source: "bad.txt", options: Options(options))
            Issue.record("read without error: \(document.blocks.count) blocks", sourceLocation: sourceLocation)
        } catch let error as FolioError {
            #expect(error.kind == .malformedInput, sourceLocation: sourceLocation)
            #expect(error.source == "bad.txt", sourceLocation: sourceLocation)
            for word in words { #expect(error.description.contains(word), "\(error)", sourceLocation: sourceLocation) }
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test("Binary data with NUL bytes is refused, naming the offset")
    func binaryWithNul() {
        expectMalformed(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), mentioning: ["binary", "offset 8"])
    }

    @Test("Control-character soup without NUL is refused as binary")
    func controlSoup() {
        let bytes = (0..<4096).map { UInt8(1 + $0 % 8) }
        expectMalformed(Data(bytes), mentioning: ["binary"])
    }

    @Test("Bytes that are neither UTF-8 nor GB18030 are refused with their offset")
    func invalidBytes() {
        expectMalformed(Data("正文".utf8) + Data([0xFF, 0xFF, 0xFF]), mentioning: ["offset"])
    }

    @Test("Invalid bytes under a forced encoding are refused")
    func invalidForcedEncoding() {
        expectMalformed(Data([0x61, 0xC3, 0x28]), options: ["encoding": "utf-8"], mentioning: ["UTF-8"])
    }

    @Test("Truncated UTF-16 is refused")
    func truncatedUTF16() {
        expectMalformed(Data([0xFF, 0xFE, 0x61, 0x00, 0x62]), mentioning: ["UTF-16"])
    }

    @Test("An empty file gives an empty document")
    func emptyFile() throws {
        #expect(try Support.read(Data()) == Document())
    }

    @Test("Stray controls inside text are dropped, not kept")
    func strayControls() throws {
        let document = try Support.read("第一\u{0001}行\u{200B}文字。\n")
        #expect(Support.paragraphs(document) == ["第一行文字。"])
    }

    @Test("The input size limit refuses larger inputs")
    func inputLimit() {
        #expect(throws: FolioError.self) { try Support.read(Data(repeating: 0x61, count: 2048), options: ["max-input-size": "1K"]) }
    }

    @Test("A single 50 MB line becomes one paragraph, in linear time")
    func hugeLine() throws {
        let line = String(repeating: "汉字与 Latin 混排，", count: 2_000_000)
        let clock = ContinuousClock()
        var document = Document()
        let elapsed = try clock.measure { document = try Support.read(Data(line.utf8)) }
        #expect(document.blocks.count == 1)
        #expect(line.utf8.count == 50_000_000)
        #expect(Support.paragraphs(document).first == line)
        #expect(elapsed < .seconds(120))
        let written = try Support.write(document, options: ["wrap": "none"])
        #expect(written.utf8.count == line.utf8.count + 7, "two ideographic spaces of indent and a newline")
    }

    @Test("Deeply nested quote markers stay bounded")
    func deepQuotes() throws {
        let document = try Support.read(String(repeating: ">", count: 10_000) + " text\n")
        #expect(document.blocks.count == 1)
    }

    @Test("Many short lines: time grows linearly")
    func manyLines() throws {
        func time(_ count: Int) throws -> Duration {
            let text = String(repeating: "　　这是一段用来测试的正文。\n\n", count: count)
            return try ContinuousClock().measure { _ = try Support.read(text) }
        }
        let small = try time(5_000), large = try time(40_000)
        #expect(large < small * 30, "5k lines: \(small), 40k lines: \(large)")
    }
}
