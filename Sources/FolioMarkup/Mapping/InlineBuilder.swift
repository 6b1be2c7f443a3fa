import FolioCore

/// Builds the inlines of one paragraph from a stream of text and spans, collapsing white space
/// the way a browser does.
///
/// Runs of ASCII white space become one space; white space at the start and end of the
/// paragraph and around a forced line break disappears; a run containing a line break next to
/// a Chinese or Japanese character disappears entirely (as `CJK.joinLines` joins lines), so
/// hard-wrapped CJK source text joins without a stray space.
struct InlineBuilder {
    /// A span that wraps inlines.
    enum Span {
        case emphasis, strong, quoted
        case link(target: String, title: String?)
    }

    private struct Frame {
        var span: Span?
        var content: [Inline] = []
        // Text not yet committed to `content`: appending to a String we own avoids re-copying.
        var text = ""

        mutating func commitText() {
            guard !text.isEmpty else { return }
            if case .text(let previous)? = content.last {
                content[content.count - 1] = .text(previous + text)
            } else {
                content.append(.text(text))
            }
            text = ""
        }
    }

    /// White space seen but not yet written: written only if something visible follows.
    private struct PendingSpace {
        var hasSegmentBreak: Bool
        var frameIndex: Int
    }

    private var frames = [Frame(span: nil)]
    private var pending: PendingSpace?
    private var lastScalar: Unicode.Scalar?

    /// Whether the last thing added was a forced line break.
    var endsWithLineBreak: Bool {
        frames[frames.count - 1].text.isEmpty && frames[frames.count - 1].content.last == .lineBreak
    }

    /// Whether nothing visible has been added since the last ``take()``.
    var isEmpty: Bool { lastScalar == nil && frames.allSatisfy { $0.content.isEmpty && $0.text.isEmpty } }

    /// Opens a span; text goes into it until ``close()``.
    mutating func open(_ span: Span) {
        frames[frames.count - 1].commitText()
        frames.append(Frame(span: span))
    }

    /// Closes the innermost span, dropping it if it holds nothing.
    mutating func close() {
        guard frames.count > 1 else { return }
        var frame = frames.removeLast()
        frame.commitText()
        if let wrapped = Self.wrap(frame.content, in: frame.span) {
            frames[frames.count - 1].commitText()
            frames[frames.count - 1].content.append(wrapped)
        }
        if let space = pending, space.frameIndex >= frames.count {
            pending = PendingSpace(hasSegmentBreak: space.hasSegmentBreak, frameIndex: frames.count - 1)
        }
    }

