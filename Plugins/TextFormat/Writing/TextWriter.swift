import Foundation
import FolioCore

/// Writes a document as readable plain text that the text reader reads back to the same document.
///
/// The page opens with a metadata line (`宁波日报 · 2021-03-01 · 第A7版 · 政治纵深·党建`), the
/// intro title, the title underlined with `═`, the `——`subtitle, the byline and the credits.
/// Headings are underlined (`═` for level 1, `─` below), figures are `[图] caption` lines
/// (in the document's language: ``CaptionMarks``; a picture without caption or alternative text
/// shows its address only with `links=inline`), lists
/// use `1.` and `•`, quotes `> `, tables are drawn with box characters aligned by display width,
/// and CJK paragraphs are indented by two ideographic spaces; an indicator table with the
/// standard columns is listed compactly (``IndicatorListing``). Options: `columns` (default 72)
/// wraps by display width, CJK counting two; `wrap=none` keeps each paragraph on one line;
/// `links=inline` prints each link's address after its words (by default a link is its words
/// alone, as a reader of the text sees it); `fragment` leaves the header out (publication, date,
/// titles, byline and credits), as pandoc's plain text without `-s` and trafilatura's text do, so
/// the text is the body alone and the text reader no longer reads the metadata back from it;
/// `indicator-view` changes nothing, since text has no charts and every view gives the listing.
public struct TextWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Writes the document as UTF-8 text ending in a newline.
    public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        let columns = try context.options.integer("columns", default: 72, in: 8...100_000)
        let wrap = try context.options.choice("wrap", among: ["auto", "none"], default: "auto")
        let links = try context.options.choice("links", among: ["text", "inline"], default: "text")
        let renderer = TextRenderer(width: wrap == "none" ? nil : columns, isCJK: Self.isCJK(document), language: document.metadata.language,
                                    showsLinkTargets: links == "inline", showsHeader: !context.options.flag("fragment"))
        return WriterOutput(data: Data(renderer.render(document).utf8))
    }

    /// Whether the document is Chinese, Japanese or Korean, by its language or else its first text.
    static func isCJK(_ document: Document) -> Bool {
        if let language = document.metadata.language?.lowercased() {
            return ["zh", "ja", "ko"].contains { language.hasPrefix($0) }
        }
        let sample = (document.metadata.title ?? "") + document.blocks.prefix(3).map(\.plainText).joined()
        let wide = sample.unicodeScalars.filter(CJK.isIdeographic).count
        return wide * 3 > sample.unicodeScalars.count
    }
}

/// Lays out one document's text.
struct TextRenderer {
    /// The wrap width in columns, or nil to keep paragraphs on one line.
    let width: Int?
    /// Whether paragraphs get a first-line indent of two ideographic spaces.
    let isCJK: Bool
    /// The document's language (BCP 47), for the words of the indicator listing.
    let language: String?
    /// Whether a link's address follows its words (`links=inline`).
    let showsLinkTargets: Bool
    /// Whether the page opens with the metadata line, titles, byline and credits (not `fragment`).
    let showsHeader: Bool
    /// The marks before figure and table captions, in the document's language.
    let captionMarks: CaptionMarks

    init(width: Int?, isCJK: Bool, language: String?, showsLinkTargets: Bool = false, showsHeader: Bool = true) {
        self.width = width
        self.isCJK = isCJK
        self.language = language
        self.showsLinkTargets = showsLinkTargets
        self.showsHeader = showsHeader
        captionMarks = CaptionMarks(language: language, isCJK: isCJK)
    }

    static let paragraphIndent = "\u{3000}\u{3000}"

    func render(_ document: Document) -> String {
        let sections = showsHeader ? header(document.metadata) : []
        // Each top-level block goes straight into the output, so that a huge document is held
        // once as text rather than also as an array of its lines.
        var output = ""
        func append(_ lines: [String]) {
            guard !lines.isEmpty else { return }
            if !output.isEmpty { output += "\n" }
            for line in lines { output += line; output += "\n" }
        }
        sections.forEach(append)
        for block in document.blocks {
            var lines: [String] = []
            render(block, width: width, into: &lines)
            append(lines)
        }
        return output
    }

