/// Finds what each figure of a sentence counts, from the words of its clause.
///
/// The subject is the text before the figure in its clause, trimmed of adverbs, light verbs and
/// copulas (举办计划内班次113个 → 计划内班次); or, when a noun follows the measure word, that noun
/// (5600余名书记担任“防控指挥官” → 担任“防控指挥官”的书记). 分别 pairs listed subjects with listed
/// figures; 均 gives every listed subject the same figure; a comparison (比上届) inherits the
/// subject before it.
struct SubjectFinder {
    typealias Lexicon = ChineseLexicon

    /// The paragraph being read.
    let text: ScalarText

    private var scalars: [Unicode.Scalar] { text.scalars }

    /// The subjects of each mention (several when 均 shares one figure), in order.
    func subjects(of mentions: [Mention], in sentence: Range<Int>) -> [[String]] {
        var result: [[String]] = Array(repeating: [""], count: mentions.count)
        var nouns: [String?] = Array(repeating: nil, count: mentions.count)
        var pres: [String] = Array(repeating: "", count: mentions.count)
        var previousSubject = ""
        var consumed = sentence.lowerBound  // where the words a previous figure used end
        let clauseStarts = mentions.map { text.clauseStart(before: $0.start, floor: sentence.lowerBound) }
        // The figures of each clause, as a range of indices (figures come in order).
        var groups: [Range<Int>] = []
        var groupStart = 0
        for index in mentions.indices where index + 1 == mentions.count || clauseStarts[index + 1] != clauseStarts[index] {
            groups.append(contentsOf: repeatElement(groupStart..<(index + 1), count: index + 1 - groupStart))
            groupStart = index + 1
        }
        for (index, mention) in mentions.enumerated() {
            let clauseStart = clauseStarts[index]
            let left = max(clauseStart, min(consumed, mention.start))
            let nextStart = index + 1 < mentions.count ? mentions[index + 1].start : sentence.upperBound
            let clauseEnd = min(text.clauseEnd(after: mention.end, limit: sentence.upperBound), nextStart)
            consumed = mention.end

            if let shared = distributed(mentions, index: index, group: groups[index], clauseStart: clauseStart,
                                        earlier: result[..<index]) {
                result[index] = [shared]
                previousSubject = shared
                continue
            }
            if let each = eachSubjects(from: left, to: mention.start) {
                result[index] = each
                previousSubject = each.last ?? previousSubject
                continue
            }

            var pre = clean(left..<mention.start, beforeNoun: mention.nounStart != nil)
            if mention.kind == .rank { pre = rankSubject(pre) }
            pres[index] = pre
            var subject = pre
            if let nounStart = mention.nounStart {
                let (noun, isRelative, end) = counted(from: nounStart, to: clauseEnd)
                consumed = end
                if !noun.isEmpty {
                    nouns[index] = noun
                    // 设计规模为48个班: after a copula the words before are the subject, the noun is the figure's measure.
                    let afterCopula = !pre.isEmpty && Lexicon.copulas.match(in: scalars, endingAt: mention.start, floor: clauseStart) != nil
                    subject = afterCopula ? pre : isRelative || pre.isEmpty || pre.utf8.count > 12 ? noun : pre + noun
                }
            }
            if subject.isEmpty {
                subject = clean(mention.end..<clauseEnd, dropping: ["被", "在"])
                consumed = clauseEnd
            }
            if subject.isEmpty || isComparison(subject), !previousSubject.isEmpty {
                // 786亿元，增长7.1%: a figure without words of its own is about the subject before it.
                subject = subject.isEmpty || subject == "同比" ? previousSubject : previousSubject + subject
            }
            result[index] = [subject]
            previousSubject = subject
        }
        // 市级50个、县级300个基地: a figure without a noun shares the next one's.
        for index in mentions.indices.dropLast() where mentions[index].nounStart == nil && pres[index].utf8.count <= 9 {
            guard let noun = nouns[index + 1], mentions[index].end < mentions[index + 1].start,
                  Lexicon.listConnectors.match(in: scalars, at: mentions[index].end, limit: mentions[index + 1].start) != nil,
                  !text.string(mentions[index].end..<mentions[index + 1].start).unicodeScalars.contains(where: ScalarText.endsClause)
            else { continue }
            result[index] = [pres[index] + noun]
        }
        return result
    }

