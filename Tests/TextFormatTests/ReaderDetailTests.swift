import Foundation
import FolioCore
import Testing
@testable import TextFormat

@Suite("Reader details")
struct ReaderDetailTests {
    @Test("Lines: indentation in columns, inner space variants folded, layout-only lines marked")
    func lineNormalisation() throws {
        let page = try TextPage(text: "\u{00A0}\u{00A0}聚焦\u{00A0}\u{3000}全力\r\n\u{3000}\u{3000}\r\n\ta\u{2003}b\rlast", source: "t")
        #expect(page.lines.map(\.text) == ["聚焦 全力", "", "a b", "last"])
        #expect(page.lines.map(\.indentation) == [2, 0, 4, 0])
        #expect(page.lines.map(\.isLayoutOnly) == [false, true, false, false])
        #expect(page.lines[0].width == 9)
    }

    @Test("Paragraphs run together on one line, set apart by wide gaps after their sentences, become lines of their own (an app's page, a portal's copy)", arguments: [
        ("  港口协同是区域发展的重要支点。   近年来，吞吐量持续增长。   打通堵点，提升通关效率   今年以来，新建自动化泊位3个。",
         ["港口协同是区域发展的重要支点。", "近年来，吞吐量持续增长。", "打通堵点，提升通关效率", "今年以来，新建自动化泊位3个。"]),
        ("　　港口协同是区域发展的重要支点。”　　“我们把码头连成一张网！”　　2024年，新建泊位3个。",
         ["港口协同是区域发展的重要支点。”", "“我们把码头连成一张网！”", "2024年，新建泊位3个。"]),
        ("央行将创设新的结构性货币政策工具   记者从人民银行获悉，新工具将于下月推出。",
         ["央行将创设新的结构性货币政策工具", "记者从人民银行获悉，新工具将于下月推出。"]),
    ])
    func paragraphsRunTogether(line: String, paragraphs: [String]) throws {
        let page = try TextPage(text: "标题\n" + line + "\n末行", source: "t")
        let apart = paragraphs.flatMap { ["", $0] }.dropFirst()
        #expect(page.lines.map(\.text) == ["标题"] + apart + ["末行"])
        #expect(page.lines.map(\.number) == [1] + Array(repeating: 2, count: apart.count) + [3])
    }

    @Test("Wide gaps that end no sentence stay spaces: menus, tables, English", arguments: [
        "首页   新闻   体育   财经", "合计   100   200", "It ended.   Then it rained.", "一、   今年以来，新建泊位3个。",
        "港区新闻   体育新闻   财经新闻", "今年以来，   新建泊位3个。",
    ])
    func wideGapsThatEndNoParagraph(line: String) throws {
        #expect(try TextPage(text: line, source: "t").lines.count == 1)
    }

    @Test("Line length limit names the line")
    func lineLimit() {
        #expect(throws: FolioError.self) { try Support.read("ok\n" + String(repeating: "x", count: 100), options: ["max-line-length": "50"]) }
        do {
            _ = try Support.read("ok\n" + String(repeating: "x", count: 100), options: ["max-line-length": "50"])
        } catch let error as FolioError {
            #expect(error.kind == .limitExceeded && error.line == 2)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("Language comes from the content", arguments: [
        ("今天天气很好，我们去公园散步。", "zh-CN"),
        ("The weather is fine and the park is full of people.", "en"),
        ("今日はとても良い天気ですね。公園に行きましょう。", "ja"),
        ("오늘은 날씨가 아주 좋습니다.", "ko"),
        ("12345 67890", nil),
    ] as [(String, String?)])
    func language(text: String, expected: String?) throws {
        #expect(try Support.read(text).metadata.language == expected)
    }

    @Test("A U+00A0 between two phrases of a heading becomes a space; indentation-only lines are layout")
    func headingSpaces() throws {
        let nbsp = "\u{00A0}"
        let indent = String(repeating: nbsp, count: 4)
        let text = "第A1版:要闻\n2022年01月01日\n\n新年第一天\n\n\(indent)记者\(nbsp)李明\n\n\(indent)第一段写得很长，句子结束了。\n\n\(indent)\n\n\(indent)看得见\(nbsp)摸得着\n\n\(indent)\n\n\(indent)\n\n\(indent)第二段也写完了。\n"
        let document = try Support.read(text)
        #expect(Support.headings(document) == ["看得见 摸得着"])
        #expect(Support.paragraphs(document) == ["第一段写得很长，句子结束了。", "第二段也写完了。"])
        #expect(document.metadata.authors == [Author(name: "李明", role: "记者")])
    }

    @Test("Layout option: plain switches recognition off, news forces it, unknown names are refused")
    func layoutOption() throws {
        let text = "第A1版:要闻\n2022年01月01日\n\n新年第一天\n\n　　记者　李明\n\n　　正文一段。\n"
        #expect(try Support.read(text).metadata.title == "新年第一天")
        #expect(try Support.read(text, options: ["layout": "news"]).metadata.title == "新年第一天")
        let plain = try Support.read(text, options: ["layout": "plain"])
        #expect(plain.metadata.title == nil && plain.metadata.edition == nil)
        #expect(throws: FolioError.self) { try Support.read(text, options: ["layout": "tabloid"]) }
        #expect(throws: FolioError.self) { try Support.read(text, options: ["encoding": "klingon"]) }
    }

    /// A third party's layout: every page starts with the paper's name on its own line.
    struct MastheadLayout: PageLayout {
        let name = "masthead"
        func document(from page: TextPage) throws -> Document? {
            guard let first = page.lines.first, first.text == "海港周报" else { return nil }
            var document = Document(blocks: PlainLayout.blocks(from: page.lines.dropFirst()))
            document.metadata.publication = first.text
            return document
        }
    }

