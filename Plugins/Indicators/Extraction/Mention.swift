import Foundation
import FolioCore

/// A figure found in a paragraph, before its subject is known.
struct Mention: Sendable {
    /// Where the printed mention starts and ends in the paragraph's scalars (qualifier words included).
    var start: Int
    var end: Int
    /// The value, signed for a decrease; the upper end of a range.
    var value: Decimal
    var upperValue: Decimal?
    /// The normalised unit.
    var unit: String
    var qualifier: Indicator.Qualifier
    var isForecast: Bool
    var kind: Indicator.Kind
    /// The sign a change verb gave (+1, −1), nil without one.
    var changeSign: Int?
    /// Where the counted noun right after the unit begins (5600余名书记), nil when none follows.
    var nounStart: Int?
}

/// The scalars of one paragraph, with the marks the rules need: which are quoted, where clauses end.
struct ScalarText: Sendable {
    /// The paragraph's scalars.
    let scalars: [Unicode.Scalar]
    /// Whether each scalar sits inside quotation marks or book-title marks.
    let quoted: [Bool]
    /// The paragraph's UTF-8 bytes, and where each scalar's bytes start (one extra entry at the end),
    /// so that slices become strings without re-encoding.
    private let utf8: [UInt8]
    private let offsets: [Int]

    /// Reads a paragraph.
    init(_ text: String) {
        utf8 = Array(text.utf8)
        // One pass over the bytes (valid UTF-8, as they come from a String) gives both arrays.
        var scalars = [Unicode.Scalar]()
        var offsets = [Int]()
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        while offset < utf8.count {
            let lead = UInt32(utf8[offset])
            var value: UInt32
            var width: Int
            switch lead {
            case 0..<0x80: (value, width) = (lead, 1)
            case 0xC0..<0xE0: (value, width) = (lead & 0x1F, 2)
            case 0xE0..<0xF0: (value, width) = (lead & 0x0F, 3)
            default: (value, width) = (lead & 0x07, 4)
            }
            for next in 1..<max(width, 1) where offset + next < utf8.count {
                value = value << 6 | UInt32(utf8[offset + next] & 0x3F)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            offsets.append(offset)
            offset += width
        }
        offsets.append(utf8.count)
        self.scalars = scalars
        self.offsets = offsets
        quoted = Self.quotedMarks(scalars)
    }

    /// Marks the scalars of short quotations (“四个意识”, “1211”) and of book titles (《…》):
    /// names and slogans whose numbers are no statistics. Long quotations are reported speech,
    /// whose figures count, and an unclosed mark hides nothing.
    private static func quotedMarks(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var marks = [Bool](repeating: false, count: scalars.count)
        var open: [(index: Int, closer: Unicode.Scalar)] = []
        for (index, scalar) in scalars.enumerated() {
            if let last = open.last, scalar == last.closer {
                open.removeLast()
                let limit = scalar == "》" ? 60 : 16
                if index - last.index <= limit {
                    for position in last.index...index { marks[position] = true }
                }
            } else if let closer = closer(of: scalar) {
                open.append((index, closer))
            }
        }
        return marks
    }

    private static func closer(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "“": return "”"
        case "「": return "」"
        case "『": return "』"
        case "《": return "》"
        case "‘": return "’"
        case "\"": return "\""
        default: return nil
        }
    }

    /// The text of a range of scalars.
    func string(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        return String(decoding: utf8[offsets[clamped.lowerBound]..<offsets[clamped.upperBound]], as: UTF8.self)
    }

    /// The last index in a range where a scalar occurs outside quotation marks, or nil.
    func lastIndex(of scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        range.last { scalars[$0] == scalar && !quoted[$0] }
    }

    /// Whether a scalar ends a clause (，；：。 and their ASCII forms, brackets, dashes).
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?", "…", "—", "\n": return true
        default: return false
        }
    }

    /// Whether a scalar is white space; a quick test for the spaces prose holds (U+00A0 and U+3000 included).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// The range without the white space at its ends.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Self.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Whether a scalar ends a sentence.
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || scalar == "!" || scalar == "?" || scalar == "\n"
    }

    /// The ranges of the paragraph's sentences; an ASCII full stop ends one when white space or the end follows.
    func sentences() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var ends = Self.endsSentence(scalar)
            if scalar == ".", index + 1 == scalars.count || Self.isSpace(scalars[index + 1]) {
                ends = true
            }
            if ends {
                var end = index + 1
                while end < scalars.count, scalars[end] == "”" || scalars[end] == "’" || scalars[end] == "\"" || Self.endsSentence(scalars[end]) { end += 1 }
                ranges.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// How far the rules look from a figure for its clause's words: a bound that keeps text
    /// without punctuation (a dumped table, hostile input) linear.
    static let reach = 120

    /// The index where the clause holding `index` starts, not before `floor` nor more than ``reach`` back.
    func clauseStart(before index: Int, floor: Int) -> Int {
        let floor = max(floor, index - Self.reach)
        var position = index
        while position > floor, !Self.endsClause(scalars[position - 1]) { position -= 1 }
        return position
    }

    /// The index where the clause holding `index` ends, not after `limit` nor more than ``reach`` on.
    func clauseEnd(after index: Int, limit: Int) -> Int {
        let limit = min(limit, index + Self.reach)
        var position = index
        while position < limit, !Self.endsClause(scalars[position]) { position += 1 }
        return position
    }

    /// Whether the scalar at `index` is a Han ideograph (false outside the text).
    func isIdeograph(at index: Int) -> Bool {
        index >= 0 && index < scalars.count && CJK.isIdeographic(scalars[index])
    }
}
