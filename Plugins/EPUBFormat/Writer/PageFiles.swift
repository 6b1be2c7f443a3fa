import FolioMarkup

/// The book's content documents packed as the plan renders them: each page's body wrapped in
/// its XHTML document and deflated at once, so that a large book holds its pages compressed
/// rather than as markup; the bodies also go into the digest the book's identifier comes from.
struct PageFiles {
    /// How each page is wrapped and named.
    let wrapper: PageWrapper
    /// The digest of the book's content so far, or nil when the book has an identifier.
    private(set) var digest: ContentHash?
    private let deflater = RawDeflater()

    /// Creates packing for pages in `folder` linking `styleSheet`; `digest` is the digest to
    /// continue with each body, when the identifier is derived from the content.
    init(folder: String, styleSheet: String, digest: ContentHash?) {
        wrapper = PageWrapper(folder: folder, styleSheet: styleSheet)
        self.digest = digest
    }

    /// The page `href` as an archive entry: `body` inside an XHTML document.
    mutating func pack(href: String, title: String, language: String, bodyClass: String, body: [UInt8]) throws -> ZipEntry {
        record(body)
        return try wrapper.entry(href: href, title: title, language: language, bodyClass: bodyClass, body: body, deflater: deflater)
    }

    /// Takes the body of a page the ``wrapper`` packed into the digest; bodies are recorded in page order.
    mutating func record(_ body: [UInt8]) {
        digest?.combine(body)
    }
}

/// How a content page becomes an archive entry: its body in an XHTML document linking the
/// style sheet, named in the package folder, deflated.
struct PageWrapper: Sendable {
    /// The package folder the pages go in, with its trailing slash.
    let folder: String
    /// The style sheet every page links.
    let styleSheet: String

    /// The page `href` as an archive entry, deflated by `deflater`: pages packed on several
    /// threads at once each use a deflater of their own.
    func entry(href: String, title: String, language: String, bodyClass: String, body: [UInt8], deflater: RawDeflater) throws -> ZipEntry {
        let page = XHTMLPage(title: title, language: language, styleSheetLinks: [styleSheet], bodyClass: bodyClass)
        return try ZipEntry(name: folder + href, content: page.render(body: body), deflater: deflater)
    }
}
