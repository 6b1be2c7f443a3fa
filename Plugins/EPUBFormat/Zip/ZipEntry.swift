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
    /// A `recurring` file (the same bytes in book after book) is compressed and checksummed once per process.
    init(name: String, content: [UInt8], method: Method = .deflated, recurring: Bool = false, deflater: RawDeflater) throws {
        var method = method
        var packed = content
        var checksum: UInt32?
        if method == .deflated {
            let compressed: [UInt8]
            if recurring {
                (compressed, checksum) = try Self.packedOnce(content, with: deflater)
            } else {
                compressed = try deflater.compress(content)
            }
            if compressed.count < content.count { packed = compressed } else { method = .stored }
        }
        self.name = name
        self.method = method
        self.content = packed
        self.checksum = checksum ?? CRC32.checksum(content)
        originalSize = content.count
    }

    /// Deflated forms and checksums of files that recur in every book (the container file, the
    /// default style sheet), beside their content.
    ///
    /// A short list compared by content: comparing bytes costs less than hashing them, and a
    /// dictionary keyed by byte arrays would cost each process a search of the runtime's
    /// conformance records for its key type.
    private static let recurring = Mutex<[(content: [UInt8], compressed: [UInt8], checksum: UInt32)]>([])

    /// A recurring file's deflated bytes and checksum, computed the first time it is packed.
    private static func packedOnce(_ content: [UInt8], with deflater: RawDeflater) throws -> (compressed: [UInt8], checksum: UInt32) {
        if let known = recurring.withLock({ $0.first { $0.content == content } }) { return (known.compressed, known.checksum) }
        let compressed = try deflater.compress(content)
        let checksum = CRC32.checksum(content)
        recurring.withLock { cache in
            if cache.count >= 8 { cache.removeAll() }
            cache.append((content, compressed, checksum))
        }
        return (compressed, checksum)
    }
}
