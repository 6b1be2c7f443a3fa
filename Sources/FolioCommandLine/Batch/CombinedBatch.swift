import Dispatch
import Folio
import Foundation
import Synchronization

/// A `--combine` batch to a format that writes a combined output a document at a time
/// (``StreamingWriter``, such as CSV): the pages of every folder are read, filtered and made
/// into their part of the output (``StreamingWriter/part(of:inputName:context:)``) on all cores,
/// then added in name order, one thread at a time, to their folder's output, whose files are
/// written beside their destinations under temporary names and renamed into place when the
/// folder's last page is in.
///
/// Memory is bounded by the pages in flight, not by the size of a folder. A page that cannot be
/// read or converted fails its folder, as it fails the in-memory conversion of the folder: the
/// error names the page, the folder's other pages are passed over, and its temporary files are
/// removed, so no partial output reaches the destination. A batch interrupted mid-folder leaves
/// that folder's destination as it was, and the hidden temporary file beside it.
struct CombinedBatch<Writer: StreamingWriter> {
    /// The pipeline with the user's plugins, options and filters.
    var pipeline: Pipeline
    /// The writer of every folder's output.
    var writer: Writer
    /// The input format, or nil to choose by extension.
    var format: String?
    /// Redo folders whose output is newer than all their pages.
    var force: Bool
    /// The number of worker threads.
    var jobs: Int
    /// Finds the images and style sheets documents refer to.
    var resources = FileResourceLoader()

    /// One page of one folder: the item and the page's position among its inputs.
    private struct Page: Sendable {
        var item: Int
        var index: Int
    }

    /// What a worker made of one page, waiting for its turn to be added.
    private enum Outcome: Sendable {
        case prepared(Writer.Part, warnings: [String])
        case failed(String)
        /// Not converted: an earlier page of its folder failed.
        case passedOver
    }

    /// A folder's output being written.
    private struct OpenFolder {
        var output: Writer.Output
        /// The output's pieces, each in a temporary file beside the destination.
        var pieces: [Int: FileSystem.StagedFile] = [:]
        var warnings: [String] = []
        var start: DispatchTime
    }

    /// The folder being written and the records so far, kept by whichever thread adds pages.
    private struct AddingState {
        var open: OpenFolder?
        var records: [BatchRecord?]
    }

    /// Converts every item (a folder's pages, into one output) and returns one record per item,
    /// in item order; `onRecord` is called as each folder is written, skipped or failed, one at a
    /// time. Throws when the options are invalid.
    func run(_ items: [BatchItem], onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        let maximumInputSize = try pipeline.options.maximumInputSize()
        var records = [BatchRecord?](repeating: nil, count: items.count)
        var converting: [Page] = []
        for (number, item) in items.enumerated() {
            if !force && BatchRunner.isUpToDate(inputs: item.inputs, outputs: item.outputs.map(\.destination)) {
                let record = BatchRecord(input: item.label, outputs: item.outputs.map(\.destination), status: .skipped, error: nil, durationMilliseconds: 0, warnings: [])
                records[number] = record
                onRecord(record)
            } else {
                converting += item.inputs.indices.map { Page(item: number, index: $0) }
            }
        }
        let pages = converting
        // The first page known to have failed, by item: later pages of its folder are not converted.
        let failedPages = Mutex([Int: Int]())
        let state = Mutex(AddingState(records: records))
        pages.concurrentForEach(jobs: jobs) { page -> (Outcome, DispatchTime) in
            let start = DispatchTime.now()
            if let failed = failedPages.withLock({ $0[page.item] }), failed < page.index { return (.passedOver, start) }
            let outcome = prepare(page, of: items[page.item], maximumInputSize: maximumInputSize)
            if case .failed = outcome { failedPages.withLock { $0[page.item] = min($0[page.item] ?? page.index, page.index) } }
            return (outcome, start)
        } inOrder: { position, prepared in
            let page = pages[position]
            let record = state.withLock { state in
                let record = add(prepared.0, started: prepared.1, page: page, of: items[page.item], in: &state)
                if let record { state.records[page.item] = record }
                return record
            }
            guard let record else { return true }
            if record.status == .failed { failedPages.withLock { $0[page.item] = -1 } }
            onRecord(record)
            return true
        }
        return state.withLock { $0.records.compactMap { $0 } }
    }

    /// Adds a converted page to its folder's output, opening the output at the folder's first
    /// page and committing it at the last; returns the folder's record when it is written or fails.
    private func add(_ outcome: Outcome, started start: DispatchTime, page: Page, of item: BatchItem, in state: inout AddingState) -> BatchRecord? {
        let destination = item.outputs[0].destination
        if page.index == 0 {
            do {
                let context = WriteContext(options: pipeline.options, resources: resources, inputNames: item.names)
                state.open = OpenFolder(output: try writer.startCombinedOutput(context: context), start: start)
            } catch {
                return failure(BatchRunner.message(for: error, item: item), of: item, since: start)
            }
        }
        // A folder that failed has its record already; its remaining pages are passed over.
        guard var folder = state.open.take() else { return nil }
        do {
            switch outcome {
            case .passedOver:
                return nil
            case .failed(let message):
                return failure(message, of: item, since: folder.start)
            case .prepared(let part, let warnings):
                for bytes in try folder.output.append(part) {
                    let file = try folder.pieces[bytes.piece] ?? FileSystem.StagedFile(beside: destination)
                    folder.pieces[bytes.piece] = file
                    try file.append(bytes.data)
                }
                folder.warnings += warnings
            }
            guard page.index == item.inputs.count - 1 else {
                state.open = folder
                return nil
            }
            let written = try OutputCommit.commit(folder.output.finish(), pieces: folder.pieces, to: destination)
            return BatchRecord(input: item.label, outputs: written, status: .converted, error: nil,
                               durationMilliseconds: Self.milliseconds(since: folder.start), warnings: folder.warnings)
        } catch {
            return failure(BatchRunner.message(for: error, item: item), of: item, since: folder.start)
        }
    }

    /// Reads and filters one page and makes it the writer's part.
    private func prepare(_ page: Page, of item: BatchItem, maximumInputSize: Int) -> Outcome {
        let path = item.inputs[page.index], name = item.names[page.index]
        do {
            let input = Pipeline.Input(data: try InputFile.read(path, maximumSize: maximumInputSize), source: path, format: format, name: name)
            let result = try pipeline.prepare(input, for: writer)
            let context = WriteContext(options: pipeline.options, resources: resources, inputNames: [name])
            return .prepared(try writer.part(of: result.document, inputName: name, context: context), warnings: result.warnings)
        } catch {
            return .failed(BatchRunner.message(for: error, item: item))
        }
    }

    /// The record of a folder that failed.
    private func failure(_ message: String, of item: BatchItem, since start: DispatchTime) -> BatchRecord {
        BatchRecord(input: item.label, outputs: [], status: .failed, error: message, durationMilliseconds: Self.milliseconds(since: start), warnings: [])
    }

    private static func milliseconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
    }
}
