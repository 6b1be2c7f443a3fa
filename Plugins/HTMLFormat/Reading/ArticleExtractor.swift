import FolioCore
import FolioMarkup

/// Finds the main article of a full site page, leaving out navigation, sidebars, ads and footers.
///
/// Readability's idea, kept small: every paragraph-like element scores by its text (length and
/// commas) and gives that score to its parent and, halved, to its grandparent; class and id
/// names such as `content`, `article`, `main` raise a container's score, `nav`, `footer`,
/// `sidebar`, `ad` lower it; the score is then scaled by the share of text that is not link
/// text. The best container wins, when it clearly holds an article; else the whole body is kept.
struct ArticleExtractor {
    /// Per-element text statistics, gathered in one pass.
    private struct Statistics {
        var textLength = 0
        var linkTextLength = 0
        var commas = 0
    }

    private var statistics: [MarkupNode: Statistics] = [:]
    private var scores: [MarkupNode: Double] = [:]
    /// Document order of each element, to break ties the same way on every run.
    private var order: [MarkupNode: Int] = [:]

    /// The element holding the article, or nil when the body itself is the article.
    static func mainContent(of body: MarkupNode) -> MarkupNode? {
        var extractor = ArticleExtractor()
        _ = extractor.gather(body, insideLink: false)
        guard let total = extractor.statistics[body], total.textLength > 0 else { return nil }
        extractor.score(body)
        let order = extractor.order
        guard let (best, score) = extractor.scores.max(by: { $0.value < $1.value || ($0.value == $1.value && order[$0.key, default: 0] > order[$1.key, default: 0]) }),
              score >= 20, !(best == body) else { return nil }
        let bestText = extractor.statistics[best]?.textLength ?? 0
        // When the winner holds nearly everything, nothing around it is chrome worth removing.
        if Double(bestText) >= 0.95 * Double(total.textLength) { return nil }
        return best
    }

    /// Whether an element's class or id marks it as page chrome (navigation, ads, share bars).
    static func isChrome(_ node: MarkupNode) -> Bool {
        guard node.isElement else { return false }
        return weight(of: node) < 0 && !(node.isElement(named: "body"))
    }

    // MARK: - Statistics

    @discardableResult
    private mutating func gather(_ node: MarkupNode, insideLink: Bool) -> Statistics {
        var result = Statistics()
        order[node] = order.count
        for child in node.children {
            switch child.kind {
            case .text:
                let counts = child.withUTF8Text(Self.count)
                result.textLength += counts.length
                result.commas += counts.commas
                if insideLink { result.linkTextLength += counts.length }
            case .element:
                let name = child.name.lowercased()
                if Self.ignored.contains(name) { continue }
                let inner = gather(child, insideLink: insideLink || name == "a")
                result.textLength += inner.textLength
                result.linkTextLength += inner.linkTextLength
                result.commas += inner.commas
            default:
                break
            }
        }
        statistics[node] = result
        return result
    }

    /// Visible characters (not white space) and commas in UTF-8 text; CJK counts like two letters
    /// would not matter here, since scores compare pages of one language.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, commas: Int) {
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
            // Count scalars: every byte that is not a continuation byte starts one.
            if byte & 0xC0 != 0x80, byte > 0x20 { length += 1 }
            index += 1
        }
        return (length, commas)
    }

    // MARK: - Scoring

    private mutating func score(_ root: MarkupNode) {
        var stack = [root]
        while let node = stack.popLast() {
            for child in node.childElements where !Self.ignored.contains(child.name.lowercased()) {
                stack.append(child)
            }
            guard Self.paragraphLike.contains(node.name.lowercased()) || hasOwnText(node),
                  let stats = statistics[node], stats.textLength >= 25 else { continue }
            let contentScore = 1 + Double(stats.commas) + min(Double(stats.textLength) / 100, 3)
            if let parent = node.parent {
                addScore(contentScore, to: parent)
                if let grandparent = parent.parent { addScore(contentScore / 2, to: grandparent) }
            }
        }
        for (node, score) in scores {
            let stats = statistics[node] ?? Statistics()
            let linkDensity = stats.textLength > 0 ? Double(stats.linkTextLength) / Double(stats.textLength) : 1
            scores[node] = score * (1 - linkDensity)
        }
    }

    private mutating func addScore(_ value: Double, to node: MarkupNode) {
        if scores[node] == nil {
            scores[node] = Self.baseScore(of: node) + Double(Self.weight(of: node))
        }
        scores[node, default: 0] += value
    }

    /// Whether a container holds substantial text directly (a `div` used as a paragraph).
    private func hasOwnText(_ node: MarkupNode) -> Bool {
        guard node.isElement(named: "div") else { return false }
        var length = 0
        for child in node.children where child.kind == .text {
            length += child.withUTF8Text(Self.count).length
            if length >= 25 { return true }
        }
        return false
    }

    private static func baseScore(of node: MarkupNode) -> Double {
        switch node.name.lowercased() {
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
    private static let negativeWords = ["nav", "footer", "foot", "sidebar", "side", "comment", "banner", "menu", "share", "related",
                                        "breadcrumb", "copyright", "toolbar", "login", "advert", "sponsor", "social", "masthead",
                                        "widget", "popup", "recommend", "hot"]
    private static let paragraphLike: Set<String> = ["p", "pre", "td", "blockquote", "li"]
    private static let ignored: Set<String> = ["script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "head"]
}
