@testable import EPUBFormat
import FolioCore
import FolioMarkup
import Foundation
import Testing
import FolioTestSupport

/// The writer's package: metadata, structure, options and determinism.
@Suite("EPUB writer")
struct EPUBWriterTests {
    let writer = EPUBWriter()

    private func book(_ document: Document, _ options: [String: String] = [:], resources: any ResourceLoader = NoResources()) throws -> (ZipArchiveReader, WriterOutput) {
        let output = try writer.write(document, context: WriteContext(options: Options(options), resources: resources))
        return (try ZipArchiveReader([UInt8](output.data), source: "book.epub"), output)
    }

    private func text(_ archive: ZipArchiveReader, _ name: String) throws -> String {
        String(decoding: try archive.contents(of: try #require(archive.entry(named: name))), as: UTF8.self)
    }

    @Test func sameInputGivesSameBytes() throws {
        let context = WriteContext(resources: SampleDocuments.resources)
        let first = try writer.write(SampleDocuments.harbourPage, context: context).data
        let second = try writer.write(SampleDocuments.harbourPage, context: context).data
        #expect(first == second)
        let collection = try writer.write(collection: SampleDocuments.all, context: context).data
        #expect(collection == (try writer.write(collection: SampleDocuments.all, context: context).data))
    }

    @Test func mimetypeComesFirstStoredWithoutExtraField() throws {
        let data = [UInt8](try writer.write(SampleDocuments.weatherPage, context: WriteContext()).data)
        #expect(Array(data[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(data[8] == 0 && data[9] == 0)            // method: stored
        #expect(data[28] == 0 && data[29] == 0)          // no extra field
        #expect(String(decoding: data[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: data[38..<58], as: UTF8.self) == "application/epub+zip")
        #expect(Array(data[10..<14]) == [0, 0, 0x21, 0])  // 1980-01-01 00:00, never the clock
    }

    @Test func identifierIsDerivedFromContentUnlessGiven() throws {
        let (archive, _) = try book(SampleDocuments.weatherPage)
        let opf = try text(archive, "EPUB/package.opf")
        let identifier = try #require(opf.components(separatedBy: "<dc:identifier id=\"book-id\">").last?.components(separatedBy: "<").first)
        #expect(identifier.hasPrefix("urn:uuid:") && identifier.count == 45)
        #expect(try text(archive, "EPUB/toc.ncx").contains("<meta name=\"dtb:uid\" content=\"\(identifier)\"/>"))

        var changed = SampleDocuments.weatherPage
        changed.blocks.append(.paragraph([.text("又一段")]))
        #expect(!(try text(try book(changed).0, "EPUB/package.opf")).contains(identifier))

        var given = SampleDocuments.weatherPage
        given.metadata.identifier = "isbn:978-7-000-00000-0"
        #expect(try text(try book(given).0, "EPUB/package.opf").contains("<dc:identifier id=\"book-id\">isbn:978-7-000-00000-0</dc:identifier>"))
    }

    @Test func modifiedComesFromSourceDateEpochThenTheDocumentDate() throws {
        let epoch = try text(try book(SampleDocuments.weatherPage, ["source-date-epoch": "1700000000"]).0, "EPUB/package.opf")
        #expect(epoch.contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"))
        let dated = try text(try book(SampleDocuments.weatherPage).0, "EPUB/package.opf")
        #expect(dated.contains("<meta property=\"dcterms:modified\">2024-03-18T00:00:00Z</meta>"))
        #expect(dated.contains("<dc:date>2024-03-18</dc:date>"))
        var undated = SampleDocuments.weatherPage
        undated.metadata.date = "三月十八日"
        let fallback = try text(try book(undated).0, "EPUB/package.opf")
        #expect(fallback.contains("<meta property=\"dcterms:modified\">\(BookDates.fallbackModified)</meta>"))
        #expect(!fallback.contains("<dc:date>"))
        #expect(throws: FolioError.self) { try book(SampleDocuments.weatherPage, ["source-date-epoch": "yesterday"]) }
    }

    @Test func packageStatesTheMetadata() throws {
        let opf = try text(try book(SampleDocuments.harbourPage, resources: SampleDocuments.resources).0, "EPUB/package.opf")
        for expected in ["<dc:title id=\"title\">港城夜经济,点亮烟火气</dc:title>", "<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>",
                         "<dc:language>zh-CN</dc:language>", "<dc:publisher>江城晚报</dc:publisher>", "<dc:subject>城事·经济</dc:subject>",
                         "<dc:creator id=\"creator-3\">许明</dc:creator>", "<meta refines=\"#creator-3\" property=\"role\" scheme=\"marc:relators\">pht</meta>",
                         "<item id=\"image-1\" href=\"images/image-1.png\" media-type=\"image/png\"/>", "<spine toc=\"ncx\">"] {
            #expect(opf.contains(expected), "missing \(expected)")
        }
    }

    @Test func missingImagesAreWarnedAboutAndLeftOut() throws {
        let (archive, output) = try book(SampleDocuments.harbourPage, resources: SampleDocuments.resources)
        #expect(output.warnings == ["pages/harbour.txt: image img/missing-photo.jpg not found; left out"])
        #expect(archive.entries.filter { $0.name.hasPrefix("EPUB/images/") }.map(\.name) == ["EPUB/images/image-1.png"])
        let pages = try archive.entries.filter { $0.name.hasSuffix(".xhtml") }.map { try text(archive, $0.name) }.joined()
        #expect(!pages.contains("missing-photo"))
        #expect(pages.contains("<figure><figcaption>商户代表座谈</figcaption></figure>"))
    }

    @Test func remoteUnsupportedAndDataImages() throws {
        let document = Document(metadata: Metadata(title: "图", language: "zh"), blocks: [
            .figure(Figure(image: Image(source: "https://example.org/a.png"), caption: [.text("远程")])),
            .figure(Figure(image: Image(source: "notes.txt"), caption: [.text("不是图片")])),
            .figure(Figure(image: Image(source: "data:image/png;base64," + SampleImages.png().base64EncodedString()), caption: [.text("内嵌")])),
            .paragraph([.image(Image(source: "img/dot.gif", alternative: "点"))]),
        ])
        let resources = InMemoryResources(files: ["notes.txt": Data("hello".utf8), "img/dot.gif": SampleImages.gif])
        let (archive, output) = try book(document, resources: resources)
        #expect(output.warnings.count == 2)
        #expect(output.warnings.first?.contains("remote image https://example.org/a.png") == true)
        #expect(output.warnings.last?.contains("not a PNG, JPEG, GIF or WebP") == true)
        #expect(archive.entries.filter { $0.name.hasPrefix("EPUB/images/") }.map(\.name) == ["EPUB/images/image-1.png", "EPUB/images/image-2.gif"])
    }

    @Test func coverAddsImagePropertyAndFirstPage() throws {
        let resources = InMemoryResources(files: ["cover.png": SampleImages.png()])
        let (archive, _) = try book(SampleDocuments.weatherPage, ["cover": "cover.png"], resources: resources)
        let opf = try text(archive, "EPUB/package.opf")
        #expect(opf.contains("<item id=\"cover-image\" href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"))
        #expect(opf.contains("<spine toc=\"ncx\">\n<itemref idref=\"cover\"/>"))
        #expect(try text(archive, "EPUB/cover.xhtml").contains("<img src=\"images/cover.png\""))
        let nav = try text(archive, "EPUB/nav.xhtml")
        #expect(nav.contains("<li><a epub:type=\"cover\" href=\"cover.xhtml\">封面</a></li>"))
        #expect(nav.contains("<li><a epub:type=\"bodymatter\" href=\"page-001.xhtml\">正文</a></li>"))
        #expect(throws: FolioError.self) { try book(SampleDocuments.weatherPage, ["cover": "absent.png"]) }
        #expect(throws: FolioError.self) { try book(SampleDocuments.weatherPage, ["cover": "x.txt"], resources: InMemoryResources(files: ["x.txt": Data("no".utf8)])) }
    }

    @Test func cssOptionReplacesTheDefault() throws {
        let css = "p { color: red; }\n"
        let (archive, _) = try book(SampleDocuments.weatherPage, ["css": "my.css"], resources: InMemoryResources(files: ["my.css": Data(("\u{FEFF}" + css).utf8)]))
        #expect(try text(archive, "EPUB/style.css") == css)
        #expect(try text(try book(SampleDocuments.weatherPage).0, "EPUB/style.css") == DefaultStyleSheet.css)
        #expect(throws: FolioError.self) { try book(SampleDocuments.weatherPage, ["css": "absent.css"]) }
    }

    @Test func collectionNestsEachDocumentsSections() throws {
        let output = try writer.write(collection: [SampleDocuments.harbourPage, SampleDocuments.englishArticle], context: WriteContext(resources: SampleDocuments.resources))
        let archive = try ZipArchiveReader([UInt8](output.data), source: "day.epub")
        let nav = try MarkupParser.parseXML(Data(try archive.contents(of: try #require(archive.entry(named: "EPUB/nav.xhtml")))), source: "nav")
        let toc = try #require(nav.root?.descendantElements().first { $0.isElement(named: "ol") })
        let parts = toc.childElements
        #expect(parts.count == 2)
        #expect(parts.map { $0.firstChild(named: "a")?.textContent() } == ["港城夜经济,点亮烟火气", "The River Bridge Opens"])
        #expect(parts[0].firstChild(named: "ol")?.childElements.count == 4)
        // Construction (with its Costs subsection) and What's next.
        #expect(parts[1].firstChild(named: "ol")?.childElements.map { $0.firstChild(named: "a")?.textContent() } == ["Construction", "What's next"])
        let opf = try text(archive, "EPUB/package.opf")
        #expect(opf.contains("<itemref idref=\"title-page\"/>"))
        #expect(opf.contains("<dc:language>zh-CN</dc:language>"))
    }

    /// A long document's sections are rendered and deflated on all cores: each must still be
    /// its own page, in order, listed in order, the same bytes every time.
    @Test func aLongDocumentsSectionsArePagesInOrder() throws {
        let count = BookPlan.sectionsWorthSharing * 3 + 5
        let blocks = (1...count).flatMap { number -> [Block] in
            [.heading(Heading(level: 1, content: [.text("第\(number)节")])), .paragraph([.text("本节正文第\(number)段。")])]
        }
        let document = Document(metadata: Metadata(title: "长文", language: "zh-CN"), blocks: blocks)
        let (archive, output) = try book(document)
        #expect(try writer.write(document, context: WriteContext()).data == output.data)
        // Page 1 opens the document with its title; each section follows on a page of its own.
        for number in 1...count {
            let page = try text(archive, "EPUB/" + BookPlan.pageName(number + 1) + ".xhtml")
            #expect(page.contains(">第\(number)节<") && page.contains("本节正文第\(number)段。"), "page \(number)")
        }
        let nav = try text(archive, "EPUB/nav.xhtml")
        let listed = (1...count).compactMap { nav.range(of: ">第\($0)节<")?.lowerBound }
        #expect(listed.count == count && listed == listed.sorted())
        let opf = try text(archive, "EPUB/package.opf")
        let spine = (1...(count + 1)).compactMap { opf.range(of: "<itemref idref=\"\(BookPlan.pageName($0))\"")?.lowerBound }
        #expect(spine.count == count + 1 && spine == spine.sorted())
    }

    @Test func pagesOfOneIssueMakeABookNamedAfterIt() throws {
        var second = SampleDocuments.weatherPage
        second.metadata.title = "春季招聘会下周举行"
        second.metadata.edition = "A3"
        let output = try writer.write(collection: [SampleDocuments.weatherPage, second], context: WriteContext())
        let archive = try ZipArchiveReader([UInt8](output.data), source: "day.epub")
        let opf = try text(archive, "EPUB/package.opf")
        #expect(opf.contains("<dc:title id=\"title\">江城晚报 2024-03-18</dc:title>"))
        #expect(try text(archive, "EPUB/title.xhtml").contains("<h1 class=\"title\">江城晚报 2024-03-18</h1>"))
        #expect(opf.components(separatedBy: "<dc:creator").count == 2, "the shared author is listed once")
    }

    @Test func titleFallsBackAndLanguageIsGuessed() throws {
        let opf = try text(try book(Document(blocks: [.paragraph([.text("没有元数据的页面")])])).0, "EPUB/package.opf")
        #expect(opf.contains("<dc:title id=\"title\">无标题</dc:title>"))
        #expect(opf.contains("<dc:language>zh-CN</dc:language>"))
        let english = try text(try book(Document(metadata: Metadata(source: "/in/river-notes.txt"), blocks: [.paragraph([.text("plain words")])])).0, "EPUB/package.opf")
        #expect(english.contains("<dc:title id=\"title\">river-notes</dc:title>"))
        #expect(english.contains("<dc:language>und</dc:language>"))
    }
}

@Suite("EPUB writer parts")
struct EPUBWriterPartsTests {
    @Test(arguments: [
        (0, "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (1_700_000_000, "2023-11-14T22:13:20Z"), (4_102_444_799, "2099-12-31T23:59:59Z"),
    ])
    func epochTimestamps(_ seconds: Int, _ expected: String) {
        #expect(BookDates.timestamp(epochSeconds: seconds) == expected)
    }

    @Test func w3cDates() {
        #expect(BookDates.w3cDate("2024-02-29") == "2024-02-29")
        #expect(BookDates.w3cDate(" 2021 ") == "2021")
        #expect(BookDates.w3cDate("2021-03") == "2021-03")
        for invalid in ["2023-02-29", "2021-13-01", "2021-3-1", "21-03-01", "2021年3月1日", "", "2021-03-01T10:00"] {
            #expect(BookDates.w3cDate(invalid) == nil, "\(invalid)")
        }
    }

    @Test func relatorCodes() {
        #expect(CreatorRole.marcRelator(for: "本报记者") == "aut")
        #expect(CreatorRole.marcRelator(for: "通讯员") == "ctb")
        #expect(CreatorRole.marcRelator(for: "摄影") == "pht")
        #expect(CreatorRole.marcRelator(for: "Photographer") == "pht")
        #expect(CreatorRole.marcRelator(for: "责任编辑") == "edt")
        #expect(CreatorRole.marcRelator(for: "顾问") == nil)
        #expect(CreatorRole.marcRelator(for: nil) == nil)
    }

    @Test func contentHashSeparatesFields() {
        var first = ContentHash(), second = ContentHash()
        first.combine("ab"); first.combine("c")
        second.combine("a"); second.combine("bc")
        #expect(first.uuidURN != second.uuidURN)
        var again = ContentHash()
        again.combine("ab"); again.combine("c")
        #expect(first.uuidURN == again.uuidURN)
        #expect(first.uuidURN.split(separator: "-").map(\.count) == [17, 4, 4, 4, 12])
    }

    @Test func imageSignatures() {
        #expect(BookImages.imageType(of: [UInt8](SampleImages.png()))?.mediaType == "image/png")
        #expect(BookImages.imageType(of: [UInt8](SampleImages.gif))?.mediaType == "image/gif")
        #expect(BookImages.imageType(of: [0xFF, 0xD8, 0xFF, 0xE0])?.mediaType == "image/jpeg")
        #expect(BookImages.imageType(of: Array("RIFF\0\0\0\0WEBPVP8 ".utf8))?.mediaType == "image/webp")
        #expect(BookImages.imageType(of: Array("<svg/>".utf8)) == nil)
    }

    @Test func archivePaths() {
        #expect(ArchivePath.resolve("../images/a%20b.png#x", against: "OPS/text/") == "OPS/images/a b.png")
        #expect(ArchivePath.resolve("../../../etc/passwd", against: "OPS/") == nil)
        #expect(ArchivePath.resolve("https://example.org/x", against: "OPS/") == nil)
        #expect(ArchivePath.resolve("/abs.xhtml", against: "OPS/") == nil)
        #expect(ArchivePath.resolve("bad%zz", against: "") == nil)
        #expect(ArchivePath.resolve("./c1.xhtml", against: "") == "c1.xhtml")
    }

    @Test func zipWriterAndReaderAgree() throws {
        var zip = ZipArchiveWriter()
        let big = [UInt8](String(repeating: "江城晚报 ", count: 4000).utf8)
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try zip.add("a/big.txt", big)
        try zip.add("a/empty.txt", [])
        try zip.add("名字.txt", Array("utf8".utf8))
        #expect(throws: FolioError.self) { try zip.add("a/big.txt", []) }
        let archive = try ZipArchiveReader(try zip.finish(), source: "t.zip")
        #expect(archive.entries.map(\.name) == ["mimetype", "a/big.txt", "a/empty.txt", "名字.txt"])
        #expect(try archive.contents(of: archive.entries[1]) == big)
        #expect(archive.entries[1].compressedSize < big.count / 10)
        #expect(try archive.contents(of: archive.entries[2]) == [])
    }
}
