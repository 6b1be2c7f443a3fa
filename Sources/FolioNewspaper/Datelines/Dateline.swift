import FolioCore

/// A line that says where and when an article appeared: `稿源: 宁波日报 | 2010-02-23 08:20:18`,
/// `2025-05-28 08:21 来源:大洋网`, `齐鲁晚报     2020年11月05日`, `《 青年参考 》( 2011年08月31日 15 版)`,
/// `1989年11月11日人民日报 第5版`, `来源:新民晚报  记者:罗水元  编辑:裘颖琼  2024-12-07 13:29`,
/// or a date alone (`2021年03月01日 星期一`).
///
/// A line is a dateline only when every part of it is explained: a date and time, a keyed field
/// (来源, 稿源, 发布时间, 作者, 记者, 编辑, 分类, 标签, 原标题 …), a paper's or site's name, an
/// edition, an address, or a view counter. A sentence that mentions a date is not one.
public struct Dateline: Sendable, Hashable {
    /// The date printed, as ISO 8601.
    public var date: String?
    /// Whether a clock time follows the date: such a line dates the article itself.
    public var hasTime = false
    /// The paper or site that published the page (`齐鲁晚报`, `《青年参考》`).
    public var publication: String?
    /// Where the article came from (来源/稿源).
    public var source: String?
    /// The edition printed (`第5版`, `15 版`).
    public var edition: String?
    /// People named as writers or reporters (记者:罗水元, `来源: 台州日报 陈伟民`).
    public var authors: [Author] = []
    /// Editors and other credits (`编辑: 裘颖琼`, `原标题: …`), as printed.
    public var credits: [String] = []

    /// How firmly the line dates the article: a date with a time or a source line (3) beats a
    /// paper's name with a date (2), which beats a date alone in a page header (1).
    public var strength: Int {
        if hasTime || source != nil { return 3 }
        if publication != nil || edition != nil { return 2 }
        return date != nil ? 1 : 0
    }

