import FolioCore

/// Reads a zip archive held in memory, refusing what could harm or exhaust the reader.
///
/// Sizes and offsets come from the central directory (so data descriptors need no special
/// case); every entry is checked before anything is inflated: safe name, known method, no
/// encryption, no overlap with another entry, declared sizes within the limits. Inflation
/// never writes past the declared size, and the CRC is verified.
struct ZipArchiveReader {
    /// What the reader accepts.
    struct Limits {
        /// The most bytes all entries may expand to together.
        var maximumExpandedSize: Int = 1 << 30
        /// The most entries an archive may have.
        var maximumEntries: Int = 100_000
        /// The highest expansion ratio an entry larger than ``ratioThreshold`` may declare.
        var maximumRatio: Int = 250
        /// Entries up to this size are exempt from the ratio check (small text compresses well).
        var ratioThreshold: Int = 1 << 20
    }

    /// One entry as the central directory describes it.
    struct Entry {
        var name: String
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var dataOffset: Int
    }

    let source: String
    private let bytes: [UInt8]
    /// Entries in central-directory order.
    private(set) var entries: [Entry] = []
    private var indexByName: [String: Int] = [:]

    /// Parses the central directory and checks every entry; throws ``FolioError`` on anything unsafe.
    init(_ bytes: [UInt8], source: String, limits: Limits = Limits()) throws {
        self.bytes = bytes
        self.source = source
        let reader = ByteReader(bytes: bytes)
        let end = try Self.endRecordOffset(in: reader, source: source)
        guard let entryCount = reader.uint16(at: end + 10), let directorySize = reader.uint32(at: end + 12),
              let directoryOffset = reader.uint32(at: end + 16), let diskNumber = reader.uint16(at: end + 4),
              let directoryDisk = reader.uint16(at: end + 6) else {
            throw FolioError(.malformedInput, "truncated zip end record", source: source)
        }
        if entryCount == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF
            || reader.uint32(at: end - 20) == 0x0706_4B50 {
            throw FolioError(.unsupported, "zip64 archives are not supported", source: source)
        }
        guard diskNumber == 0, directoryDisk == 0 else {
            throw FolioError(.unsupported, "multi-part zip archives are not supported", source: source)
        }
        guard Int(entryCount) <= limits.maximumEntries else {
            throw FolioError(.limitExceeded, "the archive has \(entryCount) entries, over the limit of \(limits.maximumEntries) (--max-entries)", source: source)
        }
        guard Int(directoryOffset) + Int(directorySize) <= end else {
            throw FolioError(.malformedInput, "the zip central directory lies outside the file: truncated or corrupt archive", source: source)
        }
        try parseCentralDirectory(reader, offset: Int(directoryOffset), size: Int(directorySize), count: Int(entryCount), limits: limits)
        try checkNoOverlap(endOfData: Int(directoryOffset))
    }

    /// The entry with this exact name, if any.
    func entry(named name: String) -> Entry? {
        indexByName[name].map { entries[$0] }
    }

    /// The uncompressed bytes of an entry, CRC-checked.
    func contents(of entry: Entry) throws -> [UInt8] {
        guard let data = ByteReader(bytes: bytes).slice(at: entry.dataOffset, count: entry.compressedSize) else {
            throw FolioError(.malformedInput, "entry \(Self.quoted(entry.name)) is truncated", source: source)
        }
        let content: [UInt8]
        switch entry.method {
        case 0:
            content = Array(data)
        case 8:
            content = try RawInflate.inflate(data, expectedSize: entry.uncompressedSize, entry: Self.quoted(entry.name), source: source)
        default:
            throw FolioError(.unsupported, "entry \(Self.quoted(entry.name)) uses zip compression method \(entry.method); only stored and deflate are supported", source: source)
        }
        guard CRC32.checksum(content) == entry.crc else {
            throw FolioError(.malformedInput, "entry \(Self.quoted(entry.name)) fails its CRC check: the archive is corrupt", source: source)
        }
        return content
    }

    // MARK: - Parsing

    /// Finds the end-of-central-directory record, searching back over a possible comment.
    private static func endRecordOffset(in reader: ByteReader, source: String) throws -> Int {
        let count = reader.bytes.count
        guard count >= 22 else {
            throw FolioError(.malformedInput, "not a zip archive (\(count) bytes, too short)", source: source)
        }
        let lowest = max(0, count - 22 - 0xFFFF)
        var offset = count - 22
        while offset >= lowest {
            if reader.bytes[offset] == 0x50, reader.uint32(at: offset) == 0x0605_4B50,
               let commentLength = reader.uint16(at: offset + 20), offset + 22 + Int(commentLength) <= count {
                return offset
            }
            offset -= 1
        }
        throw FolioError(.malformedInput, "not a zip archive, or a truncated one: no end of central directory record", source: source)
    }

