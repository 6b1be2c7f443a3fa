import FolioCore
import FolioNewspaper

/// What the start or the whole of a line marks: figures, list items, underlines, dividers, fences.
///
/// These are the conventions the text writer prints and that plain text commonly uses, so every
/// layout reads them the same way and text→text conversion is stable.
enum LineMarks {
    /// The prefixes that introduce a figure caption (`[图] 江边新景`): the text writer's in every
    /// language (``CaptionMarks``), and others plain text uses.
    static let figurePrefixes = PhraseSet(CaptionMarks.all.map(\.figure) + ["【图】", "【圖】", "[Image]"])
    /// The prefixes that introduce a table caption above a drawn table.
    static let tablePrefixes = PhraseSet(CaptionMarks.all.map(\.table) + ["【表】"])
    /// The labels of notes set apart from the running text, followed by a colon, each with its
    /// bracketed form (`【编者按】`), built once rather than for every paragraph.
    static let noteKinds = ["编者按", "编后语", "编后", "记者手记", "链接", "相关链接", "背景链接"].map { (kind: $0, bracketed: "【" + $0 + "】") }
    /// What a note opens with: `【`, or the first character of a label.
    static let noteLeads = ScalarSet(scalars: ["【"] + noteKinds.compactMap { $0.kind.unicodeScalars.first })

    /// The UTF-8 offsets of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String, from start: Int = 0) -> Range<Int>? {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, start >= 0, haystack.count - pattern.count >= start else { return nil }
                var index = start
                while index <= haystack.count - pattern.count {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < pattern.count, haystack[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return index..<(index + pattern.count) }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// The pieces of `text` between occurrences of `separator`.
    static func split(_ text: String, by separator: String) -> [String] {
        var pieces: [String] = []
        var start = 0
        let bytes = Array(text.utf8)
        while let found = range(of: separator, in: text, from: start) {
            pieces.append(String(decoding: bytes[start..<found.lowerBound], as: UTF8.self))
            start = found.upperBound
        }
        pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        return pieces
    }

    /// The caption of a figure line, or nil.
    static func figureCaption(_ text: String) -> String? {
        figurePrefixes.endOfLongestPhrase(in: text, at: text.startIndex).map { text[$0...].trimmingCharactersInWhitespace() }
    }

    /// The caption of a table caption line, or nil.
    static func tableCaption(_ text: String) -> String? {
        tablePrefixes.endOfLongestPhrase(in: text, at: text.startIndex).map { text[$0...].trimmingCharactersInWhitespace() }
    }

    /// The heading level an underline gives the text above it (═ or = for 1, ─ or - for 2), or nil.
    static func underlineLevel(_ text: String) -> Int? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        let level: Int
        switch first {
        case "═", "=": level = 1
        case "─", "-", "━": level = 2
        default: return nil
        }
        return scalars.count >= 3 && scalars.allSatisfy({ $0 == first }) ? level : nil
    }

