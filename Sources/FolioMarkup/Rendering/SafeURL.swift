import FolioCore

/// Makes URLs from input safe to put into `href` and `src` attributes.
///
/// Only schemes that cannot run code pass; `javascript:`, `vbscript:`, `file:` and unknown
/// schemes give nil, as do the tab and newline tricks browsers strip (`java\tscript:`).
/// Characters that are not allowed in a URL are percent-encoded, so validators accept the result.
public enum SafeURL {
    /// Schemes a link may use.
    public static let linkSchemes: Set<String> = ["http", "https", "mailto", "ftp", "tel"]

    /// A link target fit for `href`, or nil when its scheme is not allowed.
    public static func linkTarget(_ raw: String) -> String? {
        sanitize(raw, allowing: linkSchemes, allowsImageData: false)
    }

    /// An image source fit for `src`: a relative path, http(s), or a raster `data:image/` URL.
    public static func imageSource(_ raw: String) -> String? {
        sanitize(raw, allowing: ["http", "https"], allowsImageData: true)
    }

    /// The scheme of a URL in lower case (`https`), or nil for a relative reference.
    public static func scheme(of raw: String) -> String? {
        let cleaned = strippingInvisibles(raw)
        var scheme = ""
        for scalar in cleaned.unicodeScalars {
            switch scalar {
            case ":": return scheme.isEmpty ? nil : scheme.lowercased()
            case "a"..."z", "A"..."Z": scheme.unicodeScalars.append(scalar)
            case "0"..."9", "+", "-", ".":
                if scheme.isEmpty { return nil }
                scheme.unicodeScalars.append(scalar)
            default: return nil
            }
        }
        return nil
    }

    private static func sanitize(_ raw: String, allowing schemes: Set<String>, allowsImageData: Bool) -> String? {
        let cleaned = strippingInvisibles(raw)
        guard !cleaned.isEmpty else { return nil }
        if let scheme = scheme(of: cleaned) {
            if scheme == "data" {
                let lowered = cleaned.lowercased()
                let rasterTypes = ["data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp"]
                guard allowsImageData, rasterTypes.contains(where: { lowered.hasPrefix($0 + ";") || lowered.hasPrefix($0 + ",") }) else { return nil }
            } else if !schemes.contains(scheme) {
                return nil
            }
        }
        return percentEncodingIllegalCharacters(cleaned)
    }

    /// Drops what browsers ignore inside URLs (tab, newline, other controls) and trims spaces.
    private static func strippingInvisibles(_ raw: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars where scalar.value > 0x20 || scalar == " " {
            if (0x7F...0x9F).contains(scalar.value) { continue }
            result.append(scalar)
        }
        return String(result).trimmingCharactersInWhitespace()
    }

    private static func percentEncodingIllegalCharacters(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        for (index, byte) in bytes.enumerated() {
            let needsEncoding: Bool
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
                 UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
                needsEncoding = true
            case UInt8(ascii: "%"):
                needsEncoding = !(index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2]))
            default:
                needsEncoding = false
            }
            if needsEncoding {
                result.append(UInt8(ascii: "%"))
                result.append(hex[Int(byte >> 4)])
                result.append(hex[Int(byte & 0x0F)])
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
