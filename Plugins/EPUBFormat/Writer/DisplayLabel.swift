import FolioCore
import FolioMarkup

/// Text shown as one line in the package, the contents or a page title.
enum DisplayLabel {
    /// The text with its white space collapsed and characters markup cannot hold removed, or nil when blank.
    static func of(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = MarkupEscaping.removingForbiddenCharacters(text).split(atScalarsIn: .whitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// `page` for `/in/page.txt`; nil for standard input.
    static func fileStem(_ path: String) -> String? {
        guard path != "-" else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
