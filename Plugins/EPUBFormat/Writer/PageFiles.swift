import FolioMarkup

/// The book's content documents packed as the plan renders them: each page's body wrapped in
/// its XHTML document and deflated at once, so that a large book holds its pages compressed
/// rather than as markup; the bodies also go into the digest the book's identifier comes from.
struct PageFiles {
    /// The package folder the pages go in, with its trailing slash.
    let folder: String
    /// The style sheet every page links.
    let styleSheet: String
    /// The digest of the book's content so far, or nil when the book has an identifier.
    private(set) var digest: ContentHash?
    private let deflater = RawDeflater()

    /// Creates packing for pages in `folder` linking `styleSheet`; `digest` is the digest to
    /// continue with each body, when the identifier is derived from the content.
    init(folder: String, styleSheet: String, digest: ContentHash?) {
        self.folder = folder
        self.styleSheet = styleSheet
        self.digest = digest
    }

    /// The page `href` as an archive entry: `body` inside an XHTML document.
    mutating func pack(href: String, title: String, language: String, bodyClass: String, body: [UInt8]) throws -> ZipEntry {
        digest?.combine(body)
        let page = XHTMLPage(title: title, language: language, styleSheetLinks: [styleSheet], bodyClass: bodyClass)
        return try ZipEntry(name: folder + href, content: page.render(body: body), deflater: deflater)
    }
}
