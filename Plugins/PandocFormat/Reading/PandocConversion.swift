import FolioCore
import Foundation

/// Maps the parsed JSON of pandoc's AST onto the model, recording what it keeps only approximately.
///
/// The input is what `JSONSerialization` gives: dictionaries, arrays, strings and numbers.
struct PandocConversion {
    /// Why a conversion stopped.
    enum Failure: Error {
        /// The JSON does not have the shape of pandoc's AST; the message says where.
        case malformed(String)
        /// Blocks and inlines nest deeper than the limit.
        case tooDeep
    }

    /// How deeply blocks and inlines may nest.
    let maximumDepth: Int
    /// The constructs kept as their nearest equivalent.
    var losses = ConversionLosses()
    /// Footnotes met so far, in order; they become notes at the end of the document.
    private var footnotes: [[Block]] = []
    private var depth = 0

    /// Creates a conversion with a nesting limit.
    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    /// A JSON number as an integer, when it is one (not a Boolean, not a fraction).
    static func integer(_ value: Any) -> Int? {
        guard let number = value as? NSNumber, !isBoolean(number) else { return nil }
        if let integer = value as? Int { return integer }
        let double = number.doubleValue
        return double.rounded() == double && abs(double) < 1e15 ? Int(double) : nil
    }

    /// A JSON `true` or `false`, which `JSONSerialization` gives as an `NSNumber` that also casts to `Int`.
    static func boolean(_ value: Any?) -> Bool? {
        guard let number = value as? NSNumber, isBoolean(number) else { return nil }
        return number.boolValue
    }

    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    // MARK: - Nodes

    /// A node's tag and content: `{"t": tag, "c": content}`.
    func node(_ value: Any, in context: String) throws -> (tag: String, content: Any?) {
        guard let object = value as? [String: Any], let tag = object["t"] as? String else {
            throw Failure.malformed("expected a pandoc node {\"t\": …} in \(context)")
        }
        return (tag, object["c"])
    }

    func array(_ value: Any?, count: Int? = nil, of what: String) throws -> [Any] {
        guard let items = value as? [Any], count.map({ items.count == $0 }) ?? true else {
            throw Failure.malformed(count.map { "\(what): expected a list of \($0)" } ?? "\(what): expected a list")
        }
        return items
    }

    func string(_ value: Any?, of what: String) throws -> String {
        guard let text = value as? String else { throw Failure.malformed("\(what): expected a string") }
        return text
    }

    func int(_ value: Any?, of what: String) throws -> Int {
        guard let value, let number = Self.integer(value) else { throw Failure.malformed("\(what): expected an integer") }
        return number
    }

    mutating func nested<T>(_ body: (inout PandocConversion) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maximumDepth else { throw Failure.tooDeep }
        return try body(&self)
    }

    /// An `Attr`: identifier, classes, key/value pairs.
    private struct Attributes {
        var identifier: String
        var classes: [String]
        var pairs: [(String, String)]
        var isEmpty: Bool { identifier.isEmpty && classes.isEmpty && pairs.isEmpty }
    }

    private func attributes(_ value: Any?, of what: String) throws -> Attributes {
        let parts = try array(value, count: 3, of: "\(what) attributes")
        let classes = try array(parts[1], of: "\(what) classes").map { try string($0, of: "\(what) class") }
        let pairs = try array(parts[2], of: "\(what) attributes").map { pair -> (String, String) in
            let both = try array(pair, count: 2, of: "\(what) attribute")
            return (try string(both[0], of: "\(what) attribute"), try string(both[1], of: "\(what) attribute"))
        }
        return Attributes(identifier: try string(parts[0], of: "\(what) identifier"), classes: classes, pairs: pairs)
    }

    /// Records a loss when a node's attributes held more than the model keeps.
    private mutating func dropAttributes(_ attributes: Attributes, of tag: String) {
        if !attributes.isEmpty { losses.record("\(tag) attributes (identifier, classes, key=value) dropped") }
    }

    // MARK: - Blocks

    /// Converts a list of blocks.
    mutating func blocks(_ value: Any) throws -> [Block] {
        var result: [Block] = []
        for item in try array(value, of: "blocks") {
            try nested { result += try $0.block(item) }
        }
        return result
    }

