import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns the bytes of a text file into a string: BOM, UTF-8, UTF-16, and GB18030 for Chinese files.
///
/// Every reader of a text-like format (plain text, HTML, CSV) decodes through this one type so
/// that they agree on what an encoding name means and on what counts as undecodable.
public enum TextDecoding {
    /// The character encodings Folio reads.
    public enum Encoding: String, Sendable, CaseIterable {
        /// UTF-8, with or without a byte order mark.
        case utf8 = "utf-8"
        /// UTF-16, little-endian.
        case utf16LittleEndian = "utf-16le"
        /// UTF-16, big-endian.
        case utf16BigEndian = "utf-16be"
        /// GB18030, a superset of GBK and GB2312.
        case gb18030 = "gb18030"
        /// Big5, for traditional Chinese files.
        case big5 = "big5"
        /// ISO 8859-1 / Windows-1252, for old Western files.
        case latin1 = "windows-1252"

        /// The encoding a label names (`utf8`, `UTF-16LE`, `gbk`, `gb2312`, `cp936`, `big5`, `latin1`), if Folio reads it.
        public init?(label: String) {
            let key = label.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
            switch key {
            case "utf8", "unicode11utf8": self = .utf8
            case "utf16", "utf16le", "unicode": self = .utf16LittleEndian
            case "utf16be", "unicodefffe": self = .utf16BigEndian
            case "gb18030", "gbk", "gb2312", "cp936", "ms936", "windows936", "xgbk", "euccn", "chinese", "csgb2312", "iso885915cn": self = .gb18030
            case "big5", "big5hkscs", "cnbig5", "xxbig5", "cp950": self = .big5
            case "latin1", "iso88591", "windows1252", "cp1252", "usascii", "ascii", "l1": self = .latin1
            default: return nil
            }
        }

        /// The name iconv knows the encoding by.
        var iconvName: String {
            switch self {
            case .utf8: return "UTF-8"
            case .utf16LittleEndian: return "UTF-16LE"
            case .utf16BigEndian: return "UTF-16BE"
            case .gb18030: return "GB18030"
            case .big5: return "BIG5-HKSCS"
            case .latin1: return "WINDOWS-1252"
            }
        }
    }

    /// A decoded text and the encoding it was found in.
    public struct Decoded: Sendable, Hashable {
        /// The text, without a byte order mark.
        public var text: String
        /// The encoding used.
        public var encoding: Encoding
    }

