@testable import EPUBFormat
import Foundation

/// Builds zip archives field by field, so tests can write the lies a hostile archive tells.
struct RawZip {
    /// One entry and every field that can be forged.
    struct Entry {
        var name: String
        var data: [UInt8]
        var method: UInt16 = 0
        var flags: UInt16 = 0
        var crc: UInt32? = nil
        var compressedSize: UInt32? = nil
        var uncompressedSize: UInt32? = nil
        var uncompressed: [UInt8]? = nil
        /// When set, the central directory points at this entry's local header instead.
        var localHeaderOf: Int? = nil
        /// Whether the local header leaves CRC and sizes zero and a data descriptor follows the data,
        /// as streaming zip writers do.
        var usesDataDescriptor = false
    }

    var entries: [Entry] = []
    var entryCountOverride: UInt16? = nil

    /// A stored entry.
    mutating func stored(_ name: String, _ text: String) {
        entries.append(Entry(name: name, data: Array(text.utf8)))
    }

    /// A deflated entry.
    mutating func deflated(_ name: String, _ content: [UInt8]) throws {
        entries.append(Entry(name: name, data: try RawDeflater(level: 9).compress(content), method: 8, uncompressed: content))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        var offsets: [Int] = []
        for entry in entries {
            let plain = entry.uncompressed ?? entry.data
            let crc = entry.crc ?? CRC32.checksum(plain)
            let name = Array(entry.name.utf8)
            offsets.append(out.count)
            let streamed = entry.usesDataDescriptor
            out.appendLittleEndian(UInt32(0x0403_4B50)); out.appendLittleEndian(UInt16(20)); out.appendLittleEndian(entry.flags | (streamed ? 8 : 0))
            out.appendLittleEndian(entry.method); out.appendLittleEndian(UInt32(0x0021_0000)); out.appendLittleEndian(streamed ? 0 : crc)
            out.appendLittleEndian(streamed ? 0 : entry.compressedSize ?? UInt32(entry.data.count)); out.appendLittleEndian(streamed ? 0 : entry.uncompressedSize ?? UInt32(plain.count))
            out.appendLittleEndian(UInt16(name.count)); out.appendLittleEndian(UInt16(0)); out += name; out += entry.data
            if streamed {
                out.appendLittleEndian(UInt32(0x0807_4B50)); out.appendLittleEndian(crc)
                out.appendLittleEndian(UInt32(entry.data.count)); out.appendLittleEndian(UInt32(plain.count))
            }
        }
        for (index, entry) in entries.enumerated() {
            let plain = entry.uncompressed ?? entry.data
            let name = Array(entry.name.utf8)
            central.appendLittleEndian(UInt32(0x0201_4B50)); central.appendLittleEndian(UInt16(20)); central.appendLittleEndian(UInt16(20))
            central.appendLittleEndian(entry.flags | (entry.usesDataDescriptor ? 8 : 0)); central.appendLittleEndian(entry.method); central.appendLittleEndian(UInt32(0x0021_0000))
            central.appendLittleEndian(entry.crc ?? CRC32.checksum(plain))
            central.appendLittleEndian(entry.compressedSize ?? UInt32(entry.data.count)); central.appendLittleEndian(entry.uncompressedSize ?? UInt32(plain.count))
            central.appendLittleEndian(UInt16(name.count)); central.appendLittleEndian(UInt16(0)); central.appendLittleEndian(UInt16(0))
            central.appendLittleEndian(UInt16(0)); central.appendLittleEndian(UInt16(0)); central.appendLittleEndian(UInt32(0))
            central.appendLittleEndian(UInt32(offsets[entry.localHeaderOf ?? index])); central += name
        }
        let directoryOffset = out.count
        out += central
        let count = entryCountOverride ?? UInt16(entries.count)
        out.appendLittleEndian(UInt32(0x0605_4B50)); out.appendLittleEndian(UInt16(0)); out.appendLittleEndian(UInt16(0))
        out.appendLittleEndian(count); out.appendLittleEndian(count)
        out.appendLittleEndian(UInt32(central.count)); out.appendLittleEndian(UInt32(directoryOffset)); out.appendLittleEndian(UInt16(0))
        return out
    }
}

/// A minimal EPUB's files, to be varied by the hostile-input tests.
enum MinimalBook {
    static let container = """
    <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
    """

    static func package(title: String = "小书", spine: [String] = ["c1"], doctype: String = "") -> String {
        """
        <?xml version="1.0"?>\(doctype)<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">x</dc:identifier><dc:title>\(title)</dc:title><dc:language>zh</dc:language></metadata><manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/><item id="c2" href="text/c2.xhtml" media-type="application/xhtml+xml"/></manifest><spine>\(spine.map { "<itemref idref=\"\($0)\"/>" }.joined())</spine></package>
        """
    }

    static func chapter(_ body: String) -> String {
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>\(body)</body></html>"
    }

    /// The archive of a book with the given files (defaults filled in), written by Folio's zip writer.
    static func archive(_ files: [String: String]) throws -> Data {
        var all = ["META-INF/container.xml": container, "OPS/book.opf": package(), "OPS/c1.xhtml": chapter("<p>第一章</p>")]
        for (name, content) in files { all[name] = content }
        var zip = ZipArchiveWriter()
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        for name in all.keys.sorted() where !all[name, default: ""].isEmpty {
            try zip.add(name, Array(all[name, default: ""].utf8))
        }
        return Data(try zip.finish())
    }
}
