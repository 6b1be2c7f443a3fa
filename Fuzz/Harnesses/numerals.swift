// libFuzzer entry point for the Chinese numeral parser, alone and inside the indicator filter's scan of prose.
import Foundation
import FolioCore
import Indicators

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: size), as: UTF8.self)
    _ = ChineseNumeral.parse(text)
    // Long inputs only exercise the scanner; the parser sees numerals, which are short.
    if size <= 4096 {
        let document = Document(blocks: [.heading(Heading(level: 2, content: [.text("经济")])), .paragraph([.text(text)])])
        _ = try? IndicatorsPlugin.Filter().apply(to: document, options: Options())
    }
    return 0
}
