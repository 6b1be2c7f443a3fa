// libFuzzer entry point for the EPUB reader past the zip layer: the input is a package document
// and a chapter (split at the first NUL byte), zipped here with correct checksums so that the
// fuzzer spends its time in the package, spine and XHTML handling rather than failing CRCs.
import Foundation
import FolioCore
import EPUBFormat
import CZlib

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let input = Data(bytes: bytes, count: size)
    let split = input.firstIndex(of: 0) ?? input.endIndex
    let container = Data(#"<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#.utf8)
    let archive = storedZip([
        ("mimetype", Data("application/epub+zip".utf8)), ("META-INF/container.xml", container),
        ("EPUB/package.opf", input[..<split]), ("EPUB/chapter.xhtml", input[min(split + 1, input.endIndex)...]),
    ])
    guard let reader = EPUBFormatPlugin().reader else { return 0 }
    _ = try? reader.read(archive, source: "fuzz.epub", options: Options(["max-expanded-size": "8M", "max-depth": "256"]))
    return 0
}

/// A zip of stored (uncompressed) entries with correct sizes and CRC-32s.
func storedZip(_ entries: [(name: String, data: Data)]) -> Data {
    func little(_ value: Int, _ bytes: Int) -> Data { Data((0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }) }
    var archive = Data(), directory = Data()
    for (name, data) in entries {
        let crc = data.withUnsafeBytes { Int(crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count))) }
        let fields = little(20, 2) + little(0, 2) + little(0, 2) + little(0, 4) + little(crc, 4) + little(data.count, 4) + little(data.count, 4) + little(name.utf8.count, 2) + little(0, 2)
        directory += little(0x0201_4b50, 4) + little(20, 2) + fields + little(0, 2) + little(0, 2) + little(0, 2) + little(0, 4) + little(archive.count, 4) + Data(name.utf8)
        archive += little(0x0403_4b50, 4) + fields + Data(name.utf8) + data
    }
    let end = little(0x0605_4b50, 4) + little(0, 4) + little(entries.count, 2) + little(entries.count, 2) + little(directory.count, 4) + little(archive.count, 4) + little(0, 2)
    return archive + directory + end
}
