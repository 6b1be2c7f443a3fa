import FolioCore
import FolioNewspaper

/// One line of a text page: its content, and the white space that was layout around it.
public struct TextLine: Sendable, Hashable {
    /// The 1-based line number in the input.
    public var number: Int
    /// The content without leading or trailing white space; each inner run of white space
    /// (U+00A0, U+3000, tabs and the other space variants) is one ASCII space.
    public var text: String
    /// The leading white space in display columns (U+3000 counts two, a tab four).
    public var indentation: Int
    /// Whether the line held white space only: layout (an indentation-only line), not an empty line.
    public var isLayoutOnly: Bool
    /// The display width of `text`, CJK characters counting two columns.
    public var width: Int

    /// Creates a line.
    public init(number: Int, text: String, indentation: Int = 0, isLayoutOnly: Bool = false, width: Int? = nil) {
        self.number = number
        self.text = text
        self.indentation = indentation
        self.isLayoutOnly = isLayoutOnly
        self.width = width ?? CJK.displayWidth(of: text)
    }

    /// Whether the line has no content (empty, or white space only).
    public var isBlank: Bool { text.isEmpty }
}

/// A decoded text split into lines: what a ``PageLayout`` recognises.
public struct TextPage: Sendable {
    /// The input's name, for errors.
    public var source: String
    /// The lines, in order, blank ones included.
    public var lines: [TextLine]
    /// Lines known to be chrome from other pages of the publication (the `learned-chrome` option).
    public var knownChrome: Set<String> = []

    /// Creates a page from lines.
    public init(source: String, lines: [TextLine], knownChrome: Set<String> = []) {
        self.source = source
        self.lines = lines
        self.knownChrome = knownChrome
    }

    /// Splits text into lines at LF, CRLF, CR, U+2028 and U+2029, normalising white space.
    ///
    /// A line that holds paragraphs run together, set apart by wide gaps after their last
    /// sentences (an app's page copied with its paragraphs on one line), becomes one line a
    /// paragraph with an empty line between them, each numbered as the line it came from.
    ///
    /// Throws ``FolioError`` when a line has more than `maximumLineLength` characters.
    public init(text: String, source: String, maximumLineLength: Int = .max) throws {
        self.source = source
        // The scan decodes the text's UTF-8 itself: stepping a string's scalar view validates
        // every index, which cost more than the rest of the reading of a small page.
        lines = try text.withUTF8Bytes { bytes in
            var lines: [TextLine] = []
            // Room for every line at once: grown by doubling, the array of a large text held up to
            // twice the lines it had, and lines cost some fifty bytes each beside their text.
            lines.reserveCapacity(bytes.count(where: { $0 == 0x0A }) + 1)
            var position = 0, number = 0
            while position < bytes.count {
                number += 1
                var scan = LineScan()
                var contentStart: Int?
                var contentEnd = position
                var next = bytes.count
                var cursor = position
                while cursor < bytes.count {
                    // A run of common scalars but spaces, most of a page, is content measured in
                    // locals, a few instructions a scalar; other scalars are decoded and taken one by one.
                    var after = cursor, scalars = 0
                    while after < bytes.count {
                        let plainLength = UTF8Search.commonScalarLength(in: bytes, at: after, countingSpaces: false)
                        guard plainLength > 0 else { break }
                        after += plainLength
                        scalars += 1
                    }
                    let isContent: Bool
                    if scalars > 0 {
                        // One column for each one-byte scalar, two for each three-byte one.
                        scan.takeContent(columns: (after - cursor + scalars) / 2)
                        isContent = true
                    } else {
                        let scalar: Unicode.Scalar
                        (scalar, after) = UTF8Decoding.scalar(in: bytes, at: cursor)
                        if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                            next = after
                            break
                        }
                        if scalar == "\r" {
                            next = after < bytes.count && bytes[after] == UInt8(ascii: "\n") ? after + 1 : after
                            break
                        }
                        isContent = scan.take(scalar, hasContent: contentStart != nil)
                        scalars = 1
                    }
                    scan.length += scalars
                    if scan.length > maximumLineLength {
                        throw FolioError(.limitExceeded, "line longer than \(maximumLineLength) characters (--max-line-length)", source: source, line: number)
                    }
                    if isContent {
                        if contentStart == nil { contentStart = cursor }
                        contentEnd = after
                    }
                    cursor = after
                }
                if let contentStart {
                    if scan.needsRewrite {
                        let paragraphs = LineScan.rewrite(UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd]))
                        let width = paragraphs.count == 1 ? scan.width : nil
                        for (position, paragraph) in paragraphs.enumerated() {
                            // Paragraphs cut apart are set apart by an empty line, as a page sets its paragraphs.
                            if position > 0 { lines.append(TextLine(number: number, text: "", width: 0)) }
                            lines.append(TextLine(number: number, text: paragraph, indentation: scan.indentation, width: width))
                        }
                    } else {
                        // A slice of the text is copied as it is, where decoding its bytes would
                        // validate them again.
                        let lower = text.utf8.index(text.startIndex, offsetBy: contentStart)
                        let line = String(text[lower..<text.utf8.index(lower, offsetBy: contentEnd - contentStart)])
                        lines.append(TextLine(number: number, text: line, indentation: scan.indentation, width: scan.width))
                    }
                } else {
                    lines.append(TextLine(number: number, text: "", isLayoutOnly: scan.sawWhitespace, width: 0))
                }
                position = next
            }
            return lines
        }
    }
}

