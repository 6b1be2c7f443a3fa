import FolioCore

/// What the shape of one line of a news page says it is: prose, a headline, a caption, a
/// signature. Shared by the text and HTML readers, which see the same lines in different dress.
public enum LineShape {
    /// Characters that end a clause.
    static let clauseEnds: ScalarSet = "，,、：:"
    /// Closing quotes and brackets that may follow the final punctuation.
    static let closers: ScalarSet = "”’」』）)】》\"'"

    /// The last character that is not a closing quote or bracket, as a scalar (punctuation is one).
    public static func finalMark(_ text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.last { !closers.contains($0) }
    }

    /// Whether a line reads as prose: a sentence (ending in 。, or in ！/？ when long), a long
    /// line, or a dateline lead (本报讯, …电).
    public static func isProse(_ text: String) -> Bool {
        // Four bytes at most per character: a line this long has sixty characters.
        if text.utf8.count >= 240 { return true }
        let count = text.scalarCount
        if count >= 60 { return true }
        if isDatelineLead(text) { return true }
        guard let mark = finalMark(text) else { return false }
        switch mark {
        case "。", "；", ";": return count >= 6
        case "…": return count >= 16 && !text.hasUTF8Suffix("……") || count >= 30
        case "！", "？", "!", "?": return count >= 26
        case ".": return count >= 40
        default: return false
        }
    }

    /// The marks a dateline lead ends with: 讯 (news) and 电 (a dispatch).
    static let datelineMarks: ScalarSet = "讯訊电電"

    /// Whether a line opens with a dateline (`本报讯`, `新华社北京3月1日电`, `中国宁波网讯`).
    public static func isDatelineLead(_ text: String) -> Bool {
        // `本报讯` too has its mark among the first scalars.
        guard hasDatelineMarkNearStart(text) else { return false }
        if text.hasUTF8Prefix("本报讯") || text.hasUTF8Prefix("本報訊") { return true }
        // The mark among the first 30 scalars, read with the scalar view's iterator: indexing
        // the view validates every index, and every line asks whether it is prose.
        var scalars = text.unicodeScalars.makeIterator()
        var position = 0, bytesBefore = 0
        var previous: Unicode.Scalar?
        var after: Unicode.Scalar??
        while position < 30, let scalar = scalars.next() {
            if datelineMarks.contains(scalar) {
                after = .some(position + 1 < 30 ? scalars.next() : nil)
                break
            }
            previous = scalar
            position += 1
            bytesBefore += UTF8.width(scalar)
        }
        guard case .some(let after) = after, position >= 2, let previous else { return false }
        // `…日电`, `…网讯`, `湖北日报讯`: an agency, paper or site, a place and a date before the mark.
        let opensByline = after == "(" || after == "（" || after == " " || after == "　" || after == nil || (after == "】" && text.hasUTF8Prefix("【"))
        let before = Substring(text.utf8.prefix(bytesBefore))
        return opensByline && (previous == "日" || previous == "網" || previous == "网" || previous == "社" || previous == "报" || previous == "報"
            || before.hasUTF8Suffix("新华社") || before.hasUTF8Suffix("新華社"))
    }