    private mutating func parseCentralDirectory(_ reader: ByteReader, offset start: Int, size: Int, count: Int, limits: Limits) throws {
        var offset = start
        var totalSize = 0
        entries.reserveCapacity(count)
        for index in 0..<count {
            guard offset + 46 <= start + size, reader.uint32(at: offset) == 0x0201_4B50,
                  let flags = reader.uint16(at: offset + 8), let method = reader.uint16(at: offset + 10),
                  let crc = reader.uint32(at: offset + 16), let compressed = reader.uint32(at: offset + 20),
                  let uncompressed = reader.uint32(at: offset + 24), let nameLength = reader.uint16(at: offset + 28),
                  let extraLength = reader.uint16(at: offset + 30), let commentLength = reader.uint16(at: offset + 32),
                  let localOffset = reader.uint32(at: offset + 42),
                  let nameBytes = reader.slice(at: offset + 46, count: Int(nameLength)),
                  offset + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength) <= start + size else {
                throw FolioError(.malformedInput, "zip central directory entry \(index + 1) is corrupt", source: source)
            }
            offset += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
            let name = String(decoding: nameBytes, as: UTF8.self)
            try Self.checkName(name, source: source)
            if flags & 0x0001 != 0 {
                throw FolioError(.unsupported, "entry \(Self.quoted(name)) is encrypted", source: source)
            }
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw FolioError(.unsupported, "zip64 archives are not supported", source: source)
            }
            if method == 0 && compressed != uncompressed {
                throw FolioError(.malformedInput, "stored entry \(Self.quoted(name)) declares different sizes", source: source)
            }
            let expanded = Int(uncompressed)
            if expanded > limits.ratioThreshold, expanded / max(Int(compressed), 1) > limits.maximumRatio {
                throw FolioError(.limitExceeded, "entry \(Self.quoted(name)) would expand \(expanded / max(Int(compressed), 1)) times (over \(limits.maximumRatio)): a zip bomb? (raise it with --max-ratio)", source: source)
            }
            totalSize += expanded
            guard totalSize <= limits.maximumExpandedSize else {
                throw FolioError(.limitExceeded, "the archive expands past \(limits.maximumExpandedSize) bytes (--max-expanded-size)", source: source)
            }
            let dataOffset = try localDataOffset(reader, headerOffset: Int(localOffset), name: name)
            guard indexByName[name] == nil else {
                throw FolioError(.malformedInput, "the archive has two entries named \(Self.quoted(name))", source: source)
            }
            indexByName[name] = entries.count
            entries.append(Entry(name: name, method: method, crc: crc, compressedSize: Int(compressed),
                                 uncompressedSize: expanded, dataOffset: dataOffset))
        }
    }

    private func localDataOffset(_ reader: ByteReader, headerOffset: Int, name: String) throws -> Int {
        guard reader.uint32(at: headerOffset) == 0x0403_4B50, let nameLength = reader.uint16(at: headerOffset + 26),
              let extraLength = reader.uint16(at: headerOffset + 28) else {
            throw FolioError(.malformedInput, "the local header of entry \(Self.quoted(name)) is missing or corrupt", source: source)
        }
        return headerOffset + 30 + Int(nameLength) + Int(extraLength)
    }

    /// Refuses entries whose data overlaps another's or the central directory: the trick of
    /// "overlapping" zip bombs, and a sign of a corrupt archive.
    private func checkNoOverlap(endOfData: Int) throws {
        let ranges = entries.map { ($0.dataOffset, $0.dataOffset + $0.compressedSize, $0.name) }.sorted { $0.0 < $1.0 }
        var previousEnd = 0
        for (start, end, name) in ranges {
            guard start >= previousEnd, end <= endOfData else {
                throw FolioError(.malformedInput, "entry \(Self.quoted(name)) overlaps another entry or the central directory", source: source)
            }
            previousEnd = end
        }
    }

    /// A name as it may appear in a message: in quotes, see ``printable(_:)``.
    static func quoted(_ name: String) -> String {
        "\"" + printable(name) + "\""
    }

    /// A name with controls escaped and cut to 120 characters, so a hostile name cannot break
    /// an error line or drive the terminal.
    static func printable(_ name: String) -> String {
        var shown = ""
        for scalar in name.unicodeScalars.prefix(120) {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse:
                shown += "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown + (name.unicodeScalars.count > 120 ? "…" : "")
    }

    /// Refuses names that could escape a folder if ever extracted: absolute paths, `..`,
    /// drive letters, backslashes, NUL.
    static func checkName(_ name: String, source: String) throws {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        let isUnsafe = name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0")
            || components.contains("..") || (components.first.map { $0.count == 2 && $0.hasSuffix(":") } ?? false)
        if isUnsafe {
            throw FolioError(.malformedInput, "entry name \(Self.quoted(name)) is unsafe (absolute, or escapes its folder)", source: source)
        }
    }
}