    // MARK: - Distribution

    /// 新增就业大学生、新引进海外留学生分别增长20.3%和24.7%: the i-th listed subject for the i-th figure.
    /// When 分别 opens its clause, the listed subjects are those of the figures just before
    /// (医师数3.9人，床位数6.2张，分别提高0.6人和0.8张).
    private func distributed(_ mentions: [Mention], index: Int, group: Range<Int>, clauseStart: Int, earlier: ArraySlice<[String]>) -> String? {
        guard group.count >= 2 else { return nil }
        let first = group.lowerBound, position = index - first
        var marker = clauseStart
        while marker < mentions[first].start {
            if Lexicon.distributionMarkers.match(in: scalars, at: marker, limit: mentions[first].start) != nil { break }
            marker += 1
        }
        guard marker < mentions[first].start else { return nil }
        let items = split(clauseStart..<marker)
        if items.isEmpty, first >= group.count {
            let previous = earlier[(first - group.count)..<first].map { $0.last ?? "" }
            return previous.allSatisfy({ !$0.isEmpty }) ? previous[position] : nil
        }
        guard items.count == group.count else { return nil }
        return items[position]
    }

    /// 甲比例和乙比例均达100%: every listed subject, when the figure follows 均.
    private func eachSubjects(from start: Int, to end: Int) -> [String]? {
        var marker = start
        while marker < end {
            if let length = Lexicon.eachMarkers.match(in: scalars, at: marker, limit: end), marker + length >= end - 2 { break }
            marker += 1
        }
        guard marker < end else { return nil }
        let items = split(start..<marker)
        return items.count >= 2 ? items : nil
    }

    /// Splits listed subjects at 、 和 与 及, outside quotation marks, and cleans each.
    private func split(_ range: Range<Int>) -> [String] {
        var items: [String] = []
        var itemStart = range.lowerBound
        var position = range.lowerBound
        while position < range.upperBound {
            if !text.quoted[position], let length = Lexicon.listConnectors.match(in: scalars, at: position, limit: range.upperBound) {
                items.append(clean(itemStart..<position, cuttingVerbs: false))
                position += length
                itemStart = position
                continue
            }
            position += 1
        }
        items.append(clean(itemStart..<range.upperBound, cuttingVerbs: false))
        return items.filter { !$0.isEmpty }
    }

    // MARK: - Cleaning

    /// The counted noun after a measure word, up to what is said about it; a describing
    /// predicate (担任, 下沉) becomes a relative clause before it. Also returns whether it did,
    /// and where the words used end.
    private func counted(from start: Int, to end: Int) -> (noun: String, isRelative: Bool, end: Int) {
        // 一支200人的维修队伍: the figure describes the noun phrase after 的, which is the subject.
        if scalars[start] == "的", start + 1 < end, text.isIdeograph(at: start + 1) {
            let position = ClauseChunker(text: text).nounPhraseEnd(from: start + 1, to: end, predicates: Lexicon.describingPredicates, compounds: true)
            return (trimmingConnectors((start + 1)..<position), true, position)
        }
        let position = ClauseChunker(text: text).nounPhraseEnd(from: start, to: end, predicates: Lexicon.describingPredicates)
        let noun = trimmingConnectors(start..<position)
        guard !noun.isEmpty, position < end, Lexicon.describingPredicates.match(in: scalars, at: position, limit: end) != nil else {
            return (noun, false, position)
        }
        var predicate = trimmingConnectors(position..<end)
        if predicate.hasPrefix("全部") { predicate.removeFirst(2) }
        return (predicate + "的" + noun, true, end)
    }

    /// The text of `range` without the list connectors (、和) that end it, trimmed before the
    /// string is made.
    private func trimmingConnectors(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        var upper = clamped.upperBound
        while let length = Lexicon.listConnectors.match(in: scalars, endingAt: upper, floor: clamped.lowerBound) { upper -= length }
        return text.string(clamped.lowerBound..<upper)
    }

