import FolioCore

/// A newspaper byline: the people credited for an article with their roles (记者 王一 通讯员 李二),
/// and any credit printed on the same line (本版图片由市委组织部提供).
///
/// Papers print bylines in many shapes, and every reader recognises them through this one type:
/// - on a line of their own: `本报记者 张 燕`, `中国宁波网记者 余建文 通讯员 竺盛涌 文/摄`,
///   `记者:罗水元`, `新華社記者 高潔 攝`, roles glued to names (`本报记者易靖`);
/// - in the lead of the first paragraph: `本报讯(记者 X 通讯员 Y)`, `新华社北京3月1日电(记者 …)`
///   (see ``lead(in:)``);
/// - at the end of the last paragraph or a caption: `…本报记者 董怡虹 陈炅玮`, `…(钟腾达 蔡心月)`,
///   `…蒋晓东摄` (see ``trailing(in:)``).
///
/// Whoever took the pictures (`记者 王三 摄`, `徐仰龙/摄`) is an author with the role 摄 as printed.
/// A line is taken only when it is wholly a byline, so sentences that mention a 记者 are left alone.
public struct Byline: Sendable, Hashable {
    /// The people named, in order, each with the role printed before them (or 摄 after them).
    public var authors: [Author]
    /// Credits that name no person as author, such as a picture credit (本版图片由…提供).
    public var credits: [String]

    /// Creates a byline from its parts.
    public init(authors: [Author], credits: [String] = []) {
        self.authors = authors
        self.credits = credits
    }

    // MARK: - Vocabulary

    /// Roles printed before names, longest first so that 本报记者 wins over 记者.
    public static let roles: [String] = [
        "本报特约评论员", "特约评论员", "本报特约记者", "本报见习记者", "本报实习记者", "本报实习生", "本报通讯员", "本报评论员", "融媒体记者", "全媒体记者",
        "特约通讯员", "本报记者", "见习记者", "实习记者", "特约记者", "首席记者", "摄影记者", "特派记者",
        "特约撰稿人", "特约撰稿", "撰稿人", "评论员", "通讯员", "实习生", "记者", "摄影", "撰稿", "撰文", "作者",
        // The same in traditional characters.
        "本報特約評論員", "特約評論員", "本報特約記者", "本報見習記者", "本報實習記者", "本報實習生", "本報通訊員", "本報評論員", "融媒體記者", "全媒體記者",
        "特約通訊員", "本報記者", "見習記者", "實習記者", "特約記者", "首席記者", "攝影記者", "特派記者",
        "特約撰稿人", "特約撰稿", "評論員", "通訊員", "實習生", "記者", "攝影",
    ].sorted { $0.count > $1.count }

    /// The roles, matched by the longest at a position.
    static let roleWords = PhraseSet(roles)

    /// The roles an organisation's name may stand before (中国宁波网记者, 民航报道组, 中新社記者).
    static let organisationRoles = ["记者", "記者", "通讯员", "通訊員", "报道组", "報道組", "特约记者", "特約記者"]

    /// Roles of people who edit rather than write: they become credits, never authors.
    public static let editorRoles = ["责任编辑", "責任編輯", "本期编辑", "本期編輯", "编辑", "編輯", "责编", "責編", "校对", "校對"]
    /// The editors' roles, matched as phrases.
    static let editorRoleWords = PhraseSet(editorRoles)

    /// The marks a photographer's name is printed with (`王三 摄`, `王三/摄`).
    static let photoMarks = ["摄", "攝"]

    /// Marks some papers print before a byline (□本报记者 …).
    static let decorations: ScalarSet = "□■●◆▲○◇•·—◎★☆▶►△☉⊙"
    /// Separators between the names and roles of a byline.
    static let separators: ScalarSet = " \u{3000}\u{A0}\t、，,；;|｜丨"
    /// Brackets a byline may be printed in.
    static let brackets: ScalarSet = "（）()【】[]〔〕"
    /// What a byline's tokens stand between.
    static let separatorsAndBrackets = separators.union(brackets)

    /// Words printed around the names that are not names (本报记者 王一 报道, 文/摄).
    static let fillerWords = PhraseSet(["报道", "報道", "整理", "发", "發", "讯", "訊", "和", "及", "文", "文/摄", "文/攝", "文／摄", "图/文", "文/图", "图文", "综合", "綜合", "本版采写", "采写", "执笔", "/",
                                      // Video by the names after it: they keep the role before (`记者 王一 视频 李二`).
                                      "视频", "視頻", "摄像", "攝像"])

    // MARK: - Lines

