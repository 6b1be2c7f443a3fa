import FolioCore

/// Where a block sits in a document: its top-level block, and its position in a depth-first
/// walk of that block (0 is the top-level block itself, then the blocks nested in it).
///
/// The renderer counts blocks the same way as it writes them, so an address found here names
/// the block being written even when a book renders a document one chapter at a time.
public struct BlockAddress: Sendable, Hashable, Comparable {
    /// The index of the top-level block.
    public var block: Int
    /// The position in the depth-first walk of that top-level block.
    public var position: Int

    /// Creates an address.
    public init(block: Int, position: Int) {
        self.block = block
        self.position = position
    }

    /// Reading order.
    public static func < (lhs: BlockAddress, rhs: BlockAddress) -> Bool {
        (lhs.block, lhs.position) < (rhs.block, rhs.position)
    }
}

/// The links between a document's indicator tables and the paragraphs their figures were
/// printed in: each row of a table links to its figure, marked in its paragraph, and back.
///
/// The links are found from the table alone (each row's sentence and mention, searched in the
/// paragraphs in reading order), so a table that went through CSV or JSON links as well as one
/// the filter just made. A row whose sentence is not found stays unlinked.
public struct IndicatorReferences: Sendable {
    /// One figure marked in a paragraph.
    struct Mark: Sendable, Hashable {
        /// The figure's bytes in the paragraph's plain text (UTF-8 offsets).
        var range: Range<Int>
        /// The `id` of the mark.
        var anchor: String
        /// The `id` of the (first) table row it belongs to.
        var rowAnchor: String
        /// The indicator table's top-level block, to find the page it is on.
        var tableBlock: Int
    }

    /// One indicator table with the standard columns.
    struct LocatedTable: Sendable {
        /// Its number among the document's indicator tables, from 1: part of every anchor.
        var number: Int
        /// The rows.
        var rows: [IndicatorRow]
        /// For each row, its mark's anchor and the top-level block of its paragraph, or nil when unfound.
        var targets: [(anchor: String, block: Int)?]
    }

    /// The links found, held by reference. A renderer copies its references, and copying a
    /// struct that held these dictionaries made the runtime look up the `Hashable` of their key
    /// by searching the binary's conformance records (0.4 M instructions a process), for pages
    /// without an indicator table too.
    private final class Links: Sendable {
        let marks: [BlockAddress: [Mark]]
        let tables: [BlockAddress: LocatedTable]
        let anchors: Set<String>

        init(_ locator: Locator) {
            marks = locator.marks
            tables = locator.tables
            anchors = locator.anchors
        }
    }

    private let links: Links
    /// Marks by the address of their paragraph, in text order, never overlapping.
    var marks: [BlockAddress: [Mark]] { links.marks }
    /// Indicator tables by their address.
    var tables: [BlockAddress: LocatedTable] { links.tables }
    /// Every anchor handed out, so that headings do not take one.
    var anchors: Set<String> { links.anchors }
    /// The file holding a top-level block: empty when the document is one page, a chapter's file name in a book.
    public var file: @Sendable (Int) -> String

    /// No links: for markup rendered without its document.
    public static let none = IndicatorReferences()

    private init() {
        file = { _ in "" }
        links = Links(Locator())
    }

    /// Finds the links of every indicator table in `blocks`, the whole document; `file` says
    /// which file each top-level block is written to (nothing, for one page).
    public init(blocks: [Block], file: @escaping @Sendable (Int) -> String = { _ in "" }) {
        self.file = file
        var paragraphs: [(address: BlockAddress, inlines: [Inline])] = []
        var found: [(address: BlockAddress, rows: [IndicatorRow])] = []
        Self.visit(blocks) { address, block in
            switch block {
            case .paragraph(let inlines): paragraphs.append((address, inlines))
            case .table(let table): if let rows = table.indicatorRows { found.append((address, rows)) }
            default: break
            }
        }
        var locator = Locator()
        // Most documents have no indicator table; their paragraphs are never searched.
        if !found.isEmpty {
            let searchable = paragraphs.map { Paragraph(address: $0.address, inlines: $0.inlines) }
            for (number, table) in found.enumerated() {
                locator.locate(table.rows, number: number + 1, tableAddress: table.address, in: searchable)
            }
        }
        links = Links(locator)
    }

    /// The rows of the indicator table at `address` and its links: the rows the links read, or
    /// for markup rendered without its document the table's own; nil for any other table.
    func indicatorRows(of table: Table, at address: BlockAddress) -> (rows: [IndicatorRow], located: LocatedTable?)? {
        guard table.role == .indicators else { return nil }
        let located = tables[address]
        return (located?.rows ?? table.indicatorRows).map { ($0, located) }
    }

    /// Visits the blocks of a document and the blocks nested in them with their addresses, in
    /// the document's walk, which is the order the renderer writes them in.
    static func visit(_ blocks: [Block], _ visit: (BlockAddress, Block) -> Void) {
        for (index, topLevel) in blocks.enumerated() {
            var position = 0
            topLevel.walk(blocks: { block in
                visit(BlockAddress(block: index, position: position), block)
                position += 1
            })
        }
    }

    /// The anchor of a table row.
    static func rowAnchor(table: Int, row: Int) -> String { "indicator-\(table)-\(row)" }
    /// The anchor of a figure marked in a paragraph.
    static func markAnchor(table: Int, row: Int) -> String { "figure-\(table)-\(row)" }
}