    /// The header's sections: the metadata line, the titles, and the byline with the credits.
    func header(_ metadata: Metadata) -> [[String]] {
        var sections: [[String]] = []
        let fields = [metadata.publication, metadata.date,
                      metadata.edition.map { WrittenHeader.editionLabel($0, cjk: isCJK) }, metadata.section].compactMap { $0 }
        if !fields.isEmpty {
            // Read back, the line is known by its date, edition or paper's name (…报).
            sections.append([fields.joined(separator: " · ")])
        }
        var head: [String] = []
        if let intro = metadata.introTitle { head.append(intro) }
        if let title = metadata.title {
            head.append(title)
            head.append(String(repeating: "═", count: max(3, CJK.displayWidth(of: title))))
        }
        if let subtitle = metadata.subtitle { head.append("——" + subtitle) }
        if !head.isEmpty { sections.append(head) }
        var byline: [String] = []
        byline += Self.byline(metadata.bylineAuthors)
        byline += metadata.credits
        if !byline.isEmpty { sections.append(byline) }
        return sections
    }

    /// `记者 黄合 通讯员 勇祖轩`: consecutive authors of one role share it; no roles gives `By A, B`.
    static func byline(_ authors: [Author]) -> [String] {
        guard !authors.isEmpty else { return [] }
        if authors.allSatisfy({ $0.role == nil }) {
            // Names alone: `By A, B` in English, `孔一帆 贾二` as Chinese papers sign.
            let isCJK = authors.contains { $0.name.unicodeScalars.contains(where: CJK.isIdeographic) }
            return [isCJK ? authors.map(\.name).joined(separator: " ") : "By " + authors.map(\.name).joined(separator: ", ")]
        }
        // Writers share one line, consecutive authors of one role sharing it; photographers
        // follow on their own line, their names before 摄.
        var words: [String] = []
        var role: String??
        for author in authors where !author.isPhotographer {
            if role != .some(author.role) {
                words.append(author.role ?? "作者")
                role = .some(author.role)
            }
            words.append(author.name)
        }
        var lines = words.isEmpty ? [] : [words.joined(separator: " ")]
        for mark in Author.trailingRoles.sorted() {
            let names = authors.filter { $0.role == mark }.map(\.name)
            if !names.isEmpty { lines.append((names + [mark]).joined(separator: " ")) }
        }
        return lines
    }

    /// Renders blocks separated by blank lines.
    func render(_ blocks: [Block], width: Int?, into lines: inout [String]) {
        for block in blocks {
            var rendered: [String] = []
            render(block, width: width, into: &rendered)
            if rendered.isEmpty { continue }
            if !lines.isEmpty { lines.append("") }
            lines += rendered
        }
    }

    private func render(_ block: Block, width: Int?, into lines: inout [String]) {
        switch block {
        case .heading(let heading):
            let words = text(heading.content)
            let wrapped = wrap(words, width: width)
            lines += wrapped
            let underline: Character = heading.level == 1 ? "═" : "─"
            lines.append(String(repeating: underline, count: max(3, wrapped.map { CJK.displayWidth(of: $0) }.max() ?? 0)))
        case .paragraph(let inlines):
            lines += paragraph(text(inlines), width: width, indent: isCJK ? Self.paragraphIndent : "")
        case .figure(let figure):
            var caption = text(figure.caption)
            // A picture without words is its alternative text, or its address only where addresses are asked for.
            if caption.isEmpty { caption = figure.image.map { $0.alternative.isEmpty && showsLinkTargets ? $0.source : $0.alternative } ?? "" }
            let mark = captionMarks.figure
            lines.append(caption.isEmpty ? mark : mark + " " + Self.oneLine(caption))
        case .blockQuote(let blocks):
            var inner: [String] = []
            render(blocks, width: width.map { max(8, $0 - 2) }, into: &inner)
            lines += inner.map { $0.isEmpty ? ">" : "> " + $0 }
        case .list(let list):
            for (offset, item) in list.items.enumerated() {
                let marker = list.isOrdered ? "\(list.start + offset). " : "• "
                let hang = String(repeating: " ", count: CJK.displayWidth(of: marker))
                var inner: [String] = []
                for block in item {
                    if case .paragraph(let inlines) = block {
                        inner += paragraph(text(inlines), width: width.map { max(8, $0 - hang.count) }, indent: "")
                    } else {
                        render([block], width: width.map { max(8, $0 - hang.count) }, into: &inner)
                    }
                }
                if inner.isEmpty { inner = [""] }
                lines.append(marker + inner[0])
                lines += inner.dropFirst().map { $0.isEmpty ? $0 : hang + $0 }
            }
        case .table(let table):
            if let rows = table.indicatorRows {
                lines += IndicatorListing.lines(for: rows, wording: IndicatorWording(language: language, rows: rows), width: width)
                return
            }
            let caption = text(table.caption)
            if !caption.isEmpty { lines.append(captionMarks.table + " " + Self.oneLine(caption)) }
            lines += TableDrawing.lines(for: table, width: width)
        case .codeBlock(let code):
            lines.append("```" + (code.language ?? ""))
            lines += code.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append("```")
        case .divider:
            lines.append("* * *")
        case .note(let note):
            guard let kind = note.kind, case .paragraph(let first)? = note.blocks.first else {
                render(.blockQuote(note.blocks), width: width, into: &lines)
                return
            }
            lines += paragraph(kind + "：" + text(first), width: width, indent: isCJK ? Self.paragraphIndent : "")
            var rest: [String] = []
            render(Array(note.blocks.dropFirst()), width: width, into: &rest)
            if !rest.isEmpty { lines.append(""); lines += rest }
        }
    }

