import FolioCore

/// What a line of page chrome is: the frame a paper's site prints around its articles.
///
/// Chrome is recognised by what it is made of, not by matching lines seen before:
/// - navigation: words of the navigation vocabulary (上一篇, 下一版, 放大, 缩小, 默认, 标题导航,
///   返回目录, 打印, 关闭, 字号, 分享到 …) with only digits, separators and brackets between them;
/// - breadcrumbs: `您当前的位置 : 中国宁波网 > 新闻中心 > 宁波`, `首页 > 正文`, `本頁位置:首頁>>新聞大觀`;
/// - edition lines and lists of editions (`第A7版:要闻 4下一版`, `A01版:重点`);
/// - notices: copyright, disclaimers, licences, hotlines, `扫一扫`, `微信公众号`, `友情链接`;
/// - residue of the page's markup: table rules (`| |||`, `---|---`), tags, empty link stubs
///   `()`, image file names, bare addresses, short lower-case markers (`dlrb`).
///
/// The same vocabulary serves the text and the HTML readers.
public enum ChromeLine: Sendable, Hashable {
    /// Navigation and zoom controls.
    case navigation
    /// A breadcrumb trail; the site name it starts with, when it names one.
    case breadcrumb(site: String?)
    /// An edition line, or one entry of a list of editions.
    case edition(EditionLine)
    /// A copyright notice, disclaimer, licence number or reporting hotline.
    case notice
    /// Sharing, subscription and app prompts, mailbox and hotline lines, link-list labels.
    case prompt
    /// Residue of markup: table rules, tags, empty links, file names, addresses, stray markers.
    case residue
    /// A bar of links run together: a channel menu, or the strip of a page's headlines.
    case linkBar

    /// The chrome a line is, or nil for content.
    public static func classify(_ text: String) -> ChromeLine? {
        guard text.utf8.count <= 1_600 else { return nil }
        let line = text.trimmingCharactersInWhitespace()
        guard !line.isEmpty else { return nil }
        if isResidue(line) { return .residue }
        // Lengths in scalars: a line of Chinese has as many as characters, and counts far faster.
        let length = line.scalarCount
        if length > 400 { return nil }
        if isNotice(line) { return .notice }
        if length > 120 { return nil }
        let scalars = line.unicodeScalars
        if let first = scalars.first, navigationLeads.contains(first) || first.properties.numericType != nil || first == "【", isNavigation(line) { return .navigation }
        if scalars.contains(where: breadcrumbSeparators.contains) || breadcrumbLeads.contains(where: { line.hasUTF8Prefix($0) }), let site = breadcrumb(line) {
            return .breadcrumb(site: site)
        }
        if scalars.prefix(12).contains("版"), let edition = EditionLine(line) { return .edition(edition) }
        if isPrompt(line) { return .prompt }
        if line.withUTF8Bytes({ $0.reduce(0) { $1 == 0x20 || $1 == 0x5F ? $0 + 1 : $0 } }) >= 4, isLinkBar(line) { return .linkBar }
        return nil
    }

    /// Whether a line is many short phrases side by side with no sentence between them: a menu
    /// (`首頁 新聞大觀 中新財經 中新體育 …`), a strip of the page's headlines, or the keywords a
    /// content farm strings together with underscores (`免费资源_最新合集_每日更新_…`).
    static func isLinkBar(_ line: String) -> Bool {
        guard !line.unicodeScalars.contains(where: { linkBarBreakers.contains($0) || $0.properties.numericType != nil }) else { return false }
        guard !Byline.roleWords.occurs(in: line) else { return false }
        let phrases = line.split(atScalarsIn: " _")
        guard phrases.count >= 5 else { return false }
        let lengths = phrases.map(\.scalarCount)
        return lengths.reduce(0, +) <= phrases.count * 10 && zip(phrases, lengths).allSatisfy { phrase, length in
            length <= 16 && phrase.unicodeScalars.contains(where: CJK.isIdeographic)
        }
    }

    /// What a bar of links never holds: a full stop, a colon, a rule.
    static let linkBarBreakers: ScalarSet = "。:：|"

    // MARK: - Navigation

