import Dispatch
import Folio
import Foundation
import Synchronization

/// A batch into one archive (`folio batch DIR -t sqlite -o archive.db`): pages are read,
/// filtered and made into archive entries (``DocumentArchive/entry(for:file:modified:)``) on
/// all cores, then stored by one thread at a time, in plan order, into the archive that
/// ``ArchiveWriter`` opens.
///
/// The archive is committed every ``documentsPerTransaction`` pages and at the end, so an
/// interrupted batch keeps what it committed, loses no more than the pages since, and never
/// leaves a page half stored. A page whose recorded modification time equals its file's is up
/// to date and skipped (unless `force`); a page that cannot be read or converted is reported
/// and its earlier version stays in the archive. A page the archive cannot store (a full
/// disk) stops the batch: the archive undoes its open transaction, and keeps what it committed.
struct ArchiveBatch {
    /// Pages stored per transaction: few commits, and little work lost to an interruption.
    static let documentsPerTransaction = 500

    /// The pipeline with the user's plugins, options and filters.
    var pipeline: Pipeline
    /// The writer that opens the archive.
    var writer: any ArchiveWriter
    /// The archive's path.
    var destination: String
    /// The input format, or nil to choose by extension.
    var format: String?
    /// Redo pages the archive holds up to date.
    var force: Bool
    /// The number of worker threads.
    var jobs: Int

    /// What a worker made of one page, waiting for its turn to be stored.
    private enum Outcome<Entry: Sendable>: Sendable {
        case upToDate
        case prepared(Entry, warnings: [String])
        case failed(String)
    }

    /// The archive and what the storing worker has done with it.
    private struct StoringState<Archive: DocumentArchive>: ~Copyable {
        var archive: Archive
        var sinceCommit = 0
        var records: [BatchRecord?]
        var failure: (any Error)?
    }

    /// Stores every item's page and returns one record per item, in item order; `onRecord` is
    /// called as each is stored, one at a time. Throws when the archive cannot be opened or committed.
    ///
    /// Pages are stored as ``Swift/Array/concurrentForEach(jobs:_:inOrder:)`` hands them over:
    /// by whichever worker converted the page next in order, while the others go on converting,
    /// with no more than `4 × jobs` converted pages waiting, so memory stays bounded.
    func run(_ items: [BatchItem], onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        try run(items, into: try writer.openArchive(at: destination, context: WriteContext(options: pipeline.options)), onRecord: onRecord)
    }

    /// ``run(_:onRecord:)`` with the archive opened, as its own type, so pages are prepared as its entries.
    private func run<Archive: DocumentArchive>(_ items: [BatchItem], into archive: sending Archive, onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        let maximumInputSize = try pipeline.options.maximumInputSize()
        let stored = try archive.storedInputs()
        let state = Mutex(StoringState(archive: archive, records: Array(repeating: nil, count: items.count)))
        items.concurrentForEach(jobs: jobs) { item in
            let start = DispatchTime.now()
            return (outcome: prepare(item, as: Archive.self, stored: stored, maximumInputSize: maximumInputSize), start: start)
        } inOrder: { index, prepared in
            state.withLock { state in
                let record = store(prepared.outcome, of: items[index], started: prepared.start, in: &state)
                state.records[index] = record
                onRecord(record)
                return state.failure == nil
            }
        }
        return try state.withLock { state in
            if let failure = state.failure { throw failure }
            try state.archive.close()
            return state.records.compactMap { $0 }
        }
    }

    /// Reads and filters one page and makes it an entry of the archive, unless the archive holds it up to date.
    private func prepare<Archive: DocumentArchive>(_ item: BatchItem, as archive: Archive.Type, stored: [String: Int], maximumInputSize: Int) -> Outcome<Archive.Entry> {
        let path = item.inputs[0], name = item.names[0]
        let modified = FileSystem.status(path)?.modified
        if !force, let modified, stored[name] == modified { return .upToDate }
        do {
            let input = Pipeline.Input(data: try InputFile.read(path, maximumSize: maximumInputSize), source: path, format: format, name: name)
            let result = try pipeline.prepare(input, for: writer)
            return .prepared(Archive.entry(for: result.document, file: name, modified: modified), warnings: result.warnings)
        } catch {
            return .failed(BatchRunner.message(for: error, item: item))
        }
    }

    /// Stores a prepared page, committing when a transaction is full, and says what happened.
    private func store<Archive: DocumentArchive>(_ outcome: Outcome<Archive.Entry>, of item: BatchItem, started start: DispatchTime,
                                                 in state: inout StoringState<Archive>) -> BatchRecord {
        func record(_ status: BatchRecord.Status, error: String? = nil, warnings: [String] = []) -> BatchRecord {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            return BatchRecord(input: item.label, outputs: status == .failed ? [] : [destination], status: status, error: error,
                               durationMilliseconds: milliseconds, warnings: warnings)
        }
        switch outcome {
        case .upToDate:
            return record(.skipped)
        case .failed(let message):
            return record(.failed, error: message)
        case .prepared(let entry, let warnings):
            do {
                try state.archive.store(entry)
            } catch {
                state.failure = error
                return record(.failed, error: BatchRunner.message(for: error, item: item))
            }
            state.sinceCommit += 1
            if state.sinceCommit == Self.documentsPerTransaction {
                do { try state.archive.commit() } catch { state.failure = error }
                state.sinceCommit = 0
            }
            return record(.converted, warnings: warnings)
        }
    }
}