    /// Parses a line; nil unless it names at least one person under a role and holds nothing else.
    ///
    /// `By Ann Lee and Tom Hart` gives authors without roles. Names followed by 摄 took the
    /// pictures: they are authors with the role 摄.
    public init?(line: String) {
        guard line.utf8.count <= 320, Self.mayName(line) else { return nil }
        var trimmed = Substring(line.trimmingCharactersInWhitespace())
        trimmed = Substring(trimmed.unicodeScalars.drop { Self.decorations.contains($0) || $0 == " " })
        guard !trimmed.isEmpty, trimmed.scalarCount <= 80 else { return nil }
        if trimmed.hasUTF8Prefix("By ") || trimmed.hasUTF8Prefix("by ") {
            guard let authors = Self.englishAuthors(trimmed.dropFirst(3)) else { return nil }
            self.init(authors: authors)
            return
        }
        if let parsed = Self.parse(trimmed, requireRole: true) {
            self = parsed
        } else if let described = Self.describedAuthor(trimmed) {
            self = described
        } else {
            return nil
        }
    }

    /// `作者:张炜(中国作协副主席)`: one role and name followed by who they are, in brackets.
    private static func describedAuthor(_ line: Substring) -> Byline? {
        guard let last = line.unicodeScalars.last, last == ")" || last == "）",
              let open = line.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }),
              line[open...].scalarCount <= 40 else { return nil }
        guard let parsed = parse(line[..<open], requireRole: true), parsed.authors.count == 1, parsed.credits.isEmpty else { return nil }
        return parsed
    }

    /// The authors a dateline lead names: `本报讯(记者 李白 通讯员 杜甫)昨天…`,
    /// `新华社北京3月1日电(记者 王一)`, `中国宁波网8月10日讯(记者龚一鸣)`; empty for other text.
    public static func lead(in paragraph: String) -> [Author] {
        let head = paragraph.unicodeScalars.prefix(40)
        guard let open = head.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return unbracketedLead(in: paragraph) }
        // `【本报讯】（记者 …）`: the dateline may be bracketed itself.
        let before = Substring(head[..<open]).trimmingCharactersInWhitespace().trimming(scalarsIn: "【】[]")
        let inner = Substring(paragraph.unicodeScalars[paragraph.unicodeScalars.index(after: open)...].prefix { $0 != ")" && $0 != "）" })
        // `（中央社記者王小明台北5日電）…`: the whole dispatch in the opening bracket.
        if before.isEmpty { return dispatch(inner) }
        guard let last = before.unicodeScalars.last, last == "讯" || last == "訊" || last == "电" || last == "電",
              before.scalarCount <= 30 else { return [] }
        guard inner.scalarCount < 60 else { return [] }
        return parse(inner, requireRole: true)?.authors ?? []
    }

    /// The reporters of an agency's dispatch that names them before its place and day:
    /// `中央社記者王小明台北5日電`, `中央社記者王小明、李大華華盛頓4日電`. Name and place run together,
    /// so they are told apart by length: the last name takes two characters of four, three of
    /// five or more, leaving the place two to four; empty for other text.
    static func dispatch(_ text: Substring) -> [Author] {
        guard text.scalarCount <= 40, let last = text.unicodeScalars.last, last == "电" || last == "電" else { return [] }
        var rest = Substring(text.unicodeScalars.dropLast())
        // The day: `5日`, `十五日`.
        guard rest.unicodeScalars.last == "日" else { return [] }
        rest = Substring(rest.unicodeScalars.dropLast())
        let day = rest.unicodeScalars.reversed().prefix { $0.properties.numericType != nil || dayNumerals.contains($0) }.count
        guard day > 0 else { return [] }
        rest = Substring(rest.unicodeScalars.dropLast(day))
        // The agency and its role: `中央社記者`.
        guard let roleStart = rest.unicodeScalars.indices.first(where: { roleWord(startingAt: rest[$0...]) != nil }),
              let role = roleWord(startingAt: rest[roleStart...]), Dateline.isOutletName(rest[..<roleStart]) else { return [] }
        var names = rest[rest.utf8.index(roleStart, offsetBy: role.utf8.count)...].split(atScalarsIn: "、，, ")
        guard let glued = names.popLast() else { return [] }
        let length = glued.unicodeScalars.count
        guard (4...7).contains(length) else { return [] }
        names.append(Substring(glued.unicodeScalars.prefix(length == 4 ? 2 : 3)))
        guard names.allSatisfy({ isName($0) }) else { return [] }
        return names.map { Author(name: String($0), role: role) }
    }

    /// Chinese numerals a dispatch's day is written in (`十五日`).
    static let dayNumerals: ScalarSet = "〇一二三四五六七八九十廿卅"

    /// `湖北日報訊 記者孔奇志、周志兵報道:…`, `本报讯 记者 王一 报道：…`: a lead whose byline is
    /// not bracketed but set between the dateline's mark and 报道 or a colon.
    private static func unbracketedLead(in paragraph: String) -> [Author] {
        let head = Substring(paragraph.unicodeScalars.prefix(72))
        guard let mark = head.unicodeScalars.prefix(30).firstIndex(where: LineShape.datelineMarks.contains) else { return [] }
        let rest = Substring(head.unicodeScalars[head.unicodeScalars.index(after: mark)...].drop { $0 == " " || $0 == "　" })
        guard roleWord(startingAt: rest) != nil else {
            // `中央社記者王小明台北5日電 行政院…`: an agency's dispatch naming its reporters.
            return dispatch(head[...mark])
        }
        let end: Substring.Index
        if let reported = rest.utf8Range(of: "报道") ?? rest.utf8Range(of: "報道") {
            end = reported.lowerBound
        } else if let colon = rest.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            end = colon
        } else {
            return []
        }
        let byline = rest[..<end]
        guard byline.scalarCount <= 40 else { return [] }
        return parse(byline, requireRole: true)?.authors ?? []
    }

    /// A byline printed at the end of a paragraph or caption, after its last sentence:
    /// `…本报记者 董怡虹 陈炅玮`, `…(记者罗湘波通讯员罗佳旻)`, `…(钟腾达 蔡心月)`, `…蒋晓东摄`,
    /// `…(江涛 吴起 摄)`; nil when the paragraph ends otherwise.
    public static func trailing(in paragraph: String) -> Byline? {
        // Only a paragraph that ends in a bracket or whose end holds a role word or photo mark can.
        let end = paragraph.suffix(scalars: 48).unicodeScalars
        guard let lastScalar = end.last(where: { $0 != " " && $0 != "|" }),
              lastScalar == ")" || lastScalar == "）" || roleCues.occurs(in: String(Substring(end))) else { return nil }
        // A byline is short: the paragraph's last 48 scalars hold any that can be read.
        var text = Substring(end)
        while let last = text.unicodeScalars.last, last.properties.isWhitespace || last == "|" { text = Substring(text.unicodeScalars.dropLast()) }
        guard let last = text.unicodeScalars.last else { return nil }
        if last == ")" || last == "）" {
            // `(…)` at the end: a byline, or names alone (an end signature).
            guard let open = text.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
            let inner = text[text.unicodeScalars.index(after: open)..<text.unicodeScalars.index(before: text.endIndex)]
            guard inner.scalarCount <= 40 else { return nil }
            return parse(inner, requireRole: false, splitGluedNames: true)
        }
        // A role word near the end starts the byline: the longest suffix that parses wins.
        let tail = text.suffix(scalars: 40)
        for index in tail.unicodeScalars.indices where roleLeads.contains(tail.unicodeScalars[index]) {
            let rest = tail[index...]
            // A role glued to the words on both sides (`■该作者文章`) is inside a phrase; one after
            // its organisation (`光明日报记者王一`) or set apart from the name (`交汇点记者 王一`) is not.
            if let role = roleWord(startingAt: rest), let next = rest.unicodeScalars.dropFirst(role.unicodeScalars.count).first, CJK.isIdeographic(next),
               let previous = tail[..<index].unicodeScalars.last, CJK.isIdeographic(previous), !endsAsOrganisation(tail[..<index]) { continue }
            if roleWord(startingAt: rest) != nil || organisationRoles.contains(where: { rest.hasUTF8Prefix($0) }),
               let found = parse(rest, requireRole: true) {
                return found
            }
        }
        // `…。蒋晓东摄`, `…。史米可/摄`: a photographer after the caption's last sentence, or after
        // a space where the caption has no sentence (`万松浦朝霞 田恩华摄`).
        if photoMarks.contains(where: { text.hasUTF8Suffix($0) }) {
            let sentenceEnd = text.unicodeScalars.lastIndex(where: clauseEnds.contains)
            let credit = sentenceEnd.map { text[text.unicodeScalars.index(after: $0)...] } ?? text
            if let byline = parse(credit, requireRole: false) { return byline }
            guard sentenceEnd == nil, let space = text.unicodeScalars.lastIndex(of: " ") else { return nil }
            return parse(text[text.unicodeScalars.index(after: space)...], requireRole: false)
        }
        return nil
    }

    /// The signature that closes an article's last paragraph in news in brief and short
    /// reports: `…继续走低。（晓旻）` or `…继续走低。(钟五 蔡六)`, where a bracketed name may be a
    /// pen name, and `…继续走低。 钟五` after the last sentence, where several names must start
    /// with a family name and one alone may be a pen name. A bare name is read only when
    /// `allowingBareName`, which the caller makes false for the page's last line: a page cut
    /// short can end in any few characters after a sentence.
    /// Nil for anything else: an end mark (`（完）`, `（待续）`), an outlet (`（新华社）`), or words
    /// that are not names.
    public static func closingSignature(in paragraph: String, allowingBareName: Bool) -> [Author]? {
        var text = paragraph.suffix(scalars: 24)
        while let last = text.unicodeScalars.last, last == " " || last == "|" { text = Substring(text.unicodeScalars.dropLast()) }
        guard let last = text.unicodeScalars.last else { return nil }
        let signature: Substring, requireSurname: Bool
        var closesSentence = true
        if last == ")" || last == "）" {
            guard let open = text.unicodeScalars.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
            // The bracket follows the last sentence, or is the whole paragraph.
            if open != text.startIndex || text.startIndex > paragraph.startIndex {
                guard let before = text[..<open].unicodeScalars.last(where: { $0 != " " }), sentenceEnds.contains(before) else { return nil }
            }
            signature = text[text.unicodeScalars.index(after: open)..<text.unicodeScalars.index(before: text.endIndex)]
            requireSurname = false
        } else {
            guard allowingBareName, let end = text.unicodeScalars.lastIndex(where: sentenceEnds.contains) else { return nil }
            signature = text[text.unicodeScalars.index(after: end)...]
            requireSurname = true
            // After a full stop (`。`, `。”`), not a quotation's end alone (`“宁波组工”微信号`).
            let before = text[..<text.unicodeScalars.index(after: end)].unicodeScalars.suffix(2)
            closesSentence = before.last.map(LineShape.sentenceMarks.contains) == true || before.first.map(LineShape.sentenceMarks.contains) == true
        }
        let names = signature.split(atScalarsIn: " 、，,")
        // One bare name of two or three characters after a full stop may be a pen name too (`…继续走低。晓旻`).
        let penName = names.count == 1 && (2...3).contains(names[0].scalarCount) && closesSentence
        guard (1...3).contains(names.count), names.allSatisfy({ name in
            name.scalarCount <= 4 && isName(name, requireSurname: requireSurname && !penName) && !Dateline.isOutletName(name) && !closingMarks.contains(name)
        }) else { return nil }
        return names.map { Author(name: String($0)) }
    }

    /// What ends the sentence before a closing signature.
    static let sentenceEnds: ScalarSet = "。！？!?”」』…"

    /// Bracketed words that close an article and name no one.
    static let closingMarks = PhraseSet(["完", "待续", "未完", "续完", "全文完", "未完待续", "转载", "轉載", "摘编", "摘編", "编译", "編譯", "供稿", "来稿", "來稿",
                                         "新华", "新華", "中新", "央视", "央視", "本报", "本報", "据报道", "據報道", "资料", "資料", "图片", "圖片", "上图", "下图"])

    /// The words one of which every byline holds, unless it is names in brackets: a role word
    /// or a photo mark.
    static let roleCues = PhraseSet(roles + organisationRoles + photoMarks)

    /// What ends the sentence or clause before a photographer's credit.
    static let clauseEnds: ScalarSet = "。！？!?；;,，:："

    /// A line known to be a byline, read even when it prints names without roles
    /// (`孔一帆 贾二`, `(钟腾达 蔡心月)`); nil when it holds anything but names and roles.
    public static func signature(_ line: String) -> Byline? {
        if let byline = Byline(line: line) { return byline }
        let trimmed = line.trimmingCharactersInWhitespace()
        guard !trimmed.isEmpty, trimmed.scalarCount <= 80 else { return nil }
        return parse(Substring(trimmed), requireRole: false)
    }

    /// An author as ``FolioCore/Author/printed`` prints one (`记者 王一`, `王三 摄`, `王一`).
    public static func author(printed text: String) -> Author {
        let words = text.split(separator: " ")
        if words.count == 2, Author.trailingRoles.contains(String(words[1])) { return Author(name: String(words[0]), role: String(words[1])) }
        if words.count == 2 { return Author(name: String(words[1]), role: String(words[0])) }
        return Author(name: text)
    }

    /// The names a dateline's field holds (`来源: 台州日报 陈伟民` after its source, `记者:罗水元`),
    /// or nil when it holds anything else.
    static func names(in text: Substring) -> [String]? {
        let tokens = text.split(atScalarsIn: separatorsAndBrackets)
        guard !tokens.isEmpty, tokens.allSatisfy({ isName($0) }) else { return nil }
        return tokens.map(String.init)
    }

    // MARK: - Parsing

    /// The characters every role word or photo mark holds one of: a line without any is no byline.
    static let roleCharacters: ScalarSet = "记記员員组組摄攝生撰者讯訊"

    /// The first characters of the role words, people's and organisations': where a role can start.
    static let roleLeads = ScalarSet(scalars: (roles + organisationRoles).compactMap { $0.unicodeScalars.first })

    /// The longest role word `text` starts with (本报记者 rather than 记者), or nil.
    static func roleWord(startingAt text: Substring) -> String? {
        guard let first = text.unicodeScalars.first, roleLeads.contains(first) else { return nil }
        return roleWords.endOfLongestPhrase(in: text, at: text.startIndex).map { String(text[..<$0]) }
    }

    /// Whether a line may name someone under a role: it holds a role word or photo mark, a mark
    /// of the names' work (`文/`, `图/`), or `By `.
    static func mayName(_ line: String) -> Bool {
        roleCues.occurs(in: line) || line.containsUTF8("By ") || line.containsUTF8("by ") || opensWithWorkMark(line)
    }

    /// Whether a line opens with the mark of its names' work (`文/王一`, `图 | 李二`, `文丨王一`).
    static func opensWithWorkMark(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" || decorations.contains($0) }
        guard let mark = scalars.popFirst(), mark == "文" || mark == "图" || mark == "圖" else { return false }
        guard let next = scalars.first(where: { $0 != " " && $0 != "\u{3000}" }) else { return false }
        return next == "/" || next == "／" || bars.contains(next)
    }

    /// Reads names and roles; with `requireRole`, names before any role make it no byline.
    static func parse(_ text: Substring, requireRole: Bool, splitGluedNames: Bool = false) -> Byline? {
        var authors: [Author] = []
        var credits: [String] = []
        var role: String?
        var plainRole = false
        var group: [Int] = []
        var pendingSingles = ""
        var tokens = separated(text)
        guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
        // `记者 张 燕`: padding inside a two-character name splits it in two.
        var merged: [Substring] = []
        for token in tokens {
            if let single = token.unicodeScalars.first, token.unicodeScalars.count == 1, CJK.isIdeographic(single),
               !fillerWords.contains(token), !photoMarks.contains(where: { token.utf8.elementsEqual($0.utf8) }) {
                pendingSingles.unicodeScalars.append(single)
                continue
            }
            if !pendingSingles.isEmpty { merged.append(Substring(pendingSingles)); pendingSingles = "" }
            merged.append(token)
        }
        if !pendingSingles.isEmpty { merged.append(Substring(pendingSingles)) }
        tokens = merged
        // After `图/`, the names took the pictures; after `文/`, they wrote.
        var pictures = false
        var marked = false
        for token in tokens {
            if let marker = workMarks[String(token)] {
                pictures = marker
                marked = true
                role = nil
                group = []
                continue
            }
            if isCredit(token) {
                credits.append(String(token))
                continue
            }
            // `王一/文`: the names just read wrote; a photo mark after later names is theirs alone.
            if token.utf8.elementsEqual("/文".utf8) || token.utf8.elementsEqual("／文".utf8) {
                group = []
                continue
            }
            if fillerWords.contains(token) { continue }
            // `发自北京`, `山东冠县报道`: where the named reporters filed from.
            if !authors.isEmpty, isDispatch(token) { continue }
            if let mark = photoMark(alone: token) {
                // `记者 王三 摄`: the group just named took the pictures; the credit stays as printed.
                guard !group.isEmpty else { return nil }
                for index in group { authors[index].role = mark }
                // The role printed before a photographer (`记者 王三 摄`) survives in the credit.
                if let role { credits.append(([role] + group.map { authors[$0].name } + [mark]).joined(separator: " ")) }
                group = []
                continue
            }
            if let mark = photoMarks.first(where: { token.hasUTF8Suffix($0) }) {
                var name = token.dropLast(mark.count)
                if name.hasUTF8Suffix("/") || name.hasUTF8Suffix("／") { name = name.dropLast() }
                if isName(name) {
                    for index in group { authors[index].role = mark }
                    group = []
                    authors.append(Author(name: String(name), role: mark))
                    continue
                }
            }
            if let found = self.role(token) {
                role = found.role
                // A name standing apart after a plain role word needs no family name (通讯员 甬教宣);
                // one glued to its role, or under an organisation's role, does.
                plainRole = roleWords.contains(found.role) && found.rest.isEmpty
                group = []
                let rest = found.rest
                if rest.isEmpty { continue }
                // `记者龚国荣摄`: the role, the name and the photo mark run together.
                if let mark = photoMarks.first(where: { rest.hasUTF8Suffix($0) }), isName(rest.dropLast(mark.count)) {
                    authors.append(Author(name: String(rest.dropLast(mark.count)), role: mark))
                    continue
                }
                guard isName(rest) else { return nil }
                group.append(authors.count)
                authors.append(Author(name: String(rest), role: pictures ? photoMarks[0] : role))
                continue
            }
            if role == nil && !marked && requireRole { return nil }
            // Names under no role are Chinese: Latin words in brackets are a credit (`(Image credit: Blue Origin)`).
            if isName(token, requireSurname: !plainRole), role != nil || marked || token.unicodeScalars.allSatisfy({ !$0.isASCII }) {
                group.append(authors.count)
                authors.append(Author(name: String(token), role: pictures ? photoMarks[0] : role))
            } else if splitGluedNames, role == nil, token.scalarCount == 6, token.unicodeScalars.allSatisfy(CJK.isIdeographic), isName(token.prefix(3)), isName(token.suffix(3)) {
                // `(甘晓明李少波)`: two three-character names printed without a space.
                for name in [token.prefix(3), token.suffix(3)] {
                    group.append(authors.count)
                    authors.append(Author(name: String(name)))
                }
            } else {
                return nil
            }
        }
        guard !authors.isEmpty else { return nil }
        return Byline(authors: authors, credits: credits)
    }

    /// Tokens between separators, with role words split from names glued to them
    /// (`记者罗湘波通讯员罗佳旻` → 记者 罗湘波 通讯员 罗佳旻).
    private static func separated(_ text: Substring) -> [Substring] {
        var tokens: [Substring] = []
        let text = text.unicodeScalars.contains(where: bars.contains) ? markingWorkBars(text) : text
        for var token in text.split(atScalarsIn: separatorsAndBrackets) {
            // `记者王小明／台北报导`: the place the names filed from, after a slash, says no one.
            if token.utf8.contains(UInt8(ascii: "/")) || token.containsUTF8("／"),
               let slash = token.unicodeScalars.lastIndex(where: { $0 == "/" || $0 == "／" }), slash > token.startIndex,
               isDispatch(token[token.unicodeScalars.index(after: slash)...]) {
                token = token[..<slash]
            }
            // `文/广州日报记者王一`, `图/记者 王二`: the mark of what the names made, before them.
            if let marker = workMarker(openings: token) {
                tokens.append(token[..<marker])
                token = token[marker...]
            }
            // `撰文：南方日报记者林曦`, `采写：本报记者王一`: a role or lead word keying a role of its own.
            if let colon = token.unicodeScalars.firstIndex(where: { $0 == ":" || $0 == "：" }), colon > token.startIndex {
                let key = token[..<colon], after = token[token.unicodeScalars.index(after: colon)...]
                if roleWord(startingAt: key).map({ key.utf8.count == $0.utf8.count }) == true || fillerWords.contains(key), role(after) != nil {
                    tokens.append(key)
                    token = after
                }
            }
            // Only a token holding a role word's character can hold a role word to split at.
            guard token.unicodeScalars.contains(where: roleCharacters.contains) else {
                let keyed = (token.hasUTF8Suffix(":") || token.hasUTF8Suffix("：")) && workMarks[String(token)] == nil
                tokens.append(keyed ? token.dropLast() : token)
                continue
            }
            var rest = token
            if rest.hasUTF8Suffix(":") || rest.hasUTF8Suffix("：") { rest = rest.dropLast() }
            // Split before every role word inside the token.
            var start = rest.startIndex
            // A role the token opens with is kept whole (见习记者 is not 见习 + 记者).
            let scalars = rest.unicodeScalars
            var index = roleWord(startingAt: rest).map { rest.utf8.index(rest.startIndex, offsetBy: $0.utf8.count) }
                ?? (rest.isEmpty ? rest.endIndex : scalars.index(after: rest.startIndex))
            while index < rest.endIndex {
                let tail = rest[index...]
                if let role = roleWord(startingAt: tail), role.unicodeScalars.count >= 2, !endsAsOrganisation(rest[start..<index]),
                   // A longer role starting where the token does (见习记者) is kept whole.
                   (roleWords.endOfLongestPhrase(in: rest, at: start).map { rest.utf8.distance(from: start, to: $0) } ?? 0) <= role.utf8.count,
                   !roleWords.contains(String(rest[start..<index]) + role),
                   // 记者 inside 广州日报全媒体记者 ends a longer role that an organisation's name opens.
                   !roles.contains(where: { $0.utf8.count > role.utf8.count && $0.hasUTF8Suffix(role) && rest[start..<index].hasUTF8Suffix(String($0.dropLast(role.count))) }) {
                    tokens.append(rest[start..<index])
                    start = index
                    index = rest.utf8.index(index, offsetBy: role.utf8.count)
                    continue
                }
                index = scalars.index(after: index)
            }
            tokens.append(rest[start...])
        }
        return tokens.flatMap { token -> [Substring] in
            var token = token
            if token.hasUTF8Prefix(":") || token.hasUTF8Prefix("：") { token = token.dropFirst() }
            // `马俊峰/文受访者供图`: the mark of what a name made, glued between it and a credit.
            if let slash = token.unicodeScalars.firstIndex(where: { $0 == "/" || $0 == "／" }), token[..<slash].scalarCount >= 2,
               let mark = token.unicodeScalars[token.unicodeScalars.index(after: slash)...].first, mark == "文" || mark == "图" || mark == "摄" || mark == "攝" {
                let markEnd = token.unicodeScalars.index(token.unicodeScalars.index(after: slash), offsetBy: 1)
                return [token[..<slash], token[slash..<markEnd], token[markEnd...]].filter { !$0.isEmpty }
            }
            // `王一发自北京`: the place a name filed from, glued to it.
            if token.unicodeScalars.contains("自"), let range = token.utf8Range(of: "发自") ?? token.utf8Range(of: "發自"), range.lowerBound > token.startIndex {
                return [token[..<range.lowerBound], token[range.lowerBound...]]
            }
            return [token]
        }.filter { !$0.isEmpty }
    }

    /// The marks printed before the names of those who wrote (`文/`, false) or took the pictures
    /// (`图/`, true).
    static let workMarks: [String: Bool] = ["文/": false, "文／": false, "文:": false, "文：": false,
                                            "图/": true, "图／": true, "圖/": true, "图:": true, "图：": true, "摄/": true, "攝/": true, "摄影/": true]

    /// Where the names start in a token that opens with a mark of their work (`图/记者王二`,
    /// `文/广州日报记者王一`), or nil; a mark before no role or name (`图/新华社`) is a credit's.
    private static func workMarker(openings token: Substring) -> Substring.Index? {
        guard let first = token.unicodeScalars.first, first == "文" || first == "图" || first == "圖" || first == "摄" || first == "攝" else { return nil }
        for mark in workMarks.keys where token.hasUTF8Prefix(mark) {
            let start = token.utf8.index(token.startIndex, offsetBy: mark.utf8.count)
            let rest = token[start...]
            guard !rest.isEmpty else { return nil }
            return role(rest) != nil || (isName(rest) && !endsAsOrganisation(rest)) ? start : nil
        }
        return nil
    }

    /// The bars some papers and sites print between a role and its names (`记者|王一`, `文丨王一`).
    static let bars: ScalarSet = "|｜丨"

    /// The text with a bar after the mark of the names' work read as that mark's slash
    /// (`文 | 王一` → `文/王一`), so that the names are known to have written or taken pictures.
    private static func markingWorkBars(_ text: Substring) -> Substring {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            result.append(scalar)
            guard scalar == "文" || scalar == "图" || scalar == "圖" else { continue }
            let afterSpaces = scalars.drop { $0 == " " || $0 == "\u{3000}" }
            if let bar = afterSpaces.first, bars.contains(bar) {
                result.append("/")
                scalars = afterSpaces.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
            }
        }
        return Substring(String(result))
    }

    /// Whether a token says where a byline's reporters filed from: `发自北京`, `山东冠县报道`.
    private static func isDispatch(_ token: Substring) -> Bool {
        let length = token.scalarCount
        guard length <= 16, token.unicodeScalars.allSatisfy(CJK.isIdeographic) else { return false }
        if token.hasUTF8Prefix("发自") || token.hasUTF8Prefix("發自") { return length <= 10 }
        // `山东冠县报道`, `台北報導`, and Taiwanese papers' `北京報導聯合報`, the paper's name after it.
        for mark in dispatchMarks {
            guard let range = token.utf8Range(of: mark) else { continue }
            let place = token[..<range.lowerBound], paper = token[range.upperBound...]
            return (2...8).contains(place.scalarCount) && (paper.isEmpty || Dateline.isOutletName(paper))
        }
        return false
    }

    /// What follows the place a report was filed from (`山东冠县报道`, `台北報導`).
    static let dispatchMarks = ["报道", "報道", "報導", "报导"]

    /// Whether text ends as an organisation's name does: before a role word, the organisation the
    /// role belongs to (中国宁波网记者); printed as a source, a department (宣传部).
    static func endsAsOrganisation(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return organisationEndings.contains(last) || text.hasUTF8Suffix("客户端")
    }

    /// The last characters of the names of organisations that employ reporters.
    static let organisationEndings: ScalarSet = "网社报台端团组部局委院所站刊频道闻视視"

    /// The role a token starts with, and the name glued after it (`本报记者易靖` → 本报记者, 易靖).
    private static func role(_ token: Substring) -> (role: String, rest: Substring)? {
        var token = token
        for lead in ["本版采写", "采写"] where token.hasUTF8Prefix(lead) {
            token = token.dropFirst(lead.count)
            if token.hasUTF8Prefix(":") || token.hasUTF8Prefix("：") { token = token.dropFirst() }
        }
        if let found = roleWord(startingAt: token) {
            var rest = token.dropFirst(found.count)
            if rest.hasUTF8Prefix(":") || rest.hasUTF8Prefix("：") { rest = rest.dropFirst() }
            return (found, rest)
        }
        // `中国宁波网记者`, `民航报道组`: an organisation's name before a role word.
        for base in organisationRoles {
            guard let range = token.utf8Range(of: base) else { continue }
            let organisation = token[..<range.lowerBound]
            // Two outlets joined by a middle dot (`顶端新闻·河南商报`) make one organisation.
            let joined = organisation.unicodeScalars.contains("·")
            guard (2...(joined ? 12 : 8)).contains(organisation.scalarCount),
                  organisation.unicodeScalars.allSatisfy({ CJK.isIdeographic($0) || $0 == "·" }) else { continue }
            var rest = token[range.upperBound...]
            if rest.hasUTF8Prefix(":") || rest.hasUTF8Prefix("：") { rest = rest.dropFirst() }
            return (String(token[..<range.upperBound]), rest)
        }
        return nil
    }

    /// The photo mark a token is by itself (`摄`, `/摄`, `／攝`), or nil.
    private static func photoMark(alone token: Substring) -> String? {
        var bare = token
        if bare.hasUTF8Prefix("/") || bare.hasUTF8Prefix("／") {
            bare = bare.dropFirst()
            // `王一/图`: the name before took the pictures.
            if bare.utf8.elementsEqual("图".utf8) { return photoMarks[0] }
        }
        return photoMarks.first { bare.utf8.elementsEqual($0.utf8) }
    }

    /// Whether a text is a picture credit (`本版图片由市委组织部提供`, `新华社供图`, `图/新华社`).
    public static func isCredit<S: StringProtocol>(_ text: S) -> Bool {
        guard text.scalarCount <= 40 else { return false }
        return text.hasUTF8Suffix("提供") || text.hasUTF8Suffix("供图") || text.hasUTF8Suffix("供圖") || text.hasUTF8Prefix("图片由") || text.hasUTF8Prefix("本版图片")
            || text.hasUTF8Prefix("图/") || text.hasUTF8Prefix("图／") || text.hasUTF8Prefix("圖/")
    }

    /// Whether a token reads as a person's name: 2 to 4 ideographs (more when joined by ·),
    /// or a word of Latin letters.
    static func isName<S: StringProtocol>(_ token: S, requireSurname: Bool = true) -> Bool {
        let length = token.scalarCount
        guard (2...12).contains(length) else { return false }
        let ideographic = token.unicodeScalars.allSatisfy { $0 == "·" || $0 == "•" || CJK.isIdeographic($0) }
        if ideographic {
            if token.containsUTF8("·") || token.containsUTF8("•") { return true }
            guard length <= 4, !photoMarks.contains(where: { token.hasUTF8Suffix($0) }) else { return false }
            return (!requireSurname || Surnames.startsName(token)) && roleWords.endOfLongestPhrase(in: token, at: token.startIndex) == nil
                && !fillerWords.contains(token) && !editorRoleWords.contains(token)
        }
        return length <= 10 && token.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic || $0 == "-" || $0 == "." }
    }

    /// The agencies and picture libraries English bylines and credits end with.
    public static let englishAgencies = ["Associated Press", "AP", "AP Photo", "Reuters", "AFP", "EPA", "Getty Images", "Shutterstock", "Alamy", "Creatas RF"]
    /// The last words of a writer's job after their name (`Staff Writer`, `AP National Political Writer`), lower-cased.
    public static let englishStaffTitles = ["writer", "correspondent", "reporter", "editor"]

    /// `Ann Lee and Tom Hart`, `Ann Lee, Tom Hart`: names of letters, spaces and dots; after the
    /// names, an agency or a job (`By Ann Lee, Associated Press`, `…, Staff Writer`) and an outlet
    /// after a bar (`By Ann Lee | Reuters`) name no one.
    private static func englishAuthors(_ byline: Substring) -> [Author]? {
        let names = byline.split(separator: "|").first ?? byline
        var authors: [Author] = []
        for (position, part) in names.split(separator: ",").enumerated() {
            let affiliation = part.trimmingCharactersInWhitespace()
            if position > 0, englishAgencies.contains(affiliation) || englishStaffTitles.contains(where: { affiliation.lowercased().hasUTF8Suffix($0) }) {
                continue
            }
            for name in part.split(separator: " and ") where !name.isEmpty {
                let trimmed = name.trimmingCharactersInWhitespace()
                let words = trimmed.split(separator: " ")
                guard !trimmed.isEmpty, trimmed.hasAtMostCharacters(40), words.count <= 4, words.allSatisfy({ $0.first?.isUppercase ?? false }),
                      trimmed.allSatisfy({ $0.isLetter || " .'-·".contains($0) }) else { return nil }
                authors.append(Author(name: trimmed))
            }
        }
        return authors.isEmpty ? nil : authors
    }
}