    /// Converts one block into the blocks that keep it (none for `Null`, several for an unwrapped `Div`).
    private mutating func block(_ value: Any) throws -> [Block] {
        let (tag, content) = try node(value, in: "a list of blocks")
        switch tag {
        case "Plain", "Para":
            return [.paragraph(try inlines(content))]
        case "Header":
            let parts = try array(content, count: 3, of: "Header")
            let attributes = try attributes(parts[1], of: "Header")
            if !attributes.classes.isEmpty || !attributes.pairs.isEmpty { losses.record("Header classes and key=value attributes dropped") }
            return [.heading(Heading(level: try int(parts[0], of: "Header level"), content: try inlines(parts[2]),
                                     identifier: attributes.identifier.isEmpty ? nil : attributes.identifier))]
        case "BlockQuote":
            return [.blockQuote(try blocks(content as Any))]
        case "BulletList":
            return [.list(List(isOrdered: false, items: try array(content, of: "BulletList").map { try blocks($0) }))]
        case "OrderedList":
            let parts = try array(content, count: 2, of: "OrderedList")
            let listAttributes = try array(parts[0], count: 3, of: "OrderedList attributes")
            let style = try node(listAttributes[1], in: "OrderedList style").tag
            let delimiter = try node(listAttributes[2], in: "OrderedList delimiter").tag
            if !["Decimal", "DefaultStyle"].contains(style) || !["Period", "DefaultDelim"].contains(delimiter) {
                losses.record("OrderedList numbered \(style) with \(delimiter) kept as 1. 2. 3.")
            }
            return [.list(List(isOrdered: true, start: try int(listAttributes[0], of: "OrderedList start"),
                               items: try array(parts[1], of: "OrderedList items").map { try blocks($0) }))]
        case "DefinitionList":
            losses.record("DefinitionList kept as a bullet list with each term in bold")
            let items = try array(content, of: "DefinitionList").map { item -> [Block] in
                let pair = try array(item, count: 2, of: "DefinitionList item")
                var blocks: [Block] = [.paragraph([.strong(try inlines(pair[0]))])]
                for definition in try array(pair[1], of: "DefinitionList definitions") { blocks += try self.blocks(definition) }
                return blocks
            }
            return [.list(List(isOrdered: false, items: items))]
        case "LineBlock":
            losses.record("LineBlock kept as a paragraph with line breaks")
            var lines: [Inline] = []
            for (index, line) in try array(content, of: "LineBlock").enumerated() {
                if index > 0 { lines.append(.lineBreak) }
                lines += try inlines(line)
            }
            return [.paragraph(lines)]
        case "CodeBlock":
            let parts = try array(content, count: 2, of: "CodeBlock")
            let attributes = try attributes(parts[0], of: "CodeBlock")
            if !attributes.identifier.isEmpty || attributes.classes.count > 1 || !attributes.pairs.isEmpty {
                losses.record("CodeBlock attributes other than the language dropped")
            }
            return [.codeBlock(CodeBlock(language: attributes.classes.first, text: try string(parts[1], of: "CodeBlock text")))]
        case "RawBlock":
            let parts = try array(content, count: 2, of: "RawBlock")
            let format = try string(parts[0], of: "RawBlock format")
            losses.record("RawBlock (\(format)) kept as a code block")
            return [.codeBlock(CodeBlock(language: format, text: try string(parts[1], of: "RawBlock text")))]
        case "HorizontalRule":
            return [.divider]
        case "Table":
            return [.table(try table(content))]
        case "Figure":
            return try figure(content)
        case "Div":
            let parts = try array(content, count: 2, of: "Div")
            let attributes = try attributes(parts[0], of: "Div")
            let inner = try blocks(parts[1])
            if attributes.classes.contains(PandocClasses.note) {
                let kind = attributes.pairs.first { $0.0 == PandocClasses.noteKind }?.1
                return [.note(Note(kind: kind, blocks: inner))]
            }
            dropAttributes(attributes, of: "Div")
            return inner
        case "Null":
            return []
        default:
            throw Failure.malformed("unknown block \"\(tag)\"")
        }
    }

    /// A figure: its first image and caption; any other content follows it as blocks.
    private mutating func figure(_ content: Any?) throws -> [Block] {
        let parts = try array(content, count: 3, of: "Figure")
        dropAttributes(try attributes(parts[0], of: "Figure"), of: "Figure")
        let caption = try self.caption(parts[1], of: "Figure")
        let body = try blocks(parts[2])
        var image: Image?
        var rest: [Block] = []
        for block in body {
            if image == nil, case .paragraph(let inlines) = block, inlines.count == 1, case .image(let found) = inlines[0] {
                image = found
            } else {
                rest.append(block)
            }
        }
        if !rest.isEmpty { losses.record("Figure content other than one image kept as blocks after the figure") }
        return [.figure(Figure(image: image, caption: caption))] + rest
    }