    @Test("A reader built with a third party's layout uses it, and falls back to plain text")
    func customLayout() throws {
        let reader = TextReader(layout: MastheadLayout())
        #expect(reader.layoutNames == ["auto", "masthead", "plain"])
        let page = try reader.read(Data("海港周报\n\n渔船出海了。\n".utf8), source: "p", options: Options())
        #expect(page.metadata.publication == "海港周报")
        #expect(Support.paragraphs(page) == ["渔船出海了。"])
        let other = try reader.read(Data("别的文字。\n".utf8), source: "p", options: Options())
        #expect(other.metadata.publication == nil && Support.paragraphs(other) == ["别的文字。"])
        let plugin = TextFormatPlugin(reader: reader)
        #expect(plugin.descriptor.name == "text" && plugin.reader != nil && plugin.writer != nil)
    }
}

@Suite("E-paper layouts beyond the sample pages")
struct EPaperVariantTests {
    static let frame = "第A4版:综合 上一版3 5下一版\n标题导航\n2021年05月06日 星期四\n放大 缩小 默认\n\n"

    @Test("Unindented subheads among indented paragraphs are section headings, not new articles")
    func unindentedSubheads() throws {
        let text = Self.frame + "海岛迎来旅游旺季\n\n　　记者　林海\n\n　　五一假期，岛上的民宿几乎全部客满。\n\n游客结构有变化\n\n　　今年来岛上的年轻游客明显增多。\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == "海岛迎来旅游旺季")
        #expect(document.blocks.compactMap { if case .heading(let h) = $0 { return h.level } else { return nil } } == [2])
        #expect(Support.headings(document) == ["游客结构有变化"])
        #expect(Support.paragraphs(document).count == 2)
    }

    @Test("An app's page with its article on one line: paragraphs and the section heading between them are read, the edition list is chrome, the online edition names the paper")
    func articleOnOneLine() throws {
        let editions = (1...12).map { String(format: "%02d版:", $0) + ($0 == 5 ? "评论" : "要闻") }.joined(separator: "\n")
        let text = "江城日报电子报\n江城日报2025.11.03星期一\n" + editions + "\n01版:要闻\n港口群联动发展\n——推动沿江港口协同提质增效\n"
            + "  港口协同是区域发展的重要支点。   近年来，江城港口吞吐量持续增长，前三季度完成货物吞吐量1.2亿吨。   打通堵点，提升通关效率   今年以来，江城新建自动化泊位3个。\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == "港口群联动发展" && document.metadata.subtitle == "推动沿江港口协同提质增效")
        #expect(document.metadata.publication == "江城日报" && document.metadata.date == "2025-11-03" && document.metadata.edition == "01")
        #expect(Support.headings(document) == ["打通堵点，提升通关效率"])
        #expect(Support.paragraphs(document).count == 3)
    }

    @Test("A page without indentation: title, byline, paragraphs by punctuation")
    func unindentedPage() throws {
        let text = Self.frame + "海岛迎来旅游旺季\n\n本报记者 林海\n\n五一假期，岛上的民宿几乎全部客满。\n\n今年来岛上的年轻游客明显增多。\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == "海岛迎来旅游旺季")
        #expect(document.metadata.authors == [Author(name: "林海", role: "本报记者")])
        #expect(Support.paragraphs(document).count == 2)
        #expect(document.metadata.date == "2021-05-06" && document.metadata.edition == "A4" && document.metadata.section == "综合")
    }

    @Test("Text → text → text is stable for plain documents too", arguments: [
        "第三章　雨夜\n\n　　那天夜里雨下得很大，巷子里的路灯一盏接一盏地灭了。老周把店门关上，坐在柜台后面数着今天的零钱。\n　　“谁呀？”\n",
        "The harbour was quiet in the early morning. Fishing boats rocked gently against the pier.\n\nBy noon the market would be full.\n",
        "2024-05-01 08:00:01 INFO server started\n2024-05-01 08:00:02 WARN slow request took 1250 ms\n",
    ])
    func plainRoundTrip(text: String) throws {
        let first = try Support.write(try Support.read(text), options: ["columns": "30"])
        #expect(try Support.write(try Support.read(first), options: ["columns": "30"]) == first)
    }
}

@Suite("Pages that indent everything")
struct IndentedEverythingTests {
    @Test("An indented title before a subtitle and byline is still the title")
    func indentedTitle() throws {
        let indent = String(repeating: "\u{00A0}", count: 4)
        let text = "第02版:要闻\n2020年02月02日\n\n\(indent)古桥修缮完工\n\n\(indent)——百年石桥重新通行\n\n\(indent)记者\u{00A0}钱江\n\n\(indent)昨天，修缮一新的古桥重新向行人开放。\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == "古桥修缮完工")
        #expect(document.metadata.subtitle == "百年石桥重新通行")
        #expect(document.metadata.authors == [Author(name: "钱江", role: "记者")])
        #expect(Support.paragraphs(document) == ["昨天，修缮一新的古桥重新向行人开放。"])
    }

    @Test("An indented short first paragraph without a head after it stays a paragraph")
    func indentedShortParagraph() throws {
        let text = "第02版:要闻\n2020年02月02日\n\n　　相关链接见下\n\n　　昨天，修缮一新的古桥重新向行人开放。\n"
        let document = try Support.read(text)
        #expect(document.metadata.title == nil)
        #expect(Support.paragraphs(document).count == 2)
    }
}
