import Folio
import TextFormat

/// The text layout of the 江岸晚报 page dumps: a masthead line, a 【kicker】, the title, a ——subtitle
/// and a `文/… 图/…` byline, then the body.
///
/// A ``PageLayout`` teaches Folio's text reader another paper's layout; the reader tries it
/// before the e-paper layout it ships with (see ``eveningPaperTextFormat``), so `.txt` pages of
/// this paper and of others both convert, and `--layout evening-paper` forces it.
public struct EveningPaperLayout: PageLayout {
    /// Creates the layout.
    public init() {}

    /// `evening-paper`.
    public var name: String { "evening-paper" }

    /// The document, or nil when the first line is not this paper's masthead.
    public func document(from page: TextPage) throws -> Document? {
        var lines = page.lines.drop { $0.isBlank }
        guard let first = lines.first, var metadata = Masthead.metadata(first.text) else { return nil }
        lines = lines.dropFirst().drop { $0.isBlank || $0.text.allSatisfy { $0 == "━" } }
        if let kicker = lines.first?.text, kicker.hasPrefix("【"), kicker.hasSuffix("】") {
            metadata.introTitle = String(kicker.dropFirst().dropLast())
            lines = lines.dropFirst()
        }
        guard let title = lines.first, !title.isBlank else { return nil }
        metadata.title = title.text
        lines = lines.dropFirst()
        if let subtitle = lines.first?.text, subtitle.hasPrefix("——") {
            metadata.subtitle = String(subtitle.dropFirst(2))
            lines = lines.dropFirst()
        }
        if let byline = lines.first?.text, byline.hasPrefix("文/") {
            Self.readByline(byline, into: &metadata)
            lines = lines.dropFirst()
        }
        return Document(metadata: metadata, blocks: PlainLayout.blocks(from: ArraySlice(lines)).map(Self.subheading))
    }

    /// This paper sets subheads as short paragraphs of their own without final punctuation.
    private static func subheading(_ block: Block) -> Block {
        guard case .paragraph(let content) = block, case let text = content.plainText,
              text.count <= 12, let last = text.last, !"。！？…”）".contains(last) else { return block }
        return .heading(Heading(level: 2, content: content))
    }

    /// `文/梁文舟 许蔓  图/东港客运站`: writers are authors, the photo credit is a credit.
    private static func readByline(_ line: String, into metadata: inout Metadata) {
        for part in line.split(separator: " ") {
            if part.hasPrefix("文/") {
                metadata.authors.append(Author(name: String(part.dropFirst(2)), role: "文"))
            } else if part.hasPrefix("图/") {
                metadata.credits.append(String(part))
            } else if let last = metadata.authors.last, last.role == "文", metadata.credits.isEmpty {
                metadata.authors.append(Author(name: String(part), role: "文"))
            }
        }
    }
}

/// The masthead line: `江岸晚报 2025年3月14日 星期五 第A5版：港口经济`.
enum Masthead {
    /// The paper, date, edition and section, or nil when the line is no masthead of an evening paper.
    static func metadata(_ line: String) -> Metadata? {
        let words = line.split(separator: " ")
        guard let paper = words.first, paper.hasSuffix("晚报"), words.count >= 3 else { return nil }
        var metadata = Metadata(publication: String(paper), language: "zh-CN")
        for word in words.dropFirst() {
            if let date = isoDate(word) {
                metadata.date = date
            } else if word.hasPrefix("第"), let mark = word.firstIndex(of: "版") {
                metadata.edition = String(word[word.index(after: word.startIndex)..<mark])
                let rest = word[word.index(after: mark)...].drop { $0 == "：" || $0 == ":" }
                if !rest.isEmpty { metadata.section = String(rest) }
            }
        }
        return metadata.date == nil || metadata.edition == nil ? nil : metadata
    }

    /// `2025年3月14日` as `2025-03-14`.
    private static func isoDate(_ word: Substring) -> String? {
        let numbers = word.split { $0 == "年" || $0 == "月" || $0 == "日" }.compactMap { Int($0) }
        guard word.hasSuffix("日"), numbers.count == 3, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(numbers[0])-\(twoDigits(numbers[1]))-\(twoDigits(numbers[2]))"
    }
}

/// The `text` format with this paper's layout tried first, then Folio's news page layout.
public let eveningPaperTextFormat = TextFormatPlugin(reader: TextReader(layouts: [EveningPaperLayout(), NewsPageLayout()]))
