// libFuzzer entry point for the CSV reader, strict and lenient.
import Foundation
import FolioCore
import CSVFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let reader = CSVFormatPlugin().reader else { return 0 }
    _ = try? reader.read(data, source: "fuzz.csv", options: Options())
    _ = try? reader.read(data, source: "fuzz.csv", options: Options(["lenient": "true"]))
    return 0
}
