import FolioCore
import Testing
@testable import TextFormat

@Suite("Wrapping by display width")
struct WrappingTests {
    static func width(_ line: String) -> Int { CJK.displayWidth(of: line) }

    @Test("CJK counts two columns: 10 ideographs fill 20 columns")
    func cjkWidth() {
        let lines = LineBreaker.wrap(String(repeating: "字", count: 25), width: 20)
        #expect(lines.map(Self.width) == [20, 20, 10])
    }

    @Test("Latin text breaks at spaces, never inside words")
    func latinWords() {
        let lines = LineBreaker.wrap("the quick brown fox jumps over the lazy dog", width: 15)
        #expect(lines == ["the quick brown", "fox jumps over", "the lazy dog"])
    }

    @Test("A word longer than the width stands alone rather than being cut")
    func longWord() {
        #expect(LineBreaker.wrap("a supercalifragilistic b", width: 10) == ["a", "supercalifragilistic", "b"])
    }

    @Test("No line starts with closing punctuation", arguments: ["，", "。", "、", "；", "：", "？", "！", "」", "』", "）", "》", "”", "…", ",", "%"])
    func closingPunctuation(mark: String) {
        // Nine ideographs fill 18 of 20 columns; the mark would land at column 19-20 or start line 2.
        let text = String(repeating: "国", count: 10) + mark + String(repeating: "家", count: 6)
        let lines = LineBreaker.wrap(text, width: 20)
        for line in lines.dropFirst() {
            #expect(!(line.first.map(CJK.closingPunctuation.contains) ?? false), "\(lines)")
        }
        #expect(lines.joined() == text)
    }

    @Test("No line ends with opening punctuation", arguments: ["“", "「", "『", "（", "《", "【", "("])
    func openingPunctuation(mark: String) {
        let text = String(repeating: "国", count: 9) + mark + "家园" + String(repeating: "好", count: 6)
        let lines = LineBreaker.wrap(text, width: 20)
        for line in lines {
            #expect(!(line.last.map(CJK.openingPunctuation.contains) ?? false), "\(lines)")
            #expect(Self.width(line) <= 20 || line.count == 1, "\(lines)")
        }
        #expect(lines.joined() == text)
    }

    @Test("A closing mark after a full line pulls the last ideograph down with it")
    func kinsokuPullsDown() {
        let lines = LineBreaker.wrap("一二三四五。六七", width: 10)
        #expect(lines == ["一二三四", "五。六七"])
    }

    @Test("Runs of closing marks stay together: ”。 and ……")
    func markRuns() {
        let lines = LineBreaker.wrap("他说“走吧”。我们就走了……真好", width: 12)
        for line in lines.dropFirst() { #expect(!(line.first.map(CJK.closingPunctuation.contains) ?? false), "\(lines)") }
        #expect(lines.joined() == "他说“走吧”。我们就走了……真好")
    }

    @Test("Mixed CJK and Latin: breaks between scripts, spaces beside ideographs are kept inside lines")
    func mixedScripts() {
        let text = "使用 Folio 转换 EPUB 文件很方便"
        for width in 6...30 {
            let lines = LineBreaker.wrap(text, width: width)
            #expect(CJK.joinLines(lines) == text, "width \(width): \(lines)")
        }
    }

    @Test("Numbers and units break where CJK meets digits, and rejoin exactly")
    func numbers() {
        let text = "培训干部2.1万余人次，其中市管干部4400人次，增长12.5%。"
        for width in 8...40 {
            let lines = LineBreaker.wrap(text, width: width)
            #expect(CJK.joinLines(lines) == text, "width \(width)")
            for line in lines { #expect(Self.width(line) <= width, "width \(width): \(lines)") }
        }
    }

    @Test("The first line's indent counts against the width")
    func firstIndent() {
        let lines = LineBreaker.wrap(String(repeating: "文", count: 12), width: 20, firstIndent: 4)
        #expect(lines.map(Self.width) == [16, 8])
    }

    @Test("Empty text gives one empty line")
    func empty() {
        #expect(LineBreaker.wrap("", width: 10) == [""])
    }

    @Test("The writer wraps paragraphs at --columns and keeps them whole with --wrap none")
    func writerOptions() throws {
        let document = Document(blocks: [.paragraph([.text(String(repeating: "长", count: 100))])])
        let wrapped = try Support.write(document, options: ["columns": "40"])
        #expect(wrapped.split(separator: "\n").allSatisfy { CJK.displayWidth(of: $0) <= 40 })
        #expect(wrapped.split(separator: "\n").count == 6)
        let unwrapped = try Support.write(document, options: ["wrap": "none"])
        #expect(unwrapped.split(separator: "\n").count == 1)
        let standard = try Support.write(document)
        #expect(standard.split(separator: "\n").allSatisfy { CJK.displayWidth(of: $0) <= 72 })
        #expect(throws: FolioError.self) { try Support.write(document, options: ["columns": "abc"]) }
        #expect(throws: FolioError.self) { try Support.write(document, options: ["wrap": "sometimes"]) }
    }
}
