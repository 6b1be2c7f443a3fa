// libFuzzer entry point for the EPUB reader: the zip container (on zlib), the package, XHTML through libxml2.
import Foundation
import FolioCore
import EPUBFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let reader = EPUBFormatPlugin().reader else { return 0 }
    // Tight limits keep each run fast and make the limit checks themselves part of what is fuzzed.
    let options = Options(["max-expanded-size": "8M", "max-entries": "200", "max-depth": "256"])
    _ = try? reader.read(data, source: "fuzz.epub", options: options)
    return 0
}
