import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an unpacked EPUB's own files say it contains: its spine's content documents and their text.
///
/// Read with Foundation's XML parser, independently of the reader under test, to check that
/// the reader keeps the spine order.
struct PublicationOutline {
    /// The text (whitespace removed) of each spine document, in spine order; empty for documents without text.
    ///
    /// The navigation document is left out even when the spine lists it: its table of contents
    /// is navigation, which Folio's reader does not turn into content.
    var spineTexts: [String]

    /// Reads the outline of the unpacked publication in `folder`; nil when its container or package cannot be read.
    init?(folder: URL) {
        guard let container = XMLElements(url: folder.appendingPathComponent("META-INF/container.xml")),
              let packagePath = container.elements.first(where: { $0.name == "rootfile" })?.attributes["full-path"],
              let package = XMLElements(url: folder.appendingPathComponent(packagePath)) else { return nil }
        let packageFolder = folder.appendingPathComponent(packagePath).deletingLastPathComponent()
        var hrefs: [String: String] = [:]
        for item in package.elements where item.name == "item" && !(item.attributes["properties"] ?? "").split(separator: " ").contains("nav") {
            if let id = item.attributes["id"], let href = item.attributes["href"] { hrefs[id] = href }
        }
        spineTexts = package.elements.filter { $0.name == "itemref" }.compactMap { itemref in
            guard let href = itemref.attributes["idref"].flatMap({ hrefs[$0] }) else { return nil }
            let path = href.removingPercentEncoding ?? href
            return XMLElements(url: packageFolder.appendingPathComponent(path))?.bodyText ?? ""
        }
    }
}

/// The elements of one XML file, flattened, and the text of its `<body>`.
struct XMLElements {
    /// An element's local name and attributes (by local name).
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    var elements: [Element] = []
    var bodyText = ""

    init?(url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        self.init(data: data)
    }

    init?(data: Data) {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else { return nil }
        elements = collector.elements
        bodyText = collector.bodyText.filter { !$0.isWhitespace }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var bodyText = ""
        private var inBody = false
        private var skipped = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            let local = Self.local(name)
            var plain: [String: String] = [:]
            for (key, value) in attributes { plain[Self.local(key)] = value }
            elements.append(Element(name: local, attributes: plain))
            if local == "body" { inBody = true }
            if ["script", "style", "svg", "math"].contains(local) { skipped += 1 }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let local = Self.local(name)
            if local == "body" { inBody = false }
            if ["script", "style", "svg", "math"].contains(local) { skipped -= 1 }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inBody && skipped == 0 { bodyText += string }
        }

        private static func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}
