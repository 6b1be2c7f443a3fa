import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// The elements transformed on up to `jobs` threads, in the elements' order.
    ///
    /// Each thread takes the next element as it finishes one, so a slow element holds up one
    /// thread, not a share of the work fixed in advance.
    func concurrentMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let next = Mutex(0)
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(jobs, count))) { _ in
            while true {
                let index: Int? = next.withLock { value in
                    guard value < count else { return nil }
                    defer { value += 1 }
                    return value
                }
                guard let index else { return }
                let result = transform(self[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}

extension Array where Element: Sendable {
    /// The elements transformed on up to `jobs` threads, each result handed to `deliver` in the
    /// elements' order, one at a time, as soon as it and every result before it are ready.
    ///
    /// Whichever thread finishes the result that is next in order delivers it and every result
    /// ready after it, while the other threads go on transforming; no thread starts an element
    /// while `4 × jobs` results wait, so memory stays bounded by the results in flight, not by
    /// the number of elements. When `deliver` returns false, no element is started and no
    /// result delivered after that one.
    func concurrentForEach<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result,
                                             inOrder deliver: @Sendable (_ index: Int, Result) -> Bool) {
        let handover = Mutex(Handover<Result>())
        let taken = Mutex(0)
        let workers = Swift.max(1, Swift.min(jobs, count))
        let room = DispatchSemaphore(value: 4 * workers)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                room.wait()
                let index: Int? = taken.withLock { value in
                    guard value < count else { return nil }
                    defer { value += 1 }
                    return value
                }
                guard let index, !handover.withLock({ $0.stopped }) else {
                    room.signal()
                    return
                }
                let result = transform(self[index])
                let delivering = handover.withLock { handover in
                    handover.waiting[index] = result
                    defer { handover.isDelivering = true }
                    return !handover.isDelivering
                }
                guard delivering else { continue }
                while let (position, ready) = handover.withLock({ handover -> (Int, Result)? in
                    guard !handover.stopped, let ready = handover.waiting.removeValue(forKey: handover.next) else {
                        handover.isDelivering = false
                        return nil
                    }
                    defer { handover.next += 1 }
                    return (handover.next, ready)
                }) {
                    let goesOn = deliver(position, ready)
                    room.signal()
                    guard !goesOn else { continue }
                    // A stopped run delivers nothing more: wake every thread waiting for room, to find it stopped.
                    handover.withLock { $0.stopped = true }
                    (0..<workers).forEach { _ in room.signal() }
                }
            }
        }
    }
}

/// Results transformed ahead of their turn, and whether a thread is delivering them: held only
/// for a moment, so threads hand results over without waiting for the delivery.
private struct Handover<Result> {
    var waiting: [Int: Result] = [:]
    var next = 0
    var isDelivering = false
    var stopped = false
}
