import Foundation
import Testing
import FolioCore
import FolioMarkup
@testable import HTMLFormat
import FolioTestSupport

/// A document with every kind of block, written by hand.
let sampleDocument = Document(
    metadata: Metadata(
        title: "滨江步道全线贯通", subtitle: "——十二公里连起三座公园", introTitle: "城市更新",
        authors: [Author(name: "陈明远", role: "记者"), Author(name: "林小溪", role: "通讯员")],
        date: "2023-09-08", publication: "海州日报", edition: "A3", section: "城市·民生", language: "zh-CN",
        identifier: "hz-20230908-a3-1", credits: ["本版图片由市园林局提供"], keywords: ["滨江", "步道"],
        summary: "滨江步道全长12公里。", extra: ["column": "走基层"]),
    blocks: [
        .paragraph([.text("海州滨江步道昨天全线贯通，"), .strong([.text("全长12公里")]), .text("。")]),
        .figure(Figure(image: Image(source: "images/walk.jpg", alternative: "步道"), caption: [.text("清晨的滨江步道")])),
        .heading(Heading(level: 2, content: [.text("三座公园连成一线")], identifier: "parks")),
        .paragraph([.text("步道串起"), .emphasis([.text("东湖")]), .text("、"), .link(Link(target: "https://example.org/park", content: [.text("西山")])), .text("和南岸公园。")]),
        .list(List(isOrdered: true, items: [[.paragraph([.text("东段")])], [.paragraph([.text("西段")]), .list(List(isOrdered: false, items: [[.paragraph([.text("栈桥")])]]))]])),
        .blockQuote([.paragraph([.quoted([.text("下楼就能走步道")]), .text("，居民说。")])]),
        .heading(Heading(level: 2, content: [.text("数据")], identifier: "data")),
        .table(Table(caption: [.text("建设情况")], head: [TableRow(cells: [TableCell(text: "段落", isHeader: true), TableCell(text: "长度（公里）", isHeader: true)])],
                     body: [TableRow(cells: [TableCell(text: "东段"), TableCell(text: "5", alignment: .right)]),
                            TableRow(cells: [TableCell(text: "西段", rowSpan: 2), TableCell(text: "7", alignment: .right)]),
                            TableRow(cells: [TableCell(text: "含栈桥")])])),
        .table(Table(role: .indicators, caption: [.text("指标")], head: [TableRow(cells: [TableCell(text: "指标", isHeader: true), TableCell(text: "数值", isHeader: true)])],
                     body: [TableRow(cells: [TableCell(text: "长度"), TableCell(text: "12公里")])])),
        .codeBlock(CodeBlock(language: "text", text: "东段 5\n西段 7")),
        .divider,
        .note(Note(kind: "编后", blocks: [.paragraph([.text("步道夜间开放至22时。")])])),
    ])

