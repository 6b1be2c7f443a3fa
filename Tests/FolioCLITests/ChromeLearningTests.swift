import Foundation
import FolioTestSupport
import Testing

/// `folio batch` on a folder of pages of one paper, generated in the Founder e-paper layout with
/// a frame of its own that no vocabulary lists: a slogan under the navigation and an address
/// above the paper's name on every page.
@Suite struct ChromeLearningTests {
    static let slogan = "东海日报数字报 让阅读更美好"
    static let address = "本报地址 东海市文化路1号 邮编315000"
    static let titles = ["老街区装上新电梯", "社区图书馆延长开放", "江北新建三座桥", "城西学校如期开学", "古道修缮完工", "茶园迎来春茶", "夜市重新开张", "公交新开三条线"]
    static let reporters = ["邹明", "鲍小雨", "严一帆", "柯明", "卢一", "庞一鸣", "韩冬", "钱一"]

    /// Page `number` of the generated paper.
    static func page(_ number: Int) -> String {
        let day = number % 28 + 1
        let title = titles[number % titles.count] + "（\(number)）"
        let reporter = reporters[number % reporters.count]
        var body = "  本报讯(记者 \(reporter))昨天上午，第\(number)号新闻里说的事情有了进展，市民们都说这是一件好事。\n\n  有关部门表示，接下来还会继续推进相关工作，让更多人受益。\n"
        // One page repeats a heading of its own: it must stay.
        if number == 7 { body += "\n  一图读懂\n\n  这一部分用图表说明了工作的进展，数字都来自有关部门。\n\n  一图读懂\n\n  另一部分也用图表说明了工作的进展。\n" }
        return """
            第A\(number % 8 + 1)版:城市新闻 上一版3  4下一版
            标题导航
            dhrb
             
            2024年03月\(day < 10 ? "0" : "")\(day)日 星期六
            3 上一篇  下一篇 4 放大 缩小 默认
            \(slogan)

            \(title)

            \(body)
            3 上一篇  下一篇 4 放大 缩小 默认
            \(address)
            东海日报

            """
    }

    static func strings(in json: Data) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return [] }
        func collect(_ value: Any) -> [String] {
            if let text = value as? String { return [text] }
            if let array = value as? [Any] { return array.flatMap(collect) }
            if let dictionary = value as? [String: Any] { return dictionary.values.flatMap(collect) }
            return []
        }
        return collect(object)
    }

    @Test func batchLearnsTheFrameOfFiftyPages() throws {
        let folder = try TemporaryFolder()
        for number in 1...56 { try folder.write("pages/page-\(number).txt", Self.page(number)) }
        let run = try FolioBinary.run(["batch", folder.path("pages"), "-t", "json", "-o", folder.path("out"), "-q"])
        #expect(run.status == 0, "\(run.standardError)")
        var titles: [String] = []
        for number in 1...56 {
            let json = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/page-\(number).json")))
            let texts = Self.strings(in: json)
            #expect(!texts.contains(Self.slogan) && !texts.contains(Self.address), "page \(number)")
            let object = try JSONSerialization.jsonObject(with: json) as? [String: Any]
            titles.append((object?["metadata"] as? [String: Any])?["title"] as? String ?? "")
            if number == 7 { #expect(texts.filter { $0 == "一图读懂" }.count == 2) }
        }
        #expect(titles == (1...56).map { Self.titles[$0 % Self.titles.count] + "（\($0)）" })

        // Without the lesson the frame stays in: the test can fail.
        let unlearned = try FolioBinary.run(["batch", folder.path("pages"), "-t", "json", "-o", folder.path("plain"), "-q", "--no-learn-chrome"])
        #expect(unlearned.status == 0)
        let first = Self.strings(in: try Data(contentsOf: URL(fileURLWithPath: folder.path("plain/page-1.json"))))
        #expect(first.contains(Self.address) || first.contains(Self.slogan))
    }

    @Test func severalInputsLearnTooAndAFewDoNot() throws {
        let folder = try TemporaryFolder()
        let pages = try (1...6).map { try folder.write("page-\($0).txt", Self.page($0)) }
        let run = try FolioBinary.run(pages + ["-t", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!Self.strings(in: run.standardOutput).contains(Self.address))
        let two = try FolioBinary.run(Array(pages.prefix(2)) + ["-t", "json"])
        #expect(Self.strings(in: two.standardOutput).contains(Self.address))
    }
}
