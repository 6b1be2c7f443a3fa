import FolioCore

/// Breaks text into lines of a display width, counting CJK characters as two columns.
///
/// Breaks fall at spaces between words and between any two characters where one is CJK, but
/// never before closing punctuation (，。」) nor after opening punctuation (「“), and never at a
/// space beside a CJK character (so that a reader joining the lines restores the text exactly).
enum LineBreaker {
    /// The lines of `text` wrapped to `width` columns; the first line starts `firstIndent` columns in.
    static func wrap(_ text: String, width: Int, firstIndent: Int = 0) -> [String] {
        var filler = LineFiller(width: width, used: firstIndent)
        var previous: Unicode.Scalar?
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = previous != nil
                continue
            }
            let columns = CJK.displayWidth(of: scalar)
            var startsPiece = previous == nil
            // Combining marks, joiners and variation selectors stay with the scalar before them.
            if let last = previous, columns > 0, last != "\u{200D}" {
                let lastWide = joinsWithoutSpace(last), wide = joinsWithoutSpace(scalar)
                startsPiece = pendingSpace ? !(lastWide || wide) : (lastWide || wide)
                if (isPunctuation(scalar) && CJK.closingPunctuation.contains(scalar)) || (isPunctuation(last) && CJK.openingPunctuation.contains(last)) { startsPiece = false }
            }
            filler.append(scalar, columns: columns, startsPiece: startsPiece, spaceBefore: pendingSpace)
            previous = scalar
            pendingSpace = false
        }
        return filler.finish()
    }

    /// Fills lines greedily, one unbreakable piece at a time, without keeping the pieces.
    private struct LineFiller {
        let width: Int
        /// Columns used on the current line by the pieces placed on it.
        var used: Int
        var bytes: [UInt8] = []
        var lines: [String] = []
        var lineStart = 0
        /// The piece being read: where it starts, its width, and whether a space precedes it.
        var pieceStart = 0
        var pieceWidth = 0
        var pieceSpace = false
        var hasPiece = false

        init(width: Int, used: Int) {
            self.width = width
            self.used = used
        }

        mutating func append(_ scalar: Unicode.Scalar, columns: Int, startsPiece: Bool, spaceBefore: Bool) {
            if startsPiece {
                place()
                if spaceBefore { bytes.append(0x20) }
                pieceStart = bytes.count
                pieceWidth = 0
                pieceSpace = spaceBefore
                hasPiece = true
            } else if spaceBefore {
                bytes.append(0x20)
                pieceWidth += 1
            }
            UTF8.encode(scalar) { bytes.append($0) }
            pieceWidth += columns
        }

        /// Puts the finished piece on the current line, or starts a new line with it.
        private mutating func place() {
            guard hasPiece else { return }
            let space = pieceSpace ? 1 : 0
            if pieceStart > lineStart && used + space + pieceWidth > width {
                lines.append(String(decoding: bytes[lineStart..<(pieceStart - space)], as: UTF8.self))
                lineStart = pieceStart
                used = pieceWidth
                // Text before the line start is written out; keep memory to about one line.
                if lineStart > 1 << 16 {
                    bytes.removeFirst(lineStart)
                    pieceStart -= lineStart
                    lineStart = 0
                }
            } else {
                used += space + pieceWidth
            }
        }

        mutating func finish() -> [String] {
            place()
            lines.append(String(decoding: bytes[lineStart...], as: UTF8.self))
            return lines
        }
    }

    /// Whether a scalar can be punctuation at all: spares the set lookups for letters and ideographs.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E, 0xA0...0xBF, 0x2000...0x206F, 0x3000...0x303F, 0xFE30...0xFE4F, 0xFF00...0xFF65:
            return true
        default:
            return false
        }
    }

    /// ``CJK/joinsWithoutSpace(_:)`` for a scalar.
    private static func joinsWithoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        CJK.isWide(scalar) && !(0xAC00...0xD7A3).contains(scalar.value)
    }
}