    /// Appends HTML text (UTF-8), collapsing its white space.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if Self.isSpace(byte) {
                if lastScalar != nil {
                    let isBreak = byte == 0x0A || byte == 0x0D
                    if var space = pending {
                        space.hasSegmentBreak = space.hasSegmentBreak || isBreak
                        pending = space
                    } else {
                        pending = PendingSpace(hasSegmentBreak: isBreak, frameIndex: frames.count - 1)
                    }
                }
                index += 1
                continue
            }
            var end = index
            var invisible = false
            while end < count, !Self.isSpace(bytes[end]) {
                // Every invisible mark starts with E2 or EF: other bytes need no test.
                if !invisible, bytes[end] == 0xE2 || bytes[end] == 0xEF { invisible = Self.startsInvisibleMark(bytes, at: end) }
                end += 1
            }
            var run = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if invisible {
                // Zero-width spaces and byte order marks carry nothing: a paragraph of them is empty.
                run.unicodeScalars.removeAll { ScalarSet.invisibleMarks.contains($0) }
                guard !run.isEmpty else {
                    index = end
                    continue
                }
            }
            if let first = run.unicodeScalars.first { writePendingSpace(before: first) }
            frames[frames.count - 1].text += run
            lastScalar = run.unicodeScalars.last ?? lastScalar
            index = end
        }
    }

    /// Whether the UTF-8 at `index`, a lead byte of three, starts one of the invisible marks
    /// (``ScalarSet/invisibleMarks``, all three bytes long).
    private static func startsInvisibleMark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        let value = UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        return Unicode.Scalar(value).map { ScalarSet.invisibleMarks.contains($0) } ?? false
    }

    /// Appends text given as a string, collapsing its white space.
    mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { appendText($0) }
    }

    /// Appends an inline that is not text (an image, inline code).
    mutating func append(_ inline: Inline) {
        let text = inline.plainText
        writePendingSpace(before: text.unicodeScalars.first ?? "x")
        frames[frames.count - 1].commitText()
        frames[frames.count - 1].content.append(inline)
        lastScalar = text.unicodeScalars.last ?? "x"
    }

    /// Appends a forced line break; white space around it disappears.
    mutating func lineBreak() {
        pending = nil
        frames[frames.count - 1].commitText()
        frames[frames.count - 1].content.append(.lineBreak)
        lastScalar = nil
    }

    /// The paragraph so far, trimmed; the builder is emptied but open spans stay open, so text
    /// after a block that interrupted a span (`<b>a<div>b</div>c</b>`) is still in the span.
    mutating func take() -> [Inline] {
        var inner: [Inline] = []
        for index in stride(from: frames.count - 1, through: 0, by: -1) {
            frames[index].commitText()
            var content = frames[index].content
            content.append(contentsOf: inner)
            frames[index].content = []
            if index == 0 {
                inner = content
            } else {
                inner = Self.wrap(content, in: frames[index].span).map { [$0] } ?? []
            }
        }
        pending = nil
        lastScalar = nil
        return InlineTrimming.trimmed(inner)
    }

    private mutating func writePendingSpace(before next: Unicode.Scalar) {
        guard let space = pending else { return }
        pending = nil
        // The same rule as `CJK.joinLines`, so every reader joins wrapped lines alike.
        if space.hasSegmentBreak, let last = lastScalar, Self.joinsWithoutSpace(last) || Self.joinsWithoutSpace(next) { return }
        let index = min(space.frameIndex, frames.count - 1)
        frames[index].text += " "
    }

    private static func joinsWithoutSpace(_ scalar: Unicode.Scalar) -> Bool {
        CJK.joinsWithoutSpace(Character(scalar))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func wrap(_ content: [Inline], in span: Span?) -> Inline? {
        guard !content.isEmpty else { return nil }
        switch span {
        case .emphasis: return .emphasis(content)
        case .strong: return .strong(content)
        case .quoted: return .quoted(content)
        case .link(let target, let title): return .link(Link(target: target, title: title, content: content))
        case nil: return nil
        }
    }
}

/// Trims the white space and line breaks that layout leaves at the edges of a paragraph:
/// indentation with U+00A0 or U+3000, a trailing `<br>`.
enum InlineTrimming {
    /// The inlines without leading and trailing white space or line breaks, at any depth.
    static func trimmed(_ inlines: [Inline]) -> [Inline] {
        edgeTrimmed(edgeTrimmed(inlines, leading: true), leading: false)
    }

    /// The inline with white space removed from one edge, or nil when nothing is left.
    private static func trimEdge(_ inline: Inline, leading: Bool) -> Inline? {
        switch inline {
        case .text(let text):
            // Most paragraphs have nothing to trim: look at one character before copying anything.
            if leading {
                guard let first = text.first, first.isWhitespace else { return inline }
                let trimmed = text.drop(while: \.isWhitespace)
                return trimmed.isEmpty ? nil : .text(String(trimmed))
            }
            guard let last = text.last, last.isWhitespace else { return inline }
            var end = text.endIndex
            while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
            return end == text.startIndex ? nil : .text(String(text[..<end]))
        case .lineBreak:
            return nil
        case .emphasis(let inner):
            let trimmed = edgeTrimmed(inner, leading: leading)
            return trimmed.isEmpty ? nil : .emphasis(trimmed)
        case .strong(let inner):
            let trimmed = edgeTrimmed(inner, leading: leading)
            return trimmed.isEmpty ? nil : .strong(trimmed)
        case .quoted, .link, .code, .image:
            return inline
        }
    }

    private static func edgeTrimmed(_ inlines: [Inline], leading: Bool) -> [Inline] {
        var result = inlines
        if leading {
            while let first = result.first {
                guard let trimmed = trimEdge(first, leading: true) else { result.removeFirst(); continue }
                result[0] = trimmed
                break
            }
        } else {
            while let last = result.last {
                guard let trimmed = trimEdge(last, leading: false) else { result.removeLast(); continue }
                result[result.count - 1] = trimmed
                break
            }
        }
        return result
    }
}
