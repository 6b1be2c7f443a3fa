import Foundation
import FolioTestSupport
import Testing
import FolioCore
@testable import HTMLFormat

@Suite struct CharsetTests {
    private func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)<title>t</title></head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test func metaCharsetGBK() throws {
        let document = try readHTML(bytes: page(head: "<meta charset=\"gbk\">", body: GBK.ningboDaily + GBK.news))
        #expect(document.blocks == [.paragraph([.text("宁波日报新闻")])])
    }

    @Test func httpEquivGB2312() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
        let document = try readHTML(bytes: page(head: head, body: GBK.park))
        #expect(document.blocks == [.paragraph([.text("公园")])])
    }

    @Test func undeclaredGBKIsSniffed() throws {
        let document = try readHTML(bytes: page(head: "", body: GBK.ningboDaily + GBK.reporter + GBK.news))
        #expect(document.blocks == [.paragraph([.text("宁波日报记者新闻")])])
        #expect(document.metadata.language == "zh-CN")
    }

    @Test func gb18030LabelReadsGBKBytes() throws {
        let document = try readHTML(bytes: page(head: "<meta charset='GB18030'>", body: GBK.park))
        #expect(document.blocks.first?.plainText == "公园")
    }

    @Test func declarationContradictedByTheBytesFallsBackToTheSniff() throws {
        let document = try readHTML(bytes: page(head: "<meta charset=gb2312>", body: Array("海州é".utf8)))
        #expect(document.blocks.first?.plainText.hasPrefix("海州") == true)
    }

    @Test func byteOrderMarkWinsOverTheDeclaration() throws {
        let document = try readHTML(bytes: [0xEF, 0xBB, 0xBF] + page(head: "<meta charset=gbk>", body: Array("海州".utf8)))
        #expect(document.blocks.first?.plainText == "海州")
    }

    @Test func encodingOptionOverridesTheDeclaration() throws {
        let document = try readHTML(bytes: page(head: "<meta charset=utf-8>", body: GBK.park), options: ["encoding": "gbk"])
        #expect(document.blocks.first?.plainText == "公园")
        #expect(throws: FolioError.self) { try readHTML(bytes: page(head: "", body: []), options: ["encoding": "klingon"]) }
    }

    @Test func metaInsideACommentIsIgnored() {
        let data = Data("<!-- <meta charset=big5> --><meta charset=\"utf-8\">".utf8)
        #expect(HTMLCharset.declaredLabel(in: data) == "utf-8")
    }

    @Test func xmlDeclarationNamesTheEncoding() {
        #expect(HTMLCharset.declaredLabel(in: Data("<?xml version=\"1.0\" encoding=\"GBK\"?><html/>".utf8)) == "GBK")
    }

    /// html5lib's encoding cases: where the prescan decides among the encodings Folio reads, it
    /// decides as a browser does. Folio looks further than the standard's 1024 bytes (browsers
    /// switch encoding later too, by reloading), so cases about that limit are left out; and it
    /// passes over labels it cannot decode (the standard stops at the first valid one).
    @Test(.needsShared("conformance/html5lib-tests/encoding"))
    func html5libPrescanCases() throws {
        let suite = try SharedCorpus.url("conformance/html5lib-tests/encoding")
        var total = 0, agreed = 0
        var differences: [String] = []
        for file in ["tests1.dat", "tests2.dat"] {
            let data = try Data(contentsOf: suite.appendingPathComponent(file))
            for chunk in String(decoding: data, as: UTF8.self).components(separatedBy: "#data\n").dropFirst() {
                let parts = chunk.components(separatedBy: "\n#encoding\n")
                guard parts.count == 2, parts[0].utf8.count <= 1024, !parts[0].hasPrefix("\u{FEFF}") else { continue }
                let expected = TextDecoding.Encoding(label: parts[1].trimmingCharactersInWhitespace())
                let found = HTMLCharset.declaredLabel(in: Data(parts[0].utf8)).flatMap(TextDecoding.Encoding.init(label:))
                total += 1
                // No declaration and the standard's default (windows-1252) both mean: sniff.
                if found == expected || (found == nil && expected == .latin1) {
                    agreed += 1
                } else {
                    differences.append(parts[0])
                }
            }
        }
        print("html5lib encoding: the prescan agrees in \(agreed) of \(total) cases")
        #expect(total == 72)
        #expect(agreed >= 71, "differences: \(differences)")
    }

}
