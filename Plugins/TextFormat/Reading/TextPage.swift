import FolioCore

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

    /// Creates a page from lines.
    public init(source: String, lines: [TextLine]) {
        self.source = source
        self.lines = lines
    }

    /// Splits text into lines at LF, CRLF, CR, U+2028 and U+2029, normalising white space.
    ///
    /// Throws ``FolioError`` when a line has more than `maximumLineLength` characters.
    public init(text: String, source: String, maximumLineLength: Int = .max) throws {
        self.source = source
        var lines: [TextLine] = []
        var builder = LineBuilder()
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where previousWasCarriageReturn:
                previousWasCarriageReturn = false
                continue
            case 0x0A, 0x0D, 0x2028, 0x2029:
                lines.append(builder.finish(number: lines.count + 1))
                previousWasCarriageReturn = scalar.value == 0x0D
                continue
            default:
                previousWasCarriageReturn = false
            }
            builder.append(scalar)
            if builder.length > maximumLineLength {
                throw FolioError(.limitExceeded, "line longer than \(maximumLineLength) characters (--max-line-length)", source: source, line: lines.count + 1)
            }
        }
        if !builder.isEmpty { lines.append(builder.finish(number: lines.count + 1)) }
        self.lines = lines
    }
}

/// Accumulates one line's scalars, folding white space runs and measuring indentation and width.
private struct LineBuilder {
    var scalars = String.UnicodeScalarView()
    var indentation = 0
    var width = 0
    var length = 0
    var sawWhitespace = false
    var pendingSpace = false

    var isEmpty: Bool { length == 0 }

    mutating func append(_ scalar: Unicode.Scalar) {
        length += 1
        if let columns = Self.whitespaceColumns(scalar) {
            sawWhitespace = true
            if scalars.isEmpty { indentation += columns } else { pendingSpace = true }
            return
        }
        // Controls and zero-width marks that text dumps leave behind carry no content.
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar.value == 0x200B || scalar.value == 0xFEFF { return }
        if pendingSpace {
            scalars.append(" ")
            width += 1
            pendingSpace = false
        }
        scalars.append(scalar)
        width += Self.columns(scalar)
    }

    mutating func finish(number: Int) -> TextLine {
        let line = TextLine(number: number, text: String(scalars), indentation: scalars.isEmpty ? 0 : indentation,
                            isLayoutOnly: scalars.isEmpty && sawWhitespace, width: width)
        self = LineBuilder()
        return line
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

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value < 0x300 { return 1 }
        if CJK.isWide(scalar) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }
}
