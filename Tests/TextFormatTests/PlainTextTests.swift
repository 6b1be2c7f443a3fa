import Foundation
import FolioCore
import Testing
@testable import TextFormat

@Suite("Text that is no e-paper page")
struct PlainTextTests {
    @Test("A novel chapter: chapter heading, one paragraph per indented line, wrapped lines joined without spaces")
    func novelChapter() throws {
        let text = """
        第三章　雨夜

        　　那天夜里雨下得很大，巷子里的路灯一盏接一盏地灭了。老周把店门关上，
        坐在柜台后面数着今天的零钱。
        　　门外忽然传来敲门声。他愣了一下，没有动。
        　　“谁呀？”
        """
        let document = try Support.read(text)
        #expect(document.metadata == Metadata(language: "zh-CN"))
        #expect(Support.headings(document) == ["第三章 雨夜"])
        #expect(Support.paragraphs(document) == [
            "那天夜里雨下得很大，巷子里的路灯一盏接一盏地灭了。老周把店门关上，坐在柜台后面数着今天的零钱。",
            "门外忽然传来敲门声。他愣了一下，没有动。",
            "“谁呀？”",
        ])
    }

    @Test("English prose: hard-wrapped lines join with a space; language en; no other metadata")
    func englishProse() throws {
        let text = "The harbour was quiet in the early morning. Fishing boats rocked gently\nagainst the pier, and the gulls had not yet begun their quarrel.\n\nBy noon the market would be full of noise and people.\n"
        let document = try Support.read(text)
        #expect(document.metadata == Metadata(language: "en"))
        #expect(Support.paragraphs(document) == [
            "The harbour was quiet in the early morning. Fishing boats rocked gently against the pier, and the gulls had not yet begun their quarrel.",
            "By noon the market would be full of noise and people.",
        ])
    }

    @Test("A log file: one paragraph per record, no metadata")
    func logFile() throws {
        let text = "2024-05-01 08:00:01 INFO server started on port 8080\n2024-05-01 08:00:02 INFO loaded 42 routes\n2024-05-01 08:03:17 WARN slow request: GET /pages took 1250 ms\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == nil && document.metadata.authors.isEmpty && document.metadata.date == nil)
        #expect(Support.paragraphs(document).count == 3)
        #expect(Support.paragraphs(document).first == "2024-05-01 08:00:01 INFO server started on port 8080")
    }

    @Test("Lines without blank lines, short last lines: paragraphs by line rhythm")
    func shortLinesBreakParagraphs() throws {
        let text = "A first paragraph that runs long enough to wrap across the line\nand ends here.\nA second one that again runs long enough to wrap across the line\nand ends.\n"
        #expect(Support.paragraphs(try Support.read(text)).count == 2)
    }

    @Test("Lists, quotes and dividers in plain text")
    func plainStructures() throws {
        let text = "Steps:\n\n1. Open the page\n2. Read it\n   slowly\n\n- one\n- two\n\n> quoted line\n> goes on\n\n* * *\n\nEnd.\n"
        let document = try Support.read(text, options: ["layout": "plain"])
        let lists = document.blocks.compactMap { if case .list(let list) = $0 { return list } else { return nil } }
        #expect(lists.count == 2)
        #expect(lists.first?.isOrdered == true)
        #expect(lists.first?.items.last == [.paragraph([.text("Read it slowly")])])
        #expect(lists.last?.isOrdered == false)
        #expect(document.blocks.contains(.blockQuote([.paragraph([.text("quoted line goes on")])])))
        #expect(document.blocks.contains(.divider))
    }

    @Test("A page-like paragraph alone does not make a page: one 记者 line is no chrome")
    func noInventedMetadata() throws {
        let document = try Support.read("记者 张三\n\n今天天气很好，我们去公园散步。\n")
        #expect(document.metadata.authors.isEmpty)
        #expect(document.metadata.title == nil)
    }

    @Test("Empty and blank input give an empty document")
    func emptyInput() throws {
        #expect(try Support.read("") == Document())
        #expect(try Support.read("\n\u{00A0}\u{3000}\n  \r\n") == Document())
    }
}
