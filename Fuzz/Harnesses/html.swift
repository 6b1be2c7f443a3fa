// libFuzzer entry point for the HTML reader (libxml2 parsing, article extraction, mapping to the model).
import Foundation
import FolioCore
import HTMLFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let reader = HTMLFormatPlugin().reader else { return 0 }
    if let document = try? reader.read(data, source: "fuzz.html", options: Options()) {
        for case .table(let table) in document.blocks { _ = table.grid }
    }
    _ = try? reader.read(data, source: "fuzz.html", options: Options(["no-extract": "true"]))
    return 0
}
