import FolioCore
import Synchronization

/// Writes a zip archive in memory: stored or deflated entries, fixed timestamps, no zip64.
///
/// Every entry carries the DOS date 1980-01-01 00:00 and Unix mode 0644, so equal entries in
/// equal order give byte-identical archives.
struct ZipArchiveWriter {
    /// How an entry's bytes are kept.
    enum Method: UInt16 {
        /// Kept as is (the EPUB `mimetype` entry must be).
        case stored = 0
        /// Raw deflate.
        case deflated = 8
    }

    private(set) var bytes: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var entryCount = 0
    private var names: Set<String> = []
    private let deflater = RawDeflater()

    private static func compressedOnce(_ content: [UInt8], with deflater: RawDeflater) throws -> [UInt8] {
        if let known = recurring.withLock({ $0[content] }) { return known }
        let compressed = try deflater.compress(content)
        recurring.withLock { cache in
            if cache.count >= 8 { cache.removeAll() }
            cache[content] = compressed
        }
        return compressed
    }

    init(capacity: Int = 64 << 10) {
        bytes.reserveCapacity(capacity)
        centralDirectory.reserveCapacity(1024)
    }

    /// Deflated forms of entries that recur in every book (the default style sheet), by content.
    private static let recurring = Mutex<[[UInt8]: [UInt8]]>([:])

    /// Adds an entry; deflated entries that would not shrink are stored instead.
    ///
    /// A `recurring` entry (the same bytes in book after book) is compressed once per process.
    mutating func add(_ name: String, _ content: [UInt8], method: Method = .deflated, recurring: Bool = false) throws {
        guard names.insert(name).inserted else {
            throw FolioError(.unsupported, "the archive already has an entry named \"\(name)\"")
        }
        let nameBytes = Array(name.utf8)
        var method = method
        var stored = content
        if method == .deflated {
            let compressed = try recurring ? Self.compressedOnce(content, with: deflater) : deflater.compress(content)
            if compressed.count < content.count { stored = compressed } else { method = .stored }
        }
        let offset = bytes.count
        guard entryCount < 0xFFFF, offset <= 0xFFFF_FFFF - 30 - nameBytes.count - stored.count, nameBytes.count <= 0xFFFF else {
            throw FolioError(.limitExceeded, "the book is too large for a zip archive without zip64")
        }
        let crc = CRC32.checksum(content)
        let isUTF8Name = nameBytes.contains { $0 >= 0x80 }
        let flags: UInt16 = isUTF8Name ? 0x0800 : 0
        let versionNeeded: UInt16 = method == .deflated ? 20 : 10

        bytes.appendLittleEndian(UInt32(0x0403_4B50))
        bytes.appendLittleEndian(versionNeeded)
        bytes.appendLittleEndian(flags)
        bytes.appendLittleEndian(method.rawValue)
        bytes.appendLittleEndian(UInt16(0))          // time 00:00:00
        bytes.appendLittleEndian(UInt16(0x0021))     // date 1980-01-01
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(UInt32(stored.count))
        bytes.appendLittleEndian(UInt32(content.count))
        bytes.appendLittleEndian(UInt16(nameBytes.count))
        bytes.appendLittleEndian(UInt16(0))          // no extra field
        bytes.append(contentsOf: nameBytes)
        bytes.append(contentsOf: stored)

        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))
        centralDirectory.appendLittleEndian(UInt16(0x0314))  // made by Unix, zip 2.0
        centralDirectory.appendLittleEndian(versionNeeded)
        centralDirectory.appendLittleEndian(flags)
        centralDirectory.appendLittleEndian(method.rawValue)
        centralDirectory.appendLittleEndian(UInt16(0))
        centralDirectory.appendLittleEndian(UInt16(0x0021))
        centralDirectory.appendLittleEndian(crc)
        centralDirectory.appendLittleEndian(UInt32(stored.count))
        centralDirectory.appendLittleEndian(UInt32(content.count))
        centralDirectory.appendLittleEndian(UInt16(nameBytes.count))
        centralDirectory.appendLittleEndian(UInt16(0))       // extra
        centralDirectory.appendLittleEndian(UInt16(0))       // comment
        centralDirectory.appendLittleEndian(UInt16(0))       // disk
        centralDirectory.appendLittleEndian(UInt16(0))       // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0o100644) << 16)
        centralDirectory.appendLittleEndian(UInt32(offset))
        centralDirectory.append(contentsOf: nameBytes)
        entryCount += 1
    }

    /// Appends the central directory and end record and returns the finished archive.
    mutating func finish() throws -> [UInt8] {
        let directoryOffset = bytes.count
        guard directoryOffset <= 0xFFFF_FFFF - centralDirectory.count - 22 else {
            throw FolioError(.limitExceeded, "the book is too large for a zip archive without zip64")
        }
        bytes.append(contentsOf: centralDirectory)
        bytes.appendLittleEndian(UInt32(0x0605_4B50))
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(UInt16(0))
        bytes.appendLittleEndian(UInt16(entryCount))
        bytes.appendLittleEndian(UInt16(entryCount))
        bytes.appendLittleEndian(UInt32(centralDirectory.count))
        bytes.appendLittleEndian(UInt32(directoryOffset))
        bytes.appendLittleEndian(UInt16(0))
        centralDirectory = []
        return bytes
    }
}
