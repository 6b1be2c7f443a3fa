// libFuzzer entry point for the pandoc-json reader (pandoc's JSON AST), and the pandoc-json and
// Markdown writers on what it reads.
import Foundation
import FolioCore
import MarkdownFormat
import PandocFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafeRawPointer, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    guard let first = try? PandocReader().read(data, source: "fuzz.json", options: Options()) else { return 0 }
    _ = first.plainText
    for table in first.tables { _ = table.grid }
    _ = MarkdownWriter.markdown(first)
    // Writing normalises once (white space into Space nodes, row head columns); after that, what
    // the writer writes the reader must read back unchanged.
    guard let second = try? PandocReader().read(PandocWriter.encode(first), source: "fuzz.json", options: Options()) else {
        fatalError("the reader refused the writer's output")
    }
    guard let third = try? PandocReader().read(PandocWriter.encode(second), source: "fuzz.json", options: Options()), third == second else {
        fatalError("pandoc-json round trip changed the document")
    }
    return 0
}
