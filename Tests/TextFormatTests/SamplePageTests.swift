import Foundation
import FolioCore
import FolioNewspaper
import Testing
@testable import TextFormat

@Suite("Sample pages in Examples/pages")
struct SamplePageTests {
    static let pages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Support.examplePages.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    static func load(_ name: String) throws -> (Data, StructureTarget) {
        let url = Support.examplePages.appendingPathComponent(name)
        let target = try StructureTarget.load(url.deletingPathExtension().appendingPathExtension("structure.json"))
        return (try Data(contentsOf: url), target)
    }

    @Test("There are at least six sample pages, each with its target")
    func enoughPages() {
        #expect(Self.pages.count >= 6)
    }

    @Test("Each sample page gives its hand-written structure", arguments: pages)
    func structure(_ name: String) throws {
        let (data, target) = try Self.load(name)
        let document = try Support.read(data)
        let differences = target.differences(from: document)
        #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
    }

    @Test("Each sample page survives text → text → text", arguments: pages)
    func roundTrip(_ name: String) throws {
        let document = try Support.read(try Self.load(name).0)
        for options in [[:], ["columns": "30"], ["wrap": "none"]] {
            let first = try Support.write(document, options: options)
            let reread = try Support.read(first)
            #expect(reread == document, "\(name) \(options)")
            #expect(try Support.write(reread, options: options) == first, "\(name) \(options)")
        }
    }

    @Test("The same page in UTF-8 (±BOM), UTF-16LE/BE with BOM, GB18030 and CRLF/CR gives the same document", arguments: pages)
    func encodings(_ name: String) throws {
        let (data, _) = try Self.load(name)
        let text = String(decoding: data, as: UTF8.self)
        let expected = try Support.read(data)
        var variants: [(String, Data)] = [
            ("utf-8 BOM", Data([0xEF, 0xBB, 0xBF]) + data),
            ("utf-16le", Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())),
            ("utf-16be", Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data())),
            ("crlf", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("cr", Data(text.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ]
        variants.append(("gb18030", try GB18030.encode(text)))
        for (label, bytes) in variants {
            #expect(try Support.read(bytes) == expected, "\(name) as \(label)")
        }
        #expect(try Support.read(try GB18030.encode(text), options: ["encoding": "gbk"]) == expected)
    }

    @Test("Nothing from the page frame reaches the body", arguments: pages)
    func noChrome(_ name: String) throws {
        let document = try Support.read(try Self.load(name).0)
        for block in document.blocks {
            let text = block.plainText
            #expect(!["标题导航", "放大 缩小 默认", "上一篇", "下一篇"].contains { text.hasPrefix($0) }, "\(name): \(text)")
            #expect(!text.contains("enpproperty"), "\(name): \(text)")
            #expect(!(text.hasPrefix("第") && text.contains("版:")), "\(name): \(text)")
            #expect(ChromeLine.classify(text) == nil, "\(name): \(text)")
        }
    }
}

/// Encodes test text as GB18030 through iconv, so the tests commit no binary file.
enum GB18030 {
    static func encode(_ text: String) throws -> Data {
        guard let converter = Optional(iconv_open("GB18030", "UTF-8")), converter != iconv_t(bitPattern: -1) else {
            throw FolioError(.unsupported, "iconv has no GB18030")
        }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var inLeft = input.count, outLeft = output.count
        let produced: Int = try input.withUnsafeMutableBufferPointer { inBuffer in
            try output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                    throw FolioError(.unsupported, "iconv could not encode GB18030")
                }
                return outBuffer.count - outLeft
            }
        }
        return Data(output.prefix(produced).map { UInt8(bitPattern: $0) })
    }
}
