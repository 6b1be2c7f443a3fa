import Foundation
import FolioTestSupport
import FolioCore
@testable import HTMLFormat

/// Reads HTML text with the HTML reader.
func readHTML(_ html: String, options: [String: String] = [:]) throws -> Document {
    try HTMLReader().read(Data(html.utf8), source: "fixture.html", options: Options(options))
}

/// Reads HTML bytes with the HTML reader.
func readHTML(bytes: [UInt8], options: [String: String] = [:]) throws -> Document {
    try HTMLReader().read(Data(bytes), source: "fixture.html", options: Options(options))
}

/// Writes a document with the HTML writer.
func writeHTML(_ document: Document, options: [String: String] = [:], resources: any ResourceLoader = NoResources()) throws -> String {
    let output = try HTMLWriter().write(document, context: WriteContext(options: Options(options), resources: resources))
    guard case .data(let data) = output.content else { return "" }
    return String(decoding: data, as: UTF8.self)
}

/// GBK bytes of a few words, as iconv gives them (`printf 宁波日报 | iconv -t GBK`).
enum GBK {
    static let ningboDaily: [UInt8] = [0xC4, 0xFE, 0xB2, 0xA8, 0xC8, 0xD5, 0xB1, 0xA8] // 宁波日报
    static let reporter: [UInt8] = [0xBC, 0xC7, 0xD5, 0xDF] // 记者
    static let news: [UInt8] = [0xD0, 0xC2, 0xCE, 0xC5] // 新闻
    static let park: [UInt8] = [0xB9, 0xAB, 0xD4, 0xB0] // 公园
}

extension Document {
    /// The texts of the top-level headings.
    var headingTexts: [String] {
        blocks.compactMap { if case .heading(let heading) = $0 { heading.content.plainText } else { nil } }
    }
}
