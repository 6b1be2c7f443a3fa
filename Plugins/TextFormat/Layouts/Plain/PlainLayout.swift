import FolioCore

/// The layout of text that is no newspaper page: paragraphs from the blank-line and indentation
/// rhythm, lists, quotes, drawn tables and underlined or chapter headings, and no metadata
/// beyond a title the text writer underlined with `═` on the first line.
public struct PlainLayout: PageLayout {
    /// Creates the layout.
    public init() {}

    /// `plain`.
    public var name: String { "plain" }

    /// Always a document: plain text is every text's last resort.
    public func document(from page: TextPage) throws -> Document? {
        var lines = page.lines[...]
        var metadata = Metadata()
        if let first = lines.firstIndex(where: { !$0.isBlank }), first + 1 < lines.endIndex,
           LineMarks.underlineLevel(lines[first + 1].text) == 1 {
            metadata.title = lines[first].text
            lines = lines[(first + 2)...]
        }
        return Document(metadata: metadata, blocks: Self.blocks(from: lines))
    }

    /// The blocks of a run of lines, for layouts that find a page's header themselves and leave
    /// its body to plain rules.
    public static func blocks(from lines: ArraySlice<TextLine>) -> [Block] {
        BlockParser(lines: lines, headingRule: { LineMarks.isChapterHeading($0.text) ? 1 : nil }).parse()
    }
}
