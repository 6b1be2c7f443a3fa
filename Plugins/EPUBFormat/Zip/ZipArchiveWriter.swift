import FolioCore

/// Writes a zip archive in memory: stored or deflated entries, fixed timestamps, no zip64.
///
/// Every entry carries the DOS date 1980-01-01 00:00 and Unix mode 0644, so equal entries in
/// equal order give byte-identical archives.
struct ZipArchiveWriter {
    private(set) var bytes: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var entryCount = 0
    private var names: Set<String> = []
    private let deflater = RawDeflater()

    init(capacity: Int = 64 << 10) {
        bytes.reserveCapacity(capacity)
        centralDirectory.reserveCapacity(1024)
    }

    /// Packs and adds a file; deflated files that would not shrink are stored instead.
    ///
    /// A `recurring` file (the same bytes in book after book) is compressed once per process.
    mutating func add(_ name: String, _ content: [UInt8], method: ZipEntry.Method = .deflated, recurring: Bool = false) throws {
        try add(ZipEntry(name: name, content: content, method: method, recurring: recurring, deflater: deflater))
    }

    /// Adds a packed file.
    mutating func add(_ entry: ZipEntry) throws {
        guard names.insert(entry.name).inserted else {
            throw FolioError(.unsupported, "the archive already has an entry named \"\(entry.name)\"")
        }
        let nameBytes = Array(entry.name.utf8)
        let method = entry.method
        let stored = entry.content
        let offset = bytes.count
        guard entryCount < 0xFFFF, offset <= 0xFFFF_FFFF - 30 - nameBytes.count - stored.count, nameBytes.count <= 0xFFFF else {
            throw FolioError(.limitExceeded, "the book is too large for a zip archive without zip64")
        }
        let crc = entry.checksum
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
        bytes.appendLittleEndian(UInt32(entry.originalSize))
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
        centralDirectory.appendLittleEndian(UInt32(entry.originalSize))
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
