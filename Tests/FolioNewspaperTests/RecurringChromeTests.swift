import FolioNewspaper
import Testing

@Suite("Chrome learned from an archive")
struct RecurringChromeTests {
    @Test("Lines on many pages of one publication are chrome; a line one page repeats is not")
    func learnsByPages() {
        var learner = RecurringChrome()
        for day in 1...20 {
            var lines = ["东海日报数字报 让阅读更美好", "第\(day)天的标题", "今天的正文写了很多内容，讲的是第\(day)天发生的事情，一共有好几句话。"]
            if day == 7 { lines += ["一图读懂", "一图读懂"] }
            learner.add(page: lines, publication: "东海日报")
        }
        #expect(learner.learned == ["东海日报数字报 让阅读更美好"])
    }

    @Test("Too few pages teach nothing; each publication is counted on its own pages")
    func thresholds() {
        var few = RecurringChrome()
        for _ in 1...4 { few.add(page: ["本站导航 首页"], publication: "甲报") }
        #expect(few.learned.isEmpty)
        var mixed = RecurringChrome()
        for _ in 1...10 { mixed.add(page: ["甲报页脚 联系我们"], publication: "甲报") }
        for _ in 1...40 { mixed.add(page: ["乙报页脚 联系我们"], publication: "乙报") }
        #expect(mixed.learned == ["甲报页脚 联系我们", "乙报页脚 联系我们"])
    }

    @Test("Prose, datelines and bylines are never learned, however often they recur")
    func candidates() {
        var learner = RecurringChrome()
        for _ in 1...10 {
            learner.add(page: ["本报记者 王一", "2024年03月02日 星期六", "这是一段每页都有的很长的正文，它说了很多话，但它是正文，不是页面的框架，所以不能学成框架。"], publication: "丙报")
        }
        #expect(learner.learned.isEmpty)
    }

    @Test("The option carries the lines one per line")
    func optionValue() {
        let lines: Set<String> = ["甲 乙", "丙"]
        #expect(RecurringChrome.lines(in: RecurringChrome.optionValue(lines)) == lines)
        #expect(RecurringChrome.lines(in: nil).isEmpty)
    }
}
