import Dispatch

extension Array {
    /// `count` elements made by `element` from their indices on all cores, `chunk` consecutive
    /// indices a task, in index order: for work whose elements depend on nothing but their index
    /// (a long document's lines, a book's pages).
    ///
    /// Each task initializes its own elements of the new array's storage, so no two touch the same.
    public init(concurrentlyMaking count: Int, chunk: Int = 1, _ element: @Sendable (Int) -> Element) {
        let chunk = Swift.max(1, chunk)
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            // The buffer outlives the work, and the tasks write apart.
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { task in
                for index in (task * chunk)..<Swift.min(count, (task + 1) * chunk) { buffer.initializeElement(at: index, to: element(index)) }
            }
            initialized = count
        }
    }
}
