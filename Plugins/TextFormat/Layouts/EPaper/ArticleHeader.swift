import FolioCore

/// The head of one article on a page: the title block, figure captions and byline before its body.
struct ArticleHeader {
    var introTitle: String?
    var title: String?
    var subtitle: String?
    var captions: [String] = []
    var byline = PageByline.Parsed()
    /// The byline and credit lines as printed, for articles whose byline stays in the body.
    var bylineLines: [String] = []
    /// The index of the first body line.
    var bodyStart: Int

    /// The widest line that can still be a title, caption or heading.
    static let maximumTitleWidth = 64

    /// Reads the header of the article starting at `start`, up to the first body line.
    init(lines: ArraySlice<TextLine>, start: Int, indentedBody: Bool) {
        bodyStart = lines.endIndex
        var pending: [(index: Int, text: String)] = []
        var sawByline = false
        var index = start
        scan: while index < lines.endIndex {
            defer { index += 1 }
            let line = lines[index]
            let text = line.text
            if line.isBlank { continue }
            if LineMarks.underlineLevel(text) == 1, title == nil, let last = pending.last, last.index == index - 1 {
                title = last.text
                let earlier = pending.dropLast().map(\.text)
                introTitle = earlier.isEmpty ? nil : CJK.joinLines(earlier)
                pending = []
                continue
            }
            if text.hasUTF8Prefix("——"), subtitle == nil, title != nil || !pending.isEmpty {
                if title == nil, let last = pending.popLast() {
                    title = last.text
                    introTitle = pending.isEmpty ? nil : CJK.joinLines(pending.map(\.text))
                    pending = []
                }
                subtitle = text.drop { $0 == "—" || $0 == " " }.trimmingCharactersInWhitespace()
                continue
            }
            if let caption = LineMarks.figureCaption(text) {
                captions.append(caption)
                continue
            }
            if let parsed = PageByline.parse(text) {
                byline.authors += parsed.authors
                byline.credits += parsed.credits
                bylineLines.append(text)
                sawByline = true
                continue
            }
            if PageByline.isCredit(text) {
                byline.credits.append(text)
                bylineLines.append(text)
                continue
            }
            if title == nil, pending.isEmpty, line.indentation > 0, Self.isTitleShaped(line), Self.isFollowedByHead(lines, after: index) {
                // Some dumps indent everything: an indented title still leads a subtitle or byline.
                pending.append((index, text))
                continue
            }
            if Self.startsBody(line, indentedBody: indentedBody) || (sawByline && (line.indentation > 0 || LineMarks.endsWithPunctuation(text))) {
                bodyStart = index
                break scan
            }
            if sawByline {
                byline.credits.append(text)
                bylineLines.append(text)
            } else if title != nil {
                captions.append(text)
            } else {
                pending.append((index, text))
            }
        }
        if title == nil, let first = pending.first {
            title = first.text
            captions = pending.dropFirst().map(\.text) + captions
        }
    }

    /// Whether one of the next three lines of content is a ——subtitle or a byline.
    static func isFollowedByHead(_ lines: ArraySlice<TextLine>, after index: Int) -> Bool {
        var seen = 0
        for line in lines[(index + 1)...] where !line.isBlank {
            if line.text.hasUTF8Prefix("——") || PageByline.parse(line.text) != nil { return true }
            seen += 1
            if seen == 3 { break }
        }
        return false
    }

    /// Whether a line can only be body text: indented on an indented page, long, punctuated, or a lead.
    static func startsBody(_ line: TextLine, indentedBody: Bool) -> Bool {
        let text = line.text
        return (indentedBody && line.indentation > 0) || line.width > maximumTitleWidth || LineMarks.endsWithPunctuation(text)
            || text.hasUTF8Prefix("本报讯") || text.hasUTF8Prefix("——") || LineMarks.note(text) != nil || LineMarks.listMarker(text) != nil
            || LineMarks.isFence(text) || LineMarks.isTableTop(text) || LineMarks.tableCaption(text) != nil
            || LineMarks.quoted(text) != nil || LineMarks.isDivider(text) || LineMarks.underlineLevel(text) != nil
    }

    /// Whether a line can head a title block: short, unpunctuated, and no byline, caption or mark.
    static func isTitleShaped(_ line: TextLine) -> Bool {
        !line.isBlank && !startsBody(line, indentedBody: false) && LineMarks.figureCaption(line.text) == nil
            && PageByline.parse(line.text) == nil && !PageByline.isCredit(line.text) && !line.text.dropFirst().isEmpty
    }
}
