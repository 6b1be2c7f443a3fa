import FolioMarkup

/// The XML files that describe an EPUB: container, package document (OPF), NCX, navigation.
///
/// They are written as text directly; every value from the input goes through the escaper.
enum PackageFiles {
    /// The folder inside the archive that holds the package.
    static let folder = "EPUB"

    /// `META-INF/container.xml`, pointing at the package document.
    static let container = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
      <rootfiles>
        <rootfile full-path="\(folder)/package.opf" media-type="application/oebps-package+xml"/>
      </rootfiles>
    </container>

    """

    /// One manifest item.
    struct ManifestItem {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
    }

    /// The package document.
    static func packageDocument(book: BookMetadata, manifest: [ManifestItem], spine: [String], coverImageID: String?) -> [UInt8] {
        var xml = MarkupBuffer(capacity: 4096)
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\"")
        xml.attribute("xml:lang", book.language)
        xml.raw(">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        element(&xml, "dc:identifier", book.identifier, id: "book-id")
        element(&xml, "dc:title", book.title, id: "title")
        xml.raw("<meta refines=\"#title\" property=\"title-type\">main</meta>\n")
        if let subtitle = book.subtitle {
            element(&xml, "dc:title", subtitle, id: "subtitle")
            xml.raw("<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n")
        }
        element(&xml, "dc:language", book.language)
        for (index, creator) in book.creators.enumerated() {
            let id = "creator-\(index + 1)"
            element(&xml, "dc:creator", creator.name, id: id)
            if let relator = CreatorRole.marcRelator(for: creator.role) {
                xml.raw("<meta refines=\"#\(id)\" property=\"role\" scheme=\"marc:relators\">\(relator)</meta>\n")
            }
        }
        if let date = book.date { element(&xml, "dc:date", date) }
        if let publisher = book.publisher { element(&xml, "dc:publisher", publisher) }
        for subject in book.subjects { element(&xml, "dc:subject", subject) }
        if let summary = book.summary { element(&xml, "dc:description", summary) }
        xml.raw("<meta property=\"dcterms:modified\">\(book.modified)</meta>\n")
        if let coverImageID { xml.raw("<meta name=\"cover\" content=\"\(coverImageID)\"/>\n") }
        xml.raw("</metadata>\n<manifest>\n")
        for item in manifest {
            xml.raw("<item"); xml.attribute("id", item.id); xml.attribute("href", item.href); xml.attribute("media-type", item.mediaType)
            if let properties = item.properties { xml.attribute("properties", properties) }
            xml.raw("/>\n")
        }
        xml.raw("</manifest>\n<spine toc=\"ncx\">\n")
        for id in spine {
            xml.raw("<itemref"); xml.attribute("idref", id); xml.raw("/>\n")
        }
        xml.raw("</spine>\n</package>\n")
        return xml.bytes
    }

    /// A landmark: where a reading system jumps for the cover, the contents or the start of the text.
    struct Landmark {
        var type: String
        var label: String
        var href: String
    }

    /// The EPUB 3 navigation document: the table of contents as nested lists, and the landmarks.
    static func navigationDocument(book: BookMetadata, entries: [TableOfContentsEntry], landmarks: [Landmark], styleSheet: String) -> [UInt8] {
        var body = MarkupBuffer(capacity: 2048)
        body.raw("<nav epub:type=\"toc\" id=\"toc\">\n<h1>")
        body.text(book.contentsLabel)
        body.raw("</h1>\n")
        navigationList(entries, into: &body)
        body.raw("</nav>\n")
        body.raw("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n")
        for landmark in landmarks {
            body.raw("<li><a"); body.attribute("epub:type", landmark.type); body.attribute("href", landmark.href); body.raw(">")
            body.text(landmark.label)
            body.raw("</a></li>\n")
        }
        body.raw("</ol>\n</nav>\n")
        let page = XHTMLPage(title: book.contentsLabel, language: book.language, styleSheetLinks: [styleSheet], declaresEPUBNamespace: true, bodyClass: "contents")
        return page.render(body: body.bytes)
    }

    private static func navigationList(_ entries: [TableOfContentsEntry], into body: inout MarkupBuffer) {
        body.raw("<ol>\n")
        for entry in entries {
            body.raw("<li><a"); body.attribute("href", entry.href); body.raw(">")
            body.text(entry.label)
            body.raw("</a>")
            if !entry.children.isEmpty {
                body.newline()
                navigationList(entry.children, into: &body)
            }
            body.raw("</li>\n")
        }
        body.raw("</ol>\n")
    }

    /// The EPUB 2 table of contents (NCX), for reading systems that predate the navigation document.
    static func ncx(book: BookMetadata, entries: [TableOfContentsEntry]) -> [UInt8] {
        var xml = MarkupBuffer(capacity: 2048)
        func depth(_ entries: [TableOfContentsEntry]) -> Int {
            entries.map { 1 + depth($0.children) }.max() ?? 0
        }
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"")
        xml.attribute("xml:lang", book.language)
        xml.raw(">\n<head>\n<meta name=\"dtb:uid\""); xml.attribute("content", book.identifier); xml.raw("/>\n")
        xml.raw("<meta name=\"dtb:depth\" content=\"\(max(1, depth(entries)))\"/>\n")
        xml.raw("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
        xml.raw("<docTitle><text>"); xml.text(book.title); xml.raw("</text></docTitle>\n<navMap>\n")
        var order = 0
        func points(_ entries: [TableOfContentsEntry]) {
            for entry in entries {
                order += 1
                xml.raw("<navPoint id=\"navpoint-\(order)\" playOrder=\"\(order)\">\n<navLabel><text>")
                xml.text(entry.label)
                xml.raw("</text></navLabel>\n<content"); xml.attribute("src", entry.href); xml.raw("/>\n")
                points(entry.children)
                xml.raw("</navPoint>\n")
            }
        }
        points(entries)
        xml.raw("</navMap>\n</ncx>\n")
        return xml.bytes
    }

    /// A page showing the cover image alone.
    static func coverPage(book: BookMetadata, image: PackedImage, styleSheet: String) -> [UInt8] {
        var body = MarkupBuffer(capacity: 256)
        body.raw("<section epub:type=\"cover\" class=\"cover\">\n<img"); body.attribute("src", image.href); body.attribute("alt", book.title); body.raw("/>\n</section>\n")
        return XHTMLPage(title: book.title, language: book.language, styleSheetLinks: [styleSheet], declaresEPUBNamespace: true, bodyClass: "cover").render(body: body.bytes)
    }

    private static func element(_ xml: inout MarkupBuffer, _ name: StaticString, _ value: String, id: String? = nil) {
        xml.raw("<"); xml.raw(name)
        if let id { xml.attribute("id", id) }
        xml.raw(">"); xml.text(value); xml.raw("</"); xml.raw(name); xml.raw(">\n")
    }
}
