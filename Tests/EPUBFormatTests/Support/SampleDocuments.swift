import FolioCore
import FolioTestSupport

/// Sample pages written for these tests (invented city news, names and figures).
enum SampleDocuments {
    /// A Chinese e-paper page: kicker, headline, deck, byline, lead, four sections, figures, a note, an indicator table.
    static let harbourPage = Document(
        metadata: Metadata(
            title: "港城夜经济,点亮烟火气", subtitle: "江东区商圈建设这一年", introTitle: "民生观察",
            authors: [Author(name: "林晓澄", role: "记者"), Author(name: "周文远", role: "通讯员"), Author(name: "许明", role: "摄影")],
            date: "2023-11-06", publication: "江城晚报", edition: "B3", section: "城事·经济", language: "zh-CN",
            source: "pages/harbour.txt", credits: ["本版图片由江东区商务局提供"], keywords: ["夜经济", "商圈"]
        ),
        blocks: [
            .paragraph([.text("今年以来,江东区把夜间经济作为扩大消费的重要抓手。")]),
            .paragraph([.text("全区新增夜间消费集聚区6个,夜间客流同比增长23.5%。")]),
            .figure(Figure(image: Image(source: "img/night-market.png", alternative: "夜市"), caption: [.text("滨江夜市人头攒动")])),
            .heading(Heading(level: 2, content: [.text("聚焦“一街一品” 打造特色街区")])),
            .paragraph([.text("老街改造后,沿街店铺由原来的40余家增加到120家。")]),
            .paragraph([.text("“晚上出来走走,吃的玩的都有。”市民王女士说。")]),
            .heading(Heading(level: 2, content: [.text("聚焦“服务下沉” 优化营商环境")])),
            .paragraph([.text("区里推出", ), .strong([.text("“夜间代办”")]), .text("服务,累计办结事项3000余件。")]),
            .figure(Figure(image: Image(source: "img/missing-photo.jpg", alternative: "缺图"), caption: [.text("商户代表座谈")])),
            .heading(Heading(level: 2, content: [.text("聚焦“安全有序” 守护城市夜色")])),
            .paragraph([.text("公安、城管等部门联合开展夜间巡查,全年巡查超过5000次。")]),
            .table(Table(
                role: .indicators, caption: [.text("指标")], columnAlignments: [.left, .right, .left],
                head: [TableRow(texts: ["主题", "数值", "单位"])],
                body: [TableRow(texts: ["新增夜间消费集聚区", "6", "个"]), TableRow(texts: ["巡查", "5000", "次"])]
            )),
            .heading(Heading(level: 2, content: [.text("聚焦“文旅融合” 丰富夜间业态")])),
            .paragraph([.text("全年举办夜间文旅活动80场,吸引游客近百万人次。")]),
            .note(Note(kind: "相关链接", blocks: [.paragraph([.text("更多内容欢迎关注"), .link(Link(target: "https://example.org/jiangdong", content: [.text("江东发布")]))])])),
        ]
    )

    /// A short Chinese page without sections, with a data table that spans.
    static let weatherPage = Document(
        metadata: Metadata(title: "本周气温先升后降", authors: [Author(name: "高原", role: "本报记者")], date: "2024-03-18",
                           publication: "江城晚报", edition: "A2", section: "天气", language: "zh-CN"),
        blocks: [
            .paragraph([.text("受冷空气影响,本周后期我市气温将明显下降。")]),
            .table(Table(
                caption: [.text("未来三天天气")], columnAlignments: [.left, .center, .center],
                head: [TableRow(cells: [TableCell(text: "日期", rowSpan: 2), TableCell(text: "气温", columnSpan: 2)]),
                       TableRow(texts: ["最高", "最低"])],
                body: [TableRow(texts: ["周一", "21℃", "12℃"]), TableRow(texts: ["周二", "18℃", "9℃"])],
                foot: [TableRow(cells: [TableCell(text: "数据来源:市气象台", columnSpan: 3)])]
            )),
            .list(List(isOrdered: false, items: [[.paragraph([.text("注意添衣")])], [.paragraph([.text("出行带伞")])]])),
        ]
    )

    /// An English article with nested headings, a quote, code, a list and inline markup.
    static let englishArticle = Document(
        metadata: Metadata(title: "The River Bridge Opens", authors: [Author(name: "Ann Rivers", role: "author"), Author(name: "Tom Lee", role: "photographer")],
                           date: "2024-05-06", publication: "Riverside Gazette", language: "en", keywords: ["transport"]),
        blocks: [
            .paragraph([.text("After three years of work, the "), .emphasis([.text("East River Bridge")]), .text(" opened on Monday.")]),
            .heading(Heading(level: 1, content: [.text("Construction")])),
            .paragraph([.text("Crews poured 12,000 tonnes of concrete.")]),
            .heading(Heading(level: 2, content: [.text("Costs")])),
            .blockQuote([.paragraph([.quoted([.text("It came in under budget")]), .text(", the mayor said.")])]),
            .heading(Heading(level: 1, content: [.text("What's next")])),
            .list(List(isOrdered: true, start: 2, items: [[.paragraph([.text("Cycle lanes")])], [.paragraph([.text("Night lighting")])]])),
            .codeBlock(CodeBlock(language: "text", text: "span: 420 m\nlanes: 4")),
            .divider,
            .paragraph([.text("Read more at "), .link(Link(target: "https://example.com/bridge?a=1&b=2", title: "Bridge", content: [.text("the city site")])),
                        .text(" or "), .link(Link(target: "javascript:alert(1)", content: [.text("nowhere")])), .text("."), .lineBreak, .code("x < y && z")]),
        ]
    )

    /// All hand-written samples.
    static let all = [harbourPage, weatherPage, englishArticle]

    /// The image files the samples reference that exist.
    static let resources = InMemoryResources(files: ["pages/img/night-market.png": SampleImages.png()])
}
