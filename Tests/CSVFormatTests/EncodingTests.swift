import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Byte order marks, GB18030 and UTF-16 files, and the `encoding` option.
@Suite struct EncodingTests {
    /// `区县,企业数\r\n海曙,120\r\n` in GB18030.
    static let gb18030 = bytes("c7f8cfd82cc6f3d2b5cafd0d0abaa3caef2c3132300d0a")

    static func bytes(_ hex: String) -> Data {
        var data = Data()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            data.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return data
    }

    @Test func utf8ByteOrderMarkIsNotPartOfTheFirstField() throws {
        let table = try CSV.table(Data([0xEF, 0xBB, 0xBF]) + Data("name,count\nA,1\n".utf8))
        #expect(table.grid[0] == ["name", "count"])
        #expect(table.head.count == 1)
    }

    @Test func gb18030IsDetected() throws {
        #expect(try CSV.table(Self.gb18030).grid == [["区县", "企业数"], ["海曙", "120"]])
    }

    @Test func encodingOptionForcesTheDecoder() throws {
        #expect(try CSV.table(Self.gb18030, ["encoding": "gbk"]).grid == [["区县", "企业数"], ["海曙", "120"]])
    }

    @Test func utf16WithByteOrderMark() throws {
        let data = Data([0xFF, 0xFE]) + Self.bytes("61002c0062000d000a00ce572c0032000d000a00")
        #expect(try CSV.table(data).grid == [["a", "b"], ["城", "2"]])
    }

    @Test func unknownEncodingIsAnOptionError() {
        let error = CSV.error("a,b\n", ["encoding": "ebcdic-martian"])
        #expect(error?.kind == .invalidOption)
        #expect(error?.message.contains("ebcdic-martian") == true)
    }

    @Test func bytesInvalidInTheForcedEncodingAreReported() {
        #expect(throws: FolioError.self) { try CSV.table(Self.gb18030, ["encoding": "utf-8"]) }
    }

    @Test func binaryInputIsRejected() {
        #expect(throws: FolioError.self) { try CSV.table(Data([0x61, 0x2C, 0x00, 0x62])) }
    }
}
