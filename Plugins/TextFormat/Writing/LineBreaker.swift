import FolioCore

/// Breaks text into lines of a display width, counting CJK characters as two columns.
///
/// Breaks fall at spaces between words and between any two characters where one is CJK, but
/// never before closing punctuation (，。」) nor after opening punctuation (「“), and never at a
/// space beside a CJK character (so that a reader joining the lines restores the text exactly).
enum LineBreaker {
    /// A place where a line may end: the UTF-8 offset the next line would start at, whether a
    /// space stands before it, and the width of the unbreakable piece that follows.
    private struct Piece {
        var start: Int
        var width: Int
        var spaceBefore: Bool
    }

    /// CJK's kinsoku sets as scalars: the breaker works on scalars, which compare far faster.
    private static let closing = Set(CJK.closingPunctuation.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
    private static let opening = Set(CJK.openingPunctuation.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })

    /// The lines of `text` wrapped to `width` columns; the first line starts `firstIndent` columns in.
    static func wrap(_ text: String, width: Int, firstIndent: Int = 0) -> [String] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let pieces = pieces(of: text, into: &bytes)
        var lines: [String] = []
        func emit(_ range: Range<Int>) {
            lines.append(String(decoding: bytes[range], as: UTF8.self))
        }
        var lineStart = 0
        var used = firstIndent
        for (index, piece) in pieces.enumerated() {
            let space = index == 0 || !piece.spaceBefore ? 0 : 1
            if piece.start > lineStart && used + space + piece.width > width {
                emit(lineStart..<(piece.start - space))
                lineStart = piece.start
                used = piece.width
            } else {
                used += space + piece.width
            }
        }
        emit(lineStart..<bytes.count)
        return lines
    }

    /// Collects the text's UTF-8 with each run of spaces made one, and the pieces between breaks.
    private static func pieces(of text: String, into bytes: inout [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var previous: Unicode.Scalar?
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = previous != nil
                continue
            }
            let width = CJK.displayWidth(of: scalar)
            var startsPiece = previous == nil
            // Combining marks, joiners and variation selectors stay with the scalar before them.
            if let last = previous, width > 0, last != "\u{200D}" {
                let lastWide = joinsWithoutSpace(last), wide = joinsWithoutSpace(scalar)
                startsPiece = pendingSpace ? !(lastWide || wide) : (lastWide || wide)
                if (isPunctuation(scalar) && closing.contains(scalar)) || (isPunctuation(last) && opening.contains(last)) { startsPiece = false }
            }
            if pendingSpace { bytes.append(0x20) }
            if startsPiece {
                pieces.append(Piece(start: bytes.count, width: 0, spaceBefore: pendingSpace))
            } else if pendingSpace, !pieces.isEmpty {
                pieces[pieces.count - 1].width += 1
            }
            UTF8.encode(scalar) { bytes.append($0) }
            if !pieces.isEmpty { pieces[pieces.count - 1].width += width }
            previous = scalar
            pendingSpace = false
        }
        return pieces
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