@Suite struct WriterTests {
    @Test func standalonePageHasHeadMetadataAndTitleBlock() throws {
        let html = try writeHTML(sampleDocument)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\"/>"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("<title>滨江步道全线贯通</title>"))
        #expect(html.contains("<meta name=\"author\" content=\"陈明远\"/>"))
        #expect(html.contains("<meta name=\"folio:author\" content=\"记者:陈明远\"/>"))
        #expect(html.contains("<header class=\"document-header\">"))
        #expect(html.contains("<section>"))
        #expect(html.contains("<table class=\"indicators\">"))
        #expect(html.contains("<style>"))
    }

    @Test func languageComesFromTheTextWhenTheMetadataHasNone() throws {
        let chinese = try writeHTML(Document(blocks: [.paragraph([.text("今天天气很好。")])]))
        #expect(chinese.contains("<html lang=\"zh-CN\">"))
        let english = try writeHTML(Document(blocks: [.paragraph([.text("Fine weather today.")])]))
        #expect(english.contains("<html>"))
    }

    @Test func fragmentIsTheBodyOnly() throws {
        let html = try writeHTML(sampleDocument, options: ["fragment": ""])
        #expect(!html.contains("<html"))
        #expect(!html.contains("document-header"))
        #expect(html.hasPrefix("<p>"))
        #expect(try writeHTML(sampleDocument, options: ["standalone": "false"]) == html)
    }

    @Test func cssFileIsEmbeddedAndURLsAreLinked() throws {
        let resources = InMemoryResources(texts: ["my.css": "body { color: #333 } /* </style><script>x</script> */"])
        let embedded = try writeHTML(sampleDocument, options: ["css": "my.css"], resources: resources)
        #expect(embedded.contains("body { color: #333 }"))
        #expect(!embedded.contains("</style><script>"))
        #expect(!embedded.contains("Noto Serif CJK SC"))
        let linked = try writeHTML(sampleDocument, options: ["css": "https://example.org/a.css"])
        #expect(linked.contains("<link rel=\"stylesheet\" href=\"https://example.org/a.css\"/>"))
        #expect(throws: FolioError.self) { try writeHTML(sampleDocument, options: ["css": "missing.css"]) }
    }

    @Test func templateGetsTheDocumentedFields() throws {
        let template = """
        {{title}}|{{subtitle}}|{{introTitle}}|{{byline}}|{{date}}|{{publication}}|{{edition}}|{{section}}|{{lang}}|\
        {{#authors}}[{{role}}/{{name}}]{{/authors}}|{{#keywords}}<{{.}}>{{/keywords}}|{{#credits}}{{.}}{{/credits}}|\
        {{#extra}}{{key}}={{value}}{{/extra}}|{{identifier}}|{{summary}}|{{#css}}css{{/css}}|{{{header}}}|{{{body}}}
        """
        let output = try writeHTML(sampleDocument, options: ["template": "page.mustache"], resources: InMemoryResources(texts: ["page.mustache": template]))
        let fields = output.components(separatedBy: "|")
        #expect(Array(fields.prefix(16)) == [
            "滨江步道全线贯通", "——十二公里连起三座公园", "城市更新", "记者 陈明远 通讯员 林小溪", "2023-09-08", "海州日报", "A3", "城市·民生",
            "zh-CN", "[记者/陈明远][通讯员/林小溪]", "<滨江><步道>", "本版图片由市园林局提供", "column=走基层", "hz-20230908-a3-1",
            "滨江步道全长12公里。", "css",
        ])
        #expect(output.contains("<header class=\"document-header\">"))
        #expect(output.contains("<figure>"))
    }

    @Test func brokenTemplateIsAnOptionError() {
        let resources = InMemoryResources(texts: ["bad.mustache": "{{#open}} never closed"])
        #expect(throws: FolioError.self) { try writeHTML(sampleDocument, options: ["template": "bad.mustache"], resources: resources) }
        #expect(throws: FolioError.self) { try writeHTML(sampleDocument, options: ["template": "absent.mustache"]) }
    }

    /// Text and attributes from a hostile page never come out as markup.
    @Test func scriptInjectionIsEscaped() throws {
        let hostile = "<script>alert(\"x\")</script>"
        let document = Document(
            metadata: Metadata(title: "</title><script>alert(1)</script>", authors: [Author(name: "\"><img src=x onerror=alert(2)>")],
                               language: "zh\"><script>", extra: ["k\"><b>": "v\"><script>"]),
            blocks: [
                .paragraph([.text(hostile), .link(Link(target: "javascript:alert(3)", content: [.text("click")]))]),
                .figure(Figure(image: Image(source: "x\" onerror=\"alert(4)", alternative: "\"><script>"), caption: [.text(hostile)])),
                .heading(Heading(level: 2, content: [.text(hostile)], identifier: "\"><script>")),
                .table(Table(caption: [.text(hostile)], body: [TableRow(cells: [TableCell(text: hostile), TableCell(text: "b")])])),
            ])
        let html = try writeHTML(document)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>"))
        let page = try MarkupParser.parseXML(Data(html.utf8), source: "out.html")
        #expect(page.root?.descendantElements().contains { $0.isElement(named: "script") } == false)
        // And the text survives reading back, as text.
        let back = try readHTML(html)
        #expect(back.blocks.first?.plainText.contains(hostile) == true)
        #expect(back.metadata.title == "</title><script>alert(1)</script>")
    }

    @Test func outputIsWellFormedXMLAndCleanHTML() throws {
        let html = try writeHTML(sampleDocument)
        #expect(throws: Never.self) { try MarkupParser.parseXML(Data(html.utf8), source: "out.html") }
        let fragment = try writeHTML(sampleDocument, options: ["fragment": ""])
        #expect(throws: Never.self) { try MarkupParser.parseXML(Data(("<div>" + fragment + "</div>").utf8), source: "fragment.html") }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is not installed (apt-get install libxml2-utils)"))
    func xmllintFindsNoErrors() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-html-\(UUID().uuidString).html")
        try Data(try writeHTML(sampleDocument).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        // Strict XML (well-formedness), then the HTML parser, whose only complaints may be the
        // HTML5 element names libxml2 2.9 predates.
        let xml = try run("/usr/bin/xmllint", ["--noout", url.path])
        #expect(xml.status == 0 && xml.errors.isEmpty, "\(xml.errors)")
        let html = try run("/usr/bin/xmllint", ["--html", "--noout", url.path])
        let problems = html.errors.split(separator: "\n").filter { $0.contains("error") && !$0.contains("invalid") && !$0.contains("Tag ") }
        let unknownTags = html.errors.split(separator: "\n").filter { $0.contains("Tag ") && $0.contains("invalid") }
            .filter { line in !["header", "main", "section", "figure", "figcaption", "aside"].contains { line.contains("Tag \($0) ") } }
        #expect(problems.isEmpty, "\(problems)")
        #expect(unknownTags.isEmpty, "\(unknownTags)")
    }

    private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite struct RoundTripTests {
    @Test func modelToHTMLToModelIsAFixedPoint() throws {
        let html = try writeHTML(sampleDocument)
        let back = try readHTML(html)
        #expect(back.metadata == sampleDocument.metadata)
        #expect(back.blocks.count == sampleDocument.blocks.count)
        for (read, written) in zip(back.blocks, sampleDocument.blocks) { #expect(read == written) }
    }

    @Test func htmlToModelToHTMLToModelIsAFixedPoint() throws {
        let page = """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>湖畔书房开门迎客</title>
        <meta name="author" content="吴桐"></head><body>
        <h1>湖畔书房开门迎客</h1><p>记者 吴桐</p>
        <p>湖畔书房今天开门，
        藏书<b>一万册</b>，<a href="https://example.org/">详情</a>。</p>
        <figure><img src="room.jpg" alt="书房"><figcaption>湖畔书房一角</figcaption></figure>
        <h2 id="hours">开放时间</h2><ul><li>周一至周五<ol><li>上午</li><li>下午</li></ol></li><li>周末</li></ul>
        <table><tr><th>日子</th><th>时间</th></tr><tr><td rowspan="2">工作日</td><td align="right">9:00</td></tr><tr><td>21:00</td></tr></table>
        <blockquote><p>书房很安静。</p></blockquote><pre>开放 9:00
        关闭 21:00</pre><hr><p>完</p>
        </body></html>
        """
        let first = try readHTML(page)
        let second = try readHTML(try writeHTML(first))
        #expect(second == first)
        #expect(first.metadata.authors == [Author(name: "吴桐", role: "记者")])
        #expect(first.metadata.title == "湖畔书房开门迎客")
    }
}
