import Foundation
import FolioCore

/// Writes a document as CommonMark with GFM pipe tables and a YAML metadata block.
///
/// No line is wrapped: a paragraph is one line (hard breaks aside), so no break ever falls inside
/// a Chinese sentence, where a renderer would show it as a space. Figures are images alone in a
/// paragraph (pandoc's figures), notes block quotes led by their kind in bold, quoted text “…”.
/// What Markdown cannot say is left out: heading identifiers, an indicator table's role, a
/// figure's alternative text beside its caption, cell alignments.
public struct MarkdownWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Writes the document, ending in a newline; `fragment` leaves the YAML metadata block out,
    /// as pandoc does without `-s`.
    public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        WriterOutput(data: Data(Self.markdown(document, withMetadata: !context.options.flag("fragment")).utf8))
    }

    /// The document as Markdown text, opening with its YAML metadata block unless `withMetadata` is false.
    public static func markdown(_ document: Document, withMetadata: Bool = true) -> String {
        var lines = withMetadata ? FrontMatter.lines(for: document.metadata) : []
        let body = blocks(document.blocks)
        if !lines.isEmpty, !body.isEmpty { lines.append("") }
        lines += body
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Blocks

    /// Blocks separated by blank lines; two lists of the same kind in a row are kept apart by an
    /// empty HTML comment, as Markdown would otherwise join them.
    private static func blocks(_ blocks: [Block], separated: Bool = true) -> [String] {
        var lines: [String] = []
        var previousList: Bool?
        for block in blocks {
            let rendered = self.block(block)
            guard !rendered.isEmpty else { continue }
            if !lines.isEmpty, separated { lines.append("") }
            if case .list(let list) = block {
                if previousList == list.isOrdered { lines += separated ? ["<!-- -->", ""] : ["", "<!-- -->", ""] }
                previousList = list.isOrdered
            } else {
                previousList = nil
            }
            lines += rendered
        }
        return lines
    }

    private static func block(_ block: Block) -> [String] {
        switch block {
        case .heading(let heading):
            let text = InlineRenderer(breaks: .space).render(heading.content)
            return [String(repeating: "#", count: heading.level) + (text.isEmpty ? "" : " " + text)]
        case .paragraph(let content):
            return paragraph(content)
        case .figure(let figure):
            guard let image = figure.image else { return paragraph(figure.caption) }
            let description = figure.caption.isEmpty
                ? InlineRenderer.escaped(InlineRenderer.flattened(image.alternative), atLineStart: false)
                : InlineRenderer(breaks: .space).render(figure.caption)
            return ["![" + description + "](" + InlineRenderer.destination(image.source, title: image.title) + ")"]
        case .blockQuote(let inner):
            return quoted(blocks(inner))
        case .list(let list):
            return self.list(list)
        case .table(let table):
            return MarkdownTable(table: table).lines
        case .codeBlock(let code):
            return codeBlock(code)
        case .divider:
            return ["* * *"]
        case .note(let note):
            let label: [Block] = note.kind.map { $0.isEmpty ? [] : [.paragraph([.strong([.text($0)])])] } ?? []
            return quoted(blocks(label + note.blocks))
        }
    }

    private static func paragraph(_ content: [Inline]) -> [String] {
        let text = InlineRenderer().render(content)
        return text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private static func quoted(_ lines: [String]) -> [String] {
        lines.map { $0.isEmpty ? ">" : "> " + $0 }
    }

    /// A list: tight when each item is at most one paragraph besides nested lists, loose otherwise.
    private static func list(_ list: List) -> [String] {
        let tight = list.items.allSatisfy { item in
            item.filter { if case .paragraph = $0 { true } else { false } }.count <= 1
                && item.allSatisfy { if case .paragraph = $0 { true } else if case .list = $0 { true } else { false } }
        }
        var lines: [String] = []
        let start = min(max(list.start, 0), 999_999_999)
        for (index, item) in list.items.enumerated() {
            let marker = list.isOrdered ? "\(start + index). " : "- "
            let indent = String(repeating: " ", count: marker.count)
            let content = blocks(item, separated: !tight)
            if !tight, index > 0 { lines.append("") }
            guard let first = content.first else {
                lines.append(String(marker.dropLast()))
                continue
            }
            lines.append(marker + first)
            lines += content.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return lines
    }

    /// A fenced code block, fenced by more backticks than any run in the text.
    private static func codeBlock(_ code: CodeBlock) -> [String] {
        let fence = String(repeating: "`", count: max(3, InlineRenderer.longestBacktickRun(in: code.text) + 1))
        let language = code.language.map { $0.contains("`") || $0.contains(where: \.isWhitespace) ? "" : $0 } ?? ""
        var text = code.text
        while text.hasSuffix("\n") { text.removeLast() }
        return [fence + language] + (text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) + [fence]
    }
}
