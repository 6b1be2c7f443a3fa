/// Markup under construction, as UTF-8 bytes: tags are written as given, text always escaped.
///
/// Building bytes directly, rather than a tree, keeps rendering a page well under a millisecond.
public struct MarkupBuffer: Sendable {
    /// The markup written so far.
    public private(set) var bytes: [UInt8]

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 4096) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// The markup as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends trusted markup written by Folio itself.
    public mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends trusted markup built by Folio (never input text).
    public mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends trusted markup bytes (a rendered fragment).
    public mutating func raw(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// Appends text, escaped.
    public mutating func text(_ text: String) {
        MarkupEscaping.appendText(text, to: &bytes)
    }

    // The tags' own brackets and quotes are appended as bytes: a string literal given to `raw`
    // is taken as a `String` (Swift prefers it), and a chart writes thousands of them.

    /// Writes `<tag>`.
    public mutating func open(_ tag: StaticString) {
        bytes.append(UInt8(ascii: "<")); raw(tag); bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `<tag` so that attributes can follow; finish with ``endStartTag()`` or ``endEmptyTag()``.
    public mutating func begin(_ tag: StaticString) {
        bytes.append(UInt8(ascii: "<")); raw(tag)
    }

    /// Writes ` name="value"` with the value escaped.
    public mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " ")); raw(name); bytes.append(UInt8(ascii: "=")); bytes.append(UInt8(ascii: "\""))
        MarkupEscaping.appendAttribute(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Closes a start tag: `>`.
    public mutating func endStartTag() {
        bytes.append(UInt8(ascii: ">"))
    }

    /// Closes a void element polyglot-style: `/>`.
    public mutating func endEmptyTag() {
        bytes.append(UInt8(ascii: "/")); bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `</tag>`.
    public mutating func close(_ tag: StaticString) {
        bytes.append(UInt8(ascii: "<")); bytes.append(UInt8(ascii: "/")); raw(tag); bytes.append(UInt8(ascii: ">"))
    }

    /// Writes a line break between block elements, which keeps the output readable in a text editor.
    public mutating func newline() {
        bytes.append(0x0A)
    }
}