    /// Decodes bytes: a forced encoding if given, else the BOM, else UTF-8 if valid, else GB18030.
    ///
    /// Throws ``FolioError`` with the byte offset when the bytes are not valid in the chosen
    /// encoding, and when they look binary (NUL bytes in text that has no UTF-16 BOM).
    public static func decode(_ data: Data, forcedEncoding: Encoding? = nil, source: String? = nil) throws -> Decoded {
        if let forcedEncoding {
            let body = data.dropFirst(bomLength(data, for: forcedEncoding))
            return Decoded(text: try decode(body, as: forcedEncoding, source: source), encoding: forcedEncoding)
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: try decode(data.dropFirst(3), as: .utf8, source: source), encoding: .utf8)
        }
        if data.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: try decode(data.dropFirst(2), as: .utf16LittleEndian, source: source), encoding: .utf16LittleEndian)
        }
        if data.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: try decode(data.dropFirst(2), as: .utf16BigEndian, source: source), encoding: .utf16BigEndian)
        }
        if data.starts(with: [0x84, 0x31, 0x95, 0x33]) {
            return Decoded(text: try decode(data.dropFirst(4), as: .gb18030, source: source), encoding: .gb18030)
        }
        if let nul = firstNUL(in: data) {
            throw FolioError(.malformedInput, "binary data, not text (a NUL byte at offset \(nul))", source: source)
        }
        if let text = validUTF8(data) {
            return Decoded(text: text, encoding: .utf8)
        }
        do {
            return Decoded(text: try decode(data, as: .gb18030, source: source), encoding: .gb18030)
        } catch {
            let offset = firstInvalidUTF8Offset(data) ?? 0
            throw FolioError(.malformedInput, "neither UTF-8 nor GB18030: invalid byte 0x\(String(data[data.startIndex + offset], radix: 16, uppercase: true)) at offset \(offset); name the encoding with --encoding", source: source)
        }
    }

    /// The offset of the first NUL byte, found by memchr: `firstIndex(of:)` tests the bytes one
    /// at a time, several instructions each.
    private static func firstNUL(in data: Data) -> Int? {
        data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
            return UnsafeRawPointer(found) - base
        }
    }

    /// Decodes bytes in one encoding; throws with the byte offset of the first invalid sequence.
    public static func decode<Bytes: DataProtocol>(_ bytes: Bytes, as encoding: Encoding, source: String? = nil) throws -> String {
        let data = Data(bytes)
        switch encoding {
        case .utf8:
            if let text = validUTF8(data) { return text }
            let offset = firstInvalidUTF8Offset(data) ?? 0
            throw FolioError(.malformedInput, "invalid UTF-8 at byte offset \(offset)", source: source)
        case .utf16LittleEndian, .utf16BigEndian:
            guard data.count % 2 == 0 else {
                throw FolioError(.malformedInput, "truncated UTF-16: an odd number of bytes (\(data.count))", source: source)
            }
            let units: [UInt16] = stride(from: 0, to: data.count, by: 2).map { i in
                let a = UInt16(data[data.startIndex + i]), b = UInt16(data[data.startIndex + i + 1])
                return encoding == .utf16LittleEndian ? a | b << 8 : a << 8 | b
            }
            guard let text = String(validating: units, as: UTF16.self) else {
                throw FolioError(.malformedInput, "invalid UTF-16 (an unpaired surrogate)", source: source)
            }
            return text
        case .gb18030, .big5, .latin1:
            return try iconvDecode(data, from: encoding, source: source)
        }
    }

    /// The bytes as a string if they are valid UTF-8, validated over contiguous memory
    /// (validating through `Data`'s indices is some twenty times slower).
    static func validUTF8(_ data: Data) -> String? {
        data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
    }

    private static func bomLength(_ data: Data, for encoding: Encoding) -> Int {
        switch encoding {
        case .utf8: return data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        case .utf16LittleEndian: return data.starts(with: [0xFF, 0xFE]) ? 2 : 0
        case .utf16BigEndian: return data.starts(with: [0xFE, 0xFF]) ? 2 : 0
        case .gb18030: return data.starts(with: [0x84, 0x31, 0x95, 0x33]) ? 4 : 0
        case .big5, .latin1: return 0
        }
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence, or nil if all is valid.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int? {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var consumed = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): consumed += encoded.count
            case .emptyInput: return nil
            case .error: return consumed
            }
        }
    }

    private static func iconvDecode(_ data: Data, from encoding: Encoding, source: String?) throws -> String {
        let converter = iconv_open("UTF-8", encoding.iconvName)
        guard converter != iconv_t(bitPattern: -1) else {
            throw FolioError(.unsupported, "this system cannot decode \(encoding.rawValue) (iconv has no \(encoding.iconvName))", source: source)
        }
        defer { iconv_close(converter) }
        if data.isEmpty { return "" }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: data.count * 2 + 16)
        let total = input.count
        let produced: Int = try input.withUnsafeMutableBufferPointer { inBuffer in
            try output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var outLeft = outBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 {
                        let offset = total - inLeft
                        switch errno {
                        case EILSEQ:
                            throw FolioError(.malformedInput, "invalid \(encoding.rawValue) byte sequence at offset \(offset)", source: source)
                        case EINVAL:
                            throw FolioError(.malformedInput, "truncated \(encoding.rawValue) sequence at the end (offset \(offset))", source: source)
                        default:
                            throw FolioError(.malformedInput, "cannot decode \(encoding.rawValue) at offset \(offset)", source: source)
                        }
                    }
                }
                return outBuffer.count - outLeft
            }
        }
        return String(decoding: output[..<produced], as: UTF8.self)
    }
}
