import FolioCore
import FolioMarkup

/// What an EPUB's package document (OPF) says: metadata, and the content documents in reading order.
struct PackageDescription {
    /// A content document of the spine.
    struct SpineItem {
        /// The path inside the archive.
        var path: String
        /// The manifest media type.
        var mediaType: String
        /// The manifest properties (`nav`, `svg`…).
        var properties: [String]

        /// Whether the item is reading content: XHTML (or HTML), not the navigation document.
        var isContent: Bool {
            ["application/xhtml+xml", "text/html"].contains(mediaType.lowercased()) && !properties.contains("nav")
        }
    }

    /// The metadata, with `source` unset.
    var metadata = Metadata()
    /// The spine's items that the manifest declares, in reading order.
    var spine: [SpineItem] = []

    private static let dublinCore = "http://purl.org/dc/elements/1.1/"
    private static let packageNamespace = "http://www.idpf.org/2007/opf"

    /// Reads a parsed package document found at `path`.
    init(_ document: MarkupDocument, path: String, source: String) throws {
        guard let root = document.root, root.isElement(named: "package") else {
            throw FolioError(.malformedInput, "\(ZipArchiveReader.quoted(path)) is not an EPUB package document (no <package> root)", source: source)
        }
        let children = root.childElements
        if let metadataElement = children.first(where: { $0.isElement(named: "metadata") }) {
            readMetadata(metadataElement, uniqueIdentifier: root.attribute("unique-identifier"))
        }
        let folder = ArchivePath.folder(of: path)
        var manifest: [String: (item: SpineItem, fallback: String?)] = [:]
        for item in children.first(where: { $0.isElement(named: "manifest") })?.childElements ?? [] where item.isElement(named: "item") {
            guard let id = item.attribute("id"), let href = item.attribute("href"),
                  let resolved = ArchivePath.resolve(href, against: folder) else { continue }
            let properties = item.attribute("properties")?.split(separator: " ").map(String.init) ?? []
            manifest[id] = (SpineItem(path: resolved, mediaType: item.attribute("media-type") ?? "", properties: properties), item.attribute("fallback"))
        }
        guard let spineElement = children.first(where: { $0.isElement(named: "spine") }) else {
            throw FolioError(.malformedInput, "\(ZipArchiveReader.quoted(path)) has no spine: the reading order is unknown", source: source)
        }
        spine = spineElement.childElements.filter { $0.isElement(named: "itemref") }.compactMap { reference in
            // A foreign spine item (SVG, XML) may name an XHTML fallback; follow the chain, never round a loop.
            guard var current = reference.attribute("idref").flatMap({ manifest[$0] }) else { return nil }
            var visited: Set<String> = []
            while !current.item.isContent, let next = current.fallback, visited.insert(next).inserted, let item = manifest[next] {
                current = item
            }
            return current.item
        }
    }

    private mutating func readMetadata(_ element: MarkupNode, uniqueIdentifier: String?) {
        // Old OEBPS packages wrap the Dublin Core elements in <dc-metadata>.
        let elements = element.descendantElements(limit: 10_000)
        var refinements: [String: [String: String]] = [:]
        for meta in elements where meta.isElement(named: "meta") {
            if let refines = meta.attribute("refines"), refines.hasPrefix("#"), let property = meta.attribute("property") {
                refinements[String(refines.dropFirst()), default: [:]][property] = Self.text(meta)
            }
        }
        var titles: [(text: String, type: String?)] = []
        for node in elements where node.namespaceURI == Self.dublinCore {
            let value = Self.text(node)
            guard !value.isEmpty else { continue }
            let refined = node.attribute("id").flatMap { refinements[$0] } ?? [:]
            switch node.name {
            case "title": titles.append((value, refined["title-type"]))
            case "creator", "contributor":
                let role = refined["role"] ?? node.attribute("role", namespace: Self.packageNamespace)
                metadata.authors.append(Author(name: value, role: role.map(Self.roleName)))
            case "language": if metadata.language == nil { metadata.language = value }
            case "date": if metadata.date == nil { metadata.date = value }
            case "publisher": if metadata.publication == nil { metadata.publication = value }
            case "subject": metadata.keywords.append(value)
            case "description": if metadata.summary == nil { metadata.summary = value }
            case "identifier":
                if metadata.identifier == nil || node.attribute("id") == uniqueIdentifier { metadata.identifier = value }
            default: break
            }
        }
        metadata.title = (titles.first { $0.type == "main" } ?? titles.first { $0.type == nil } ?? titles.first)?.text
        metadata.subtitle = titles.first { $0.type == "subtitle" }?.text
    }

    /// An element's text with white space collapsed.
    private static func text(_ node: MarkupNode) -> String {
        node.textContent(limit: 1 << 16).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A MARC relator code as a word (`aut` → `author`); other roles as written.
    static func roleName(_ code: String) -> String {
        let names = ["aut": "author", "ctb": "contributor", "pht": "photographer", "edt": "editor", "trl": "translator",
                     "ill": "illustrator", "nrt": "narrator", "pbl": "publisher"]
        return names[code.lowercased()] ?? code
    }
}
