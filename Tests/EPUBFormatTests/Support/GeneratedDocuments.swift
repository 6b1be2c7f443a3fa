import FolioCore
import FolioTestSupport

/// Documents built from a seeded generator: varied shapes, hostile text, every block kind.
enum GeneratedDocuments {
    /// The seeded random source the documents are drawn from.
    typealias Generator = SeededRandom

    static let pieces = ["城区", "新建", "项目", "增长", "12.5%", "“两个维护”", "<b>粗</b>", "a & b", "\"引号\"", "]]>", "English words",
                         "\u{7}", "\u{FFFE}", "🚀", "第6位", "近百万", "\t", "  ", "—"]

    static func text(_ generator: inout Generator, words: Int = 6) -> String {
        (0..<max(1, words)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    static func inlines(_ generator: inout Generator, depth: Int = 0) -> [Inline] {
        (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            switch depth > 1 ? 0 : Int.random(in: 0...9, using: &generator) {
            case 1: return .emphasis(inlines(&generator, depth: depth + 1))
            case 2: return .strong(inlines(&generator, depth: depth + 1))
            case 3: return .quoted(inlines(&generator, depth: depth + 1))
            case 4: return .link(Link(target: ["https://example.org/x y", "javascript:void(0)", "../local.html", "#frag", "mailto:a@example.org"].randomElement(using: &generator) ?? "",
                                      content: inlines(&generator, depth: depth + 1)))
            case 5: return .code(text(&generator, words: 2))
            case 6: return .lineBreak
            default: return .text(text(&generator))
            }
        }
    }

    static func blocks(_ generator: inout Generator, count: Int, depth: Int = 0) -> [Block] {
        (0..<count).map { _ in
            switch depth > 1 ? 0 : Int.random(in: 0...12, using: &generator) {
            case 1, 2: return .heading(Heading(level: Int.random(in: 1...3, using: &generator), content: inlines(&generator),
                                               identifier: Bool.random(using: &generator) ? "id-\(Int.random(in: 0...3, using: &generator))" : nil))
            case 3: return .figure(Figure(image: Bool.random(using: &generator) ? Image(source: "img/\(Int.random(in: 0...3, using: &generator)).png", alternative: text(&generator, words: 2)) : nil,
                                          caption: inlines(&generator)))
            case 4: return .blockQuote(blocks(&generator, count: 2, depth: depth + 1))
            case 5: return .list(List(isOrdered: Bool.random(using: &generator), start: Int.random(in: 0...5, using: &generator),
                                      items: (0..<3).map { _ in blocks(&generator, count: 1, depth: depth + 1) }))
            case 6: return .table(table(&generator))
            case 7: return .codeBlock(CodeBlock(language: Bool.random(using: &generator) ? "sh" : nil, text: text(&generator)))
            case 8: return .divider
            case 9: return .note(Note(kind: Bool.random(using: &generator) ? "编者按" : nil, blocks: blocks(&generator, count: 2, depth: depth + 1)))
            default: return .paragraph(inlines(&generator))
            }
        }
    }

    static func table(_ generator: inout Generator) -> Table {
        // Header cells only start body rows (row headers): a body made only of them would read as a head.
        func rows(_ count: Int) -> [TableRow] {
            (0..<count).map { _ in
                TableRow(cells: (0..<Int.random(in: 1...4, using: &generator)).map { column in
                    TableCell(content: inlines(&generator, depth: 2), rowSpan: Int.random(in: 1...3, using: &generator), columnSpan: Int.random(in: 1...2, using: &generator),
                              alignment: Alignment.allCases.randomElement(using: &generator), isHeader: column == 0 && Bool.random(using: &generator))
                })
            }
        }
        return Table(role: Bool.random(using: &generator) ? .data : .indicators, caption: Bool.random(using: &generator) ? inlines(&generator) : [],
                     columnAlignments: [.left, .right], head: rows(Int.random(in: 0...1, using: &generator)),
                     body: rows(Int.random(in: 0...4, using: &generator)), foot: rows(Int.random(in: 0...1, using: &generator)))
    }

    /// A generated document; seeds give different shapes, metadata present or absent.
    static func document(seed: UInt64, blockCount: Int = 30) -> Document {
        var generator = SeededRandom(seed: seed)
        var metadata = Metadata()
        if Bool.random(using: &generator) { metadata.title = text(&generator, words: 3) }
        if Bool.random(using: &generator) { metadata.language = ["zh-CN", "en", "ja", "bad lang!"].randomElement(using: &generator) }
        if Bool.random(using: &generator) { metadata.date = ["2022-02-29", "2024-02-29", "1999", "2020-13", "昨天", "2021-07-04"].randomElement(using: &generator) }
        if Bool.random(using: &generator) { metadata.authors = [Author(name: text(&generator, words: 2), role: ["记者", nil, "编辑"].randomElement(using: &generator) ?? nil)] }
        if Bool.random(using: &generator) { metadata.publication = text(&generator, words: 2) }
        if Bool.random(using: &generator) { metadata.identifier = "isbn:" + text(&generator, words: 1) }
        metadata.source = "gen/doc-\(seed).json"
        return Document(metadata: metadata, blocks: blocks(&generator, count: blockCount))
    }
}

extension GeneratedDocuments {
    /// A page of four chapters whose figures fill an indicator table with `rows` rows in the
    /// filter's columns: counts, shares and signed changes, subjects with markup characters,
    /// each figure printed in a sentence of its chapter so that rows and marks link across files.
    static func indicatorPage(rows count: Int) -> Document {
        let header = TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })
        var blocks: [Block] = []
        var rows: [TableRow] = []
        for chapter in 0..<4 {
            let section = "第\(chapter + 1)部分 <&>"
            blocks.append(.heading(Heading(level: 1, content: [.text(section)])))
            for index in stride(from: chapter, to: count, by: 4) {
                let (value, unit, kind, mention): (String, String, String, String) = switch index % 3 {
                case 0: ("\(index * 10)", "个", "count", "\(index * 10)个")
                case 1: ("\(index % 100)", "%", "share", "\(index % 100)%")
                default: index % 2 == 0 ? ("-\(index % 7 + 1)", "%", "change", "下降\(index % 7 + 1)%") : ("\(index % 9 + 1)", "%", "change", "增长\(index % 9 + 1)%")
                }
                let subject = "项目<\(index)>&\"甲\""
                let sentence = "\(subject)为\(mention)。"
                blocks.append(.paragraph([.text(sentence)]))
                rows.append(TableRow(texts: [section, subject, value, unit, "exact", kind, mention, sentence]))
            }
        }
        blocks.append(.table(Table(role: .indicators, head: [header], body: rows)))
        return Document(metadata: Metadata(title: "指标样张", language: "zh-CN"), blocks: blocks)
    }
}
