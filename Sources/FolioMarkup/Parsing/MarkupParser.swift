import CLibXML2
import FolioCore
import Foundation

/// Parses HTML and XML with libxml2, safely: no network, no external entities or DTDs, no
/// printing, bounded nesting.
///
/// - HTML goes through libxml2's error-recovering HTML parser, which repairs real-world markup
///   (unclosed and misnested tags, stray end tags) roughly as a browser does.
/// - XML (XHTML content documents, OPF packages, `container.xml`) goes through the XML parser
///   without entity substitution or DTD loading and with libxml2's amplification checks on,
///   so an entity bomb is refused instead of expanded.
public enum MarkupParser {
    /// Limits applied while parsing untrusted input.
    public struct Limits: Sendable, Hashable {
        /// The deepest element nesting accepted; deeper input throws ``FolioError/Kind/limitExceeded``.
        ///
        /// libxml2 itself stops at 256 levels; HTML parsing above that switches on its larger
        /// limit (2048), XML parsing never does, since that would also lift its entity limits.
        public var maximumDepth: Int

        /// Creates limits.
        public init(maximumDepth: Int = Options.defaultMaximumDepth) {
            self.maximumDepth = maximumDepth
        }

        /// Limits from the user's options: `max-depth` (default 256, at most 2048).
        public init(options: Options) throws {
            self.init(maximumDepth: try options.maximumDepth())
        }
    }

    /// Parses HTML text. The text is handed to libxml2 as UTF-8, so charset declarations inside
    /// the markup are ignored: decode the bytes first (``FolioCore/TextDecoding``).
    public static func parseHTML(_ text: String, source: String, limits: Limits = Limits()) throws -> MarkupDocument {
        initialize
        var options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        // The HTML parser expands no entities of the page's own, so its larger limits are safe,
        // and without them a text node past 10 MB (a page dumped as one line) is silently cut.
        options |= XML_PARSE_HUGE.rawValue
        // libxml2 gives no tree for an empty buffer; that is an empty page.
        var text = text.isEmpty ? "<html><body></body></html>" : text
        if text.utf8.count > Int32.max {
            throw FolioError(.limitExceeded, "HTML input of \(text.utf8.count) bytes is too large to parse", source: source)
        }
        var stoppedTooDeep = false
        let pointer: htmlDocPtr? = text.withUTF8 { bytes in
            guard let context = htmlNewParserCtxt() else { return nil }
            defer { htmlFreeParserCtxt(context) }
            let document = bytes.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.flatMap { htmlCtxtReadMemory(context, $0, Int32(chars.count), nil, "UTF-8", Int32(options)) }
            }
            // libxml2 halts at its depth limit and keeps the partial tree; that must not pass silently.
            if let last = xmlCtxtGetLastError(context), last.pointee.code == XML_ERR_INTERNAL_ERROR.rawValue,
               let message = last.pointee.message, String(cString: message).contains("depth") {
                stoppedTooDeep = true
            }
            return document
        }
        if stoppedTooDeep {
            if let pointer { xmlFreeDoc(pointer) }
            throw FolioError(.limitExceeded, "elements nested deeper than libxml2's limit of 2048 levels", source: source)
        }
        guard let pointer, xmlDocGetRootElement(pointer) != nil else {
            if let pointer { xmlFreeDoc(pointer) }
            // Input with neither markup nor text (only white space) gives no tree: an empty page.
            return try parseHTML("<html><body></body></html>", source: source, limits: limits)
        }
        let document = MarkupDocument(pointer: pointer, isHTML: true)
        try checkDepth(of: document, limit: limits.maximumDepth, source: source)
        return document
    }

    /// Parses XML bytes (any encoding the XML declaration or BOM names).
    ///
    /// Malformed XML throws ``FolioError`` with libxml2's message and the line and column; with
    /// `recover`, libxml2 repairs what it can and only input with no usable tree throws.
    public static func parseXML(_ data: Data, source: String, limits: Limits = Limits(), recover: Bool = false) throws -> MarkupDocument {
        initialize
        guard !data.isEmpty else {
            throw FolioError(.malformedInput, "empty XML document", source: source)
        }
        guard data.count <= Int32.max else {
            throw FolioError(.limitExceeded, "XML input of \(data.count) bytes is too large to parse", source: source)
        }
        // Deliberately absent: XML_PARSE_NOENT (substitution), XML_PARSE_DTDLOAD/DTDATTR (external
        // DTDs), XML_PARSE_HUGE (which would lift the entity amplification and depth limits).
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_COMPACT.rawValue
        if recover { options |= XML_PARSE_RECOVER.rawValue }
        guard let context = xmlNewParserCtxt() else {
            throw FolioError(.limitExceeded, "out of memory starting the XML parser", source: source)
        }
        defer { xmlFreeParserCtxt(context) }
        let pointer: xmlDocPtr? = data.withUnsafeBytes { raw in
            let chars = raw.bindMemory(to: CChar.self)
            return chars.baseAddress.flatMap { xmlCtxtReadMemory(context, $0, Int32(chars.count), nil, nil, Int32(options)) }
        }
        let wellFormed = context.pointee.wellFormed != 0
        if let pointer, wellFormed || recover {
            let document = MarkupDocument(pointer: pointer, isHTML: false)
            try checkDepth(of: document, limit: limits.maximumDepth, source: source)
            return document
        }
        if let pointer { xmlFreeDoc(pointer) }
        throw error(from: context, source: source)
    }

    /// The error libxml2 recorded for a failed parse, as a ``FolioError`` with position.
    private static func error(from context: xmlParserCtxtPtr, source: String) -> FolioError {
        guard let last = xmlCtxtGetLastError(context), last.pointee.code != 0 else {
            return FolioError(.malformedInput, "not well-formed XML", source: source)
        }
        let message = last.pointee.message.map { String(cString: $0).trimmingCharactersInWhitespace() } ?? "not well-formed XML"
        let line = Int(last.pointee.line), column = Int(last.pointee.int2)
        // XML_ERR_ENTITY_LOOP (89) and amplification errors are attacks or limits, not typos.
        let code = last.pointee.code
        let kind: FolioError.Kind = code == XML_ERR_ENTITY_LOOP.rawValue || message.contains("amplification")
            || code == XML_ERR_INTERNAL_ERROR.rawValue && message.contains("depth") ? .limitExceeded : .malformedInput
        return FolioError(kind, message, source: source, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
    }

    /// Throws when some element is nested deeper than `limit`; walks iteratively.
    private static func checkDepth(of document: MarkupDocument, limit: Int, source: String) throws {
        guard var node = xmlDocGetRootElement(document.pointer) else { return }
        var depth = 1
        while true {
            if depth > limit {
                throw FolioError(.limitExceeded, "elements nested deeper than \(limit) levels (set max-depth to allow more)",
                                 source: source, line: Int(xmlGetLineNo(node)) > 0 ? Int(xmlGetLineNo(node)) : nil)
            }
            if let child = node.pointee.children, node.pointee.type == XML_ELEMENT_NODE {
                node = child
                depth += 1
                continue
            }
            while node.pointee.next == nil {
                guard let parent = node.pointee.parent, depth > 1 else { return }
                node = parent
                depth -= 1
            }
            guard let next = node.pointee.next else { return }
            node = next
        }
    }

    /// libxml2's one-time global set-up, done once before the first parse from any thread.
    private static let initialize: Void = {
        xmlInitParser()
    }()
}
