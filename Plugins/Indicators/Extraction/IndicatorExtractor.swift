import FolioCore

/// Extracts the indicators of a document: walks its blocks, tracks the section heading,
/// splits paragraphs into sentences and reads each with the Chinese and English rules.
public struct IndicatorExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The indicators of a document, in reading order. Headings, figures, code and tables are
    /// not read: headings repeat the body's figures and tables are data already.
    public func indicators(in document: Document) -> [Indicator] {
        var found: [Indicator] = []
        var section = ""
        document.walk(blocks: { block in
            switch block {
            case .heading(let heading): section = heading.content.plainText.trimmingCharactersInWhitespace()
            case .paragraph(let inlines): read(inlines.plainText, section: section, into: &found)
            case .figure, .blockQuote, .list, .table, .codeBlock, .divider, .note: break
            }
        })
        return found
    }

    /// The indicators of one paragraph of text, under a given section heading.
    public func indicators(inParagraph paragraph: String, section: String = "") -> [Indicator] {
        var found: [Indicator] = []
        read(paragraph, section: section, into: &found)
        return found
    }

    private func read(_ paragraph: String, section: String, into found: inout [Indicator]) {
        guard paragraph.unicodeScalars.contains(where: Self.mayStartNumber) else { return }
        let text = ScalarText(paragraph)
        let chinese = ChineseMentionScanner(text: text)
        let english = EnglishMentionScanner(text: text)
        let subjects = SubjectFinder(text: text)
        let hasLatin = text.scalars.contains { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        for sentence in text.sentences() {
            let isChinese = text.scalars[sentence].contains(where: CJK.isIdeographic)
            var mentions = isChinese ? chinese.mentions(in: sentence) : []
            inheritChanges(&mentions, text: text)
            inheritForecasts(&mentions, text: text, sentence: sentence)
            var rows: [(Mention, [String])] = Array(zip(mentions, subjects.subjects(of: mentions, in: sentence)))
            if hasLatin {
                // Both lists run in text order: one pass keeps the English figures no Chinese figure covers.
                var next = 0
                for (mention, subject) in english.mentions(in: sentence) {
                    while next < mentions.count, mentions[next].end <= mention.start { next += 1 }
                    if next < mentions.count, mentions[next].start < mention.end { continue }
                    rows.append((mention, [subject]))
                }
                rows.sort { $0.0.start < $1.0.start }
            }
            // Most sentences hold no figure: their text is made only for one that does.
            guard !rows.isEmpty else { continue }
            let sentenceText = text.string(text.trimmed(sentence))
            for (mention, names) in rows {
                for subject in names {
                    found.append(Indicator(section: section, subject: subject, value: mention.value, upperValue: mention.upperValue,
                                           unit: mention.unit, qualifier: mention.qualifier, isForecast: mention.isForecast,
                                           kind: mention.kind, mention: text.string(mention.start..<mention.end), sentence: sentenceText))
                }
            }
        }
    }

    /// Whether a scalar can begin a figure: a digit or a Chinese numeral; paragraphs without one are skipped.
    private static func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
        ArabicNumber.isDigit(scalar) || ChineseNumeral.isNumeralCharacter(scalar)
    }

    /// 预计发送旅客约420万人次，比去年增长6%左右: a comparison that continues a forecast figure is a forecast too.
    private func inheritForecasts(_ mentions: inout [Mention], text: ScalarText, sentence: Range<Int>) {
        for index in mentions.indices.dropFirst() where mentions[index - 1].isForecast && !mentions[index].isForecast {
            let clauseStart = text.clauseStart(before: mentions[index].start, floor: sentence.lowerBound)
            guard clauseStart > mentions[index - 1].end,
                  ChineseLexicon.comparisonOpeners.match(in: text.scalars, at: clauseStart, limit: mentions[index].start) != nil else { continue }
            mentions[index].isForecast = true
        }
    }

    /// 分别增长20.3%和24.7%: a figure listed right after a change takes the change's sign.
    private func inheritChanges(_ mentions: inout [Mention], text: ScalarText) {
        for index in mentions.indices.dropFirst() {
            let previous = mentions[index - 1]
            guard let sign = previous.changeSign, mentions[index].changeSign == nil, mentions[index].kind != .rank,
                  let length = ChineseLexicon.listConnectors.match(in: text.scalars, at: previous.end, limit: mentions[index].start),
                  previous.end + length == mentions[index].start else { continue }
            mentions[index].changeSign = sign
            mentions[index].kind = .change
            if sign < 0 {
                mentions[index].value = -mentions[index].value
                mentions[index].upperValue = mentions[index].upperValue.map { -$0 }
            }
        }
    }
}
