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

/// A reader of a format richer than the model: it implements
/// ``DocumentReader/readReporting(_:source:options:)`` and gets `read` from it.
public protocol WarningDocumentReader: DocumentReader {}

extension WarningDocumentReader {
    /// Reads the document, leaving the warnings out.
    public func read(_ data: Data, source: String, options: Options) throws -> Document {
        try readReporting(data, source: source, options: options).document
    }
}
