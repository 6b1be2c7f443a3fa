import Foundation
import FolioCore

/// Reads pandoc's JSON AST (`pandoc-api-version` 1.23, as pandoc 3.x writes it) into a document.
///
/// JSON of another API version is refused with both versions named. A construct the model has
/// no place for is kept as its nearest equivalent — a definition list as a bullet list with bold
/// terms, footnotes as numbered notes at the end, raw HTML as a code block, strikeout as its
/// text — and the warnings say what, once per kind of construct. Options: `max-input-size`
/// (default 1G) and `max-depth` (how deeply blocks and inlines may nest, default 256, at most
/// 2048); JSON nested deeper than 512 arrays and objects, Foundation's limit, is refused too.
public struct PandocReader: WarningDocumentReader {
    /// The deepest JSON nesting that Foundation's decoder accepts.
    static let maximumJSONDepth = 512

    /// Creates the reader.
    public init() {}


    /// Reads the document and the warnings about constructs kept as their nearest equivalent.
    ///
    /// The JSON is decoded with `JSONDecoder` straight into the model, node type by node type.
    /// Measured on a 4.6 MB document pandoc wrote: `JSONSerialization` builds its tree of
    /// Foundation objects in 0.7 s but takes 640 MB; `JSONDecoder` into a generic JSON value
    /// takes 2.0 s and 125 MB, and typed decoding builds no intermediate tree at all.
    public func readReporting(_ data: Data, source: String, options: Options) throws -> ReadResult {
        let maximumSize = try options.maximumInputSize()
        guard data.count <= maximumSize else {
            throw FolioError(.limitExceeded, "input is \(data.count) bytes, over the --max-input-size limit of \(maximumSize)", source: source)
        }
        let maximumDepth = try options.maximumDepth()
        if Self.nestingDepth(of: data) > Self.maximumJSONDepth {
            throw FolioError(.limitExceeded, "JSON nested deeper than \(Self.maximumJSONDepth) arrays and objects", source: source)
        }
        let state = DecodingState(maximumDepth: maximumDepth)
        let decoder = JSONDecoder()
        decoder.userInfo[.pandocState] = state
        do {
            let document = try decoder.decode(DocumentNode.self, from: data).document
            return ReadResult(document: document, warnings: state.losses.warnings)
        } catch PandocReadError.malformed(let message) {
            throw FolioError(.malformedInput, message, source: source)
        } catch PandocReadError.tooDeep {
            throw FolioError(.limitExceeded, "blocks and inlines nested deeper than \(maximumDepth) levels (set max-depth to allow more)", source: source)
        } catch let error as DecodingError {
            throw FolioError(.malformedInput, Self.describe(error), source: source)
        }
    }

    /// The deepest nesting of arrays and objects, outside strings: a byte scan, so that JSON too
    /// deep for the decoder is named as such rather than as invalid.
    static func nestingDepth(of data: Data) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                deepest = max(deepest, depth)
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// A JSON type in words.
    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list"
        case is [String: Any].Type: return "an object"
        default: return String(describing: type)
        }
    }

    /// A decoding error as one line: what was expected, and where (`blocks[3].c[1]`).
    private static func describe(_ error: DecodingError) -> String {
        if case .typeMismatch(_, let context) = error, context.codingPath.isEmpty {
            return "not pandoc's JSON AST: expected an object with \"pandoc-api-version\", \"meta\" and \"blocks\""
        }
        return error.oneLineDescription(typeName: name)
    }
}