    /// Reads a line that is wholly a dateline, or nil.
    public init?(_ text: String) {
        // Every dateline prints a date (a digit) or a keyed field (a colon, or a key such as 来源,
        // 作者 or 编辑 before a space); most lines have none of these.
        guard text.utf8.count <= 1_600, text.unicodeScalars.contains(where: Self.marks.contains) else { return nil }
        var line = ChromeLine.removingResidue(text.trimmingCharactersInWhitespace())
        let length = line.scalarCount
        guard !line.isEmpty, length <= 160, length <= 120 || line.hasAtMostCharacters(120) else { return nil }
        // `【编辑:徐挺】`, `(责编:李明、张华)`: a whole line in one pair of brackets.
        if let open = line.unicodeScalars.first, let close = Self.bracketPairs.first(where: { $0.open == open })?.close, line.unicodeScalars.last == close,
           line.unicodeScalars.dropFirst().dropLast().allSatisfy({ $0 != close }) {
            line = String(line.unicodeScalars.dropFirst().dropLast())
        }
        // `2019-04-11 09:15王小明李大伟`: a line that opens with a date and a time is a dateline
        // even where the words after it cannot be read (names glued together, a place).
        var opensWithTimestamp = false
        // `林一平林一平 发表于 2024-11-21 04:56:59`: a forum post's header names its poster (printed
        // twice where the avatar's label runs into the name) before the time it was posted.
        if let poster = Self.forumPoster(in: line) {
            authors.append(Author(name: poster.name))
            line.removeSubrange(..<poster.end)
        }
        if let match = NewsDate.first(in: line) {
            date = match.iso
            hasTime = match.hasTime
            opensWithTimestamp = match.hasTime && match.range.lowerBound == line.startIndex
            line.replaceSubrange(match.range, with: "  ")
        }
        // Keyed fields: the key, then its value up to the next key or a wide gap.
        let segments = Self.segments(of: line)
        // With no date and no key, only names signing a paper's name in 《》 or in brackets could
        // make the line a dateline; without those, there is nothing to explain.
        if date == nil, segments.allSatisfy({ $0.key == nil }), !line.unicodeScalars.contains(where: Self.signingMarks.contains) { return nil }
        // `原创 王一 江城发布 2024-05-14 10:54 发表于浙江`: a WeChat article's line names its account
        // (and its writer, when another name stands before it) in words nothing else explains.
        var accountWords: [String]? = date != nil && Self.isAccountLine(line) ? [] : nil
        for segment in segments {
            var value = segment.value
            switch segment.key {
            case .source?:
                let words = value.split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" || $0 == "【" || $0 == "】" })
                if let first = words.first, words.count == 1, Byline.isName(first), !Self.isOutletName(first), !Byline.endsAsOrganisation(first) {
                    // `来源: 王一`: a person printed as the source wrote the piece.
                    authors.append(Author(name: String(first)))
                } else if let first = words.first {
                    source = String(first)
                    if words.count > 1, let names = Byline.names(in: value[words[1].startIndex...]) {
                        authors += names.map { Author(name: $0) }
                    }
                }
            case .time?, .ignored?:
                break
            case .edition?:
                // `版面：第2版`: the edition, or nothing a dateline can explain.
                guard let edition = EditionLine(value.trimmingCharactersInWhitespace()) else { return nil }
                self.edition = self.edition ?? edition.label
            case .author(let role)?:
                if let names = Byline.names(in: value) { authors += names.map { Author(name: $0, role: role) } } else if !value.isEmpty { return nil }
            case .credit?:
                // `【纠错】 【责任编辑：刘小明】`: the bracket the key opened closes after the value.
                if let close = value.unicodeScalars.last, let open = Self.bracketPairs.first(where: { $0.close == close })?.open,
                   !value.unicodeScalars.contains(open) {
                    value = Substring(value.unicodeScalars.dropLast())
                }
                let printed = (segment.printedKey + value).trimmingCharactersInWhitespace()
                // `编辑 发表于:`: a blog's edit link beside another field's label credits no one.
                if !value.isEmpty, !Self.isLabel(value) { credits.append(printed) }
            case nil:
                value = Substring(value.trimmingCharactersInWhitespace())
                guard value.isEmpty || explain(value, accountWords: &accountWords) || opensWithTimestamp && Self.isUnreadTrail(value) else { return nil }
            }
        }
        if let accountWords, !accountWords.isEmpty {
            // The account is the last name, unless a paper's or site's name stood for it; a name before it wrote the piece.
            guard accountWords.count <= 2, let last = accountWords.last else { return nil }
            let account = publication ?? last
            publication = account
            if let writer = accountWords.first, writer != account { authors.append(Author(name: writer)) }
        }
        guard date != nil || source != nil || !credits.isEmpty || !authors.isEmpty else { return nil }
        if publication == nil, let source, Self.isOutletName(source) { publication = source }
    }

    // MARK: - Fields

    /// Characters one of which every dateline holds: digits, colons, and the last characters of
    /// the keys that may stand before a space.
    static let marks: ScalarSet = "0123456789０１２３４５６７８９:：源處处者員员辑輯编編计計"

    /// What a key introduces.
    enum Key: Equatable {
        case source, time, credit, ignored, edition
        case author(role: String?)
    }

