import Foundation

/// A writer that writes several documents into one output a document at a time, in order, so a
/// combined output (`folio batch DIR -t csv --combine`) never holds more than the documents
/// being converted.
///
/// A document goes in in two steps, as into an archive (``DocumentArchive``):
/// ``part(of:inputName:context:)`` works out what the document adds to the output without the
/// output, so a batch does that on every core, and the ``CombinedOutput`` that
/// ``startCombinedOutput(context:)`` opens takes the parts in input order and says which bytes
/// go where. Its result is byte for byte what ``writeCombined(_:context:)`` assembles in memory,
/// which a conforming writer's ``DocumentWriter/write(collection:context:)`` returns.
public protocol StreamingWriter: DocumentWriter {
    /// What one document adds to a combined output.
    associatedtype Part: Sendable
    /// A combined output being written.
    associatedtype Output: CombinedOutput where Output.Part == Part

    /// What `document`, read from the input `inputName`, adds to a combined output. Needs no
    /// open output, so any thread may call it.
    func part(of document: Document, inputName: String, context: WriteContext) throws -> Part

    /// Starts a combined output, to be given every document's part in order.
    func startCombinedOutput(context: WriteContext) throws -> Output
}

/// A combined output being written, given one document's part at a time, in input order, by one
/// thread at a time.
///
/// The output is made of pieces: byte sequences numbered from 0, each of which grows at its end
/// as parts come in. Which pieces become the output's files, and under which names, is known
/// only when every part is in (``finish()``); a piece left out of the layout is not written.
public protocol CombinedOutput {
    /// What one document adds to the output.
    associatedtype Part: Sendable

    /// Takes the next document's part and returns the bytes it adds, in order, each to the end
    /// of a piece (a piece not seen before starts empty).
    mutating func append(_ part: Part) throws -> [PieceBytes]

    /// The output's layout once every part is in; throws when the documents give no output
    /// (a CSV output of documents without a table).
    func finish() throws -> CombinedLayout
}

/// Bytes that one document adds to the end of one piece of a ``CombinedOutput``.
public struct PieceBytes: Sendable {
    /// The piece, numbered from 0.
    public var piece: Int
    /// The bytes to add at its end.
    public var data: Data

    /// Creates bytes for a piece.
    public init(piece: Int, data: Data) {
        self.piece = piece
        self.data = data
    }
}

/// Which pieces of a finished ``CombinedOutput`` make its files: as ``WriterOutput/Content``,
/// one file or a tree of files.
public enum CombinedLayout: Sendable, Equatable {
    /// One file: the piece with this number.
    case file(piece: Int)
    /// Several files: each a piece, named by its path relative to the output folder.
    case files([CombinedFile])
}

/// One file of a ``CombinedLayout/files(_:)`` layout.
public struct CombinedFile: Sendable, Equatable {
    /// The path relative to the output folder, as ``OutputFile/path``.
    public var path: String
    /// The piece that is the file's content.
    public var piece: Int

    /// Creates a file of a layout.
    public init(path: String, piece: Int) {
        self.path = path
        self.piece = piece
    }
}

extension StreamingWriter {
    /// Writes the documents as one combined output assembled in memory: the bytes a streamed
    /// combined output of the same documents has. `context.inputNames` names the documents' inputs.
    public func writeCombined(_ documents: [Document], context: WriteContext) throws -> WriterOutput {
        var output = try startCombinedOutput(context: context)
        var pieces: [Int: Data] = [:]
        for (index, document) in documents.enumerated() {
            for bytes in try output.append(part(of: document, inputName: context.inputName(at: index), context: context)) {
                pieces[bytes.piece, default: Data()].append(bytes.data)
            }
        }
        switch try output.finish() {
        case .file(let piece):
            return WriterOutput(data: pieces[piece] ?? Data())
        case .files(let files):
            return WriterOutput(.files(files.map { OutputFile(path: $0.path, data: pieces[$0.piece] ?? Data()) }))
        }
    }
}