/// Finds the links of a document's indicator tables, table by table.
private struct Locator {
    var marks: [BlockAddress: [IndicatorReferences.Mark]] = [:]
    var tables: [BlockAddress: IndicatorReferences.LocatedTable] = [:]
    var anchors: Set<String> = []

    mutating func locate(_ rows: [IndicatorRow], number: Int, tableAddress: BlockAddress, in paragraphs: [Paragraph]) {
        var targets: [(anchor: String, block: Int)?] = []
        // Rows run in reading order: each search starts where the previous figure was found.
        var paragraph = 0
        var sentenceFrom = 0
        var previous: (paragraph: Int, range: Range<Int>)?
        for (offset, row) in rows.enumerated() {
            let rowAnchor = IndicatorReferences.rowAnchor(table: number, row: offset + 1)
            anchors.insert(rowAnchor)
            let sentence = Array(row.sentence.utf8), mention = Array(row.mention.utf8)
            guard !sentence.isEmpty, !mention.isEmpty,
                  let hit = Self.find(sentence: sentence, mention: mention, after: previous,
                                      from: paragraph, sentenceFrom: sentenceFrom, in: paragraphs) else {
                targets.append(nil)
                continue
            }
            paragraph = hit.paragraph
            sentenceFrom = hit.sentenceStart
            let address = paragraphs[hit.paragraph].address
            if let shared = marks[address]?.first(where: { $0.range.overlaps(hit.range) }) {
                // Several subjects share one printed figure (分别…): one mark, linked back to the first row.
                targets.append((shared.anchor, address.block))
                previous = (hit.paragraph, hit.range)
                continue
            }
            let anchor = IndicatorReferences.markAnchor(table: number, row: offset + 1)
            anchors.insert(anchor)
            marks[address, default: []].append(IndicatorReferences.Mark(range: hit.range, anchor: anchor, rowAnchor: rowAnchor, tableBlock: tableAddress.block))
            targets.append((anchor, address.block))
            previous = (hit.paragraph, hit.range)
        }
        tables[tableAddress] = IndicatorReferences.LocatedTable(number: number, rows: rows, targets: targets)
        for address in marks.keys { marks[address]?.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    /// The paragraph and bytes of a row's figure: its sentence searched from the last one found,
    /// and in it the mention after the previous figure, or the previous figure itself when the
    /// sentence has no later one.
    private static func find(sentence: [UInt8], mention: [UInt8], after previous: (paragraph: Int, range: Range<Int>)?,
                             from start: Int, sentenceFrom: Int, in paragraphs: [Paragraph])
        -> (paragraph: Int, sentenceStart: Int, range: Range<Int>)? {
        var index = start
        var from = sentenceFrom
        while index < paragraphs.count {
            let text = paragraphs[index].text
            var searchFrom = from
            while let found = firstRange(of: sentence, in: text, within: min(searchFrom, text.count)..<text.count) {
                let sentenceRange = found.lowerBound..<found.upperBound
                var mentionFrom = sentenceRange.lowerBound
                if let previous, previous.paragraph == index, sentenceRange.contains(previous.range.lowerBound) {
                    mentionFrom = previous.range.upperBound
                }
                if let hit = firstRange(of: mention, in: text, within: mentionFrom..<sentenceRange.upperBound), paragraphs[index].isText(at: hit.lowerBound) {
                    return (index, sentenceRange.lowerBound, hit.lowerBound..<hit.upperBound)
                }
                if let previous, previous.paragraph == index, sentenceRange.contains(previous.range.lowerBound),
                   Array(text[previous.range]) == mention {
                    return (index, sentenceRange.lowerBound, previous.range)
                }
                searchFrom = sentenceRange.lowerBound + 1
            }
            index += 1
            from = 0
        }
        return nil
    }

    /// Where `needle` first occurs in `haystack[range]`, as offsets into `haystack`: a byte
    /// search, where Foundation's generic `firstRange(of:)` took half the time of writing a book.
    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], within range: Range<Int>) -> Range<Int>? {
        haystack.withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { needle in
                UTF8Search.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: bytes[range]))
                    .map { (range.lowerBound + $0)..<(range.lowerBound + $0 + needle.count) }
            }
        }
    }
}

/// A paragraph as the locator searches it: its plain text and which bytes of it the renderer
/// writes as text (not an image, code or quotation mark), where a mark can begin.
private struct Paragraph {
    let address: BlockAddress
    let text: [UInt8]
    private let textRuns: [Range<Int>]

    init(address: BlockAddress, inlines: [Inline]) {
        self.address = address
        text = Array(inlines.plainText.utf8)
        var runs: [Range<Int>] = []
        var offset = 0
        Self.collect(inlines, offset: &offset, into: &runs)
        textRuns = runs
    }

    /// Whether the byte at `offset` is written as text.
    func isText(at offset: Int) -> Bool {
        textRuns.contains { $0.contains(offset) }
    }

    /// Walks inlines as ``Inline/plainText`` spells them, noting where text runs lie.
    private static func collect(_ inlines: [Inline], offset: inout Int, into runs: inout [Range<Int>]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                runs.append(offset..<(offset + text.utf8.count))
                offset += text.utf8.count
            case .emphasis(let inner), .strong(let inner): collect(inner, offset: &offset, into: &runs)
            case .link(let link): collect(link.content, offset: &offset, into: &runs)
            case .quoted(let inner):
                offset += "“".utf8.count
                collect(inner, offset: &offset, into: &runs)
                offset += "”".utf8.count
            case .code, .lineBreak, .image: offset += inline.plainText.utf8.count
            }
        }
    }
}
