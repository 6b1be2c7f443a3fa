import FolioCore

/// What one reading shares across the nodes it decodes: the nesting depth, the constructs kept
/// only approximately, and the footnotes met so far.
///
/// `Decodable` initialisers take nothing but a decoder, so the state travels in the decoder's
/// `userInfo`. One reading owns its state and decodes on one thread, hence `@unchecked Sendable`.
final class DecodingState: @unchecked Sendable {
    /// How deeply blocks and inlines may nest.
    let maximumDepth: Int
    /// The constructs kept as their nearest equivalent.
    var losses = ConversionLosses()
    /// Footnotes met so far, in order; they become notes at the end of the document.
    var footnotes: [[Block]] = []
    private var depth = 0

    /// Creates the state of one reading.
    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// Decodes one nested block or inline, refusing nesting past the limit.
    func nested<T>(_ body: () throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maximumDepth else { throw PandocReadError.tooDeep }
        return try body()
    }

    /// The footnotes as notes of kind `footnote`, each starting with its number.
    var footnoteBlocks: [Block] {
        footnotes.enumerated().map { index, blocks in
            let mark = "[\(index + 1)] "
            var blocks = blocks
            if case .paragraph(var first) = blocks.first {
                if case .text(let text) = first.first { first[0] = .text(mark + text) } else { first.insert(.text(mark), at: 0) }
                blocks[0] = .paragraph(first)
            } else {
                blocks.insert(.paragraph([.text(mark)]), at: 0)
            }
            return .note(Note(kind: "footnote", blocks: blocks))
        }
    }
}

/// Why a reading stopped, beside the decoder's own errors.
enum PandocReadError: Error {
    /// The JSON does not have the shape of pandoc's AST; the message says where.
    case malformed(String)
    /// Blocks and inlines nest deeper than the limit.
    case tooDeep
}

extension CodingUserInfoKey {
    /// Where a pandoc reading keeps its ``DecodingState``.
    static let pandocState = CodingUserInfoKey(rawValue: "folio.pandoc.state")!
}

extension Decoder {
    /// The reading's state.
    var pandocState: DecodingState {
        get throws {
            guard let state = userInfo[.pandocState] as? DecodingState else { throw PandocReadError.malformed("decoded outside a pandoc reading") }
            return state
        }
    }
}

/// The keys of a pandoc node: `{"t": tag, "c": content}`.
enum NodeKeys: String, CodingKey {
    case t, c
}

extension KeyedDecodingContainer where Key == NodeKeys {
    /// The node's content as a list of exactly `count` values: pandoc's tuples.
    func tuple(_ count: Int, of tag: String) throws -> UnkeyedDecodingContainer {
        let content = try nestedUnkeyedContainer(forKey: .c)
        guard content.count == count else { throw PandocReadError.malformed("\(tag): expected a list of \(count)") }
        return content
    }
}

extension UnkeyedDecodingContainer {
    /// The next value as a list of exactly `count` values.
    mutating func tuple(_ count: Int, of what: String) throws -> UnkeyedDecodingContainer {
        let content = try nestedUnkeyedContainer()
        guard content.count == count else { throw PandocReadError.malformed("\(what): expected a list of \(count)") }
        return content
    }

    /// Skips the next value.
    mutating func skip() throws {
        _ = try decode(Ignored.self)
    }
}

/// Any JSON value, decoded and dropped.
struct Ignored: Decodable {
    init(from decoder: any Decoder) throws {}
}

/// A node's tag alone: `{"t": tag}` (alignments, quote and list styles, column widths).
struct Tag: Decodable {
    /// The tag.
    var name: String

    init(from decoder: any Decoder) throws {
        name = try decoder.container(keyedBy: NodeKeys.self).decode(String.self, forKey: .t)
    }
}

/// An `Attr`: identifier, classes, key/value pairs.
struct Attributes: Decodable {
    var identifier: String
    var classes: [String]
    var pairs: [[String]]

    var isEmpty: Bool { identifier.isEmpty && classes.isEmpty && pairs.isEmpty }

    /// The value of a key/value pair.
    func value(of key: String) -> String? {
        pairs.first { $0.count == 2 && $0[0] == key }?[1]
    }

    init(from decoder: any Decoder) throws {
        var parts = try decoder.unkeyedContainer()
        guard parts.count == 3 else { throw PandocReadError.malformed("attributes: expected [identifier, classes, pairs]") }
        identifier = try parts.decode(String.self)
        classes = try parts.decode([String].self)
        pairs = try parts.decode([[String]].self)
        guard pairs.allSatisfy({ $0.count == 2 }) else { throw PandocReadError.malformed("attributes: expected [key, value] pairs") }
    }
}

extension DecodingState {
    /// Records a loss when a node's attributes held more than the model keeps.
    func dropAttributes(_ attributes: Attributes, of tag: String) {
        if !attributes.isEmpty { losses.record("\(tag) attributes (identifier, classes, key=value) dropped") }
    }
}
