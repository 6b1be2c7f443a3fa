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
    private enum Outcome<Entry: Sendable> {
        case upToDate
        case prepared(Entry, warnings: [String])
        case failed(String)
    }

    /// Pages prepared ahead of their turn, and whether a worker is storing them: held only for
    /// a moment, so workers hand pages over without waiting for the archive.
    private struct Handover<Entry: Sendable> {
        var waiting: [Int: (outcome: Outcome<Entry>, start: DispatchTime)] = [:]
        var next = 0
        var isStoring = false
        var stopped = false
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
    /// Whichever worker hands over the page that is next in order stores it and every page
    /// ready after it, while the other workers go on converting; no worker starts a page while
    /// `4 × jobs` converted pages wait, so memory stays bounded.
    func run(_ items: [BatchItem], onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        try run(items, into: try writer.openArchive(at: destination, context: WriteContext(options: pipeline.options)), onRecord: onRecord)
    }

    /// ``run(_:onRecord:)`` with the archive opened, as its own type, so pages are prepared as its entries.
    private func run<Archive: DocumentArchive>(_ items: [BatchItem], into archive: sending Archive, onRecord: @Sendable (BatchRecord) -> Void) throws -> [BatchRecord] {
        let maximumInputSize = try pipeline.options.maximumInputSize()
        let stored = try archive.storedInputs()
        let state = Mutex(StoringState(archive: archive, records: Array(repeating: nil, count: items.count)))
        let handover = Mutex(Handover<Archive.Entry>())
        let taken = Mutex(0)
        let workers = max(1, min(jobs, items.count))
        // A worker takes a page only when fewer than this many converted pages wait to be stored.
        let room = DispatchSemaphore(value: 4 * workers)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                room.wait()
                let index: Int? = taken.withLock { value in
                    guard value < items.count else { return nil }
                    defer { value += 1 }
                    return value
                }
                guard let index, !handover.withLock({ $0.stopped }) else {
                    room.signal()
                    return
                }
                let start = DispatchTime.now()
                let outcome = prepare(items[index], as: Archive.self, stored: stored, maximumInputSize: maximumInputSize)
                let storing = handover.withLock { handover in
                    handover.waiting[index] = (outcome, start)
                    defer { handover.isStoring = true }
                    return !handover.isStoring
                }
                guard storing else { continue }
                while let (position, ready) = handover.withLock({ handover -> (Int, (outcome: Outcome<Archive.Entry>, start: DispatchTime))? in
                    guard !handover.stopped, let ready = handover.waiting.removeValue(forKey: handover.next) else {
                        handover.isStoring = false
                        return nil
                    }
                    defer { handover.next += 1 }
                    return (handover.next, ready)
                }) {
                    state.withLock { state in
                        let record = store(ready.outcome, of: items[position], started: ready.start, in: &state)
                        state.records[position] = record
                        onRecord(record)
                        if state.failure != nil { handover.withLock { $0.stopped = true } }
                    }
                    room.signal()
                    // A stopped batch stores nothing more: wake every worker waiting for room, to find it stopped.
                    if handover.withLock({ $0.stopped }) { (0..<workers).forEach { _ in room.signal() } }
                }
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
