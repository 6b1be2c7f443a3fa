import FolioCore

/// A line of e-paper chrome: what the page's frame prints around the articles.
enum PageChrome: Equatable {
    /// `第A7版:政治纵深·党建 上一版3 4下一版`: the edition and its section.
    case edition(String, section: String?)
    /// `2021年03月01日 星期一`, as an ISO date, with a paper name printed beside it.
    case date(String, publication: String?)
    /// Navigation and zoom controls: 标题导航, 放大 缩小 默认, 上一篇, 下一篇.
    case navigation
    /// Founder (方正) metadata flattened into a line: `2024-09-01 1 1 宁波日报 content_172389.html …`.
    case founderMetadata(date: String?, publication: String?)
    /// The text writer's metadata line: `宁波日报 · 2021-03-01 · 第A7版 · 政治纵深·党建`.
    case metadataLine(Metadata)

    /// How strongly the line says that the text is an e-paper page.
    var weight: Int {
        switch self {
        case .edition, .founderMetadata, .metadataLine: return 2
        case .date, .navigation: return 1
        }
    }

    static let navigationLines: Set<String> = [
        "标题导航", "放大 缩小 默认", "放大 缩小", "返回目录", "返回首页", "版面导航", "本版导航", "打印本页",
        "关闭窗口", "上一期", "下一期", "上一篇", "下一篇",
    ]

    /// The chrome a line is, or nil for content.
    static func classify(_ text: String) -> PageChrome? {
        guard !text.isEmpty else { return nil }
        if !LineMarks.fits(text, within: 80) {
            // Long lines are article text, unless they are flattened Founder metadata.
            return founderMetadata(text)
        }
        if navigationLines.contains(text) || text.hasUTF8Prefix("上一篇") || text.hasUTF8Prefix("下一篇")
            || (!text.hasUTF8Prefix("第") && LineMarks.contains(text, "上一版") && LineMarks.contains(text, "下一版")) {
            return .navigation
        }
        if let founder = founderMetadata(text) { return founder }
        if let edition = edition(text) { return edition }
        if let date = datedLine(text) { return date }
        if let metadata = metadataLine(text) { return .metadataLine(metadata) }
        return nil
    }

    /// `2024-09-01 1 1 宁波日报 content_172389.html … /enpproperty-->`, or nil.
    private static func founderMetadata(_ text: String) -> PageChrome? {
        guard LineMarks.contains(text, "enpproperty") || (LineMarks.contains(text, "content_") && LineMarks.contains(text, ".htm")) else { return nil }
        let tokens = text.split(separator: " ")
        let date = tokens.first.flatMap { isISODate($0) ? String($0) : nil }
        let publication = tokens.first { isPaperName($0) }.map(String.init)
        return .founderMetadata(date: date, publication: publication)
    }

