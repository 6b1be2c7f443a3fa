import FolioCore

/// What a layout knows when it decides whether a run of text is a heading.
struct HeadingContext {
    /// The run's text, its lines joined.
    var text: String
    /// The run's display width.
    var width: Int
    /// The indentation of the run's first line, in columns.
    var indentation: Int
    /// Blank and indentation-only lines before the run.
    var gapBefore: Int
    /// Blank and indentation-only lines after the run.
    var gapAfter: Int
    /// The usual gap between paragraphs on this page.
    var normalGap: Int
    /// The first line of content after the run, if any.
    var next: TextLine?
}

/// Turns lines into blocks: paragraphs by blank-line and indentation rhythm, lists, figures,
/// quotes, drawn tables, fenced code, dividers, notes, and headings (underlined ones always,
/// others as the layout's heading rule decides).
struct BlockParser {
    /// Decides the heading level of a paragraph-shaped run, or nil for a paragraph.
    typealias HeadingRule = (HeadingContext) -> Int?

    /// Quotes nest at most this deep; deeper markers are text.
    static let maximumDepth = 16

    let lines: ArraySlice<TextLine>
    let headingRule: HeadingRule
    let depth: Int
    let normalGap: Int

    init(lines: ArraySlice<TextLine>, depth: Int = 0, normalGap: Int? = nil, headingRule: @escaping HeadingRule = { _ in nil }) {
        self.lines = lines
        self.depth = depth
        self.headingRule = headingRule
        self.normalGap = normalGap ?? Self.usualGap(in: lines)
    }

    /// The most common number of blank lines between two runs of content.
    static func usualGap(in lines: ArraySlice<TextLine>) -> Int {
        var counts: [Int: Int] = [:]
        var gap = 0
        var seenContent = false
        for line in lines {
            if line.isBlank {
                gap += 1
            } else {
                if seenContent && gap > 0 { counts[gap, default: 0] += 1 }
                seenContent = true
                gap = 0
            }
        }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? 1
    }

