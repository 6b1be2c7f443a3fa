import Folio
import Foundation

/// Reads the JSON article exports of a newspaper archive: one article per file, with its issue and page.
///
/// A complete Folio plugin: a descriptor, and a reader that maps the export's own shape onto
/// Folio's model and reports bad input as a ``FolioError`` naming the file. Register it with
/// `PluginRegistry.builtIn.registering([ArchiveExportFormat()])`; `folio formats` lists it and
/// `folio story.archive -o story.epub` uses it by extension (`-f archive-export` for any name).
public struct ArchiveExportFormat: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The format's name, extension and media type.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(
            name: "archive-export", extensions: ["archive"],
            mediaTypes: ["application/vnd.folio-example.archive+json"],
            summary: "newspaper archive article export (JSON)", origin: "CustomReader example",
            options: [Reader.language])
    }

    /// The reader.
    public var reader: (any DocumentReader)? { Reader() }

    /// Maps an export onto a document.
    public struct Reader: DocumentReader {
        /// Creates the reader.
        public init() {}

        /// The option this reader reads, declared once: `folio` lists it, checks `-O` against it
        /// and accepts `--export-language zh-HK` as `-O export-language=zh-HK`.
        static let language = PluginOption(
            "export-language", .text, for: .reader, default: "zh-CN",
            help: "the language of the articles (BCP 47); the export does not say", flags: ["--export-language"])

        /// Decodes the export and builds the document; unknown export versions and bad shapes throw.
        public func read(_ data: Data, source: String, options: Options) throws -> Document {
            let export: ArticleExport
            do {
                export = try JSONDecoder().decode(ArticleExport.self, from: data)
            } catch let error as DecodingError {
                throw FolioError(.malformedInput, "not an archive export: \(Self.describe(error))", source: source)
            }
            guard export.format == ArticleExport.supportedFormat else {
                throw FolioError(.malformedInput, "export format \"\(export.format)\" is not supported (expected \"\(ArticleExport.supportedFormat)\")", source: source)
            }
            return try export.document(source: source, language: options.value(of: Self.language) ?? "zh-CN")
        }

        private static func describe(_ error: DecodingError) -> String {
            switch error {
            case .keyNotFound(let key, let context):
                return "missing \"\(key.stringValue)\"" + path(context)
            case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
                return "expected \(type)" + path(context)
            case .dataCorrupted(let context):
                return context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription + path(context)
            @unknown default:
                return "\(error)"
            }
        }

        private static func path(_ context: DecodingError.Context) -> String {
            context.codingPath.isEmpty ? "" : " at " + context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
    }
}