    /// `第A7版:政治纵深·党建 …`; the navigation after the section is dropped.
    private static func edition(_ text: String) -> PageChrome? {
        guard text.hasUTF8Prefix("第") else { return nil }
        let afterMark = text.dropFirst()
        guard let end = afterMark.prefix(8).firstIndex(of: "版") else { return nil }
        let label = afterMark[..<end]
        guard !label.isEmpty, label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) || LineMarks.chineseNumerals.contains($0) }) else { return nil }
        var rest = afterMark[afterMark.index(after: end)...]
        guard rest.first.map({ ":： ".contains($0) }) ?? true else { return nil }
        if let mark = rest.first, mark == ":" || mark == "：" { rest = rest.dropFirst() }
        let section = rest.drop { $0 == " " }.prefix { $0 != " " }
        let usable = section.isEmpty || section.hasUTF8Prefix("上一版") || section.hasUTF8Prefix("下一版") ? nil : String(section)
        return .edition(String(label), section: usable)
    }

    /// A line holding only a date (`2021年03月01日 星期一`), possibly beside the paper's name.
    private static func datedLine(_ text: String) -> PageChrome? {
        guard LineMarks.fits(text, within: 40), LineMarks.contains(text, "年") else { return nil }
        var publication: String?
        var iso: String?
        for token in text.split(separator: " ") {
            if iso == nil, let date = chineseDate(token) {
                iso = date
            } else if token.hasUTF8Prefix("星期") || token.hasUTF8Prefix("周") && token.count == 2 || token.hasUTF8Prefix("农历") {
                continue
            } else if publication == nil, isPaperName(token) {
                publication = String(token)
            } else {
                return nil
            }
        }
        return iso.map { .date($0, publication: publication) }
    }

    /// `2021年3月1日` as `2021-03-01`, or nil; the token may carry the weekday after the date.
    static func chineseDate<S: StringProtocol>(_ token: S) -> String? {
        var numbers: [Int] = []
        var digits = 0, value = 0
        var rest = Substring(token)
        let expected: [Character] = ["年", "月", "日"]
        while numbers.count < 3, let character = rest.first {
            rest = rest.dropFirst()
            if let digit = character.wholeNumberValue, character.isASCII {
                value = value * 10 + digit
                digits += 1
                guard digits <= 4 else { return nil }
                continue
            }
            guard digits > 0, character == expected[numbers.count] else { return nil }
            numbers.append(value)
            digits = 0
            value = 0
        }
        // Only a weekday may follow the date in the same token (`2021年03月01日星期一`).
        guard rest.isEmpty || ((rest.hasUTF8Prefix("星期") || rest.hasUTF8Prefix("周")) && rest.count <= 3) else { return nil }
        guard numbers.count == 3, numbers[0] >= 1000, (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { return nil }
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(numbers[0])-\(pad(numbers[1]))-\(pad(numbers[2]))"
    }

    /// Whether a token is `YYYY-MM-DD`.
    static func isISODate<S: StringProtocol>(_ token: S) -> Bool {
        let characters = Array(token)
        guard characters.count == 10 else { return false }
        for (index, character) in characters.enumerated() {
            if index == 4 || index == 7 { if character != "-" { return false } } else if !(character.isASCII && character.isNumber) { return false }
        }
        return true
    }

    /// Whether a line is a newspaper's name alone (宁波日报, 钱江晚报).
    static func isPaperName<S: StringProtocol>(_ text: S) -> Bool {
        LineMarks.fits(text, within: 12) && text.count >= 3 && text.hasUTF8Suffix("报")
            && text.allSatisfy { $0.unicodeScalars.first.map(CJK.isIdeographic) ?? false }
    }

    /// Whether a line is a short stray lower-case Latin marker the dump left (`dlrb`).
    static func isStrayMarker(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 8 && text.utf8.allSatisfy { (0x61...0x7A).contains($0) }
    }

    /// The text writer's label for an edition: `第A7版`, or `p. 7` outside CJK text.
    static func editionLabel(_ edition: String, cjk: Bool) -> String { cjk ? "第\(edition)版" : "p. \(edition)" }

    /// `宁波日报 · 2021-03-01 · 第A7版 · 政治纵深·党建`: at least two fields, one of them a date, an
    /// edition or a paper's name (so that a title with a spaced dot is not taken for one).
    private static func metadataLine(_ text: String) -> Metadata? {
        guard LineMarks.contains(text, " · ") else { return nil }
        let fields = LineMarks.split(text, by: " · ")
        guard fields.count >= 2 else { return nil }
        var metadata = Metadata()
        for field in fields {
            if metadata.date == nil, isISODate(field) {
                metadata.date = field
            } else if metadata.edition == nil, case .edition(let label, _)? = edition(field), !field.contains(" ") {
                metadata.edition = label
            } else if metadata.edition == nil, field.hasUTF8Prefix("p. "), field.count > 3 {
                metadata.edition = String(field.dropFirst(3))
            } else if metadata.publication == nil && metadata.date == nil && metadata.edition == nil {
                metadata.publication = field
            } else if metadata.section == nil {
                metadata.section = field
            } else {
                return nil
            }
        }
        let named = metadata.publication.map { isPaperName($0) } ?? false
        return metadata.date != nil || metadata.edition != nil || named ? metadata : nil
    }
}
