import FolioCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The segmentation lexicon as built from jieba's dictionary, kept in a file of the user's
/// cache so that a process loads the hash table in one copy instead of parsing 349k lines.
///
/// Parsing the dictionary costs some 160 M instructions (about 30 ms), five times a seed page's
/// whole conversion to CSV, and a process pays it whenever it extracts indicators. jieba itself
/// keeps its parsed dictionary in a cache file for the same reason. The cache is named after
/// the dictionary's path, size and modification time, so an edited or replaced dictionary is
/// read afresh, and the new cache replaces the old one's file; it is written to a temporary
/// file and renamed into place, so a reader never sees half of one. Anything wrong with a cache file (another version, another byte order,
/// a wrong length, a tag no part of speech has, a table too full to probe, keys a probe does
/// not find where they lie) makes it ignored and rewritten; a cache that cannot be written is
/// simply not kept.
///
/// The folder is `FOLIO_CACHE_DIR`, else `$XDG_CACHE_HOME/folio`, else `~/.cache/folio`;
/// `FOLIO_CACHE_DIR=` (empty) turns the cache off.
struct LexiconCache: Sendable {
    /// The folder cache files go in.
    let directory: String

    /// The cache of this process's environment, or nil when it is turned off or has no folder.
    static var standard: LexiconCache? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["FOLIO_CACHE_DIR"] { return folder.isEmpty ? nil : LexiconCache(directory: folder) }
        if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty { return LexiconCache(directory: folder + "/folio") }
        if let home = environment["HOME"], !home.isEmpty { return LexiconCache(directory: home + "/.cache/folio") }
        return nil
    }

    /// The version of the file layout; a file of another version is ignored. Bump it when what a
    /// slot holds changes (the log probabilities, the parts of speech and their jieba tags).
    static let version: UInt32 = 1
    private static let magic = Array("FOLIOLEX".utf8)
    /// Written in the machine's byte order: a file from a machine of the other order reads wrong and is ignored.
    private static let byteOrderMark: UInt32 = 0x0102_0304
    /// Magic, version, byte-order mark, slot count, word count, log of the total frequency.
    private static let headerSize = 8 + 4 + 4 + 8 + 8 + 8
    /// A slot's key, value and tag.
    private static let bytesPerSlot = 8 + 8 + 1

    /// The table and the log of the total frequency cached for the dictionary at `path`, or nil
    /// when there is none or it is not a sound cache of this dictionary.
    func load(for path: String) -> (table: PackedWordTable<Double, SegmentationLexicon.PartOfSpeech>, logTotal: Double)? {
        guard let file = fileName(for: path), let data = FileManager.default.contents(atPath: file) else { return nil }
        return data.withUnsafeBytes { raw -> (PackedWordTable<Double, SegmentationLexicon.PartOfSpeech>, Double)? in
            guard raw.count >= Self.headerSize, Array(raw[0..<8]) == Self.magic,
                  raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == Self.version,
                  raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self) == Self.byteOrderMark else { return nil }
            let slots = Int(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
            let logTotal = raw.loadUnaligned(fromByteOffset: 32, as: Double.self)
            guard slots > 0, slots <= 1 << 26, raw.count == Self.headerSize + slots * Self.bytesPerSlot else { return nil }
            let keysStart = Self.headerSize, valuesStart = keysStart + slots * 8, tagsStart = valuesStart + slots * 8
            let keys = [UInt64](unsafeUninitializedCapacity: slots) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[keysStart..<valuesStart]))
                initialized = slots
            }
            let values = [Double](unsafeUninitializedCapacity: slots) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[valuesStart..<tagsStart]))
                initialized = slots
            }
            var tagsAreKnown = true
            let tags = [SegmentationLexicon.PartOfSpeech](unsafeUninitializedCapacity: slots) { buffer, initialized in
                for index in 0..<slots {
                    guard let tag = SegmentationLexicon.PartOfSpeech(rawValue: raw[tagsStart + index]) else {
                        tagsAreKnown = false
                        break
                    }
                    buffer.initializeElement(at: index, to: tag)
                    initialized = index + 1
                }
            }
            guard tagsAreKnown else { return nil }
            let recorded = Int(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
            guard let table = PackedWordTable(keys: keys, values: values, tags: tags, filler: (0, .other)), table.count == recorded,
                  table.findsItsKeys else { return nil }
            return (table, logTotal)
        }
    }

    /// Keeps the table built from the dictionary at `path`; nothing is kept when the folder or
    /// the file cannot be written.
    func store(_ table: PackedWordTable<Double, SegmentationLexicon.PartOfSpeech>, logTotal: Double, for path: String) {
        guard let file = fileName(for: path),
              (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let (keys, values, tags) = table.slots
        var data = Data(Self.magic)
        data.reserveCapacity(Self.headerSize + keys.count * Self.bytesPerSlot)
        func append<Value>(_ value: Value) { withUnsafeBytes(of: value) { data.append(contentsOf: $0) } }
        append(Self.version)
        append(Self.byteOrderMark)
        append(UInt64(keys.count))
        append(UInt64(table.count))
        append(logTotal)
        keys.withUnsafeBytes { data.append(contentsOf: $0) }
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        data.append(contentsOf: tags.map(\.rawValue))
        // Written beside its final name and renamed over it (`.atomic`): another process reads
        // the old file or the new one, never part of either.
        guard (try? data.write(to: URL(fileURLWithPath: file), options: .atomic)) != nil else { return }
        removeStale(for: path, keeping: file)
    }

    /// The cache file of the dictionary at `path` as it is now, or nil when it cannot be read:
    /// named after the path, then after the path, size and modification time together, so that
    /// a changed dictionary gets a new name and the names of one path's caches share a prefix.
    func fileName(for path: String) -> String? {
        // `stat` rather than the file manager's attributes, a dictionary of `Any` to cast.
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        let state = StableHash(parts: [path, String(status.st_size), String(modified.tv_sec), String(modified.tv_nsec)])
        return filePrefix(for: path) + state.hexadecimal + ".v\(Self.version).bin"
    }

    /// The start of the names of every cache of the dictionary at `path`, whatever its state.
    private func filePrefix(for path: String) -> String {
        directory + "/jieba-lexicon-" + StableHash(parts: [path]).hexadecimal + "-"
    }

    /// Removes the caches of the dictionary at `path` other than `kept`: those of the dictionary
    /// as it was before it changed, and of other layout versions.
    private func removeStale(for path: String, keeping kept: String) {
        let prefix = filePrefix(for: path)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            let file = directory + "/" + name
            if file.hasPrefix(prefix), file.hasSuffix(".bin"), file != kept { try? FileManager.default.removeItem(atPath: file) }
        }
    }
}