    /// A paragraph's lines: each forced line break starts a line, each piece wrapped.
    private func paragraph(_ text: String, width: Int?, indent: String) -> [String] {
        var lines: [String] = []
        let pieces = text.utf8.contains(0x0A) ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
        for (index, piece) in pieces.enumerated() {
            let lead = index == 0 ? indent : ""
            let wrapped = wrap(String(piece), width: width, firstIndent: CJK.displayWidth(of: lead))
            lines.append(lead + wrapped[0])
            lines += wrapped.dropFirst()
        }
        return lines
    }

    private func wrap(_ text: String, width: Int?, firstIndent: Int = 0) -> [String] {
        guard let width else { return [text] }
        return LineBreaker.wrap(text, width: width, firstIndent: firstIndent)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The text of inlines: links as their words (followed by their address with
    /// ``showsLinkTargets``), quotes in “ ”, line breaks as newlines.
    func text(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .link(let link):
                let label = text(link.content)
                result += label
                if showsLinkTargets, !link.target.isEmpty, label != link.target { result += " <\(link.target)>" }
            case .emphasis(let inner), .strong(let inner):
                result += text(inner)
            case .quoted(let inner):
                result += "“" + text(inner) + "”"
            default:
                result += inline.plainText
            }
        }
        return result
    }
}

/// The marks that open figure and table captions, in the document's language: `[图]` and `[表]`
/// in simplified Chinese (and CJK text of no stated language), `[圖]` in traditional Chinese,
/// `[図]` in Japanese, `[그림]` and `[표]` in Korean, `[Figure]` and `[Table]` elsewhere. The text
/// reader knows each of them (``LineMarks``).
struct CaptionMarks {
    /// The mark before a figure's caption.
    let figure: String
    /// The mark before a table's caption.
    let table: String

    static let simplifiedChinese = CaptionMarks(figure: "[图]", table: "[表]")
    static let traditionalChinese = CaptionMarks(figure: "[圖]", table: "[表]")
    static let japanese = CaptionMarks(figure: "[図]", table: "[表]")
    static let korean = CaptionMarks(figure: "[그림]", table: "[표]")
    static let english = CaptionMarks(figure: "[Figure]", table: "[Table]")
    /// Every language's marks: what the text reader reads back.
    static let all = [simplifiedChinese, traditionalChinese, japanese, korean, english]

    private init(figure: String, table: String) {
        self.figure = figure
        self.table = table
    }

    /// The marks for a document in `language` (BCP 47), whose text is CJK when `isCJK`.
    init(language: String?, isCJK: Bool) {
        let tags = (language ?? "").lowercased().split(separator: "-")
        switch tags.first {
        case "ja": self = .japanese
        case "ko": self = .korean
        case "zh" where tags.dropFirst().contains { ["hant", "tw", "hk", "mo"].contains($0) }: self = .traditionalChinese
        case _ where isCJK: self = .simplifiedChinese
        default: self = .english
        }
    }
}