    /// A `Caption`: `[short caption or null, blocks]`, as inlines.
    private mutating func caption(_ value: Any, of what: String) throws -> [Inline] {
        let parts = try array(value, count: 2, of: "\(what) caption")
        if !(parts[0] is NSNull) { losses.record("\(what) short caption dropped") }
        return try inlinesOfBlocks(parts[1], in: "\(what) caption")
    }

    /// Blocks where the model holds inlines (captions, table cells): paragraphs joined by line
    /// breaks; other blocks as their text.
    private mutating func inlinesOfBlocks(_ value: Any, in context: String) throws -> [Inline] {
        var result: [Inline] = []
        for block in try blocks(value) {
            if !result.isEmpty { result.append(.lineBreak) }
            switch block {
            case .paragraph(let inlines): result += inlines
            default:
                losses.record("blocks other than paragraphs in a \(context) kept as their text")
                result.append(.text(block.plainText))
            }
        }
        return result
    }

    // MARK: - Tables

    private mutating func table(_ content: Any?) throws -> Table {
        let parts = try array(content, count: 6, of: "Table")
        let attributes = try attributes(parts[0], of: "Table")
        var table = Table()
        if attributes.classes.contains(PandocClasses.indicators) { table.role = .indicators }
        if !attributes.identifier.isEmpty || !attributes.pairs.isEmpty || attributes.classes.contains(where: { $0 != PandocClasses.indicators }) {
            losses.record("Table attributes dropped")
        }
        table.caption = try caption(parts[1], of: "Table")
        var alignments: [Alignment?] = []
        var widths = false
        for spec in try array(parts[2], of: "Table column specifications") {
            let pair = try array(spec, count: 2, of: "Table column specification")
            alignments.append(try alignment(pair[0]))
            if try node(pair[1], in: "Table column width").tag != "ColWidthDefault" { widths = true }
        }
        if widths { losses.record("Table column widths dropped") }
        // Default alignment after the last explicit one is no alignment; before it, left.
        let explicit = (alignments.lastIndex { $0 != nil }).map { alignments[...$0] } ?? []
        table.columnAlignments = explicit.map { $0 ?? .left }

        let head = try array(parts[3], count: 2, of: "TableHead")
        dropAttributes(try self.attributes(head[0], of: "TableHead"), of: "TableHead")
        table.head = try rows(head[1], headerColumns: Int.max)
        let bodies = try array(parts[4], of: "Table bodies")
        if bodies.count > 1 { losses.record("Table bodies merged into one") }
        for body in bodies {
            let bodyParts = try array(body, count: 4, of: "TableBody")
            dropAttributes(try self.attributes(bodyParts[0], of: "TableBody"), of: "TableBody")
            let headerColumns = try int(bodyParts[1], of: "TableBody row head columns")
            table.body += try rows(bodyParts[2], headerColumns: Int.max)
            table.body += try rows(bodyParts[3], headerColumns: headerColumns)
        }
        let foot = try array(parts[5], count: 2, of: "TableFoot")
        dropAttributes(try self.attributes(foot[0], of: "TableFoot"), of: "TableFoot")
        table.foot = try rows(foot[1], headerColumns: 0)
        return table
    }

    /// Rows whose first `headerColumns` cells are header cells.
    private mutating func rows(_ value: Any, headerColumns: Int) throws -> [TableRow] {
        try array(value, of: "Table rows").map { row in
            let parts = try array(row, count: 2, of: "Table row")
            dropAttributes(try attributes(parts[0], of: "Table row"), of: "Table row")
            let cells = try array(parts[1], of: "Table row cells").enumerated().map { index, cell in
                let cellParts = try array(cell, count: 5, of: "Table cell")
                dropAttributes(try attributes(cellParts[0], of: "Table cell"), of: "Table cell")
                return TableCell(content: try inlinesOfBlocks(cellParts[4], in: "table cell"),
                                 rowSpan: try int(cellParts[2], of: "Table cell row span"),
                                 columnSpan: try int(cellParts[3], of: "Table cell column span"),
                                 alignment: try alignment(cellParts[1]), isHeader: index < headerColumns)
            }
            return TableRow(cells: cells)
        }
    }

