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
