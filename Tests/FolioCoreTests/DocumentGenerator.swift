import FolioCore
import FolioTestSupport

/// A small deterministic generator of documents for property-style tests.
struct DocumentGenerator {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func bool() -> Bool { next() & 1 == 1 }

    mutating func text() -> String {
        let pieces = ["培训干部", "2.1万余人次", "Hello", " ", "“引号”", "a\"b", "<tag>", "&amp;", "\\", "\n", "😀", "\u{00A0}", "é", "{}", "/", ""]
        return (0..<int(1...4)).map { _ in pieces[int(0...(pieces.count - 1))] }.joined()
    }

    mutating func optionalText() -> String? { bool() ? text() : nil }

    mutating func inlines(depth: Int = 0) -> [Inline] {
        (0..<int(0...4)).map { _ in inline(depth: depth) }
    }

    mutating func inline(depth: Int) -> Inline {
        let choice = depth > 2 ? int(0...2) : int(0...8)
        switch choice {
        case 0: return .text(text())
        case 1: return .code(text())
        case 2: return .lineBreak
        case 3: return .emphasis(inlines(depth: depth + 1))
        case 4: return .strong(inlines(depth: depth + 1))
        case 5: return .quoted(inlines(depth: depth + 1))
        case 6: return .link(Link(target: text(), title: optionalText(), content: inlines(depth: depth + 1)))
        case 7: return .image(image())
        default: return .text(text())
        }
    }

    mutating func image() -> Image {
        Image(source: text(), alternative: text(), title: optionalText())
    }

    mutating func blocks(depth: Int = 0) -> [Block] {
        (0..<int(0...5)).map { _ in block(depth: depth) }
    }

    mutating func block(depth: Int) -> Block {
        let choice = depth > 1 ? int(0...3) : int(0...9)
        switch choice {
        case 0: return .paragraph(inlines())
        case 1: return .heading(Heading(level: int(1...6), content: inlines(), identifier: optionalText()))
        case 2: return .codeBlock(CodeBlock(language: optionalText(), text: text()))
        case 3: return .divider
        case 4: return .figure(Figure(image: bool() ? image() : nil, caption: inlines()))
        case 5: return .blockQuote(blocks(depth: depth + 1))
        case 6: return .list(List(isOrdered: bool(), start: int(0...9), items: (0..<int(0...3)).map { _ in blocks(depth: depth + 1) }))
        case 7: return .note(Note(kind: optionalText(), blocks: blocks(depth: depth + 1)))
        default: return .table(table())
        }
    }

    mutating func table() -> Table {
        func rows(_ generator: inout DocumentGenerator) -> [TableRow] {
            (0..<generator.int(0...3)).map { _ in
                TableRow(cells: (0..<generator.int(0...3)).map { _ in
                    TableCell(content: generator.inlines(depth: 2), rowSpan: generator.int(1...2), columnSpan: generator.int(1...2),
                              alignment: generator.bool() ? Alignment.allCases[generator.int(0...2)] : nil, isHeader: generator.bool())
                })
            }
        }
        return Table(role: bool() ? .data : .indicators, caption: inlines(depth: 2),
                     columnAlignments: (0..<int(0...3)).map { _ in Alignment.allCases[int(0...2)] },
                     head: rows(&self), body: rows(&self), foot: rows(&self))
    }

    mutating func metadata() -> Metadata {
        var metadata = Metadata(
            title: optionalText(), subtitle: optionalText(), introTitle: optionalText(),
            authors: (0..<int(0...3)).map { _ in Author(name: text(), role: optionalText()) },
            date: optionalText(), publication: optionalText(), edition: optionalText(), section: optionalText(),
            language: optionalText(), source: optionalText(), identifier: optionalText(),
            credits: (0..<int(0...2)).map { _ in text() }, keywords: (0..<int(0...2)).map { _ in text() },
            summary: optionalText())
        for _ in 0..<int(0...2) { metadata.extra[text()] = text() }
        return metadata
    }

    mutating func document() -> Document {
        Document(metadata: metadata(), blocks: blocks())
    }
}
