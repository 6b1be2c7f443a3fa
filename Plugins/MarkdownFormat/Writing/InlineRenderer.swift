import Foundation
import FolioCore

/// Renders inlines as CommonMark text on one line per hard break, escaping what Markdown would read as syntax.
///
/// Escapes are chosen so that pandoc's Markdown reads the text back unchanged too: besides
/// CommonMark's syntax, `~ ^ $ @` (pandoc's strikeout, superscript, math and citations) and `"`
/// (its smart quotes) are escaped.
struct InlineRenderer {
    /// How a line break is written.
    enum Breaks {
        /// A backslash at the end of the line: a hard break in CommonMark and pandoc.
        case hard
        /// A space, where Markdown has no line breaks (headings, image descriptions).
        case space
    }

    /// How line breaks are written.
    var breaks: Breaks = .hard
    /// Whether `|` is escaped, as table cells need.
    var escapesPipes = false

    /// The inlines as Markdown; lines after a hard break follow a newline.
    func render(_ inlines: [Inline]) -> String {
        var atLineStart = true
        var text = render(inlines, atLineStart: &atLineStart)
        // A break or white space at the end shows nothing, and a break there would end in a backslash.
        while let last = text.last, last == " " || last == "\t" || last == "\n" {
            text.removeLast()
            if last == "\n", text.last == "\\" { text.removeLast() }
        }
        return text
    }

    private func render(_ inlines: [Inline], atLineStart: inout Bool) -> String {
        var result = ""
        for inline in inlines {
            let piece: String
            switch inline {
            case .text(let text):
                piece = Self.escaped(Self.flattened(text), atLineStart: atLineStart, pipes: escapesPipes)
            case .emphasis(let content):
                piece = Self.delimited(render(content, atLineStart: &atLineStart), by: "*")
            case .strong(let content):
                piece = Self.delimited(render(content, atLineStart: &atLineStart), by: "**")
            case .quoted(let content):
                piece = "“" + render(content, atLineStart: &atLineStart) + "”"
            case .code(let code):
                piece = Self.codeSpan(code)
            case .lineBreak:
                if breaks == .hard {
                    result += "\\\n"
                    atLineStart = true
                } else {
                    result += " "
                }
                continue
            case .link(let link):
                var inner = self
                inner.breaks = .space
                piece = "[" + inner.render(link.content, atLineStart: &atLineStart) + "](" + Self.destination(link.target, title: link.title) + ")"
            case .image(let image):
                piece = "![" + Self.escaped(Self.flattened(image.alternative), atLineStart: false, pipes: escapesPipes) + "](" + Self.destination(image.source, title: image.title) + ")"
            }
            if !piece.isEmpty {
                if atLineStart, piece.first == " " || piece.first == "\t" {
                    result += piece.drop { $0 == " " || $0 == "\t" }
                } else {
                    result += piece
                }
                atLineStart = result.last == "\n"
            }
        }
        return result
    }

    /// Text with its line breaks made spaces, or nothing between Chinese or Japanese characters.
    static func flattened(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        var result = ""
        var pendingBreak = false
        for character in text {
            if character.isNewline {
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if let last = result.last, !(CJK.joinsWithoutSpace(last) && CJK.joinsWithoutSpace(character)), last != " " { result.append(" ") }
                pendingBreak = false
            }
            result.append(character)
        }
        return result
    }

    /// Text with Markdown's syntax characters escaped; `atLineStart` also escapes block markers.
    static func escaped(_ text: String, atLineStart: Bool, pipes: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        var lineStart = atLineStart
        for (index, character) in characters.enumerated() {
            if lineStart, character == " " || character == "\t" { continue }
            var escape = false
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", "#", "~", "^", "$", "\"":
                escape = true
            case "|":
                escape = pipes
            case "@":
                escape = index == 0 ? true : !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            case "&":
                escape = index + 1 < characters.count && (characters[index + 1].isLetter || characters[index + 1] == "#")
            case ">", "+", "-", "=", ":":
                escape = lineStart
            case ".", ")":
                // An ordered list marker: digits at the start of a line, then `.` or `)`.
                let digits = characters[..<index].reversed().prefix { $0.isASCII && $0.isNumber }.count
                escape = digits > 0 && digits == index && atLineStart
            default:
                break
            }
            if escape { result.append("\\") }
            result.append(character)
            lineStart = false
        }
        return result
    }

    /// Content between emphasis delimiters, with white space at its ends moved outside them.
    private static func delimited(_ content: String, by delimiter: String) -> String {
        let trimmed = content.trimmingCharacters(in: [" ", "\t"])
        guard !trimmed.isEmpty else { return content }
        let leading = content.prefix { $0 == " " || $0 == "\t" }
        let trailing = String(content.reversed().prefix { $0 == " " || $0 == "\t" })
        return leading + delimiter + trimmed + delimiter + trailing
    }

    /// A code span: fenced by one more backtick than the longest run inside.
    static func codeSpan(_ code: String) -> String {
        let text = flattened(code)
        guard !text.isEmpty else { return "" }
        let fence = String(repeating: "`", count: longestBacktickRun(in: text) + 1)
        let padded = text.first == "`" || text.last == "`" || (text.first == " " && text.last == " " && text.contains { $0 != " " })
        return padded ? "\(fence) \(text) \(fence)" : fence + text + fence
    }

    /// The longest run of backticks in `text`: a fence around it must be longer.
    static func longestBacktickRun(in text: String) -> Int {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// A link destination and optional title: `<…>` when the target has spaces or brackets.
    static func destination(_ target: String, title: String?) -> String {
        var result: String
        if target.isEmpty || target.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" || $0.isNewline }) {
            result = "<"
            for character in target {
                switch character {
                case "<", ">", "\\": result += "\\" + String(character)
                case _ where character.isNewline: result += "%0A"
                default: result.append(character)
                }
            }
            result += ">"
        } else {
            result = target.replacingOccurrences(of: "\\", with: "\\\\")
        }
        if let title, !title.isEmpty {
            result += " \"" + flattened(title).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return result
    }
}
