import FolioCore

/// Breaks text into lines of a display width, counting CJK characters as two columns.
///
/// Breaks fall at spaces between words and between any two characters where one is CJK, but
/// never before closing punctuation (，。」) nor after opening punctuation (「“), and never at a
/// space beside a CJK character (so that a reader joining the lines restores the text exactly).
enum LineBreaker {
    /// An unbreakable piece of text and whether a space preceded it.
    private struct Piece {
        var text = ""
        var width = 0
        var spaceBefore = false
    }

    /// The lines of `text` wrapped to `width` columns; the first line starts `firstIndent` columns in.
    static func wrap(_ text: String, width: Int, firstIndent: Int = 0) -> [String] {
        let pieces = pieces(of: text)
        var lines: [String] = []
        var line = ""
        var used = firstIndent
        var lineIsEmpty = true
        for piece in pieces {
            let space = lineIsEmpty || !piece.spaceBefore ? 0 : 1
            if !lineIsEmpty && used + space + piece.width > width {
                lines.append(line)
                line = piece.text
                used = piece.width
                lineIsEmpty = false
                continue
            }
            if space == 1 { line.append(" ") }
            line += piece.text
            used += space + piece.width
            lineIsEmpty = false
        }
        if !lineIsEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = Piece()
        var previous: Character?
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" {
                pendingSpace = previous != nil
                continue
            }
            let width = CJK.displayWidth(of: character)
            if let last = previous {
                let lastWide = CJK.joinsWithoutSpace(last), wide = CJK.joinsWithoutSpace(character)
                var breakable = pendingSpace ? !(lastWide || wide) : (lastWide || wide)
                if CJK.closingPunctuation.contains(character) || CJK.openingPunctuation.contains(last) { breakable = false }
                if breakable {
                    pieces.append(current)
                    current = Piece(spaceBefore: pendingSpace)
                } else if pendingSpace {
                    current.text.append(" ")
                    current.width += 1
                }
            }
            current.text.append(character)
            current.width += width
            previous = character
            pendingSpace = false
        }
        if !current.text.isEmpty { pieces.append(current) }
        return pieces
    }
}
