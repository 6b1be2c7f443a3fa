import Foundation
import FolioCore
import PandocFormat

/// Writes a document as pandoc JSON.
func writePandoc(_ document: Document) throws -> Data {
    let output = try PandocWriter().write(document, context: WriteContext())
    guard case .data(let data) = output.content else { return Data() }
    return data
}

/// Reads pandoc JSON with the reader, with its warnings.
func readPandoc(_ data: Data, options: [String: String] = [:]) throws -> ReadResult {
    try PandocReader().readReporting(data, source: "fixture.json", options: Options(options))
}

/// Reads pandoc JSON given as text.
func readPandoc(_ json: String, options: [String: String] = [:]) throws -> ReadResult {
    try readPandoc(Data(json.utf8), options: options)
}

/// A pandoc document around the given blocks.
func pandocDocument(blocks: String, meta: String = "{}", version: String = "[1,23,1,1]") -> String {
    "{\"pandoc-api-version\":\(version),\"meta\":\(meta),\"blocks\":\(blocks)}"
}

/// Documents that use every part of the model pandoc can hold exactly.
enum SampleDocuments {
    /// Every block and inline, metadata with roles and free keys, a spanning table and an indicator table.
    static let everything = Document(
        metadata: Metadata(
            title: "港城人才工作这一年", subtitle: "——写在人才日之际", introTitle: "年度观察",
            authors: [Author(name: "陈思远", role: "记者"), Author(name: "林 晓")], date: "2024-05-14",
            publication: "东海日报", edition: "A3", section: "要闻", language: "zh-CN", source: "page.txt",
            identifier: "article-42", credits: ["本版图片由市人社局提供"], keywords: ["人才", "招聘"],
            summary: "一年的人才工作", extra: ["rights": "CC BY 4.0"]),
        blocks: [
            .heading(Heading(level: 1, content: [.text("聚焦人才引育")], identifier: "focus")),
            .paragraph([.text("全年新引育各类人才"), .strong([.text("3.2万人")]), .text("，比上年增长"), .emphasis([.text("12%")]), .text("。")]),
            .paragraph([.text("He said "), .quoted([.text("more to come")]), .text(" and left."), .lineBreak,
                        .text("See "), .link(Link(target: "https://example.org/a?b=1", title: "Example", content: [.text("the report")])),
                        .text(", run "), .code("folio -t pandoc-json"), .text(" and "), .image(Image(source: "icon.png", alternative: "an icon", title: "Icon")), .text(".")]),
            .figure(Figure(image: Image(source: "p1.jpg", alternative: "招聘会现场"), caption: [.text("招聘会现场，"), .emphasis([.text("摄影")])])),
            .figure(Figure(caption: [.text("图注而无图")])),
            .blockQuote([.paragraph([.text("引用的一段话。")]), .paragraph([.text("第二段。")])]),
            .list(List(isOrdered: false, items: [[.paragraph([.text("第一项")])], [.paragraph([.text("第二项")]),
                       .list(List(isOrdered: true, start: 3, items: [[.paragraph([.text("三")])], [.paragraph([.text("四")])]]))]])),
            .list(List(isOrdered: true, start: 1, items: [[.paragraph([.text("Loose one")]), .paragraph([.text("more")])], [.paragraph([.text("Loose two")])]])),
            .table(Table(
                caption: [.text("表1 各区人才")], columnAlignments: [.left, .right, .center],
                head: [TableRow(cells: [TableCell(text: "区县", isHeader: true), TableCell(text: "人数", columnSpan: 2, isHeader: true)])],
                body: [
                    TableRow(cells: [TableCell(text: "海曙", rowSpan: 2), TableCell(text: "1200", alignment: .left), TableCell(text: "甲")]),
                    TableRow(cells: [TableCell(text: "800"), TableCell(content: [])]),
                ],
                foot: [TableRow(cells: [TableCell(text: "合计"), TableCell(text: "2000", columnSpan: 2)])])),
            .table(Table(
                role: .indicators,
                head: [TableRow(cells: Table.indicatorColumns.map { TableCell(text: $0, isHeader: true) })],
                body: [TableRow(texts: ["要闻", "培训干部", "21000", "人次", "more_than", "count", "2.1万余人次", "培训干部2.1万余人次。"])])),
            .table(Table(body: [
                TableRow(cells: [TableCell(text: "行头", isHeader: true), TableCell(text: "值")]),
                TableRow(cells: [TableCell(text: "行头二", isHeader: true), TableCell(text: "值二")]),
            ])),
            .codeBlock(CodeBlock(language: "sh", text: "folio page.txt -t pandoc-json \\\n  | pandoc -f json -o page.docx\n\t\"quoted\"")),
            .codeBlock(CodeBlock(text: "plain code")),
            .divider,
            .note(Note(kind: "编者按", blocks: [.paragraph([.text("本版文章由记者采写。")])])),
            .note(Note(blocks: [.paragraph([.text("An aside.")])])),
        ])
}