    /// Keys and what they introduce (``keyWords`` finds the longest at a position: 发布时间, not 时间).
    static let keys: [(String, Key)] = [
        ("来源", .source), ("來源", .source), ("稿源", .source), ("出处", .source), ("出處", .source),
        ("发布时间", .time), ("發布時間", .time), ("发佈時間", .time), ("發佈時間", .time), ("發(fā)布時間", .time), ("时间", .time), ("時間", .time),
        ("发布日期", .time), ("發佈日期", .time), ("日期", .time), ("更新时间", .time),
        ("作者", .author(role: nil)), ("记者", .author(role: "记者")), ("記者", .author(role: "記者")), ("通讯员", .author(role: "通讯员")),
        ("责任编辑", .credit), ("責任編輯", .credit), ("本期编辑", .credit), ("编辑", .credit), ("編輯", .credit), ("责编", .credit),
        ("本版编辑", .credit), ("本版編輯", .credit), ("图片编辑", .credit), ("圖片編輯", .credit), ("美术编辑", .credit), ("美術編輯", .credit),
        ("值班编辑", .credit), ("值班編輯", .credit), ("见习编辑", .credit), ("見習編輯", .credit), ("版式设计", .credit), ("版式設計", .credit),
        ("美编", .credit), ("美編", .credit),
        ("原标题", .credit), ("原標題", .credit), ("标签", .ignored), ("標籤", .ignored), ("分类", .ignored), ("分類", .ignored),
        ("次浏览", .ignored), ("浏览", .ignored), ("瀏覽", .ignored), ("点击", .ignored), ("阅读", .ignored), ("字号", .ignored),
        ("字体", .ignored), ("字體", .ignored), ("期刊", .ignored), ("期号", .ignored), ("版面", .edition), ("版次", .edition),
    ] + staffKeys.map { ($0, .credit) }

    /// The staff that government and party media credit under an article, keyed with a colon
    /// only (`审核：李四`, `初审：王五 复审：赵六 终审：钱七`, `监制：周九`): the same words open titles.
    static let staffKeys = ["审核", "審核", "审校", "審校", "校对", "校對", "初审", "初審", "复审", "復審", "终审", "終審",
                            "监制", "監製", "统筹", "統籌", "策划", "策劃", "摄像", "攝像", "制作", "製作"]
    static let staffKeyWords = PhraseSet(staffKeys)

    /// The keys, matched by the longest at a position, and what each introduces.
    static let keyWords = PhraseSet(keys.map(\.0))
    static let keysByWord = Dictionary(keys, uniquingKeysWith: { first, _ in first })

