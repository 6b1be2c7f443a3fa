import CZlib
import FolioCore
import Synchronization

/// CRC-32 as zip stores it.
enum CRC32 {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: crc32_z(0, buffer.baseAddress, buffer.count))
        }
    }
}

/// Raw deflate (no zlib header), the zip "deflated" method; one stream reused for every entry.
///
/// Streams outlive their compressors: a finished compressor parks its zlib stream for the next
/// one, because setting a stream up allocates and clears a few hundred KiB, which in a batch of
/// small books cost more than the compressing.
final class RawDeflater {
    /// A parked zlib stream; a stream is used by one compressor at a time.
    private struct ParkedStream: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<z_stream>
    }

    /// Streams waiting for a compressor, at most ``maximumParked``.
    private static let parked = Mutex<[ParkedStream]>([])
    private static let maximumParked = 16
    /// The level books are written at, zlib's fastest: on Folio's XHTML it compresses two to
    /// three times faster than the default level 6 for files about 3% larger, and deflate was a
    /// third of the time of converting a page. Only streams at this level are parked.
    static let bookLevel: Int32 = 1

    private let stream: UnsafeMutablePointer<z_stream>?
    private let level: Int32

    /// Creates a compressor at `level` (0 to 9), reusing a parked stream at the book level.
    ///
    /// Memory level 6 (a 16 KiB hash table instead of 64 KiB) because the stream is reset for
    /// every entry and a reset clears the table; the files come out within a percent of the size.
    init(level: Int32 = bookLevel) {
        self.level = level
        if level == Self.bookLevel, let reused = Self.parked.withLock({ $0.popLast() }) {
            stream = reused.pointer
            return
        }
        let fresh = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        fresh.initialize(to: z_stream())
        if deflateInit2_(fresh, level, Z_DEFLATED, -15, 6, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK {
            stream = fresh
        } else {
            fresh.deallocate()
            stream = nil
        }
    }

    deinit {
        guard let stream else { return }
        let kept = level == Self.bookLevel && Self.parked.withLock { parked in
            guard parked.count < Self.maximumParked else { return false }
            parked.append(ParkedStream(pointer: stream))
            return true
        }
        if !kept {
            deflateEnd(stream)
            stream.deallocate()
        }
    }

    /// The compressed bytes.
    func compress(_ input: [UInt8]) throws -> [UInt8] {
        guard let stream, deflateReset(stream) == Z_OK else {
            throw FolioError(.unsupported, "zlib could not start a deflate stream")
        }
        let bound = Int(deflateBound(stream, uLong(input.count))) + 16
        var output = [UInt8](repeating: 0, count: bound)
        let result: Int32 = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                // zlib's next_in is not const, but deflate only reads it.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.pointee.avail_in = uInt(inBuffer.count)
                stream.pointee.next_out = outBuffer.baseAddress
                stream.pointee.avail_out = uInt(outBuffer.count)
                let status = deflate(stream, Z_FINISH)
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
                return status
            }
        }
        guard result == Z_STREAM_END else {
            throw FolioError(.unsupported, "zlib deflate failed (status \(result))")
        }
        // An array of the exact size: the buffer was sized for the worst case, and a book keeps
        // its pages packed until the archive is written.
        return Array(output[..<(output.count - Int(stream.pointee.avail_out))])
    }
}

/// Raw inflate that never writes more than the size an entry declares.
///
/// Output grows as data actually inflates, in 64 KiB steps, so a lying size field costs no memory.
enum RawInflate {
    /// Inflates `input` into exactly `expectedSize` bytes, or throws naming `entry` (already quoted).
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int, entry: String, source: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw FolioError(.unsupported, "zlib could not start an inflate stream", source: source)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(expectedSize, max(1 << 16, input.count * 4)))
        var chunk = [UInt8](repeating: 0, count: min(expectedSize + 1, 1 << 16))
        let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
            chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = uInt(inBuffer.count)
                defer { stream.next_in = nil; stream.next_out = nil }
                while true {
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    let produced = chunkBuffer.count - Int(stream.avail_out)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: chunkBuffer[0..<produced]))
                    // One byte past the declared size is enough to know the entry lies.
                    if output.count > expectedSize || status != Z_OK || produced == 0 { return status }
                }
            }
        }
        if output.count > expectedSize {
            throw FolioError(.malformedInput, "entry \(entry) expands past its declared size of \(expectedSize) bytes", source: source)
        }
        switch status {
        case Z_STREAM_END where output.count == expectedSize:
            return output
        case Z_STREAM_END:
            throw FolioError(.malformedInput, "entry \(entry) expands to \(output.count) bytes, not the declared \(expectedSize)", source: source)
        case Z_OK, Z_BUF_ERROR:
            // No progress with input left means the input ran out: the entry is truncated.
            throw FolioError(.malformedInput, "entry \(entry) is truncated", source: source)
        default:
            throw FolioError(.malformedInput, "entry \(entry) is not valid deflate data", source: source)
        }
    }
}
