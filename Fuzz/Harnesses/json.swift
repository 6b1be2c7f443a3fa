// libFuzzer entry point for the JSON reader (the model's versioned JSON form).
import Foundation
import FolioCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let document = try? JSONFormat.Reader().read(data, source: "fuzz.json", options: Options()) else { return 0 }
    // Writers lay tables out through `grid` and index text through `plainText`: both must
    // survive whatever spans and nesting the JSON claims.
    _ = document.plainText
    for case .table(let table) in document.blocks { _ = table.grid }
    // What reads must write, and read back equal: the wire format of external plugins.
    if let encoded = try? JSONFormat.Writer.encode(document),
       let again = try? JSONFormat.Reader.decode(encoded, source: "fuzz.json"), again != document {
        fatalError("JSON round trip changed the document")
    }
    return 0
}
