import FolioCore
import Testing

@Suite struct ConcurrentArrayTests {
    @Test("Elements made on all cores come out in index order, whatever the chunk", arguments: [1, 7, 256, 5_000])
    func madeInOrder(chunk: Int) {
        #expect([String](concurrentlyMaking: 1_000, chunk: chunk) { String($0 * 3) } == (0..<1_000).map { String($0 * 3) })
        #expect([Int](concurrentlyMaking: 0, chunk: chunk) { $0 }.isEmpty)
    }
}
