// libFuzzer entry point for the plain-text reader (page layout recognition), and the text writer on what it read.
import Foundation
import FolioCore
import TextFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    let plugin = TextFormatPlugin()
    guard let reader = plugin.reader, let writer = plugin.writer else { return 0 }
    for layout in ["auto", "plain"] {
        guard let document = try? reader.read(data, source: "fuzz.txt", options: Options(["layout": layout])) else { continue }
        // Wrapping by display width is where CJK text meets arithmetic: write what was read.
        _ = try? writer.write(document, context: WriteContext(options: Options(["columns": "\(8 + size % 40)"])))
    }
    return 0
}
