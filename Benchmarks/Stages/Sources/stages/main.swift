// Prints the CPU time per page of each stage of converting the given pages: reading them, the
// indicator filter, and writing EPUB, HTML and JSON. Every page is read from memory, so disk
// speed does not count; each stage is run over all pages in turn, `--rounds` times, and the
// fastest round is reported (the others were slowed by something else on the machine).
//
//     stages [--rounds N] [--label NAME] FILE…
import Folio
import Foundation

/// The CPU time this process has used, in seconds, on all its threads: a long document is
/// classified and its book deflated on several.
func processCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The least CPU time `body` takes over `rounds` runs.
func fastest(rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = processCPUTime()
        try body()
        best = min(best, processCPUTime() - start)
    }
    return best
}

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 3
var label = "pages"
while let option = arguments.first, option.hasPrefix("--") {
    arguments.removeFirst()
    guard let value = arguments.first else { break }
    arguments.removeFirst()
    if option == "--rounds", let number = Int(value) { rounds = max(1, number) } else if option == "--label" { label = value }
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: stages [--rounds N] [--label NAME] FILE…\n".utf8))
    exit(2)
}

do {
    let pipeline = Pipeline(registry: .builtIn)
    let inputs = try arguments.map { Pipeline.Input(data: try Data(contentsOf: URL(fileURLWithPath: $0)), source: $0) }
    let bytes = inputs.reduce(0) { $0 + $1.data.count }
    var documents: [Document] = []
    let read = try fastest(rounds: rounds) { documents = try inputs.map(pipeline.read) }
    var filtered: [Document] = []
    let filter = try fastest(rounds: rounds) { filtered = try documents.map { try pipeline.apply(["indicators"], to: $0) } }
    let context = WriteContext(options: pipeline.options, resources: NoResources())
    var writes: [(String, Double)] = []
    for format in ["epub", "html", "json"] {
        let writer = try pipeline.registry.resolveWriter(format: format, path: "page.\(format)").capability
        writes.append((format, try fastest(rounds: rounds) { for document in documents { _ = try writer.write(document, context: context) } }))
        // With the indicator filter's marks, a writer also draws each paragraph's reading table.
        writes.append((format + " +ind", try fastest(rounds: rounds) { for document in filtered { _ = try writer.write(document, context: context) } }))
    }
    let pages = Double(inputs.count)
    func perPage(_ seconds: Double) -> String { String(format: "%.3f ms", seconds / pages * 1000) }
    let megabytes = Double(bytes) / 1_048_576
    print("\(label): \(inputs.count) inputs, \(String(format: "%.1f", megabytes)) MB; CPU per input, fastest of \(rounds) rounds")
    print("  read            \(perPage(read))   (\(String(format: "%.0f", megabytes / read)) MB/s)")
    print("  indicators      \(perPage(filter))")
    for (format, seconds) in writes { print("  write \(format.padding(toLength: 10, withPad: " ", startingAt: 0))\(perPage(seconds))") }
    print("  read → EPUB     \(perPage(read + writes[0].1))")
} catch {
    FileHandle.standardError.write(Data("stages: \(error)\n".utf8))
    exit(1)
}
