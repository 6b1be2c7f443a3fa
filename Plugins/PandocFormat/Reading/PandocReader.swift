import Foundation
import FolioCore

/// Reads pandoc's JSON AST (`pandoc-api-version` 1.23, as pandoc 3.x writes it) into a document.
///
/// JSON of another API version is refused with both versions named. A construct the model has
/// no place for is kept as its nearest equivalent — a definition list as a bullet list with bold
/// terms, footnotes as numbered notes at the end, raw HTML as a code block, strikeout as its
/// text — and the warnings say what, once per kind of construct. Options: `max-input-size`
/// (default 1G) and `max-depth` (how deeply blocks and inlines may nest, default 256, at most
/// 2048; Foundation's JSON parser also refuses JSON nested deeper than 512 arrays and objects).
public struct PandocReader: WarningDocumentReader {
    /// Creates the reader.
    public init() {}

    /// Reads the document and the warnings about constructs kept as their nearest equivalent.
    public func readReporting(_ data: Data, source: String, options: Options) throws -> ReadResult {
        let maximumSize = try options.maximumInputSize()
        guard data.count <= maximumSize else {
            throw FolioError(.limitExceeded, "input is \(data.count) bytes, over the --max-input-size limit of \(maximumSize)", source: source)
        }
        let maximumDepth = try options.integer("max-depth", default: 256, in: 1...2048)
        let root = try Self.parse(data, source: source)
        guard let object = root as? [String: Any] else {
            throw FolioError(.malformedInput, "not pandoc's JSON AST: expected an object with \"pandoc-api-version\", \"meta\" and \"blocks\""
                             + (root is [Any] ? " (a top-level array is the JSON of pandoc before 1.18; this reader reads pandoc-api-version 1.23)" : ""),
                             source: source)
        }
        try Self.checkVersion(object["pandoc-api-version"], source: source)
        var conversion = PandocConversion(maximumDepth: maximumDepth)
        do {
            let metadata = try conversion.metadata(object["meta"] ?? [String: Any]())
            guard let blocks = object["blocks"] else { throw PandocConversion.Failure.malformed("missing \"blocks\"") }
            var document = Document(metadata: metadata, blocks: try conversion.blocks(blocks))
            document.blocks += conversion.footnoteBlocks()
            return ReadResult(document: document, warnings: conversion.losses.warnings)
        } catch let failure as PandocConversion.Failure {
            switch failure {
            case .malformed(let message): throw FolioError(.malformedInput, message, source: source)
            case .tooDeep: throw FolioError(.limitExceeded, "blocks and inlines nested deeper than \(maximumDepth) levels (set max-depth to allow more)", source: source)
            }
        }
    }

    /// Parses JSON with `JSONSerialization`.
    ///
    /// pandoc's JSON is a tree of heterogeneous arrays (`[level, attributes, inlines]`), which
    /// Codable can only walk through unkeyed containers and trial decoding. Measured on this
    /// project's machine with a 4.6 MB pandoc document, `JSONSerialization` parses it in 0.67 s
    /// and `JSONDecoder` into a generic JSON value in 1.99 s, so the reader walks the parsed tree.
    private static func parse(_ data: Data, source: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            if detail.contains("Too many nested") {
                throw FolioError(.limitExceeded, "JSON nested deeper than 512 arrays and objects", source: source)
            }
            throw FolioError(.malformedInput, "not valid JSON: \(detail)", source: source)
        }
    }

    /// Refuses a missing version and any version other than 1.23.x, naming both.
    private static func checkVersion(_ value: Any?, source: String) throws {
        let expected = "this reader reads pandoc-api-version 1.23 (pandoc 3.x)"
        guard let value else {
            throw FolioError(.malformedInput, "no \"pandoc-api-version\": \(expected)", source: source)
        }
        guard let parts = value as? [Any], parts.allSatisfy({ PandocConversion.integer($0) != nil }), !parts.isEmpty else {
            throw FolioError(.malformedInput, "\"pandoc-api-version\" is not a list of numbers: \(expected)", source: source)
        }
        let numbers = parts.compactMap(PandocConversion.integer)
        guard numbers.count >= 2, numbers[0] == PandocFormat.apiVersion[0], numbers[1] == PandocFormat.apiVersion[1] else {
            throw FolioError(.malformedInput, "pandoc-api-version \(numbers.map(String.init).joined(separator: ".")) is not supported: \(expected)", source: source)
        }
    }
}