/// Reading scalars straight from UTF-8 that a `String` holds, so already valid.
private enum UTF8Decoding {
    /// The scalar that starts at `position`, and where the next one starts.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        let length = UTF8Search.scalarLength(lead: lead)
        guard length > 1 else { return (Unicode.Scalar(lead), position + 1) }
        // The lead's payload: the bits after its `length` ones and a zero.
        var decoded = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { decoded = decoded << 6 | UInt32(bytes[position + offset] & 0x3F) }
        return (Unicode.Scalar(decoded) ?? "\u{FFFD}", position + length)
    }
}

/// Measures one line as its scalars go by: indentation, width, and whether its inner white space
/// or stray controls need rewriting (most lines are taken as they are, without a copy per scalar).
private struct LineScan {
    var indentation = 0
    var width = 0
    var length = 0
    var sawWhitespace = false
    var needsRewrite = false
    /// White space seen since the last content scalar: how many, and whether any was not a plain space.
    var spaces = 0
    var oddSpace = false

    /// Takes a scalar; returns whether it is content.
    mutating func take(_ scalar: Unicode.Scalar, hasContent: Bool) -> Bool {
        if let columns = Self.whitespaceColumns(scalar) {
            sawWhitespace = true
            if hasContent {
                spaces += 1
                if scalar != " " { oddSpace = true }
            } else {
                indentation += columns
            }
            return false
        }
        if Self.isDropped(scalar) {
            if hasContent { needsRewrite = true }
            return false
        }
        takeContent(columns: CJK.displayWidth(of: scalar))
        return true
    }

    /// Takes content scalars `columns` wide in all, after the white space since the last content.
    @inline(__always)
    mutating func takeContent(columns: Int) {
        if spaces > 0 {
            if spaces > 1 || oddSpace { needsRewrite = true }
            width += 1
            spaces = 0
            oddSpace = false
        }
        width += columns
    }

    /// Content with each inner run of white space as one space and stray controls removed, cut
    /// where a wide gap ends a paragraph: three columns of white space or more after a Chinese
    /// sentence's end (`。`, `！`, `？`, a closing quote after one), or after a short line with no
    /// sentence that opens the line or a cut (a headline or section heading run in with the
    /// prose after it, where that prose holds a sentence), before a character that opens one.
    ///
    /// The bytes are copied scalar by scalar: appending to a scalar view cost hundreds of
    /// instructions a scalar.
    static func rewrite(_ content: UnsafeBufferPointer<UInt8>) -> [String] {
        var pieces: [String] = []
        var result: [UInt8] = []
        result.reserveCapacity(content.count)
        var gap = 0
        var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
        var pieceScalars = 0, pieceHasSentence = false, pieceOpenedByCut = false
        // A set from another module is fetched through its accessor: once, not once a scalar.
        let sentenceEnds = Self.sentenceEnds
        var position = 0
        while position < content.count {
            let (scalar, after) = UTF8Decoding.scalar(in: content, at: position)
            if let columns = whitespaceColumns(scalar) {
                gap += columns
            } else if !isDropped(scalar) {
                if gap > 0, !result.isEmpty {
                    // Most gaps are one space: the paragraph tests run only on a wide one before
                    // what can open a paragraph.
                    if gap >= 3, CJK.isIdeographic(scalar) || paragraphOpeners.contains(scalar),
                       sentenceEnds.contains(last) || closingQuotes.contains(last) && sentenceEnds.contains(beforeLast)
                        || pieceScalars <= 40 && !pieceHasSentence && !clauseMarks.contains(last)
                        && (pieceOpenedByCut || pieceScalars >= 4 && Self.holdsSentence(content, from: position)) {
                        pieces.append(String(decoding: result, as: UTF8.self))
                        result.removeAll(keepingCapacity: true)
                        (pieceScalars, pieceHasSentence, pieceOpenedByCut) = (0, false, true)
                    } else {
                        result.append(UInt8(ascii: " "))
                    }
                }
                gap = 0
                result.append(contentsOf: UnsafeBufferPointer(rebasing: content[position..<after]))
                (beforeLast, last) = (last, scalar)
                pieceScalars += 1
                if sentenceEnds.contains(scalar) { pieceHasSentence = true }
            }
            position = after
        }
        pieces.append(String(decoding: result, as: UTF8.self))
        return pieces
    }

    /// Whether a Chinese sentence ends in the bytes from `position` on.
    static func holdsSentence(_ content: UnsafeBufferPointer<UInt8>, from position: Int) -> Bool {
        let sentenceEnds = Self.sentenceEnds
        var position = position
        while position < content.count {
            let (scalar, after) = UTF8Decoding.scalar(in: content, at: position)
            if sentenceEnds.contains(scalar) { return true }
            position = after
        }
        return false
    }

    /// The marks that end a Chinese sentence.
    static let sentenceEnds = LineShape.chineseSentenceEnds
    /// Marks that leave a clause open: what follows a gap after them is the same sentence.
    static let clauseMarks: ScalarSet = "，、：:,;；"
    /// Closing quotes that may follow a sentence's end.
    static let closingQuotes: ScalarSet = "”」』"
    /// What besides an ideograph may open a paragraph: quotes, brackets, digits.
    static let paragraphOpeners: ScalarSet = "“「『《（(【0123456789"

    /// Controls and invisible marks that text dumps leave behind carry no content.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || ScalarSet.invisibleMarks.contains(scalar)
    }

    /// The columns a white-space scalar advances, or nil for a scalar that is not white space.
    static func whitespaceColumns(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x20, 0xA0, 0x0B, 0x0C, 0x1680, 0x2000...0x200A, 0x202F, 0x205F: return 1
        case 0x09: return 4
        case 0x3000: return 2
        default: return nil
        }
    }
}
