import CLibXML2
import Foundation

/// Parses bytes with libxml2's XML parser (no network, no entities) and reports whether they are well-formed.
enum XMLWellFormedness {
    static func check(_ bytes: [UInt8]) -> Bool {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "test.xhtml", "UTF-8", options)
                }
            }
        }
        guard let document else { return false }
        xmlFreeDoc(document)
        return true
    }

    static func check(_ markup: String) -> Bool {
        check(Array(markup.utf8))
    }
}
