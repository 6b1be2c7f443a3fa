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
