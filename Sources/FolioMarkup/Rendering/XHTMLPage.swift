import FolioCore

/// A complete polyglot XHTML5 page around rendered body markup: doctype, `html` with `lang`
/// and `xml:lang`, `meta charset`, title, style sheets.
public struct XHTMLPage: Sendable {
    /// The page title (the `title` element); a blank title becomes `Untitled`.
    public var title: String
    /// The content language as a BCP 47 tag; a malformed tag is left out.
    public var language: String?
    /// Hrefs of linked style sheets, in order.
    public var styleSheetLinks: [String]
    /// A style sheet embedded in a `<style>` element.
    public var embeddedStyleSheet: String?
    /// Whether the root declares the `epub:` namespace (EPUB navigation documents need it).
    public var declaresEPUBNamespace: Bool
    /// A class for the `body` element.
    public var bodyClass: String?

    /// Creates a page description.
    public init(title: String, language: String? = nil, styleSheetLinks: [String] = [], embeddedStyleSheet: String? = nil,
                declaresEPUBNamespace: Bool = false, bodyClass: String? = nil) {
        self.title = title
        self.language = language
        self.styleSheetLinks = styleSheetLinks
        self.embeddedStyleSheet = embeddedStyleSheet
        self.declaresEPUBNamespace = declaresEPUBNamespace
        self.bodyClass = bodyClass
    }

    /// The page with `body` (trusted, rendered markup) inside its `<body>`.
    public func render(body: [UInt8]) -> [UInt8] {
        var buffer = MarkupBuffer(capacity: body.count + 512)
        buffer.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"")
        if declaresEPUBNamespace { buffer.raw(" xmlns:epub=\"http://www.idpf.org/2007/ops\"") }
        if let tag = Self.languageTag(language) {
            buffer.attribute("lang", tag)
            buffer.attribute("xml:lang", tag)
        }
        buffer.raw(">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        let trimmed = title.trimmingCharactersInWhitespace()
        buffer.text(trimmed.isEmpty ? "Untitled" : trimmed)
        buffer.raw("</title>\n")
        for link in styleSheetLinks {
            buffer.raw("<link rel=\"stylesheet\" type=\"text/css\"")
            buffer.attribute("href", link)
            buffer.raw("/>\n")
        }
        if let css = embeddedStyleSheet {
            buffer.raw("<style>\n")
            buffer.raw(Self.embeddable(css))
            buffer.raw("\n</style>\n")
        }
        buffer.raw("</head>\n")
        buffer.begin("body")
        if let bodyClass { buffer.attribute("class", bodyClass) }
        buffer.endStartTag(); buffer.newline()
        buffer.raw(body)
        buffer.raw("</body>\n</html>\n")
        return buffer.bytes
    }

    /// A well-formed BCP 47 tag (`zh-CN`; `zh_CN` is read as `zh-CN`), or nil: the first subtag
    /// two to eight letters, the others one to eight letters or digits.
    public static func languageTag(_ raw: String?) -> String? {
        guard let raw else { return nil }
        // One pass over the bytes: every page and the package ask, so no subtag is copied out.
        var tag: [UInt8] = []
        tag.reserveCapacity(raw.utf8.count)
        var length = 0
        var isPrimary = true
        var subtagFits: Bool { isPrimary ? (2...8).contains(length) : (1...8).contains(length) }
        for byte in raw.trimmingCharactersInWhitespace().utf8 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"):
                guard subtagFits else { return nil }
                tag.append(UInt8(ascii: "-"))
                isPrimary = false
                length = 0
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                tag.append(byte)
                length += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where !isPrimary:
                tag.append(byte)
                length += 1
            default:
                return nil
            }
        }
        return subtagFits ? String(decoding: tag, as: UTF8.self) : nil
    }

    /// CSS made safe inside `<style>` for both HTML and XML parsers: `<` and `&`, which would end
    /// the element or start a reference, become CSS escapes; the rules mean the same.
    public static func embeddable(_ css: String) -> String {
        guard css.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return css }
        var result = ""
        result.reserveCapacity(css.utf8.count + 16)
        for character in css {
            switch character {
            case "<": result += "\\3C "
            case "&": result += "\\26 "
            default: result.append(character)
            }
        }
        return result
    }
}
