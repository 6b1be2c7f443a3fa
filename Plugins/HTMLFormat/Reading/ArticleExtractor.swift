import FolioMarkup

/// The part of a page that holds its article: the elements to read, in document order, and
/// inside them the elements to leave out (share bars, link lists, comment blocks, ads).
struct Extraction: Sendable {
    /// The elements whose content is the article.
    var nodes: [MarkupNode]
    /// Elements inside `nodes` to leave out with their content.
    var excluded: Set<MarkupNode>
}

/// Finds the main article of a full site page, leaving out navigation, sidebars, related-article
/// lists, comment sections, share bars, ads and footers.
///
/// The idea is readability's, designed on the statistics of one pass over libxml2's tree
/// (``ElementStatistics``):
/// 1. Every paragraph-like element (`p`, `pre`, `td`, a `div` with loose text, or a list item by
///    its text outside links) scores by its text length and commas, and gives that score to its
///    ancestors, less at each level up. A container starts from its tag (`article` up, `li` and
///    headings down) and its class and id names (``ClassNameHint``); its final score is scaled
///    by the share of its text that is not link text.
/// 2. The best container wins; it gives way to an ancestor that holds most of the other strong
///    containers, or to one that scores higher still.
/// 3. Its siblings join it when they score near it or read as prose paragraphs, and so do the
///    other parts of an article its template split into several containers of one kind.
/// 4. Inside, containers with many links and few commas (link lists, "more from this site"),
///    form-heavy blocks, `nav`, `aside` and `footer`, elements named as chrome and elements a
///    browser hides are dropped.
/// 5. When the result is short, the pass runs again without trusting class names, and its result
///    wins if it is at least twice as long; a page with no candidate is kept whole.
///
/// Every step is a pure function of the tree, so the same page always gives the same article,
/// and each step is linear in the number of elements.
struct ArticleExtractor {
    /// How strictly a pass reads class names.
    private enum Strictness: CaseIterable {
        /// Elements named as chrome neither score nor stay; names weigh on scores.
        case trustingNames
        /// Names are ignored: only text and link statistics count.
        case ignoringNames
    }

    /// The fewest paragraphs a further part of a split article holds: a single one beside the
    /// article (a pull quote, a caption, a header) repeats it rather than continuing it.
    static let continuationParagraphs = 2

    /// Fewer visible characters than this make a pass's article suspiciously short.
    static let shortArticleLength = 200

    private let statistics: ElementStatistics
    private let strictness: Strictness
    private var scores: [Double?]

    /// The article of a page whose body is `body`.
    static func extract(from body: MarkupNode) -> Extraction {
        let statistics = ElementStatistics(root: body)
        let wholePage = Extraction(nodes: Array(body.children), excluded: Set(statistics.elements.dropFirst().lazy.filter(\.isChrome).map(\.node)))
        guard statistics.elements[0].textLength > 0 else { return wholePage }
        var best: (extraction: Extraction, length: Int)?
        for strictness in Strictness.allCases {
            var extractor = ArticleExtractor(statistics: statistics, strictness: strictness)
            guard let (extraction, length) = extractor.run() else { continue }
            // A short article stays unless a later pass finds one at least twice as long: a
            // brief is often short, and what a laxer pass adds to it is mostly chrome.
            guard length > 2 * (best?.length ?? 0) else { continue }
            if length >= shortArticleLength { return extraction }
            best = (extraction, length)
        }
        return best?.extraction ?? wholePage
    }

    /// Whether an element's class or id marks it as page chrome (navigation, ads, share bars).
    static func isChrome(_ node: MarkupNode) -> Bool {
        node.isElement && !node.isElement(named: "body") && ClassNameHint(node).marksChrome
    }

    private init(statistics: ElementStatistics, strictness: Strictness) {
        self.statistics = statistics
        self.strictness = strictness
        self.scores = Array(repeating: nil, count: statistics.elements.count)
    }

    /// The article and its length in visible characters, or nil when no element scores.
    private mutating func run() -> (Extraction, Int)? {
        scoreParagraphs()
        guard var top = bestCandidate() else { return nil }
        top = ancestorHoldingAlternatives(of: top) ?? top
        top = strongerAncestor(of: top) ?? top
        top = enclosingTable(of: top) ?? top
        let members = top == 0 ? statistics.children(of: 0) : (mergedSiblings(of: top) + continuations(of: top)).sorted()
        var excluded: [Int] = []
        for member in members { prune(inside: member, into: &excluded) }
        let elements = statistics.elements
        let length = members.reduce(0) { $0 + elements[$1].textLength } - excluded.reduce(0) { $0 + elements[$1].textLength }
        let nodes = top == 0 ? Array(elements[0].node.children) : members.map { elements[$0].node }
        let hidden = statistics.hiddenElements
        return (Extraction(nodes: nodes, excluded: Set(excluded.map { elements[$0].node } + hidden)), length)
    }

