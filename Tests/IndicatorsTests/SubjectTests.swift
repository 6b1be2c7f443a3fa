import Indicators
import Testing

/// The subjects of a paragraph's rows, joined by "; ".
func subjects(_ paragraph: String) -> String {
    IndicatorExtractor().indicators(inParagraph: paragraph).map(\.subject).joined(separator: "; ")
}

@Suite struct SubjectTests {
    @Test(arguments: [
        ("全年累计培训社区工作者3.2万余人次。", "培训社区工作者"),
        ("选派驻村干部36名。", "驻村干部"),
        ("招录公务员88名、选聘教师120名。", "公务员; 教师"),
        ("其中青年教师420人。", "青年教师"),
        ("全市累计举办招聘会45场。", "招聘会"),
        ("320名志愿者参与服务。", "志愿者"),
        ("860名党员担任楼道长。", "担任楼道长的党员"),
        ("为1200名环卫工人办理意外险。", "办理意外险的环卫工人"),
        ("建成市级12个、县级40个文化驿站。", "市级文化驿站; 县级文化驿站"),
        ("举办读书会、分享会等文化活动60场。", "文化活动"),
        ("新建公园、新增绿地分别增长12.5%和8.4%。", "新建公园; 新增绿地"),
        ("城区供水覆盖率和农村供水覆盖率均达100%。", "城区供水覆盖率; 农村供水覆盖率"),
        ("队员平均年龄41.2岁，比上届下降3岁。", "队员平均年龄; 队员平均年龄比上届"),
        ("女性代表占到35%以上。", "女性代表占比"),
        ("旅游综合竞争力居全省第3位。", "旅游综合竞争力全省排名"),
        ("新增绿地首次突破500亩。", "新增绿地"),
        ("工业产值786亿元，增长7.1%。", "工业产值; 工业产值"),
        ("客运收入12亿元，增速高于全省2个百分点。", "客运收入; 客运收入增速高于全省"),
        ("近七成毕业生留在本地就业。", "留在本地就业的毕业生"),
        ("上半年全市实现税收收入86亿元。", "税收收入"),
        ("公司组建了一支200人的维修队伍。", "维修队伍"),
        ("全校现有48个班。", "全校班"),
        ("新校区设计规模为48个班。", "新校区设计规模"),
        ("其中小学42个班，初中21个班。", "小学班; 初中班"),
        ("已有青年人才1.6万余名。", "青年人才"),
        ("Exports rose 12.5 percent to $1.2 billion.", "Exports; Exports"),
        ("About 96% of vocational graduates found jobs.", "vocational graduates"),
    ])
    func findsSubjects(_ paragraph: String, _ expected: String) {
        #expect(subjects(paragraph) == expected)
    }

    @Test func sharesTheChangeOfADistributedList() {
        let rows = IndicatorExtractor().indicators(inParagraph: "客运量、货运量分别下降5.5%和3.2%。")
        #expect(rows.map(\.valueText) == ["-5.5", "-3.2"])
        #expect(rows.map(\.kind) == [.change, .change])
        #expect(rows.map(\.mention) == ["下降5.5%", "3.2%"])
    }

    @Test func keepsMentionSentenceAndSection() throws {
        let rows = IndicatorExtractor().indicators(inParagraph: "今年以来成效明显。全市新增就业超过1.5万人，同比增长8%。", section: "稳就业")
        let first = try #require(rows.first)
        #expect(first.mention == "超过1.5万人")
        #expect(first.sentence == "全市新增就业超过1.5万人，同比增长8%。")
        #expect(first.section == "稳就业")
        #expect(rows.count == 2)
    }
}