    /// Whether a dateline mark is among the first 30 scalars, looked for on the bytes: most lines
    /// have none, and reading them through the scalar view cost more than the rest of the test.
    private static func hasDatelineMarkNearStart(_ text: String) -> Bool {
        let marks = datelineMarks
        return text.withUTF8Bytes { bytes in
            var position = 0, scalars = 0
            while position < bytes.count, scalars < 30 {
                let lead = bytes[position]
                // The marks are scalars of three bytes.
                if lead & 0xF0 == 0xE0, position + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
                    if let scalar = Unicode.Scalar(value), marks.contains(scalar) { return true }
                }
                position += UTF8Search.scalarLength(lead: lead)
                scalars += 1
            }
            return false
        }
    }

    /// Whether a line could be a headline: short, no sentence end, not a byline or caption.
    public static func isHeadlineShaped(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        let count = text.scalarCount
        guard count >= 2, count <= 48, !isProse(text) else { return false }
        if let mark = finalMark(text), clauseEnds.contains(mark), mark != ":" && mark != "：" { return false }
        return !isChapterHeading(text) && Byline(line: text) == nil && PhotoCaption.kind(of: text) == nil
    }

    /// Whether a line is one quoted sentence (`“你这辈子见过几回这样的暴雨？”`): under a headline,
    /// the speech that opens the story, not a deck; a kicker may still be one, above the title.
    public static func isQuotedSentence(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "“" || first == "「", let last = text.unicodeScalars.last, last == "”" || last == "」",
              let mark = finalMark(text) else { return false }
        return sentenceMarks.contains(mark)
    }

    /// A headline without the time a live page posted it at (`明報聲明 (07:35)` → `明報聲明`).
    public static func withoutPostingTime(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, last == ")" || last == "）",
              let open = text.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex,
              Dateline.isClock(text[text.unicodeScalars.index(after: open)..<text.unicodeScalars.index(before: text.endIndex)]) else { return text }
        return text[..<open].trimmingCharactersInWhitespace()
    }

    /// Whether a line breaks off (`…本報翻查...`, `…有人会……`): a teaser's text, cut short.
    public static func isCutShort(_ text: String) -> Bool {
        text.hasUTF8Suffix("...") || text.hasUTF8Suffix("…")
    }

    /// The marks that end a sentence, not a quotation within one.
    static let sentenceMarks: ScalarSet = "。！？!?"
    /// The marks that end a Chinese sentence.
    public static let chineseSentenceEnds: ScalarSet = "。！？"

    /// `第三章 雨夜`, `第12回`: a book's chapter heading, not a news headline.
    static func isChapterHeading(_ text: String) -> Bool {
        guard text.hasUTF8Prefix("第") else { return false }
        let rest = text.dropFirst()
        let number = rest.prefix { "一二三四五六七八九十百千零〇两".contains($0) || ($0.isASCII && $0.isNumber) }
        guard !number.isEmpty, let unit = rest.dropFirst(number.count).first else { return false }
        return "章节回卷部篇".contains(unit)
    }

    /// Cues that a headline line is a kicker (引题) above the title rather than the title: it
    /// trails off (…… or a colon), reads as a clause with a comma, or opens with when it happened.
    public static func hasKickerCue(_ text: String) -> Bool {
        if text.hasUTF8Suffix("…") || text.hasUTF8Suffix("：") || text.hasUTF8Suffix(":") || text.hasUTF8Suffix("——") { return true }
        if text.containsUTF8("，") || text.containsUTF8(",") { return true }
        return ["昨天", "今天", "昨日", "今日", "上午", "下午", "日前", "近日", "本周", "今年", "明天"].contains { text.hasUTF8Prefix($0) }
    }

    /// Whether a line is a person's name alone (a signature, `邢伯庄`): a family name and one or
    /// two given characters, and no column label (`简讯`). A Latin word alone is no signature (a calendar's `Su Mo Tu`, a
    /// menu's `Home`); Latin names are read only where a role or `By` says they are people.
    public static func isNameAlone(_ text: String) -> Bool {
        (2...3).contains(text.scalarCount) && text.unicodeScalars.allSatisfy(CJK.isIdeographic) && Byline.isName(text) && !Dateline.isOutletName(text)
            && !(text.unicodeScalars.last.map(columnKinds.contains) ?? false)
    }

    /// The names of a line that holds nothing else (`王小明 李大伟 赵一平`, `☉林大明`, `李 舒 黄馨茹`):
    /// one to four names alone, set apart by spaces, after any decoration; nil for any other line.
    public static func namesAlone(_ text: String) -> [String]? {
        // Four names of four characters and the spaces between them, at most.
        guard text.utf8.count <= 54 else { return nil }
        var words: [String] = []
        for word in Substring(text.unicodeScalars.drop { Byline.decorations.contains($0) || $0 == " " }).split(separator: " ") {
            // `李 舒 黄馨茹`: a two-character name spaced out to the width of a three-character one.
            if word.unicodeScalars.count == 1, let last = words.last, last.unicodeScalars.count == 1 {
                words[words.count - 1] += word
            } else {
                words.append(String(word))
            }
        }
        guard (1...4).contains(words.count), words.allSatisfy(isNameAlone) else { return nil }
        return words
    }

    /// Whether a line opens with a date and a time (`2019-04-11 09:15王小明`): a dateline whatever
    /// follows it, never a headline.
    public static func opensWithTimestamp(_ text: String) -> Bool {
        guard let first = text.utf8.first, (0x30...0x39).contains(first), let date = NewsDate.first(in: text) else { return false }
        return date.hasTime && date.range.lowerBound == text.startIndex
    }

    /// What a column label ends with (简讯, 时评, 社论), where a family name may start it.
    static let columnKinds: ScalarSet = "讯訊评評论論"

    /// A `——` line without its dashes: a subtitle (`——宁波组织工作这一年`) or a signature.
    public static func deck(_ text: String) -> String {
        String(text.drop { $0 == "—" || $0 == " " })
    }

    /// Whether a line opens with a bullet that marks a headline (`• 守护北京“城之源”`).
    public static func bulletedHeadline(_ text: String) -> String? {
        guard let first = text.first, "•●■◆▪".contains(first) else { return nil }
        let rest = text.dropFirst().drop { $0 == " " }
        return rest.isEmpty ? nil : String(rest)
    }
}