    // MARK: - Scoring

    private var trustsNames: Bool { strictness == .trustingNames }

    private mutating func scoreParagraphs() {
        let elements = statistics.elements
        for index in elements.indices.dropFirst() {
            let element = elements[index]
            if trustsNames, element.insideChrome || element.isChrome { continue }
            guard element.textLength >= 25, isParagraphLike(element) else { continue }
            // Text loose in a container (`<div>text<br>text<div>…</div></div>`) is a paragraph of
            // that container, as if it were wrapped in a `p`; a list item counts its words outside
            // links, wrapped or not (an article written as lists, against a list of links).
            let holdsLooseText = Self.looseTextContainers.contains(element.node.name)
            let length = holdsLooseText ? element.ownTextLength : element.node.name == "li" ? element.unlinkedTextLength : element.textLength
            let commas = holdsLooseText ? element.ownCommas : element.commas
            let score = 1 + Double(commas) + min(Double(length) / 100, 3)
            var ancestor = holdsLooseText ? index : element.parent
            var level = 0
            while let current = ancestor, level < 5 {
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                addScore(score / divider, to: current)
                ancestor = elements[current].parent
                level += 1
            }
        }
    }

    private func isParagraphLike(_ element: ElementStatistics.Element) -> Bool {
        let name = element.node.name
        if Self.paragraphs.contains(name) { return true }
        if name == "td" { return !element.hasBlockChildren || element.ownTextLength >= 25 }
        if name == "li" { return element.unlinkedTextLength >= 25 }
        return Self.looseTextContainers.contains(name) && element.ownTextLength >= 25
    }

    private mutating func addScore(_ value: Double, to index: Int) {
        let element = statistics.elements[index]
        let base = scores[index] ?? (Self.tagScore(element.node.name) + (trustsNames ? element.hint.weight : 0))
        scores[index] = base + value
    }

    /// A scored element's score scaled by the share of its text that is not link text.
    private func finalScore(_ index: Int) -> Double? {
        scores[index].map { $0 * (1 - statistics.elements[index].linkDensity) }
    }

    // MARK: - Choosing

    /// The best scored element; ties go to the earlier element, so every run picks the same one.
    private func bestCandidate() -> Int? {
        var best: (index: Int, score: Double)?
        for index in scores.indices {
            guard let score = finalScore(index) else { continue }
            if score > best?.score ?? -.infinity { best = (index, score) }
        }
        guard let best, best.score > 0 else { return nil }
        return best.index
    }

    /// The nearest ancestor of `top` holding three or more of the containers that score nearly
    /// as well (an article split into several blocks by ads or figures).
    private func ancestorHoldingAlternatives(of top: Int) -> Int? {
        guard let topScore = finalScore(top) else { return nil }
        let alternatives = scores.indices.filter { index in
            index != top && !contains(index, top) && !contains(top, index) && (finalScore(index) ?? 0) >= 0.75 * topScore
        }
        guard alternatives.count >= 3 else { return nil }
        var ancestor = statistics.elements[top].parent
        while let current = ancestor, current != 0 {
            if alternatives.lazy.filter({ contains(current, $0) }).count >= 3 { return current }
            ancestor = statistics.elements[current].parent
        }
        return nil
    }

    /// An ancestor that scores higher than `top` before the scores fall below a third of its.
    private func strongerAncestor(of top: Int) -> Int? {
        guard var last = finalScore(top) else { return nil }
        let threshold = last / 3
        var ancestor = statistics.elements[top].parent
        while let current = ancestor, current != 0 {
            if let score = finalScore(current) {
                if score < threshold { return nil }
                if score > last { return current }
                last = score
            }
            ancestor = statistics.elements[current].parent
        }
        return nil
    }

    /// The table around a winning row or row group: a table is read whole, as a table, not as
    /// rows torn out of it.
    private func enclosingTable(of top: Int) -> Int? {
        guard Self.tableParts.contains(statistics.elements[top].node.name) else { return nil }
        var ancestor = statistics.elements[top].parent
        while let current = ancestor, current != 0 {
            if statistics.elements[current].node.isElement(named: "table") { return current }
            ancestor = statistics.elements[current].parent
        }
        return nil
    }