    /// The words of page and article navigation, in simplified and traditional characters.
    static let navigationWords: [String] = [
        "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "上一页", "下一页", "上一頁", "下一頁", "前一篇", "后一篇",
        "放大字体", "缩小字体", "放大字體", "縮小字體", "放大", "缩小", "縮小", "默认", "默認", "标题导航", "標題導航",
        "版面导航", "本版导航", "返回目录", "返回目錄", "返回首页", "返回首頁", "返回顶部", "返回頂部", "返回", "打印本页", "打印本頁",
        "打印", "关闭窗口", "關閉窗口", "关闭", "關閉", "收藏本页", "收藏", "字号", "字號", "大", "中", "小", "超大", "分享到", "分享",
        "展开通版", "收缩通版", "通版阅读请点击", "通版閱讀請點擊", "纠错", "糾錯", "推荐", "推薦", "评论", "評論", "A-", "A+", "A",
        "PDF", "PDF版", "进入", "往期回顾", "往期回顧", "Video", "Player", "PlayerClose", "Close",
        "上", "下一篇新闻", "下一篇新聞",
    ] + moreLinkWords

    /// The link under a teaser that leads to the whole story (`詳情`, `阅读全文`).
    public static func isMoreLink(_ line: String) -> Bool {
        line.utf8.count <= 12 && moreLinks.contains(line)
    }

    /// The words of a link to a whole story, navigation wherever they stand alone.
    static let moreLinkWords = ["详情", "詳情", "查看全文", "阅读全文", "閱讀全文", "全文", "更多"]
    static let moreLinks = PhraseSet(moreLinkWords)

    /// The navigation words, matched by the longest at a position.
    static let navigationWordSet = PhraseSet(navigationWords)

    /// The first characters of the navigation words.
    static let navigationLeads = ScalarSet(scalars: navigationWords.compactMap { $0.unicodeScalars.first })

