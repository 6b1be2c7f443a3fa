import Foundation
import Testing
@testable import FolioCore

@Suite struct TextDecodingTests {
    let sample = "宁波日报 2021年 Ünïcode ½ 😀"

    @Test func utf8WithAndWithoutBOM() throws {
        #expect(try TextDecoding.decode(Data(sample.utf8)).text == sample)
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8)).text == sample)
    }

    @Test func utf16WithBOM() throws {
        var little = Data([0xFF, 0xFE]), big = Data([0xFE, 0xFF])
        for unit in sample.utf16 {
            little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
            big.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)])
        }
        #expect(try TextDecoding.decode(little) == TextDecoding.Decoded(text: sample, encoding: .utf16LittleEndian))
        #expect(try TextDecoding.decode(big) == TextDecoding.Decoded(text: sample, encoding: .utf16BigEndian))
    }

    @Test func gb18030IsDetectedWhenNotUTF8() throws {
        // 宁波日报 in GBK.
        let gbk = Data([0xC4, 0xFE, 0xB2, 0xA8, 0xC8, 0xD5, 0xB1, 0xA8])
        #expect(try TextDecoding.decode(gbk) == TextDecoding.Decoded(text: "宁波日报", encoding: .gb18030))
        #expect(try TextDecoding.decode(gbk, forcedEncoding: TextDecoding.Encoding(label: "GB2312")).text == "宁波日报")
    }

    @Test func badBytesGiveOffsets() {
        #expect { try TextDecoding.decode(Data("ok".utf8) + Data([0xFF, 0xFF, 0xFF])) } throws: { error in
            (error as? FolioError)?.message.contains("offset 2") == true
        }
        #expect { try TextDecoding.decode(Data([0x41, 0x00, 0x42]), source: "bin") } throws: { error in
            (error as? FolioError)?.description == "bin: malformed input: binary data, not text (a NUL byte at offset 1)"
        }
        #expect(throws: FolioError.self) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x41])) }
    }

    @Test func labels() {
        #expect(TextDecoding.Encoding(label: "UTF8") == .utf8)
        #expect(TextDecoding.Encoding(label: "gbk") == .gb18030)
        #expect(TextDecoding.Encoding(label: "x-unknown") == nil)
    }
}

@Suite struct CJKTests {
    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(CJK.displayWidth(of: "abc") == 3)
        #expect(CJK.displayWidth(of: "宁波") == 4)
        #expect(CJK.displayWidth(of: "，。") == 4)
        #expect(CJK.displayWidth(of: "ａ") == 2)
        #expect(CJK.displayWidth(of: "e\u{301}") == 1)
    }

    @Test func joinLinesJoinsChineseWithoutSpace() {
        #expect(CJK.joinLines(["宁波市持续推进", "教育培训计划"]) == "宁波市持续推进教育培训计划")
        #expect(CJK.joinLines(["a line of", "English text"]) == "a line of English text")
        #expect(CJK.joinLines(["共有", "120 people"]) == "共有120 people")
        #expect(CJK.joinLines(["  缩进\u{3000}", "", "\u{00A0}下一行"]) == "缩进下一行")
    }
}