    /// Whether element `outer` contains element `inner` (or is it).
    private func contains(_ outer: Int, _ inner: Int) -> Bool {
        inner >= outer && inner < statistics.elements[outer].subtreeEnd
    }

    /// `top` and those of its siblings that belong to the article, in document order.
    private func mergedSiblings(of top: Int) -> [Int] {
        let elements = statistics.elements
        guard let parent = elements[top].parent, let topScore = finalScore(top) else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = elements[top].node.attribute("class") ?? ""
        return statistics.children(of: parent).filter { index in
            if index == top { return true }
            let sibling = elements[index]
            if trustsNames, sibling.isChrome { return false }
            // Sibling `article` elements are other articles (teasers, the next story of an endless page).
            if sibling.node.isElement(named: "article") { return false }
            let bonus = !topClass.isEmpty && sibling.node.attribute("class") == topClass ? topScore * 0.2 : 0
            if let score = finalScore(index), score + bonus >= threshold { return true }
            guard sibling.node.name == "p" || (isParagraphLike(sibling) && !sibling.hasBlockChildren) else { return false }
            if sibling.textLength > 80 { return sibling.linkDensity < 0.25 }
            return sibling.textLength > 0 && sibling.linkTextLength == 0 && Self.endsSentence(sibling.node.textContent(limit: 1024))
        }
    }

    /// Elsewhere in the page, the other parts of an article that its template splits into
    /// several containers of one kind (a body section after each full-width figure or pull
    /// quote): elements of `top`'s tag and first class word outside `top`'s parent that score
    /// and hold paragraphs of prose, not links.
    private func continuations(of top: Int) -> [Int] {
        let elements = statistics.elements
        guard let parent = elements[top].parent, let name = elements[top].node.classes.first, finalScore(top) != nil else { return [] }
        let tag = elements[top].node.name
        var found: [Int] = []
        var index = 1
        while index < elements.count {
            let element = elements[index]
            if contains(parent, index) {
                index = elements[parent].subtreeEnd
                continue
            }
            if contains(index, top) {
                index += 1
                continue
            }
            if element.node.name == tag, element.node.classes.first == name, !(trustsNames && (element.isChrome || element.insideChrome)),
               element.paragraphs >= Self.continuationParagraphs, (finalScore(index) ?? 0) > 0, element.linkDensity < 0.25 {
                found.append(index)
                index = element.subtreeEnd
                continue
            }
            index += 1
        }
        return found
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingCharactersInWhitespace().last else { return false }
        return ".!?。！？”\"".contains(last)
    }

    // MARK: - Pruning

    /// Collects the elements inside `member` that are no article text, outermost first.
    private func prune(inside member: Int, into excluded: inout [Int]) {
        let elements = statistics.elements
        var index = member + 1
        while index < elements[member].subtreeEnd {
            if isBoilerplate(elements[index]) {
                excluded.append(index)
                index = elements[index].subtreeEnd
            } else {
                index += 1
            }
        }
    }

    private func isBoilerplate(_ element: ElementStatistics.Element) -> Bool {
        let name = element.node.name
        if trustsNames, element.isChrome { return true }
        if Self.chromeTags.contains(name) { return true }
        if Self.linkLines.contains(name) {
            // A teaser line that is all link ("Read more: …", a related headline).
            return element.textLength > 0 && element.linkDensity >= 0.8
        }
        guard Self.conditionalContainers.contains(name), element.commas < 10 else { return false }
        if element.inputs > 0, element.inputs > element.paragraphs / 3 { return true }
        let weight = trustsNames ? element.hint.weight : 0
        let linkDensity = element.textLength > 0 ? element.linkDensity : 0
        return weight < 25 ? linkDensity > 0.2 : linkDensity > 0.5
    }

    // MARK: - Weights

    private static func tagScore(_ name: String) -> Double {
        switch name {
        case "article", "founder-content": return 10
        case "div", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "ol", "ul", "dl", "dd", "dt", "li", "form", "address": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    private static let paragraphs: Set<String> = ["p", "pre", "blockquote"]
    private static let tableParts: Set<String> = ["tr", "tbody", "thead", "tfoot"]
    private static let looseTextContainers: Set<String> = ["div", "section", "article", "main", "font", "span", "center"]
    private static let chromeTags: Set<String> = ["nav", "aside", "footer"]
    private static let linkLines: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "dt", "dd"]
    private static let conditionalContainers: Set<String> = ["div", "section", "ul", "ol", "dl", "table", "form", "header", "fieldset"]
}