    /// Whether a line, or one phrase of one (`4下一版`, `上一版3`), is made of navigation words,
    /// with digits, separators and brackets between them.
    public static func isNavigation(_ line: some StringProtocol) -> Bool {
        // `上一篇：杭州湾新区引进高端装备项目`: a link to the neighbouring article, with its title.
        if neighbourLinks.contains(where: { line.hasUTF8Prefix($0) }) { return line.hasAtMostCharacters(60) }
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        var words = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ScalarSet.whitespace.contains(scalar) || navigationFillers.contains(scalar) {
                index = scalars.index(after: index)
                continue
            }
            guard navigationLeads.contains(scalar), let end = navigationWordSet.endOfLongestPhrase(in: line, at: index) else { return false }
            words += 1
            index = end
        }
        // A lone 大, 中 or 小 is no control bar.
        return words > 0 && !(words == 1 && line.hasAtMostCharacters(1))
    }

    /// What may stand between navigation words besides white space: digits, separators, brackets.
    static let navigationFillers: ScalarSet = "0123456789|｜【】[]():：·•<>«»←→-_/（）"

    /// A link to the neighbouring article with its title (`上一篇：杭州湾新区引进高端装备项目`).
    static let neighbourLinks = ["上一篇", "下一篇", "上一篇文章", "下一篇文章"].flatMap { [$0 + "：", $0 + ":"] }

    // MARK: - Breadcrumbs

    /// Phrases that open a breadcrumb.
    static let breadcrumbLeads = ["您当前的位置", "您現在的位置", "您现在的位置", "您的位置", "你的位置", "你现在的位置", "你現在的位置",
                                  "当前位置", "當前位置", "现在位置", "本页位置", "本頁位置", "所在位置"]

    /// What a breadcrumb's steps are separated by.
    static let breadcrumbSeparators: ScalarSet = ">＞»›→"

    /// The site a breadcrumb starts with (nil when it starts at 首页 or names none), wrapped in
    /// an optional, or nil when the line is no breadcrumb.
    static func breadcrumb(_ line: String) -> String?? {
        var rest = Substring(line)
        var led = false
        while let lead = breadcrumbLeads.first(where: { rest.hasUTF8Prefix($0) }) {
            rest = rest.dropFirst(lead.count).drop { $0 == " " || $0 == ":" || $0 == "：" }
            led = true
        }
        let parts = rest.split(atScalarsIn: breadcrumbSeparators).map { $0.trimmingCharactersInWhitespace() }.filter { !$0.isEmpty }
        let separated = parts.count >= 2 && parts.allSatisfy { $0.scalarCount <= 24 }
        guard led || (separated && (parts.count >= 3 || parts.first.map(isHome) == true)) else { return nil }
        guard led || separated else { return nil }
        // A trail that starts at an issue or an edition (`第312期 → 第2版`) names no site.
        let site = parts.first.flatMap { isHome($0) || isIssueOrEdition($0) ? nil : $0 }
        return .some(site.map { String($0.prefix { $0 != " " }) })
    }

    /// `第312期`, `第2版`: a paper's issue or edition.
    private static func isIssueOrEdition(_ part: String) -> Bool {
        part.hasUTF8Prefix("第") && (part.hasUTF8Suffix("期") || part.hasUTF8Suffix("版"))
    }

    private static func isHome(_ part: String) -> Bool {
        part.hasUTF8Prefix("首页") || part.hasUTF8Prefix("首頁") || part.hasUTF8Prefix("主页") || part.lowercased().hasUTF8Prefix("home")
    }

    // MARK: - Notices and prompts

    /// Words of copyright notices and disclaimers; two of them, or one strong one, make a notice.
    static let noticeWords = ["版权", "版權", "授权", "授權", "转载", "轉載", "免责", "免責", "镜像", "鏡像", "法律责任", "法律責任", "不代表", "摘编", "摘編", "声明", "聲明", "复制", "複製"]
    /// Phrases that alone make a notice.
    static let strongNoticePhrases = [
        "Copyright", "COPYRIGHT", "copyright", "All Rights Reserved", "版权所有", "版權所有", "©", "(C)", "许可证", "許可證",
        "ICP备", "ICP證", "ICP证", "举报电话", "舉報電話", "举报邮箱", "不良信息举报", "网安备", "網安備",
    ]

    /// The strong phrases and then the notice words, matched in one pass.
    static let noticeSet = PhraseSet(strongNoticePhrases + noticeWords)

    /// Whether a line is a notice: a strong phrase in a line of up to 480 bytes (a longer one is
    /// prose that mentions it), or two different notice words.
    static func isNotice(_ line: String) -> Bool {
        let strongPhrasesCount = line.utf8.count <= 480
        var words = 0
        var isNotice = false
        noticeSet.forEachDistinctMatch(in: line) { index in
            if index < strongNoticePhrases.count {
                isNotice = strongPhrasesCount
            } else {
                words += 1
                isNotice = words >= 2
            }
            return !isNotice
        }
        return isNotice
    }

    /// Lines that invite the reader to do something on the site, or label its widgets.
    static let promptPhrases = [
        "扫一扫", "掃一掃", "扫描二维码", "微信公众号", "微信公眾號", "手机版", "手機版", "客户端下载", "点击右上角", "朋友圈",
        "请使用浏览器分享", "分享功能", "转发到你的朋友圈", "投稿信箱", "投稿邮箱", "投稿郵箱", "报料热线", "報料熱線", "新闻热线", "新闻报料", "新聞報料", "我要举报", "我要舉報",
        "友情链接", "友情鏈接", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "热点推荐", "熱點推薦", "点击播放", "點擊播放",
        "使用键盘", "使用鍵盤", "分类新闻查询", "分類新聞查詢", "正在阅读", "正在閱讀", "图片新闻", "圖片新聞", "更多>>", "更多 >>",
        "网友评论", "網友評論", "发表评论", "發表評論", "分享到", "转播到", "轉播到",
        // WeChat articles' buttons and prompts.
        "阅读原文", "閱讀原文", "关注该公众号", "關注該公眾號", "滑动看下一个", "滑動看下一個", "微信扫一扫", "微信掃一掃", "写留言", "寫留言",
        "预览时标签不可点", "喜欢此内容的人还喜欢",
        // Notices a page prints where a player or applet would be.
        "浏览器不支持", "瀏覽器不支持", "瀏覽器不支援", "browser doesn't support", "browser does not support", "requires JavaScript", "enable JavaScript",
    ]

    /// The prompt phrases, matched in one pass.
    static let promptSet = PhraseSet(promptPhrases)

    static func isPrompt(_ line: String) -> Bool {
        guard line.scalarCount <= 60 else { return false }
        // `184042016@qq.com`: a bare address.
        if line.containsUTF8("@"), !line.containsUTF8(" "), line.allSatisfy({ $0.isASCII }) { return true }
        return promptSet.occurs(in: line)
    }

    // MARK: - Residue

    /// What table rules are drawn with (and the stray slashes of an image's empty cell), and
    /// what empty link stubs are made of.
    static let ruleMarks: ScalarSet = "|｜-—:：+ =_\\/"
    static let stubMarks: ScalarSet = "()（）[]【】<>《》 "

    static func isResidue(_ line: String) -> Bool {
        // `|`, `| ||||`, `---|---|---`, `\`: table rules and empty cells flattened into text.
        if line.unicodeScalars.allSatisfy({ ruleMarks.contains($0) }) { return true }
        // `()`, `[]`: empty link stubs.
        if line.unicodeScalars.allSatisfy({ stubMarks.contains($0) }) { return true }
        // `<ins id="…">…</ins>`, `1. <video …>`: markup printed as text.
        if line.hasUTF8Suffix(">") {
            let unnumbered = line.unicodeScalars.drop { $0.properties.numericType != nil || $0 == "." || $0 == " " }
            if unnumbered.first == "<", unnumbered.dropFirst().first.map({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "/") }) == true { return true }
        }
        if line.utf8.count <= 8, line.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) { return true }
        if isTextSizeControl(line) { return true }
        // `+1`: a like button's count.
        if (2...6).contains(line.utf8.count), line.hasUTF8Prefix("+"), line.utf8.dropFirst().allSatisfy({ (0x30...0x39).contains($0) }) { return true }
        // `?`: an icon's glyph the page's encoding could not hold.
        if line.utf8.count <= 9, line.unicodeScalars.allSatisfy({ $0 == "?" || $0 == "？" }) { return true }
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x20 }) {
            let lower = line.lowercased()
            if lower.hasUTF8Prefix("http://") || lower.hasUTF8Prefix("https://") || lower.hasUTF8Prefix("www.") { return true }
            for suffix in [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"] where lower.hasUTF8Suffix(suffix) { return true }
        }
        // `Skip to content`: a link for keyboard readers to jump past the site's header.
        if line.utf8.count <= 24, line.hasUTF8Prefix("Skip to ") || line.hasUTF8Prefix("Jump to ") || line.hasUTF8Prefix("跳到") {
            let lower = line.lowercased()
            if skipTargets.contains(where: { lower.hasUTF8Suffix($0) }) { return true }
        }
        // `EN`, `ENG`: a language switch.
        return line.utf8.count <= 7 && languageSwitches.contains(line)
    }

    /// `- +1`, `A- A A+`, `A+ A-`: the buttons that set the text's size, a plus and a minus with
    /// at most an A or a step between them.
    static func isTextSizeControl(_ line: String) -> Bool {
        line.utf8.count <= 12 && line.unicodeScalars.allSatisfy(textSizeMarks.contains)
            && line.unicodeScalars.contains { $0 == "+" || $0 == "＋" } && line.unicodeScalars.contains { $0 == "-" || $0 == "－" }
    }

    /// What a text size control is made of.
    static let textSizeMarks: ScalarSet = "+-＋－Aa0123456789 "

    /// The labels of a site's language switch.
    static let languageSwitches: Set<String> = ["EN", "ENG", "English", "中文", "繁體", "简体"]
    /// Where a skip link jumps, lower-cased.
    static let skipTargets = ["content", "main content", "navigation", "main navigation", "footer", "search", "主要内容", "主要內容", "正文"]

    /// The line without trailing table-rule residue (`西部地区经济保持较快增长势头 | ||||||||`).
    public static func removingResidue(_ line: String) -> String {
        var (end, _) = runStart(in: line, before: line.endIndex, of: residueMarks)
        // `…的关切******`: a row of stars a mirror set after its headlines.
        let (stars, count) = runStart(in: line, before: end, of: decorationMarks)
        if count >= 3, stars > line.startIndex { end = runStart(in: line, before: stars, of: " ").start }
        return end == line.endIndex ? line : String(line[..<end])
    }

    /// Where the run of scalars of `marks` that ends at `end` starts, and how many it holds.
    private static func runStart(in line: String, before end: String.Index, of marks: ScalarSet) -> (start: String.Index, count: Int) {
        var start = end, count = 0
        while start > line.startIndex {
            let before = line.unicodeScalars.index(before: start)
            guard marks.contains(line.unicodeScalars[before]) else { break }
            start = before
            count += 1
        }
        return (start, count)
    }

    /// Table rules and the spaces between them, after a line.
    static let residueMarks: ScalarSet = "|｜ "
    /// The marks a row of decoration after a line is made of.
    static let decorationMarks: ScalarSet = "*＊★☆※"
}
