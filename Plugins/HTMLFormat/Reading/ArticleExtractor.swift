import FolioCore
import FolioMarkup

/// Finds the main article of a full site page, leaving out navigation, sidebars, ads and footers.
///
/// Readability's idea, kept small: every paragraph-like element scores by its text (length and
/// commas) and gives that score to its parent and, halved, to its grandparent; class and id
/// names such as `content`, `article`, `main` raise a container's score, `nav`, `footer`,
/// `sidebar`, `ad` lower it; the score is then scaled by the share of text that is not link
/// text. The best container wins when it clearly holds an article; else the whole body is kept.
/// One pass over the tree gathers the text statistics and the scores together.
struct ArticleExtractor {
    /// What the pass learns about one element.
    private struct Candidate {
        let node: MarkupNode
        var textLength = 0
        var linkTextLength = 0
        var commas = 0
        var score: Double?
    }

    private var candidates: [Candidate] = []

    /// The element holding the article, or nil when the body itself is the article.
    static func mainContent(of body: MarkupNode) -> MarkupNode? {
        var extractor = ArticleExtractor()
        extractor.candidates.reserveCapacity(256)
        extractor.candidates.append(Candidate(node: body))
        extractor.gather(0, insideLink: false, parent: nil, grandparent: nil)
        let total = extractor.candidates[0].textLength
        guard total > 0 else { return nil }
        var best: (index: Int, score: Double)?
        for (index, candidate) in extractor.candidates.enumerated() {
            guard let score = candidate.score else { continue }
            let linkDensity = candidate.textLength > 0 ? Double(candidate.linkTextLength) / Double(candidate.textLength) : 1
            let final = score * (1 - linkDensity)
            // Ties go to the earlier element, so every run picks the same one.
            if final > (best?.score ?? -Double.infinity) { best = (index, final) }
        }
        guard let best, best.score >= 20, best.index != 0 else { return nil }
        // When the winner holds nearly everything, nothing around it is chrome worth removing.
        if Double(extractor.candidates[best.index].textLength) >= 0.95 * Double(total) { return nil }
        return extractor.candidates[best.index].node
    }

    /// Whether an element's class or id marks it as page chrome (navigation, ads, share bars).
    static func isChrome(_ node: MarkupNode) -> Bool {
        node.isElement && !node.isElement(named: "body") && weight(of: node) < 0
    }

    // MARK: - The pass

    /// Gathers the statistics of candidate `index` from its children, then scores it into its
    /// parent and grandparent if it is paragraph-like.
    private mutating func gather(_ index: Int, insideLink: Bool, parent: Int?, grandparent: Int?) {
        let node = candidates[index].node
        var ownText = 0
        for child in node.children {
            switch child.kind {
            case .text:
                let counts = child.withUTF8Text(Self.count)
                ownText += counts.length
                candidates[index].textLength += counts.length
                candidates[index].commas += counts.commas
                if insideLink { candidates[index].linkTextLength += counts.length }
            case .element:
                let name = child.name
                if Self.ignored.contains(name) { continue }
                let childIndex = candidates.count
                candidates.append(Candidate(node: child))
                gather(childIndex, insideLink: insideLink || name == "a", parent: index, grandparent: parent)
                candidates[index].textLength += candidates[childIndex].textLength
                candidates[index].linkTextLength += candidates[childIndex].linkTextLength
                candidates[index].commas += candidates[childIndex].commas
            default:
                break
            }
        }
        let candidate = candidates[index]
        let isParagraph = Self.paragraphLike.contains(node.name) || (ownText >= 25 && node.isElement(named: "div"))
        guard isParagraph, candidate.textLength >= 25, let parent else { return }
        let contentScore = 1 + Double(candidate.commas) + min(Double(candidate.textLength) / 100, 3)
        addScore(contentScore, to: parent)
        if let grandparent { addScore(contentScore / 2, to: grandparent) }
    }

    private mutating func addScore(_ value: Double, to index: Int) {
        let base = candidates[index].score ?? (Self.baseScore(of: candidates[index].node) + Double(Self.weight(of: candidates[index].node)))
        candidates[index].score = base + value
    }

    /// How much text a text node holds.
    private struct TextCounts {
        var length = 0
        var commas = 0
    }

    /// Visible characters (bytes that start a scalar and are not white space) and commas in UTF-8 text.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> TextCounts {
        var length = 0, commas = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x2C {
                commas += 1
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                commas += 1 // ，
            } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                commas += 1 // 、
            }
            if byte & 0xC0 != 0x80, byte > 0x20 { length += 1 }
            index += 1
        }
        return TextCounts(length: length, commas: commas)
    }

    // MARK: - Weights

    private static func baseScore(of node: MarkupNode) -> Double {
        switch node.name {
        case "article", "founder-content": return 10
        case "div", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// +25 for class or id words of articles, −25 for words of chrome.
    private static func weight(of node: MarkupNode) -> Int {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { return 0 }
        var weight = 0
        if positiveWords.contains(where: { names.contains($0) }) { weight += 25 }
        let tokens = names.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if tokens.contains(where: { token in negativeWords.contains(where: { token.hasPrefix($0) }) || token == "ad" || token == "ads" }) {
            weight -= 25
        }
        return weight
    }

    private static let positiveWords = ["article", "content", "main", "body", "text", "entry", "post", "story", "detail", "ozoom", "zhengwen"]
    // Prefixes of class and id words; deliberately not `foot` or `side`, which would catch footnotes and side notes.
    private static let negativeWords = ["nav", "footer", "sidebar", "comment", "banner", "menu", "share", "related",
                                        "breadcrumb", "copyright", "toolbar", "login", "advert", "sponsor", "social", "masthead",
                                        "widget", "popup", "recommend"]
    private static let paragraphLike: Set<String> = ["p", "pre", "td", "blockquote", "li"]
    private static let ignored: Set<String> = ["script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "head"]
}
