import Foundation
import FolioCore
import FolioTestSupport
import Testing
@testable import TextFormat

@Suite("Seed page")
struct SeedPageTests {
    @Test("The seed page gives exactly the structure its target describes", .needsShared(SeedPage.structure))
    func seedStructure() throws {
        let page = try SharedCorpus.url(SeedPage.text)
        let target = try StructureTarget.load(SharedCorpus.url(SeedPage.structure))
        let document = try TextReader().read(Data(contentsOf: page), source: page.lastPathComponent, options: Options())
        let differences = target.differences(from: document)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test("Chrome lines never reach the document", .needsShared(SeedPage.text))
    func chromeDropped() throws {
        let page = try SharedCorpus.url(SeedPage.text)
        let document = try TextReader().read(Data(contentsOf: page), source: "seed", options: Options())
        let text = document.blocks.map(\.plainText)
        for chrome in ["标题导航", "dlrb", "放大 缩小 默认", "宁波日报"] { #expect(!text.contains(chrome)) }
        #expect(!text.contains { $0.contains("上一版") })
    }

    @Test("text → text → text is stable after one round, wrapped and unwrapped", .needsShared(SeedPage.text))
    func roundTrip() throws {
        let page = try SharedCorpus.url(SeedPage.text)
        let original = try TextReader().read(Data(contentsOf: page), source: "seed", options: Options())
        for options in [[:], ["columns": "40"], ["wrap": "none"], ["columns": "100"]] {
            let first = try Support.write(original, options: options)
            let reread = try Support.read(first)
            #expect(reread == original, "options \(options)")
            let second = try Support.write(reread, options: options)
            #expect(second == first, "options \(options)")
        }
    }

    @Test("--layout plain gives paragraphs and no page metadata", .needsShared(SeedPage.text))
    func plainLayout() throws {
        let page = try SharedCorpus.url(SeedPage.text)
        let document = try TextReader().read(Data(contentsOf: page), source: "seed", options: Options(["layout": "plain"]))
        #expect(document.metadata.title == nil)
        #expect(document.metadata.publication == nil)
        #expect(document.metadata.language == "zh-CN")
        #expect(Support.paragraphs(document).contains("2020年是极不平凡的一年。"))
    }
}