    /// A counted noun after the figure (`beforeNoun`) makes a verb at the end no part of the subject (全校现有48个班 → 全校, 班).
    private func clean(_ range: Range<Int>, dropping extra: [Unicode.Scalar] = [], cuttingVerbs: Bool = true, beforeNoun: Bool = false) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        // Start after the last light verb that introduces the counted thing.
        var position = upper - 1
        while cuttingVerbs && position >= lower {
            // What stays must be a word, not a stray character (举办招聘会 keeps 招聘会).
            if !text.quoted[position], let length = Lexicon.introducingVerbs.match(in: scalars, at: position, limit: upper),
               upper - position - length != 1, scalars[position + length] != "、" {
                lower = position + length
                break
            }
            position -= 1
        }
        let chunker = ClauseChunker(text: text)
        // The lists' words are taken off where the lexicon puts a word boundary (全校现有 keeps its 有).
        let starts = chunker.wordStarts(in: lower..<upper)
        func isBoundary(_ index: Int) -> Bool { starts?.contains(index) ?? true }
        var changed = true
        while changed && lower < upper {
            changed = false
            if ScalarText.isSpace(scalars[lower]) || extra.contains(scalars[lower]) {
                lower += 1
                changed = true
            } else if let length = Lexicon.leadingNoise.match(in: scalars, at: lower, limit: upper) {
                if isBoundary(lower + length) {
                    lower += length
                    changed = true
                } else if let verb = chunker.edgeVerb(in: lower..<upper, atEnd: false) {
                    lower = verb.upperBound
                    changed = true
                }
            }
            if lower < upper, ScalarText.isSpace(scalars[upper - 1]) {
                upper -= 1
                changed = true
            } else if let length = Lexicon.trailingNoise.match(in: scalars, endingAt: upper, floor: lower) {
                // Inside a longer word the list word goes only with it, and only when that word is a verb (还有 goes, 现有 stays).
                if isBoundary(upper - length) {
                    upper -= length
                    changed = true
                } else if let verb = chunker.edgeVerb(in: lower..<upper, atEnd: true) {
                    upper = verb.lowerBound
                    changed = true
                }
            }
            let words = changed ? lower..<upper : chunker.trimmingFunctionWords(lower..<upper)
            if words != lower..<upper, !words.isEmpty {
                (lower, upper) = (words.lowerBound, words.upperBound)
                changed = true
            }
        }
        if beforeNoun, lower < upper { upper = chunker.trimmingTrailingVerb(lower..<upper).upperBound }
        // 论坛、活动等重点活动: the head noun after 等 names what was counted.
        if lower < upper, let examples = text.lastIndex(of: "等", in: lower..<upper), upper - examples > 2 {
            lower = examples + 1
        }
        // 基层一线的占到60%以上: a share of something.
        var share = false
        if let length = Self.shareVerbs.match(in: scalars, endingAt: upper, floor: lower) {
            upper -= length
            share = true
        }
        let subject = trimmingConnectors(lower..<max(lower, upper))
        return share ? subject + "占比" : subject
    }

    private static let shareVerbs = WordList(["占到", "占"])

    /// Words that open a subject about the subject before (增速, 涨幅) or a gap from it (高于, 低于).
    private static let rateOfBefore = WordList(["增速", "增幅", "涨幅", "降幅", "高于", "低于", "快于", "慢于"])

    /// 人才生态指数居全国城市第6位 → 人才生态指数全国城市排名.
    private func rankSubject(_ pre: String) -> String {
        var subject = pre
        for marker in ["位居", "位列", "名列", "居"] {
            if let range = subject.range(of: marker) {
                subject.removeSubrange(range)
                break
            }
        }
        return subject.hasSuffix("排名") || subject.isEmpty ? subject : subject + "排名"
    }

    /// Whether a subject compares with an earlier state (比选前, 人数比上届) and needs the subject before it.
    private func isComparison(_ subject: String) -> Bool {
        let head = subject.unicodeScalars.prefix(3)
        guard let first = head.first else { return false }
        if first == "比" || first == "较" || first == "占" { return true }
        if Self.rateOfBefore.match(in: Array(head), at: 0, limit: head.count) != nil { return true }
        return head.contains("比") && !subject.unicodeScalars.contains("例")
    }
}