    func parse() -> [Block] {
        var blocks: [Block] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            if lines[index].isBlank {
                index += 1
                continue
            }
            index = parseBlock(at: index, into: &blocks)
        }
        return blocks
    }

    /// Parses the block starting at a content line; returns the index after it.
    private func parseBlock(at start: Int, into blocks: inout [Block]) -> Int {
        let line = lines[start]
        let text = line.text
        if LineMarks.isFence(text) { return parseCode(at: start, into: &blocks) }
        if LineMarks.isTableTop(text), let (table, end) = DrawnTable.parse(lines, at: start, caption: nil) {
            blocks.append(.table(table))
            return end
        }
        if let caption = LineMarks.tableCaption(text), let next = nextContent(after: start),
           LineMarks.isTableTop(lines[next].text), let (table, end) = DrawnTable.parse(lines, at: next, caption: caption) {
            blocks.append(.table(table))
            return end
        }
        if let caption = LineMarks.figureCaption(text) {
            blocks.append(.figure(Figure(caption: caption.isEmpty ? [] : [.text(caption)])))
            return start + 1
        }
        if LineMarks.isDivider(text) {
            blocks.append(.divider)
            return start + 1
        }
        if depth < Self.maximumDepth, LineMarks.quoted(text) != nil { return parseQuote(at: start, into: &blocks) }
        if LineMarks.listMarker(text) != nil { return parseList(at: start, into: &blocks) }
        return parseRun(at: start, into: &blocks)
    }

    /// The index of the next content line after `index`, if any.
    private func nextContent(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.endIndex, lines[next].isBlank { next += 1 }
        return next < lines.endIndex ? next : nil
    }

    private func gap(before index: Int) -> Int {
        var count = 0, probe = index - 1
        while probe >= lines.startIndex, lines[probe].isBlank { count += 1; probe -= 1 }
        return probe < lines.startIndex ? normalGap : count
    }

    private func gap(after index: Int) -> Int {
        var count = 0, probe = index + 1
        while probe < lines.endIndex, lines[probe].isBlank { count += 1; probe += 1 }
        return probe >= lines.endIndex ? normalGap : count
    }

    /// Whether a line inside a run starts a block of its own kind.
    private func startsOwnBlock(_ text: String) -> Bool {
        LineMarks.figureCaption(text) != nil || LineMarks.isFence(text) || LineMarks.isTableTop(text)
            || LineMarks.listMarker(text) != nil || (depth < Self.maximumDepth && LineMarks.quoted(text) != nil)
    }

    /// A run of text lines: an underlined heading, or paragraphs split by indentation and line rhythm.
    private func parseRun(at start: Int, into blocks: inout [Block]) -> Int {
        var end = start + 1
        while end < lines.endIndex, !lines[end].isBlank, !startsOwnBlock(lines[end].text) {
            if let level = LineMarks.underlineLevel(lines[end].text) {
                let heading = CJK.joinLines(lines[start..<end].lazy.map(\.text))
                blocks.append(.heading(Heading(level: level, content: [.text(heading)])))
                return end + 1
            }
            end += 1
        }
        let run = lines[start..<end]
        let groups = Self.paragraphs(in: run)
        for (position, group) in groups.enumerated() {
            let text = group.count == 1 ? group[group.startIndex].text : CJK.joinLines(group.lazy.map(\.text))
            if let note = LineMarks.note(text) {
                blocks.append(.note(Note(kind: note.kind, blocks: [.paragraph([.text(note.text)])])))
                continue
            }
            let last = group.endIndex - 1
            let context = HeadingContext(
                text: text, width: group.reduce(0) { $0 + $1.width }, indentation: group[group.startIndex].indentation,
                gapBefore: position == 0 ? gap(before: start) : 0,
                gapAfter: position == groups.count - 1 ? gap(after: last) : 0,
                normalGap: normalGap,
                next: position == groups.count - 1 ? nextContent(after: last).map { lines[$0] } : groups[position + 1].first)
            if let level = headingRule(context) {
                blocks.append(.heading(Heading(level: level, content: [.text(text)])))
            } else {
                blocks.append(.paragraph([.text(text)]))
            }
        }
        return end
    }

    /// Splits a run of lines into paragraphs: a line starts a new one when it is indented past the
    /// run's margin, follows a short line or a finished CJK sentence on an evenly indented run,
    /// or begins a log record.
    static func paragraphs(in run: ArraySlice<TextLine>) -> [ArraySlice<TextLine>] {
        guard run.count > 1 else { return [run] }
        let margin = run.lazy.map(\.indentation).min() ?? 0
        let widest = run.lazy.map { $0.width + $0.indentation }.max() ?? 0
        // A hard-wrapped run fills its lines to one width; one that is not keeps a paragraph a line.
        let full = run.dropLast().filter { $0.width + $0.indentation >= widest - 4 }.count
        let hardWrapped = run.count >= 3 && full * 10 >= (run.count - 1) * 7
        var groups: [ArraySlice<TextLine>] = []
        var groupStart = run.startIndex
        for index in run.indices.dropFirst() {
            let line = run[index], previous = run[index - 1]
            let previousEnd = previous.width + previous.indentation
            let cjkSentence = LineMarks.endsSentence(previous.text) && (previous.text.unicodeScalars.last.map(CJK.isWide) ?? false)
            let breaks = line.indentation > margin
                || (widest >= 30 && previousEnd * 10 < widest * 6)
                || ((margin > 0 || !hardWrapped) && line.indentation == previous.indentation && cjkSentence)
                || LineMarks.isRecordStart(line.text)
            if breaks {
                groups.append(run[groupStart..<index])
                groupStart = index
            }
        }
        groups.append(run[groupStart..<run.endIndex])
        return groups
    }

    private func parseCode(at start: Int, into blocks: inout [Block]) -> Int {
        let language = lines[start].text.dropFirst(3).trimmingCharactersInWhitespace()
        var body: [String] = []
        var index = start + 1
        while index < lines.endIndex, !LineMarks.isFence(lines[index].text) {
            let line = lines[index]
            body.append(String(repeating: " ", count: line.indentation) + line.text)
            index += 1
        }
        blocks.append(.codeBlock(CodeBlock(language: language.isEmpty ? nil : language, text: body.joined(separator: "\n"))))
        return min(index + 1, lines.endIndex)
    }

    private func parseQuote(at start: Int, into blocks: inout [Block]) -> Int {
        var inner: [TextLine] = []
        var index = start
        while index < lines.endIndex, let rest = LineMarks.quoted(lines[index].text) {
            var line = lines[index]
            let trimmed = rest.drop { $0 == " " }
            line.indentation = rest.count - trimmed.count
            line.text = String(trimmed)
            line.width = CJK.displayWidth(of: line.text)
            inner.append(line)
            index += 1
        }
        let parser = BlockParser(lines: inner[...], depth: depth + 1, headingRule: headingRule)
        blocks.append(.blockQuote(parser.parse()))
        return index
    }

    private func parseList(at start: Int, into blocks: inout [Block]) -> Int {
        guard let first = LineMarks.listMarker(lines[start].text) else { return start + 1 }
        var items: [[Block]] = []
        var index = start
        var end = start
        while index < lines.endIndex, let marker = LineMarks.listMarker(lines[index].text), marker.isOrdered == first.isOrdered {
            var pieces = [String(marker.text)]
            index += 1
            while index < lines.endIndex, !lines[index].isBlank, !startsOwnBlock(lines[index].text),
                  LineMarks.underlineLevel(lines[index].text) == nil {
                pieces.append(lines[index].text)
                index += 1
            }
            items.append([.paragraph([.text(CJK.joinLines(pieces))])])
            end = index
            guard let next = nextContent(after: index - 1) else { break }
            index = next
        }
        blocks.append(.list(List(isOrdered: first.isOrdered, start: first.number, items: items)))
        return end
    }
}
