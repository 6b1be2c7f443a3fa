import FolioCore
import Synchronization

/// One file of a zip archive, compressed and checksummed, ready for ``ZipArchiveWriter``.
///
/// Packing a file when it is made, rather than when the archive is written, lets a writer let
/// go of the file's bytes early: a book keeps its pages deflated, not as rendered markup.
struct ZipEntry {
    /// How an entry's bytes are kept.
    enum Method: UInt16 {
        /// Kept as is (the EPUB `mimetype` entry must be).
        case stored = 0
        /// Raw deflate.
        case deflated = 8
    }

    /// The path inside the archive.
    let name: String
    /// How ``content`` holds the file.
    let method: Method
    /// The bytes as the archive keeps them.
    let content: [UInt8]
    /// The CRC-32 of the file's bytes.
    let checksum: UInt32
    /// The file's size before compression.
    let originalSize: Int

    /// Packs a file; deflated files that would not shrink are stored instead.
    ///
    /// A `recurring` file (the same bytes in book after book) is compressed once per process.
    init(name: String, content: [UInt8], method: Method = .deflated, recurring: Bool = false, deflater: RawDeflater) throws {
        var method = method
        var packed = content
        if method == .deflated {
            let compressed = try recurring ? Self.compressedOnce(content, with: deflater) : deflater.compress(content)
            if compressed.count < content.count { packed = compressed } else { method = .stored }
        }
        self.name = name
        self.method = method
        self.content = packed
        checksum = CRC32.checksum(content)
        originalSize = content.count
    }

    /// Deflated forms of files that recur in every book (the default style sheet), beside their content.
    ///
    /// A short list compared by content: comparing bytes costs less than hashing them, and a
    /// dictionary keyed by byte arrays would cost each process a search of the runtime's
    /// conformance records for its key type.
    private static let recurring = Mutex<[(content: [UInt8], compressed: [UInt8])]>([])

    private static func compressedOnce(_ content: [UInt8], with deflater: RawDeflater) throws -> [UInt8] {
        if let known = recurring.withLock({ $0.first { $0.content == content }?.compressed }) { return known }
        let compressed = try deflater.compress(content)
        recurring.withLock { cache in
            if cache.count >= 8 { cache.removeAll() }
            cache.append((content, compressed))
        }
        return compressed
    }
}