    private func alignment(_ value: Any) throws -> Alignment? {
        switch try node(value, in: "an alignment").tag {
        case "AlignLeft": return .left
        case "AlignCenter": return .center
        case "AlignRight": return .right
        case "AlignDefault": return nil
        case let other: throw Failure.malformed("unknown alignment \"\(other)\"")
        }
    }

    // MARK: - Inlines

    /// Converts a list of inlines, merging adjacent text.
    mutating func inlines(_ value: Any?) throws -> [Inline] {
        let items = try array(value, of: "inlines")
        var result: [Inline] = []
        func appendText(_ text: String, to result: inout [Inline]) {
            guard !text.isEmpty else { return }
            if case .text(let previous) = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(.text(text))
            }
        }
        for (index, item) in items.enumerated() {
            try nested { conversion in
                let (tag, content) = try conversion.node(item, in: "a list of inlines")
                switch tag {
                case "Str": appendText(try conversion.string(content, of: "Str"), to: &result)
                case "Space": appendText(" ", to: &result)
                case "SoftBreak":
                    // A line break between Chinese or Japanese characters is no space.
                    let before = result.last.flatMap { if case .text(let text) = $0 { text.last } else { nil } }
                    let after = index + 1 < items.count ? (try? conversion.node(items[index + 1], in: "")).flatMap { $0.tag == "Str" ? ($0.content as? String)?.first : nil } : nil
                    if let before, let after, CJK.joinsWithoutSpace(before), CJK.joinsWithoutSpace(after) { break }
                    appendText(" ", to: &result)
                default:
                    for inline in try conversion.inline(tag: tag, content: content) {
                        if case .text(let text) = inline { appendText(text, to: &result) } else { result.append(inline) }
                    }
                }
            }
        }
        return result
    }

    /// Converts one inline other than text and spaces into the inlines that keep it.
    private mutating func inline(tag: String, content: Any?) throws -> [Inline] {
        switch tag {
        case "LineBreak": return [.lineBreak]
        case "Emph": return [.emphasis(try inlines(content))]
        case "Strong": return [.strong(try inlines(content))]
        case "Underline":
            losses.record("Underline kept as emphasis")
            return [.emphasis(try inlines(content))]
        case "Strikeout", "Superscript", "Subscript", "SmallCaps":
            losses.record("\(tag) kept as its text")
            return try inlines(content)
        case "Quoted":
            let parts = try array(content, count: 2, of: "Quoted")
            if try node(parts[0], in: "Quoted").tag == "SingleQuote" { losses.record("single quotes kept as double quotes") }
            return [.quoted(try inlines(parts[1]))]
        case "Cite":
            losses.record("Cite kept as its text")
            return try inlines(try array(content, count: 2, of: "Cite")[1])
        case "Code":
            let parts = try array(content, count: 2, of: "Code")
            dropAttributes(try attributes(parts[0], of: "Code"), of: "Code")
            return [.code(try string(parts[1], of: "Code text"))]
        case "Math":
            let parts = try array(content, count: 2, of: "Math")
            losses.record("Math kept as code (TeX)")
            return [.code(try string(parts[1], of: "Math text"))]
        case "RawInline":
            let parts = try array(content, count: 2, of: "RawInline")
            losses.record("RawInline (\(try string(parts[0], of: "RawInline format"))) kept as code")
            return [.code(try string(parts[1], of: "RawInline text"))]
        case "Link", "Image":
            let parts = try array(content, count: 3, of: tag)
            dropAttributes(try attributes(parts[0], of: tag), of: tag)
            let text = try inlines(parts[1])
            let target = try array(parts[2], count: 2, of: "\(tag) target")
            let url = try string(target[0], of: "\(tag) target")
            let title = try string(target[1], of: "\(tag) title")
            if tag == "Link" { return [.link(Link(target: url, title: title.isEmpty ? nil : title, content: text))] }
            return [.image(Image(source: url, alternative: text.plainText, title: title.isEmpty ? nil : title))]
        case "Note":
            losses.record("footnotes kept as numbered notes at the end, marked [1], [2], …")
            footnotes.append(try blocks(content as Any))
            return [.text("[\(footnotes.count)]")]
        case "Span":
            let parts = try array(content, count: 2, of: "Span")
            dropAttributes(try attributes(parts[0], of: "Span"), of: "Span")
            return try inlines(parts[1])
        default:
            throw Failure.malformed("unknown inline \"\(tag)\"")
        }
    }

    /// The footnotes met, as notes of kind `footnote`, each starting with its number.
    func footnoteBlocks() -> [Block] {
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
