import CZlib
import Foundation

/// Small, valid images built in the test, so no binary fixture is needed.
enum SampleImages {
    /// A solid-colour RGB PNG of the given size.
    static func png(width: Int = 6, height: Int = 4, red: UInt8 = 0x33, green: UInt8 = 0x66, blue: UInt8 = 0xAA) -> Data {
        var raw: [UInt8] = []
        for _ in 0..<height {
            raw.append(0)
            for _ in 0..<width { raw += [red, green, blue] }
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        _ = compress2(&compressed, &compressedLength, raw, uLong(raw.count), 9)
        compressed.removeLast(compressed.count - Int(compressedLength))

        func bigEndian(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let typed = Array(type.utf8) + body
            let crc = UInt32(crc32(0, typed, uInt(typed.count)))
            return bigEndian(UInt32(body.count)) + typed + bigEndian(crc)
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
        png += chunk("IDAT", compressed)
        png += chunk("IEND", [])
        return Data(png)
    }

    /// A 1×1 transparent GIF.
    static let gif = Data(base64Encoded: "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")!
}
