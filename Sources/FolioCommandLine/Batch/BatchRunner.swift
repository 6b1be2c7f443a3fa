import Dispatch
import Folio
import Foundation

/// Converts batch items on several threads, one item at a time per thread, so memory stays
/// bounded by the pages in flight rather than by the size of the batch.
struct BatchRunner: Sendable {
    /// The conversion applied to every item.
    var conversion: FileConversion
    /// Redo items whose outputs are newer than their inputs.
    var force: Bool
    /// The number of worker threads.
    var jobs: Int
    /// The input format every page is read as (`-f`), or nil to pick a reader by each file's name.
    var inputFormat: String? = nil

    /// Converts every item and returns one record per item, in item order.
    ///
    /// `onRecord` is called from the worker threads as each item finishes (serialised by the caller if needed).
    func run(_ items: [BatchItem], onRecord: @Sendable (BatchRecord) -> Void) -> [BatchRecord] {
        items.concurrentMap(jobs: jobs) { item in
            let record = convert(item)
            onRecord(record)
            return record
        }
    }

    /// Converts one item, or skips it when its outputs are up to date.
    func convert(_ item: BatchItem) -> BatchRecord {
        let start = DispatchTime.now()
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000 }
        let planned = item.outputs.map(\.destination)
        if !force && Self.isUpToDate(inputs: item.inputs, outputs: planned) {
            return BatchRecord(input: item.label, outputs: planned, status: .skipped, error: nil, durationMilliseconds: elapsed(), warnings: [])
        }
        do {
            let result = try conversion.run(inputs: item.inputs, names: item.names, format: inputFormat, outputs: item.outputs)
            return BatchRecord(input: item.label, outputs: result.written, status: .converted, error: nil, durationMilliseconds: elapsed(), warnings: result.warnings)
        } catch {
            return BatchRecord(input: item.label, outputs: [], status: .failed, error: Self.message(for: error, item: item), durationMilliseconds: elapsed(), warnings: [])
        }
    }

    /// How a failed item is reported: the error, naming the input file when there is one.
    static func message(for error: any Error, item: BatchItem) -> String {
        guard let error = error as? FolioError else { return "\(item.label): \(error)" }
        return (item.inputs.count == 1 ? error.withSource(item.inputs[0]) : error).description
    }

    /// Whether every output exists and is at least as new as the newest input.
    static func isUpToDate(inputs: [String], outputs: [String]) -> Bool {
        guard let newestInput = inputs.compactMap({ FileSystem.status($0)?.modified }).max(), inputs.count > 0 else { return false }
        return outputs.allSatisfy { output in FileSystem.status(output).map { $0.modified >= newestInput } ?? false }
    }
}
