import FolioMarkup

/// What an element's `class` and `id` say about it: the words of article bodies (`content`,
/// `article-body`, `zhengwen`) or of page chrome (`nav`, `footer`, `share-bar`, `comments`,
/// `related-posts`), as content-management systems and hand-made Chinese sites both name them.
///
/// Chrome words are matched as whole words or word prefixes of the names split at every
/// non-letter (`share-bar` and `sharing` are chrome, `shareholder` is not a word that starts a
/// name); article words as substrings, since sites glue them to other words (`artibody`,
/// `postcontent`). A name with both kinds (`elementor-widget-theme-post-content`) is neutral.
struct ClassNameHint: Sendable, Hashable {
    /// Whether the names hold a word of article bodies.
    let isArticle: Bool
    /// Whether the names hold a word of page chrome.
    let isChrome: Bool

    /// The hint of an element.
    init(_ node: MarkupNode) {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { isArticle = false; isChrome = false; return }
        isArticle = Self.articleWords.contains { names.contains($0) }
        let words = names.split { !$0.isLetter && !$0.isNumber }
        isChrome = words.contains { word in
            Self.chromeWords.contains(String(word)) || Self.chromePrefixes.contains { word.hasPrefix($0) }
        }
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
                                       "ozoom", "zhengwen", "news_txt", "newstext"]
    // Deliberately not `foot` or `side`, which would catch footnotes and side notes.
    private static let chromePrefixes = ["nav", "footer", "sidebar", "comment", "banner", "menu", "share", "sharing", "related",
                                         "breadcrumb", "copyright", "toolbar", "login", "advert", "sponsor", "social", "masthead",
                                         "popup", "recommend", "newsletter", "subscri", "pagination", "pager", "disqus", "outbrain",
                                         "taboola", "promo", "cookie", "gdpr", "paywall", "signup", "skip", "trending", "tags"]
    private static let chromeWords: Set<String> = ["ad", "ads", "adv", "aside", "hot", "rank", "print", "respond",
                                                   "replies", "follow", "more", "links"]
}
