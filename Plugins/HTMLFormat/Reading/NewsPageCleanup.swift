import FolioCore
import FolioNewspaper

/// The news-page reading of FolioNewspaper applied to an HTML page that no publishing system
/// marks: the page's text, block by block, is read as a news page is read in a text dump.
///
/// What the reading finds fills the metadata the page's `<meta>` tags left empty (date,
/// source, publication, authors, credits) and corrects a `<title>` that carries the site's name
/// around the headline; the extracted article then loses the blocks the reading calls chrome,
/// datelines, bylines or the headline itself, and its photo captions become figures.
struct NewsPageCleanup {
    /// The reading of the whole page.
    let page: NewsPage
    /// The page's blocks, one per line of the reading.
    private let lineTexts: [String]

    /// Reads the page from all its blocks (the whole body, extracted or not).
    init(pageBlocks: [Block], title: String?, knownChrome: Set<String>) {
        var lines: [PageLine] = []
        var texts: [String] = []
        func add(_ block: Block) {
            switch block {
            case .paragraph(let content) where Self.showsPicturesOnly(content):
                // A logo or picture shows its alternative text to no reader: it is no line of the page.
                return
            case .paragraph, .heading:
                let text = Self.normalized(block.plainText)
                guard !text.isEmpty else { return }
                var line = PageLine(text: text)
                if let title, Self.normalized(title) == text { line.hint = .title }
                lines.append(line)
                texts.append(text)
                lines.append(PageLine(text: ""))
                texts.append("")
            case .blockQuote(let inner):
                inner.forEach(add)
            case .table(let table):
                // Old sites lay their pages out in tables: each cell is a line of the page.
                for row in table.head + table.body + table.foot {
                    for cell in row.cells where !cell.content.isEmpty { add(.paragraph(cell.content)) }
                }
            case .list(let list):
                // An item that is a dateline (`来源：某某日报 编辑：王一` in a `<li>`) is read as one;
                // the list itself is body, a menu's words too few to be chrome alone.
                for item in list.items {
                    for case .paragraph(let content) in item where Dateline(Self.normalized(content.plainText)) != nil {
                        add(.paragraph(content))
                    }
                }
                lines.append(PageLine(text: Self.normalized(block.plainText), hint: .body))
                texts.append("")
            case .figure(let figure):
                let text = Self.normalized(figure.caption.plainText)
                guard !text.isEmpty else { return }
                lines.append(PageLine(text: text, hint: .caption))
                texts.append(text)
            default:
                lines.append(PageLine(text: Self.normalized(block.plainText), hint: .body))
                texts.append("")
            }
        }
        pageBlocks.forEach(add)
        page = NewsPage(lines: lines, knownChrome: knownChrome, isWebPage: true)
        lineTexts = texts
    }

    /// Whether the page reads as an article: some prose is left when the reading is done.
    var isArticle: Bool {
        page.lines.indices.contains { page.roles[$0] == .body && LineShape.isProse(page.lines[$0].text) }
    }

    /// Fills the metadata from the reading, keeping what the page's tags state.
    func apply(to metadata: inout Metadata) {
        guard isArticle else { return }
        var found = page.metadata
        found.date = found.date ?? timestampDate
        let stated = metadata
        metadata = stated.filling(from: found)
        // A `<title>` often wraps the headline in the site's name (`标题 - 某某网`), or is the name alone (`某某校报电子版`).
        if let headline = found.title, let title = stated.title, title != headline {
            let namesOutlet = Dateline.isOutletName(title)
            if namesOutlet || title.containsUTF8(headline) { metadata.title = headline }
            if namesOutlet { metadata.publication = metadata.publication ?? title }
        }
        // The byline's roles are richer than a bare `<meta name=author>`; an account or an outlet
        // is no author (a field naming the site by its address never became one: ``HTMLMetadata``).
        let people = stated.authors.filter { Self.isPersonName($0.name) }
        let foundNames = Set(found.authors.map(\.name))
        metadata.authors = !found.authors.isEmpty && people.allSatisfy({ foundNames.contains($0.name) }) ? found.authors : people
        metadata.credits = stated.credits + found.credits.filter { !stated.credits.contains($0) }
    }

    /// The date of the first short line that prints a date with a clock time or a source
    /// (`2005-04-05 06:40更新 来源：…`, `SITE.COM　2005年3月11日12:12来源：…`): portals print their
    /// timestamp line in shapes no dateline reading covers, with the site's address or a status glued on.
    private var timestampDate: String? {
        for line in page.lines where line.text.utf8.count <= 240 && line.text.utf8.lazy.filter({ (0x30...0x39).contains($0) }).count >= 8 {
            guard let match = NewsDate.first(in: line.text) else { continue }
            if match.hasTime || Self.sourceKeys.contains(where: { line.text.containsUTF8($0) }) { return match.iso }
        }
        return nil
    }

    private static let sourceKeys = ["来源", "來源", "发布", "發布", "稿源"]

    /// The article's blocks without what the reading set aside, with its captions as figures.
    func cleaned(_ blocks: [Block]) -> [Block] {
        guard isArticle else { return blocks }
        var roles: [String: NewsPage.Role] = [:]
        let firstArticle = page.articles.first?.lines ?? 0..<0
        for (index, text) in lineTexts.enumerated() where !text.isEmpty && roles[text] == nil {
            let role = page.roles[index]
            // Later articles keep their bylines; chrome and datelines go wherever they stand.
            if role == .byline && !firstArticle.contains(index) { continue }
            roles[text] = role
        }
        return blocks.compactMap { block in
            guard case .paragraph(let content) = block else { return block }
            switch roles[Self.normalized(block.plainText)] {
            case .skipped?, .metadata?, .byline?, .headline?: return nil
            case .caption?: return .figure(Figure(caption: content))
            default: return block
            }
        }
    }

    /// A meta author that is a person, not a site's address or account id, nor a paper or site (`某某网`).
    static func isPersonName(_ name: String) -> Bool {
        !name.contains("/") && !name.contains(".") && !name.contains("_") && name.hasAtMostCharacters(20) && !Dateline.isOutletName(name)
    }

    /// Whether inlines show nothing but pictures (a logo, an icon, a photo without words).
    static func showsPicturesOnly(_ content: [Inline]) -> Bool {
        var sawPicture = false
        func visit(_ inlines: [Inline]) -> Bool {
            inlines.allSatisfy { inline in
                switch inline {
                case .image: sawPicture = true; return true
                case .link(let link): return visit(link.content)
                case .strong(let inner), .emphasis(let inner): return visit(inner)
                case .text(let text): return text.allSatisfy(\.isWhitespace)
                case .lineBreak: return true
                default: return false
                }
            }
        }
        return visit(content) && sawPicture
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
