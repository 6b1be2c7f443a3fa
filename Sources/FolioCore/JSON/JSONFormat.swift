import Foundation

/// The `json` format: the document model's versioned JSON form, read and written exactly.
///
/// This is the wire format of external plugins and of `folio -t json | … | folio -f json`
/// chains. The writer sorts keys so that equal documents give equal bytes; `--option
/// pretty` (or `pretty=true`) indents the output.
public struct JSONFormat: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `json` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "json", aliases: ["folio-json"], extensions: ["json"], mediaTypes: ["application/json"],
                         summary: "Folio's document model as versioned JSON (\"folio\": \(Document.jsonVersion))",
                         options: [PluginOption("pretty", .flag, for: .writer, help: "indent the JSON")])
    }

    /// Reads the JSON form.
    public var reader: (any DocumentReader)? { Reader() }
    /// Writes the JSON form.
    public var writer: (any DocumentWriter)? { Writer() }

    /// Decodes a document from JSON, with errors that say where and what.
    public struct Reader: DocumentReader {
        /// Creates the reader.
        public init() {}

        /// Decodes the document; a wrong version, wrong shape or broken JSON throws ``FolioError``.
        public func read(_ data: Data, source: String, options: Options) throws -> Document {
            try Self.decode(data, source: source)
        }

        /// Decodes a document from JSON bytes, reporting errors against `source`.
        public static func decode(_ data: Data, source: String) throws -> Document {
            do {
                return try JSONDecoder().decode(Document.self, from: data)
            } catch let error as DecodingError {
                throw FolioError(.malformedInput, Self.describe(error), source: source)
            } catch {
                throw FolioError(.malformedInput, "not valid JSON: \(error.localizedDescription)", source: source)
            }
        }

        /// The error as one line; the version key's errors say what they are without a location.
        private static func describe(_ error: DecodingError) -> String {
            switch error {
            case .dataCorrupted(let context) where context.codingPath.count == 1 && context.codingPath[0].stringValue == "folio":
                return context.debugDescription
            case .keyNotFound(let key, let context) where key.stringValue == "folio" && context.codingPath.isEmpty:
                return context.debugDescription
            default:
                return error.oneLineDescription()
            }
        }
    }

    /// Encodes a document as JSON.
    public struct Writer: DocumentWriter {
        /// Creates the writer.
        public init() {}

        /// Encodes the document, indented when the `pretty` option is on, always ending in a newline.
        public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
            WriterOutput(data: try Self.encode(document, pretty: context.options.flag("pretty")))
        }

        /// Encodes a document as JSON bytes with sorted keys and a final newline.
        public static func encode(_ document: Document, pretty: Bool = false) throws -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            do {
                var data = try pretty ? encoder.encode(document) : encodeInRuns(document, with: encoder)
                data.append(0x0A)
                return data
            } catch {
                throw FolioError(.unsupported, "cannot encode the document as JSON: \(error)")
            }
        }

        /// Blocks encoded at a time in compact output.
        static let blocksPerRun = 256

        /// The compact form of `document`, its blocks written into the envelope that the
        /// document without blocks encodes to (`{"blocks":[],…}`: sorted, `blocks` is the first
        /// key): plain blocks by ``PlainBlockJSON``, the others by the encoder a run at a time.
        /// JSONEncoder builds a tree of the whole value before it writes a byte, which for a
        /// large document took several times the memory of its text.
        private static func encodeInRuns(_ document: Document, with encoder: JSONEncoder) throws -> Data {
            var envelope = document
            envelope.blocks = []
            let empty = try encoder.encode(envelope)
            let opening = Data(#"{"blocks":["#.utf8)
            guard empty.starts(with: opening + Data("]".utf8)) else { return try encoder.encode(document) }
            // Written into the `Data` returned: an array copied into one at the end held the
            // output twice at the peak.
            var bytes = opening
            var run: [Block] = []
            func separate() {
                if bytes.count > opening.count { bytes.append(UInt8(ascii: ",")) }
            }
            func flush() throws {
                guard !run.isEmpty else { return }
                let encoded = try encoder.encode(run)
                separate()
                // The run without its brackets.
                bytes.append(contentsOf: encoded.dropFirst().dropLast())
                run.removeAll(keepingCapacity: true)
            }
            var plain: [UInt8] = []
            for block in document.blocks {
                plain.removeAll(keepingCapacity: true)
                if PlainBlockJSON.append(block, to: &plain) {
                    // The blocks before it first, in order.
                    try flush()
                    separate()
                    bytes.append(contentsOf: plain)
                } else {
                    run.append(block)
                    if run.count == blocksPerRun { try flush() }
                }
            }
            try flush()
            bytes.append(empty.dropFirst(opening.count))
            return bytes
        }
    }
}