    /// The first characters of the keys, and the characters a key may follow.
    static let keyLeads = ScalarSet(scalars: keys.compactMap { $0.0.unicodeScalars.first })
    static let keyOpeners: ScalarSet = " |【[(（"
    /// The first characters of the keys that may be glued to the names before them: people's and sources'.
    static let gluedKeyLeads: ScalarSet = "来來稿作记記通责責编編"
    /// The brackets a whole dateline may be printed in, each opening one with the one that closes
    /// it: four pairs, searched in turn (a dictionary of them made the runtime search the binary's
    /// conformance records on first use, 0.4 M instructions a process).
    static let bracketPairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("【", "】"), ("(", ")"), ("（", "）"), ("[", "]")]

    /// One keyed part of a line, or an unkeyed stretch (`key` nil).
    struct Segment {
        var key: Key?
        var printedKey: String
        var value: Substring
    }

    /// Splits a line at its keys; a key's value runs to the next key, `|`, or a gap of two spaces.
    static func segments(of line: String) -> [Segment] {
        let scalars = line.unicodeScalars
        var segments: [Segment] = []
        var current = Segment(key: nil, printedKey: "", value: "")
        var valueStart = line.startIndex
        var index = line.startIndex
        func close(at end: String.Index) {
            current.value = line[valueStart..<end]
            segments.append(current)
        }
        while index < line.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "|" || scalar == "｜" || (scalar == " " && next < line.endIndex && scalars[next] == " ") {
                close(at: index)
                index = next
                current = Segment(key: nil, printedKey: "", value: "")
                valueStart = index
                continue
            }
            let previous = index == line.startIndex ? nil : scalars[scalars.index(before: index)]
            let atWordStart = previous.map(keyOpeners.contains) ?? true
            // A key glued to the names before it (`记者:黄一、邓二编辑:邓二`) names people or a source, and a colon follows it.
            let glued = !atWordStart && gluedKeyLeads.contains(scalar) && previous.map(CJK.isIdeographic) == true
            if atWordStart && keyLeads.contains(scalar) || glued, let end = keyWords.endOfLongestPhrase(in: line, at: index),
               let key = keysByWord[String(line[index..<end])], !glued || end < line.endIndex && (scalars[end] == ":" || scalars[end] == "：") {
                var after = end
                let isSeparator = { (index: String.Index) in scalars[index] == ":" || scalars[index] == "：" || scalars[index] == " " }
                // A key stands before a colon (a staff key before nothing else), or is a counter word (次浏览) with none.
                let colon = after < line.endIndex && (scalars[after] == ":" || scalars[after] == "：")
                if (colon || after < line.endIndex && isSeparator(after) && !staffKeyWords.contains(line[index..<end])) || key == .ignored {
                    close(at: index)
                    while after < line.endIndex, isSeparator(after) { after = scalars.index(after: after) }
                    current = Segment(key: key, printedKey: String(line[index..<after]), value: "")
                    valueStart = after
                    index = after
                    continue
                }
            }
            index = next
        }
        close(at: line.endIndex)
        return segments.filter { $0.key != nil || !$0.value.trimmingCharactersInWhitespace().isEmpty }
    }

    /// What a date glued to a paper's name starts and ends with, besides its digits.
    static let dateLead: ScalarSet = "年月日.-/"
    static let dateTrail: ScalarSet = "年月日.-/星期一二三四五六天"

    /// What names that sign a dateline stand beside: a paper's name in 《》, or brackets.
    static let signingMarks: ScalarSet = "《[【"

    /// Brackets around the words of an unkeyed stretch.
    static let wordBrackets: ScalarSet = "【】()（）[]"

    /// What news apps print after the name of an account a paper or site runs (`江城日报官方账号`).
    static let accountSuffixes = ["官方账号", "官方帳號", "官方帐号", "头条号", "頭條號"]

    /// The poster of a forum post's header (`林一平 发表于 2024-11-21 04:56`), and where the
    /// words after `发表于` begin; nil unless a name alone stands before `发表于` and a date after it.
    static func forumPoster(in line: String) -> (name: String, end: String.Index)? {
        guard let posted = postedWords.lazy.compactMap({ line.utf8Range(of: $0) }).first,
              line[posted.upperBound...].trimmingCharactersInWhitespace().first?.isNumber == true else { return nil }
        var name = line[..<posted.lowerBound].trimmingCharactersInWhitespace()
        let half = name.count / 2
        if name.count % 2 == 0, half >= 2, name.prefix(half) == name.suffix(half) { name = String(name.prefix(half)) }
        guard Byline.isName(name) else { return nil }
        return (name, posted.upperBound)
    }

    /// Whether a line is a WeChat article's: it opens with 原创 or ends with where it was posted from (`发表于浙江`).
    static func isAccountLine(_ line: String) -> Bool {
        line.hasUTF8Prefix("原创") || line.hasUTF8Prefix("原創") || postedWords.contains(where: line.containsUTF8)
    }

    /// `发表于`: what a WeChat line sets before the place it was posted from, and a forum before the time.
    static let postedWords = ["发表于", "發表於"]

    /// Takes an unkeyed stretch: a paper's name, an edition, an address, a weekday, a time; on a
    /// WeChat line, words nothing explains are collected in `accountWords` (short names only).
    private mutating func explain(_ stretch: Substring, accountWords: inout [String]?) -> Bool {
        // Portals set the parts of a timestamp line apart with ideographic spaces too (`SITE.COM　2004年…`).
        let spaced = stretch.split(atScalarsIn: " \u{3000}")
        // Every word a dateline explains is short: a long one (not an address, nor a title in 《》) is prose.
        if spaced.contains(where: { $0.scalarCount > 48 && !$0.hasUTF8Prefix("http") && !$0.hasUTF8Prefix("www.") && !$0.containsUTF8("《") && !$0.containsUTF8("》") }) {
            return false
        }
        var words = spaced.map { String($0.trimming(scalarsIn: Self.wordBrackets)) }.filter { !$0.isEmpty }
        // `《国际金融报》`, `《 青年参考 》`: the name of a paper in title marks; names beside it sign the article,
        // as do names in brackets (`[ 黄宇 ]`).
        var signed = false
        let bracketed = stretch.containsUTF8("[") || stretch.containsUTF8("【")
        if let open = stretch.firstIndex(of: "《"), let close = stretch.firstIndex(of: "》"), open < close {
            publication = publication ?? stretch[stretch.index(after: open)..<close].trimmingCharactersInWhitespace()
            let inner = Set(stretch[stretch.index(after: open)..<close].split(separator: " ").map(String.init))
            words.removeAll { $0.contains("《") || $0.contains("》") || inner.contains($0) }
            signed = true
        }
        // `15 版`: an edition label printed with a space.
        var merged: [String] = []
        for word in words {
            if word.hasUTF8Prefix("版"), let last = merged.last, last.allSatisfy(\.isNumber) { merged[merged.count - 1] += word } else { merged.append(word) }
        }
        var afterDot = false
        for var word in merged {
            // `10:54 · 浙江`, `10:54·江城日报官方账号`: news apps set the place posted from, or the
            // account, after a dot.
            if word == "·" || word == "•" {
                afterDot = true
                continue
            }
            if let dot = word.firstIndex(where: { $0 == "·" || $0 == "•" }), dot == word.startIndex || Self.isClock(word[..<dot]) {
                word = String(word[word.index(after: dot)...])
                afterDot = true
            }
            if afterDot, (2...4).contains(word.scalarCount), word.unicodeScalars.allSatisfy(CJK.isIdeographic), !Self.isOutletName(word) { continue }
            if let suffix = Self.accountSuffixes.first(where: { word.hasUTF8Suffix($0) }), word.utf8.count > suffix.utf8.count {
                publication = publication ?? String(word.dropLast(suffix.count))
                continue
            }
            // `【纠错】` beside an editor's credit: a site's button.
            if NewsDate.isWeekday(word) || word == "星期" || Self.isClock(word) || Self.isGlyphResidue(word) || ChromeLine.isNavigation(word) { continue }
            if let edition = EditionLine(word) {
                self.edition = self.edition ?? edition.label
                continue
            }
            // An address, or a site's domain printed as its name (`BUSINESS.SOHU.COM`).
            if let first = word.utf8.first, first < 0x80 {
                let lower = word.lowercased()
                if lower.hasUTF8Prefix("http") || lower.hasUTF8Prefix("www.") || (word.containsUTF8(".") && word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })) { continue }
            }
            // `1989年11月11日人民日报`, `人民日报2025.12.22星期一`: the date glued to the paper's name.
            var name = Substring(word)
            while let last = name.last, last.isNumber || Self.dateTrail.contains(last) { name = name.dropLast() }
            while let first = name.first, first.isNumber || Self.dateLead.contains(first) { name = name.dropFirst() }
            if Self.isOutletName(name) {
                publication = publication ?? String(name.split(separator: "-").last ?? name)
                continue
            }
            if signed || bracketed, Byline.isName(word) {
                authors.append(Author(name: word))
                continue
            }
            if accountWords != nil {
                if word == "原创" || word == "原創" || Self.postedWords.contains(where: word.hasUTF8Prefix) { continue }
                if word.scalarCount <= 16 {
                    accountWords?.append(word)
                    continue
                }
            }
            return false
        }
        return true
    }

    /// Whether a word is only private-use characters: the icons of GBK's user-defined area
    /// (`[ 黄宇 ]\u{E5C2}`), which decode to no agreed glyph and say nothing.
    static func isGlyphResidue(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.properties.generalCategory == .privateUse }
    }

    /// Whether words after a line's opening timestamp may be passed over unread: a few Chinese
    /// words (`王小明李大伟`, `更新`), not the news the line opens (`2024-05-14 10:54，一辆货车…`)
    /// nor a log's message (`2024-05-01 08:00:01 INFO server started`).
    static func isUnreadTrail(_ words: Substring) -> Bool {
        words.hasAtMostCharacters(24) && words.unicodeScalars.allSatisfy { CJK.isIdeographic($0) || unreadTrailMarks.contains($0) }
    }

    /// What else the words after a timestamp may hold: spaces, and the rest of a clock glued to them (`09:15王小明`).
    static let unreadTrailMarks: ScalarSet = " 0123456789:"

    /// Whether a field's value is another field's label left empty (`发表于:`).
    static func isLabel(_ value: some StringProtocol) -> Bool {
        let trimmed = value.trimmingCharactersInWhitespace()
        return trimmed.hasUTF8Suffix(":") || trimmed.hasUTF8Suffix("：")
    }

    /// `08:20`, `08:20:18`.
    static func isClock(_ word: some StringProtocol) -> Bool {
        guard word.containsUTF8(":") || word.containsUTF8("：") else { return false }
        let parts = word.split(atScalarsIn: ":：")
        return (2...3).contains(parts.count) && parts.allSatisfy { part in
            (1...2).contains(part.scalarCount) && part.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
        }
    }

    /// The paper's name in the name of its online edition (`江城日报电子版` → `江城日报`,
    /// `东海日报数字报` → `东海日报`); any other name unchanged.
    public static func paperName(_ name: String) -> String {
        for suffix in onlineEditionSuffixes where name.hasUTF8Suffix(suffix) {
            let paper = String(Substring(name.utf8.dropLast(suffix.utf8.count)))
            return paper.hasUTF8Suffix("报") || paper.hasUTF8Suffix("報") || paper.hasUTF8Suffix("刊") ? paper : name
        }
        return name
    }

    /// What the name of a paper's online edition adds to the paper's.
    static let onlineEditionSuffixes = ["电子报", "電子報", "电子版", "電子版", "数字报", "數字報", "数字版", "數字版"]

    /// Endings of the names of papers, agencies and news sites.
    static let outletEndings = ["报", "報", "网", "網", "社", "台", "在线", "在線", "频道", "頻道", "客户端", "发布", "發布", "日报", "晚报", "周刊", "週刊", "杂志", "雜誌", "电子报", "电子版", "電子版"]

    /// Words ending in 报 that name no paper: a report button, a notice, a forecast, a poster.
    static let notOutletEndings = ["举报", "舉報", "通报", "通報", "预报", "預報", "汇报", "匯報", "喜报", "喜報", "捷报", "捷報", "海报", "海報", "报料", "報料"]

    /// Whether a word is the name of a paper, an agency or a news site (宁波日报, 中国宁波网,
    /// 人民网-国际金融报, 新华社, 扬州发布).
    public static func isOutletName(_ word: some StringProtocol) -> Bool {
        guard (2...16).contains(word.scalarCount), let name = word.split(atScalarsIn: "-").last else { return false }
        // A brand in Latin letters may open the name, and then 新闻 ends it too (`Newtalk新闻`);
        // in Chinese alone, `即时新闻` is a section.
        let chinese = name.unicodeScalars.drop { $0.isASCII && $0.properties.isAlphabetic }
        guard chinese.count >= 2, chinese.allSatisfy({ CJK.isIdeographic($0) || $0 == "·" }) || name.hasUTF8Suffix("网") else { return false }
        if chinese.count < name.unicodeScalars.count, name.hasUTF8Suffix("新闻") || name.hasUTF8Suffix("新聞") { return true }
        // The ending alone (`日报`) is a word, not a name; nor do report words name a paper (`我要举报`).
        if notOutletEndings.contains(where: { name.hasUTF8Suffix($0) }) { return false }
        var ends = false
        for ending in outletEndings where name.hasUTF8Suffix(ending) {
            if name.utf8.count == ending.utf8.count { return false }
            ends = true
        }
        return ends
    }
}
