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

    /// Reads a paragraph.
    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var marks = [Bool](repeating: false, count: scalars.count)
        var depth = 0
        var asciiOpen = false
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "“", "「", "『", "《", "‘":
                depth += 1
                marks[index] = true
            case "”", "」", "』", "》", "’":
                marks[index] = true
                depth = max(0, depth - 1)
            case "\"":
                marks[index] = true
                asciiOpen.toggle()
            default:
                marks[index] = depth > 0 || asciiOpen
            }
        }
        quoted = marks
    }

    /// The text of a range of scalars.
    func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(result)
    }

    /// Whether a scalar ends a clause (，；：。 and their ASCII forms, brackets, dashes).
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?", "…", "—", "\n": return true
        default: return false
        }
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
            if scalar == ".", index + 1 == scalars.count || scalars[index + 1].properties.isWhitespace {
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

    /// The index where the clause holding `index` starts, not before `floor`.
    func clauseStart(before index: Int, floor: Int) -> Int {
        var position = index
        while position > floor, !Self.endsClause(scalars[position - 1]) { position -= 1 }
        return position
    }

    /// The index where the clause holding `index` ends, not after `limit`.
    func clauseEnd(after index: Int, limit: Int) -> Int {
        var position = index
        while position < limit, !Self.endsClause(scalars[position]) { position += 1 }
        return position
    }

    /// Whether the scalar at `index` is a Han ideograph (false outside the text).
    func isIdeograph(at index: Int) -> Bool {
        index >= 0 && index < scalars.count && CJK.isIdeographic(scalars[index])
    }
}
