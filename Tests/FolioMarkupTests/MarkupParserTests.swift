import Foundation
import Testing
@testable import FolioMarkup
import FolioCore

@Suite struct MarkupParserTests {
    @Test func htmlParserRepairsUnclosedTags() throws {
        let document = try MarkupParser.parseHTML("<p>one<p>two <b>bold<i>both</b> after", source: "t.html")
        let body = try #require(document.body)
        #expect(body.childElements.map(\.name) == ["p", "p"])
        #expect(body.textContent() == "onetwo boldboth after")
    }

    @Test func emptyAndBlankHTMLGiveAnEmptyBody() throws {
        for input in ["", "   \n"] {
            let document = try MarkupParser.parseHTML(input, source: "t.html")
            #expect(document.body != nil)
        }
    }

    @Test func xmlParserReportsWhereMarkupIsBroken() {
        let data = Data("<a>\n  <b></a>".utf8)
        #expect {
            try MarkupParser.parseXML(data, source: "broken.xml")
        } throws: { error in
            guard let error = error as? FolioError else { return false }
            return error.kind == .malformedInput && error.line == 2 && error.source == "broken.xml"
        }
    }

    @Test func xmlAttributesAndNamespaces() throws {
        let xml = """
        <?xml version="1.0"?>
        <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
          <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
        </container>
        """
        let document = try MarkupParser.parseXML(Data(xml.utf8), source: "container.xml")
        let root = try #require(document.root)
        #expect(root.name == "container")
        #expect(root.namespaceURI == "urn:oasis:names:tc:opendocument:xmlns:container")
        let rootfile = try #require(root.firstChild(named: "rootfiles")?.firstChild(named: "rootfile"))
        #expect(rootfile.attribute("full-path") == "OEBPS/content.opf")
        #expect(rootfile.attribute("missing") == nil)
    }

    @Test func entityBombIsRefusedQuickly() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE bomb [\n<!ENTITY a0 \"lol\">\n"
        for level in 1...10 {
            let reference = "&a\(level - 1);"
            xml += "<!ENTITY a\(level) \"\(String(repeating: reference, count: 10))\">\n"
        }
        xml += "]>\n<bomb>&a10;</bomb>"
        let start = Date()
        let document = try? MarkupParser.parseXML(Data(xml.utf8), source: "bomb.xml")
        // Either refused, or kept as an unexpanded reference: never a billion characters.
        if let document {
            #expect(MarkupMapper().blocks(from: document.root!).plainTextCount < 10_000)
        }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func quadraticBlowupIsNotExpanded() {
        let big = String(repeating: "x", count: 100_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY big \"\(big)\">]><q>" + String(repeating: "&big;", count: 10_000) + "</q>"
        let start = Date()
        if let document = try? MarkupParser.parseXML(Data(xml.utf8), source: "quadratic.xml") {
            #expect(MarkupMapper().blocks(from: document.root!).plainTextCount < 1_000_000)
            #expect(document.root!.textContent().count < 1_000_000)
        }
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE doc [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <doc>before &secret; after</doc>
        """
        let document = try? MarkupParser.parseXML(Data(xml.utf8), source: "xxe.xml", recover: true)
        let text = document?.root?.textContent() ?? ""
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharactersInWhitespace() ?? "\u{0}"
        #expect(!text.contains(hostname))
    }

    @Test func depthLimitIsEnforced() {
        let html = String(repeating: "<div>", count: 40) + "deep" + String(repeating: "</div>", count: 40)
        #expect(throws: FolioError.self) {
            try MarkupParser.parseHTML(html, source: "deep.html", limits: .init(maximumDepth: 20))
        }
        #expect((try? MarkupParser.parseHTML(html, source: "deep.html", limits: .init(maximumDepth: 100))) != nil)
    }

    @Test func depthLimitComesFromOptions() throws {
        #expect(try MarkupParser.Limits(options: Options(["max-depth": "33"])).maximumDepth == 33)
        #expect(throws: FolioError.self) { try MarkupParser.Limits(options: Options(["max-depth": "deep"])) }
    }
}

extension Array where Element == Block {
    var plainTextCount: Int { map(\.plainText.count).reduce(0, +) }
}
