import EPUBFormat
import FolioCore
import Foundation
import Testing

/// Books written by the EPUB writer read back with the same blocks and text.
@Suite("EPUB round trip")
struct EPUBRoundTripTests {
    let writer = EPUBWriter()
    let reader = EPUBReader()

    private func roundTrip(_ document: Document, resources: any ResourceLoader = NoResources()) throws -> Document {
        let data = try writer.write(document, context: WriteContext(resources: resources)).data
        return try reader.read(data, source: "book.epub", options: Options())
    }

    @Test(arguments: SampleDocuments.all.indices)
    func samplesKeepTheirContent(_ index: Int) throws {
        let source = SampleDocuments.all[index]
        let read = try roundTrip(source, resources: SampleDocuments.resources)
        ContentShape.expectEqual(ContentShape.of(read.blocks), ContentShape.of(source.blocks))
    }

    @Test func harbourPageDetails() throws {
        let read = try roundTrip(SampleDocuments.harbourPage, resources: SampleDocuments.resources)
        let metadata = read.metadata
        #expect(metadata.title == "港城夜经济,点亮烟火气")
        #expect(metadata.subtitle == "江东区商圈建设这一年")
        #expect(metadata.introTitle == "民生观察")
        #expect(metadata.credits == ["本版图片由江东区商务局提供"])
        #expect(metadata.language == "zh-CN")
        #expect(metadata.date == "2023-11-06")
        #expect(metadata.publication == "江城晚报")
        #expect(metadata.authors == [Author(name: "林晓澄", role: "author"), Author(name: "周文远", role: "contributor"), Author(name: "许明", role: "photographer")])
        #expect(metadata.keywords == ["城事·经济", "夜经济", "商圈"])
        #expect(metadata.identifier?.hasPrefix("urn:uuid:") == true)
        #expect(metadata.source == "book.epub")

        let figures = read.blocks.compactMap { block -> Figure? in
            if case .figure(let figure) = block { return figure }
            return nil
        }
        #expect(figures.map { $0.image?.source } == ["images/image-1.png", nil])
        #expect(figures.first?.image?.alternative == "夜市")
        let tables = read.tables
        #expect(tables.count == 1)
        #expect(tables.first?.role == .indicators)
        #expect(tables.first?.head.first?.cells.map(\.isHeader) == [true, true, true])
        #expect(tables.first?.body.first?.cells[1].alignment == .right)
        let note = read.blocks.last
        guard case .note(let aside)? = note else {
            Issue.record("the last block should be the note, not \(String(describing: note))")
            return
        }
        #expect(aside.kind == "相关链接")
        #expect(aside.blocks == [.paragraph([.text("更多内容欢迎关注"), .link(Link(target: "https://example.org/jiangdong", content: [.text("江东发布")]))])])
    }

    @Test func spannedTableKeepsItsSpans() throws {
        let read = try roundTrip(SampleDocuments.weatherPage)
        let table = try #require(read.tables.first)
        #expect(table.head.first?.cells.map(\.rowSpan) == [2, 1])
        #expect(table.head.first?.cells.map(\.columnSpan) == [1, 2])
        #expect(table.foot.first?.cells.first?.columnSpan == 3)
        #expect(table.grid == SampleDocuments.weatherPage.tables.first?.grid)
    }

    @Test func headingLevelsAndIdentifiersSurvive() throws {
        let document = Document(metadata: Metadata(title: "T", language: "en"), blocks: [
            .heading(Heading(level: 1, content: [.text("One")], identifier: "one")),
            .paragraph([.text("a")]),
            .heading(Heading(level: 2, content: [.text("Two")], identifier: "two")),
            .heading(Heading(level: 1, content: [.text("Three")], identifier: "three")),
        ])
        #expect(try roundTrip(document).blocks == document.blocks)
    }

    @Test(arguments: UInt64(1)...8)
    func generatedDocumentsKeepTheirContent(_ seed: UInt64) throws {
        let source = GeneratedDocuments.document(seed: seed)
        let read = try roundTrip(source)
        // Written without resources, the book holds none of the images.
        ContentShape.expectEqual(ContentShape.of(read.blocks, ignoringSpaces: true),
                                 ContentShape.of(ContentShape.removingImages(source.blocks), ignoringSpaces: true))
    }

    @Test func collectionReadsBackInOrder() throws {
        let data = try writer.write(collection: SampleDocuments.all, context: WriteContext(resources: SampleDocuments.resources)).data
        let read = try reader.read(data, source: "day.epub", options: Options())
        ContentShape.expectEqual(ContentShape.of(read.blocks), SampleDocuments.all.flatMap { ContentShape.of($0.blocks) })
        // The pages come from different papers, so the book takes the first page's title.
        #expect(read.metadata.title == "港城夜经济,点亮烟火气")
    }
}
