import FolioMarkup

/// What an element's `class` and `id` say about it: the words of article bodies (`content`,
/// `article-body`, `zhengwen`) or of page chrome (`nav`, `footer`, `share-bar`, `comments`,
/// `related-posts`), as content-management systems and hand-made Chinese sites both name them.
///
/// The names are split into words at every non-letter. Chrome words are matched as whole words
/// or word prefixes (`share-bar`, `sharing`, `relatedpoststitle`); article words inside the
/// other words, since sites glue them to others (`artibody`, `postcontent`). Names with words of
/// both kinds (`comment-content`) are neutral.
struct ClassNameHint: Sendable, Hashable {
    /// Whether the names hold a word of article bodies.
    let isArticle: Bool
    /// Whether the names hold a word of page chrome.
    let isChrome: Bool

    /// The hint of an element.
    init(_ node: MarkupNode) {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { isArticle = false; isChrome = false; return }
        var isArticle = false, isChrome = false
        for word in names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if Self.chromeWords.contains(String(word)) || Self.chromePrefixes.contains(where: { word.hasPrefix($0) }) {
                isChrome = true
            } else if Self.articleWords.contains(where: { word.contains($0) }) {
                isArticle = true
            }
        }
        self.isArticle = isArticle
        self.isChrome = isChrome
    }

    /// A score weight: +25 for an article's names, −25 for chrome's, nothing for both or neither.
    var weight: Double {
        switch (isArticle, isChrome) {
        case (true, false): return 25
        case (false, true): return -25
        default: return 0
        }
    }

    /// Whether the element is chrome by its names alone.
    var marksChrome: Bool { isChrome && !isArticle }

    private static let articleWords = ["article", "content", "main", "body", "text", "entry", "post", "story", "detail",
                                       "ozoom", "zhengwen", "newstext"]
    // Deliberately not `foot` or `side`, which would catch footnotes and side notes.
    private static let chromePrefixes = ["nav", "footer", "sidebar", "comment", "banner", "menu", "share", "sharing", "related",
                                         "breadcrumb", "copyright", "toolbar", "login", "advert", "sponsor", "social", "masthead",
                                         "popup", "recommend", "newsletter", "subscri", "pagination", "pager", "disqus", "outbrain",
                                         "taboola", "promo", "cookie", "gdpr", "signup", "skip", "trending", "tags"]
    private static let chromeWords: Set<String> = ["ad", "ads", "adv", "aside", "hot", "rank", "print", "respond",
                                                   "replies", "follow", "more", "links"]
}
