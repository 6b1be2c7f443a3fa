import Foundation
import FolioCore
import FolioNewspaper

/// Reads plain text: decodes it, splits it into lines and hands them to a ``PageLayout``.
///
/// Options: `encoding` forces a character set; `layout` names one of the reader's layouts,
/// `plain`, or `auto` (the default: each layout in turn, then plain; a named layout that does not
/// recognise the text also falls back to plain); `max-input-size` and `max-line-length` refuse
/// inputs over those limits.
public struct TextReader: DocumentReader {
    /// The layouts tried in order under `auto`; ``PlainLayout`` is always the last resort.
    public var layouts: [any PageLayout]

    /// Creates a reader trying `layouts` in order, the news page layout by default.
    public init(layouts: [any PageLayout] = [NewsPageLayout()]) {
        self.layouts = layouts
    }

    /// Creates a reader that recognises one layout, and falls back to plain paragraphs.
    public init(layout: any PageLayout) {
        self.layouts = [layout]
    }

    /// The layout names the `layout` option accepts.
    public var layoutNames: [String] { ["auto"] + layouts.map(\.name) + [PlainLayout().name] }

    /// Reads a document from text bytes, which it lets go once they are decoded.
    public func read(_ data: consuming Data, source: String, options: Options) throws -> Document {
        let maximumSize = try options.maximumInputSize()
        guard data.count <= maximumSize else {
            throw FolioError(.limitExceeded, "input is \(data.count) bytes, over the --max-input-size limit of \(maximumSize)", source: source)
        }
        var choice = try options.choice("layout", among: layoutNames + [Self.formerNewsLayoutName], default: "auto")
        if choice == Self.formerNewsLayoutName { choice = NewsPageLayout().name }
        var forced: TextDecoding.Encoding?
        if let label = options["encoding"] {
            guard let encoding = TextDecoding.Encoding(label: label) else {
                throw FolioError(.invalidOption, "--encoding: unknown encoding \"\(label)\"", source: source)
            }
            forced = encoding
        }
        let decoded = try TextDecoding.decode(data, forcedEncoding: forced, source: source)
        // A large input's bytes would otherwise sit beside its lines until the document is made.
        _ = consume data
        try Self.refuseBinary(decoded.text, source: source)
        let maximumLine = try options.maximumLineLength()
        var page = try TextPage(text: decoded.text, source: source, maximumLineLength: maximumLine)
        page.knownChrome = RecurringChrome.lines(in: options[RecurringChrome.option.name])

        var document: Document?
        switch choice {
        case "auto":
            for layout in layouts where document == nil { document = try layout.document(from: page) }
        case PlainLayout().name:
            break
        default:
            document = try layouts.first { $0.name == choice }?.document(from: page)
        }
        var result = try document ?? PlainLayout().document(from: page) ?? Document()
        if result.metadata.language == nil { result.metadata.language = LanguageGuess.language(of: page.lines.lazy.filter { !$0.isBlank }.map { $0.text }) }
        return result
    }

    /// The news layout's name before it read news sites as well as e-paper pages; still accepted.
    static let formerNewsLayoutName = "epaper"

    /// Refuses text that is mostly control characters: binary data that happened to decode.
    static func refuseBinary(_ text: String, source: String) throws {
        var text = text
        let (controls, total) = text.withUTF8 { bytes -> (Int, Int) in
            var controls = 0
            for byte in bytes.prefix(65_536) where byte < 0x20 || byte == 0x7F {
                switch byte {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: break
                default: controls += 1
                }
            }
            return (controls, min(bytes.count, 65_536))
        }
        if total > 0 && controls * 20 > total {
            throw FolioError(.malformedInput, "binary data, not text (\(controls) control characters in the first \(total))", source: source)
        }
    }
}
