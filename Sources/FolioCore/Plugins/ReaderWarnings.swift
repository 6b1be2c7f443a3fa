import Foundation

/// A document together with what its reader could not keep exactly.
public struct ReadResult: Sendable, Hashable {
    /// The document read.
    public var document: Document
    /// Things the user should know that did not stop the reading (a construct kept as its nearest equivalent).
    public var warnings: [String]

    /// Creates a result.
    public init(document: Document, warnings: [String] = []) {
        self.document = document
        self.warnings = warnings
    }
}

/// A reader that reports warnings beside the document, for formats richer than the model.
///
/// The pipeline asks a reader that conforms for its warnings and hands them on with the first
/// output's, so `folio` prints them like a writer's; callers that only want the document keep
/// using ``DocumentReader/read(_:source:options:)``.
public protocol WarningDocumentReader: DocumentReader {
    /// Reads a document and says what it could not keep exactly.
    func readReporting(_ data: Data, source: String, options: Options) throws -> ReadResult
}

extension WarningDocumentReader {
    /// Reads the document, leaving the warnings out.
    public func read(_ data: Data, source: String, options: Options) throws -> Document {
        try readReporting(data, source: source, options: options).document
    }
}
