import FolioCore

/// Reads a page's byline and credit lines through FolioCore's ``Byline``, adding the lines that
/// pages print on their own: a picture credit alone (本版图片由…提供) or a photographer alone
/// (记者 王三 摄).
enum PageByline {
    /// Authors and credits read from one line.
    struct Parsed: Equatable {
        var authors: [Author] = []
        var credits: [String] = []
    }

    /// The characters a byline or credit line can start with; other lines skip the parser.
    static let starts: Set<Unicode.Scalar> = Set(Byline.roles.compactMap(\.unicodeScalars.first))
        .union(["□", "■", "●", "◆", "▲", "○", "◇", "本", "图", "B", "b"])

    /// The byline or credit a line holds, or nil when the line is neither.
    static func parse(_ line: String) -> Parsed? {
        guard let lead = line.unicodeScalars.first, LineMarks.fits(line, within: 80) else { return nil }
        if starts.contains(lead), let byline = Byline(line: line) {
            return Parsed(authors: byline.authors, credits: byline.credits)
        }
        if isCredit(line) { return Parsed(credits: [line]) }
        if line.hasUTF8Suffix("摄"), starts.contains(lead), Byline(line: String(line.dropLast()))?.credits.isEmpty == true {
            return Parsed(credits: [line])
        }
        return nil
    }

    /// Whether a whole line is a picture credit.
    static func isCredit(_ line: String) -> Bool {
        LineMarks.fits(line, within: 40) && !LineMarks.endsSentence(line) && Byline.isCredit(line)
    }
}
