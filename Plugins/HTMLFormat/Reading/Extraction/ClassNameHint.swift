import FolioCore
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
    /// Whether `more` is the only chrome word the names hold (`read-more`): a toggle that may
    /// hide the rest of an article as well as a teaser.
    let isMoreOnly: Bool

    /// The hint of an element.
    init(_ node: MarkupNode) {
        var isArticle = false, isChrome = false, sawMore = false, sawOtherChrome = false
        // Words are judged as bytes, lower-cased: names are ASCII nearly always, every element
        // of a page is asked, and strings or Foundation searches here cost more than parsing.
        var word: [UInt8] = []
        func judge() {
            guard !word.isEmpty else { return }
            if Self.chromeWords.contains(word) || Self.chromePrefixes.contains(where: { word.starts(with: $0) }) {
                isChrome = true
                if word == Self.more { sawMore = true } else { sawOtherChrome = true }
            } else if Self.articleWords.contains(where: { Self.contains($0, in: word) }) {
                isArticle = true
            }
            word.removeAll(keepingCapacity: true)
        }
        for name in [node.attribute("class"), node.attribute("id")] {
            guard let name else { continue }
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: word.append(byte)
                default: judge()
                }
            }
            judge()
        }
        self.isArticle = isArticle
        self.isChrome = isChrome
        isMoreOnly = sawMore && !sawOtherChrome
    }

    /// Whether `needle` occurs in `word`.
    private static func contains(_ needle: [UInt8], in word: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { needle in word.withUnsafeBufferPointer { UTF8Search.contains(needle, in: $0) } }
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
                                       "ozoom", "zhengwen", "newstext"].map { Array($0.utf8) }
    // Deliberately not `foot` or `side`, which would catch footnotes and side notes.
    private static let chromePrefixes = ["nav", "footer", "sidebar", "comment", "banner", "menu", "share", "sharing", "related",
                                         "breadcrumb", "copyright", "toolbar", "login", "advert", "sponsor", "social", "masthead",
                                         "popup", "recommend", "newsletter", "subscri", "pagination", "pager", "disqus", "outbrain",
                                         "taboola", "promo", "cookie", "gdpr", "signup", "skip", "trending", "tags", "gallery", "slideshow", "carousel"].map { Array($0.utf8) }
    private static let more = Array("more".utf8)
    private static let chromeWords: Set<[UInt8]> = Set(["ad", "ads", "adv", "aside", "hot", "rank", "print", "respond",
                                                        "replies", "follow", "more", "links"].map { Array($0.utf8) })
}