    /// Whether the line is a thematic break (`* * *`, `＊＊＊`).
    static func isDivider(_ text: String) -> Bool {
        guard let lead = text.unicodeScalars.first, lead == "*" || lead == "＊" || lead == "※", text.hasAtMostCharacters(40) else { return false }
        // Scalars, not characters: a scalar other than the mark or a space, a combining one
        // included, makes the line no divider either way.
        var marks = 0
        for scalar in text.unicodeScalars where scalar != " " {
            guard scalar == lead else { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// Whether the line opens or closes a fenced code block.
    static func isFence(_ text: String) -> Bool { text.hasUTF8Prefix("```") }

    /// Whether the line starts a drawn table.
    static func isTableTop(_ text: String) -> Bool { text.hasUTF8Prefix("┌") }

    /// The text of a block-quote line without its marker, or nil.
    static func quoted(_ text: String) -> Substring? {
        // The first scalar rules most lines out without finding where the first character ends.
        guard text.unicodeScalars.first == ">", text.first == ">" else { return nil }
        let rest = text.dropFirst()
        return rest.first == " " ? rest.dropFirst() : rest
    }

    /// A list item's marker: whether it is numbered, its number, and the item's text.
    struct ListMarker {
        var isOrdered: Bool
        var number: Int
        var text: Substring
    }

    /// The scalars a list marker can start with.
    static let listLeads = ScalarSet(scalars: Array("•●◆▪-*(（0123456789".unicodeScalars) + (UInt32(0x2460)...0x2473).compactMap(Unicode.Scalar.init))

    /// The list marker that starts the line, or nil.
    static func listMarker(_ text: String) -> ListMarker? {
        guard let lead = text.unicodeScalars.first, listLeads.contains(lead), let first = text.first else { return nil }
        if "•●◆▪".contains(first) {
            let rest = text.dropFirst().drop { $0 == " " }
            return rest.isEmpty ? nil : ListMarker(isOrdered: false, number: 1, text: rest)
        }
        if first == "-" || first == "*" {
            let rest = text.dropFirst()
            guard rest.first == " " else { return nil }
            let item = rest.drop { $0 == " " }
            return item.isEmpty ? nil : ListMarker(isOrdered: false, number: 1, text: item)
        }
        if let value = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(value) {
            let rest = text.dropFirst().drop { $0 == " " }
            return rest.isEmpty ? nil : ListMarker(isOrdered: true, number: Int(value - 0x2460) + 1, text: rest)
        }
        var body = Substring(text)
        var closing: Character?
        if first == "(" || first == "（" {
            body = body.dropFirst()
            closing = first == "(" ? ")" : "）"
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        var rest = body.dropFirst(digits.count)
        guard let mark = rest.first else { return nil }
        if let closing {
            guard mark == closing else { return nil }
        } else {
            guard ".．、)）".contains(mark) else { return nil }
            if mark == "." || mark == "．", let after = rest.dropFirst().first, after.isNumber { return nil }
        }
        rest = rest.dropFirst().drop { $0 == " " }
        return rest.isEmpty ? nil : ListMarker(isOrdered: true, number: number, text: rest)
    }

    /// The characters that end a sentence.
    static let sentenceEnds: ScalarSet = "。！？….!?；;"
    /// The characters that end a clause or sentence: a line ending in one is not a heading.
    static let clauseEnds = sentenceEnds.union("，、：,:")
    /// Whether the text ends a sentence (`。`, `！`, `……`, also inside closing quotes).
    static func endsSentence(_ text: String) -> Bool {
        LineShape.finalMark(text).map(sentenceEnds.contains) ?? false
    }

    /// Whether the text ends with any clause or sentence punctuation.
    static func endsWithPunctuation(_ text: String) -> Bool {
        LineShape.finalMark(text).map(clauseEnds.contains) ?? false
    }

    /// Whether the line begins a log record or dated entry (`2024-05-01 …`, `12:30:05 …`, `[INFO] …`).
    static func isRecordStart(_ text: String) -> Bool {
        if text.first == "[" { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (2...4).contains(digits.count) else { return false }
        let rest = text.dropFirst(digits.count)
        guard let separator = rest.first, "-/:".contains(separator) else { return false }
        return rest.dropFirst().first?.isNumber ?? false
    }

    /// Chinese ordinals that number sections (一、 二、 …, （一）).
    static let chineseNumerals: ScalarSet = "一二三四五六七八九十"

    /// Whether the text starts with a section ordinal (`一、`, `（二）`).
    static func hasSectionOrdinal(_ text: String) -> Bool {
        var body = Substring(text)
        let parenthesised = body.first == "（" || body.first == "("
        if parenthesised { body = body.dropFirst() }
        let numerals = body.prefix { chineseNumerals.contains($0) }
        guard (1...3).contains(numerals.count), let mark = body.dropFirst(numerals.count).first else { return false }
        return parenthesised ? (mark == "）" || mark == ")") : mark == "、"
    }

    /// Whether the text is a chapter heading (`第三章 …`, `第12回`, `Chapter 4`).
    static func isChapterHeading(_ text: String) -> Bool {
        guard let lead = text.unicodeScalars.first, "第CcPp".unicodeScalars.contains(lead), text.hasAtMostCharacters(40) else { return false }
        if text.hasUTF8Prefix("第") {
            let rest = text.dropFirst()
            let number = rest.prefix { chineseNumerals.contains($0) || "百千零〇两".contains($0) || ($0.isASCII && $0.isNumber) }
            guard !number.isEmpty, let unit = rest.dropFirst(number.count).first else { return false }
            return "章节回卷部篇".contains(unit)
        }
        let lower = text.lowercased()
        for word in ["chapter ", "part "] where lower.hasUTF8Prefix(word) {
            return lower.dropFirst(word.count).first.map { $0.isNumber || $0.isUppercase || "ivxlc".contains($0) } ?? false
        }
        return false
    }

    /// The kind and text of a note (`编者按：…`), or nil.
    static func note(_ text: String) -> (kind: String, text: String)? {
        guard let first = text.unicodeScalars.first, noteLeads.contains(first) else { return nil }
        for (kind, bracketed) in noteKinds {
            var rest: Substring
            if text.hasUTF8Prefix(bracketed) {
                rest = text.dropFirst(kind.count + 2)
            } else if text.hasUTF8Prefix(kind) {
                rest = text.dropFirst(kind.count)
                guard let mark = rest.first, "：:".contains(mark) else { continue }
                rest = rest.dropFirst()
            } else {
                continue
            }
            let body = rest.trimmingCharactersInWhitespace()
            return body.isEmpty ? nil : (kind, body)
        }
        return nil
    }
}
