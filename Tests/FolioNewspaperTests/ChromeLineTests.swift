import FolioNewspaper
import Testing

@Suite("Chrome")
struct ChromeLineTests {
    @Test("A notice is a strong phrase in a short line, or two different notice words")
    func notices() {
        #expect(ChromeLine.classify("Copyright © 2024 宁波日报报业集团") == .notice)
        #expect(ChromeLine.classify("未经书面授权，不得转载或镜像") == .notice)
        #expect(ChromeLine.classify("本报转载的文章") != .notice)
        // In a paragraph longer than 480 bytes a strong phrase is prose; two notice words still count.
        let long = String(repeating: "今年我市持续推进各项工作，", count: 14)
        #expect(ChromeLine.classify(long + "版权所有") != .notice)
        #expect(ChromeLine.classify(long + "版权归原作者所有，转载请注明") == .notice)
    }

    @Test("Navigation vocabulary with digits and separators between the words (e-paper and site families)", arguments: [
        "3 上一篇  下一篇 4 放大 缩小 默认", "3 上一篇 放大 缩小 默认", "下一篇 4 放大 缩小 默认", "上一篇  下一篇 放大 缩小 默认",
        "放大 缩小 默认", "标题导航", "上一篇 下一篇", "字號:默認 超大 | 打印 |", "【字号: 打印", "放大字體  縮小字體",
        "返回目录", "关闭窗口", "分享到:", "上一篇：杭州湾新区引进高端装备项目", "展开通版",
    ])
    func navigation(line: String) {
        #expect(ChromeLine.classify(line) == .navigation, "\(line)")
    }

    @Test("Breadcrumbs name the site when they start with it", arguments: [
        ("您当前的位置 : 东海网  >  新闻中心  >  本地  >  民生", "东海网"),
        ("首页 > 新闻中心 > 江苏", nil), ("首页> 科技频道> 科技人物 > 正文", nil), ("当前位置:首页>政府动态", nil),
        ("本頁位置:首頁>>新聞大觀>>國內新聞", nil), ("您的位置:首頁 > 浙江 > 台州 新聞詳情 A- A+", nil),
        // Arrows, and a trail through a paper's issue and edition, which names no site.
        ("你的位置： 第312期 → 第2版 → 新闻浏览", nil), ("当前位置：江城网 → 新闻 → 本地", "江城网"),
    ] as [(String, String?)])
    func breadcrumbs(line: String, site: String?) {
        #expect(ChromeLine.classify(line) == .breadcrumb(site: site), "\(line)")
    }

    @Test("Notices, prompts, link bars and markup residue", arguments: [
        "Copyright ©1999-2024 example.com. All Rights Reserved", "东海网(东海传媒股份有限公司)版权所有(C)",
        "未经授权禁止转载、摘编、复制及建立镜像,违者将依法追究法律责任。", "互联网新闻信息服务许可证:3312017004",
        "扫一扫,东海网装进手机", "微信公众号", "点击右上角微信好友", "友情链接:", "投稿邮箱:12345@qq.com",
        "首頁 新聞大觀 財經 體育 影視 圖片 專稿", "|", "---|---|---", "||||||||", "()", "100.png", "https://www.example.gov.cn/",
        "<ins id=\"x\"><big id=\"x\"></big></ins>", "dlrb", "EN",
        "\\", "Skip to content", "Skip to main content", "跳到主要內容", "Sorry, your browser doesn't support Java(tm).", "Your browser does not support the video tag.", "您的浏览器不支持video标签。",
        "- +1", "A+ A A-", "?", "？", "詳情", "上 / 下一篇新聞",
        "免费资源在线_最新合集每日更新_高清无删减_手机在线看_精品推荐_热门排行", "新闻 体育 财经 娱乐_科技 汽车",
    ])
    func otherChrome(line: String) {
        #expect(ChromeLine.classify(line) != nil, "\(line)")
    }

    @Test("Content is not chrome", arguments: [
        "2021年3月1日，全市召开大会。", "第一章 开端", "第三版块的内容很丰富，值得一看。", "放大镜", "大中小学同步开学",
        "“奉献、友爱、互助” 宁波站献血屋 正式启用", "聚焦“两个维护” 全力保障大战大考",
        "The harbour was quiet in the early morning, and the boats rocked.", "评委点评", "+86 571", "3-1", "标题_科技_腾讯网",
    ])
    func content(line: String) {
        #expect(ChromeLine.classify(line) == nil, "\(line)")
    }

    @Test("A row of stars after a headline is decoration, and so is table-rule residue; a single mark stays", arguments: [
        ("旅德华人:新年音乐会在柏林举行******", "旅德华人:新年音乐会在柏林举行"), ("港城迎来首班国际邮轮 ★★★", "港城迎来首班国际邮轮"),
        ("西部地区经济保持较快增长势头 | ||||||||", "西部地区经济保持较快增长势头"), ("评分最高的三部影片*", "评分最高的三部影片*"),
    ])
    func residueAfterALine(line: String, kept: String) {
        #expect(ChromeLine.removingResidue(line) == kept)
    }
}
