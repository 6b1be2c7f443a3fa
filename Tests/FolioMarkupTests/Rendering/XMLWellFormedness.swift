import FolioMarkup
import Foundation

/// Whether rendered markup parses as XML, through the same strict parser the EPUB reader uses.
enum XMLWellFormedness {
    static func check(_ bytes: [UInt8]) -> Bool {
        (try? MarkupParser.parseXML(Data(bytes), source: "rendered.xhtml")) != nil
    }
}
