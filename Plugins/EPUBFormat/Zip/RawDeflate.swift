import CZlib
import FolioCore

/// CRC-32 as zip stores it.
enum CRC32 {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: crc32_z(0, buffer.baseAddress, buffer.count))
        }
    }
}

/// Raw deflate (no zlib header), the zip "deflated" method; one stream reused for every entry.
final class RawDeflater {
    private var stream = z_stream()
    private let isReady: Bool

    /// Creates a compressor at `level` (0 to 9).
    init(level: Int32 = 6) {
        isReady = deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
    }

    deinit {
        if isReady { deflateEnd(&stream) }
    }

    /// The compressed bytes.
    func compress(_ input: [UInt8]) throws -> [UInt8] {
        guard isReady, deflateReset(&stream) == Z_OK else {
            throw FolioError(.unsupported, "zlib could not start a deflate stream")
        }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 16
        var output = [UInt8](repeating: 0, count: bound)
        var mutableInput = input
        let result: Int32 = mutableInput.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                let status = deflate(&stream, Z_FINISH)
                stream.next_in = nil
                stream.next_out = nil
                return status
            }
        }
        guard result == Z_STREAM_END else {
            throw FolioError(.unsupported, "zlib deflate failed (status \(result))")
        }
        output.removeLast(Int(stream.avail_out))
        return output
    }
}

/// Raw inflate that never writes more than the size an entry declares.
enum RawInflate {
    /// Inflates `input` into exactly `expectedSize` bytes, or throws naming `entry`.
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int, entry: String, source: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw FolioError(.unsupported, "zlib could not start an inflate stream", source: source)
        }
        defer { inflateEnd(&stream) }
        // One spare byte shows a stream that expands past its declared size.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                var status = Z_OK
                // Z_BUF_ERROR without progress means the input ran out: the entry is truncated.
                while status == Z_OK {
                    status = CZlib.inflate(&stream, Z_FINISH)
                }
                stream.next_in = nil
                stream.next_out = nil
                return status
            }
        }
        let produced = output.count - Int(stream.avail_out)
        if produced > expectedSize {
            throw FolioError(.malformedInput, "entry \"\(entry)\" expands past its declared size of \(expectedSize) bytes", source: source)
        }
        switch status {
        case Z_STREAM_END where produced == expectedSize:
            output.removeLast()
            return output
        case Z_STREAM_END:
            throw FolioError(.malformedInput, "entry \"\(entry)\" expands to \(produced) bytes, not the declared \(expectedSize)", source: source)
        case Z_BUF_ERROR:
            throw FolioError(.malformedInput, "entry \"\(entry)\" is truncated", source: source)
        default:
            throw FolioError(.malformedInput, "entry \"\(entry)\" is not valid deflate data", source: source)
        }
    }
}
