// The floor under a one-page `folio` process: a Swift program that links what folio links
// (Foundation, libxml2, zlib, SQLite, the static Swift runtime), reads nothing and converts
// nothing. Benchmarks/run builds it with swiftc and times it beside folio.
import Foundation

@_silgen_name("xmlInitParser") func xmlInitParser()
@_silgen_name("zlibVersion") func zlibVersion() -> UnsafePointer<CChar>
@_silgen_name("sqlite3_libversion") func sqlite3LibraryVersion() -> UnsafePointer<CChar>

// Never true when run by the benchmark; it keeps the three libraries linked and loaded.
if CommandLine.arguments.count > 5 {
    xmlInitParser()
    print(String(cString: zlibVersion()), String(cString: sqlite3LibraryVersion()))
}
exit(FileManager.default.fileExists(atPath: "/") ? 0 : 1)
