/// A first classification of why a case differs, from what the input contains and how the text differs.
///
/// Used only to draft reasons for new entries of `known-differences.tsv`; each reason names
/// the behaviour of libxml2's HTML 4 parser that departs from the HTML5 tree builder.
enum DifferenceCategory: String {
    case readerError = "reader-error"
    case fosterParenting = "foster-parenting"
    case adoptionAgency = "adoption-agency"
    case characterReferences = "character-references"
    case rawText = "raw-text"
    case lostText = "lost-text"
    case tableStrayText = "table-stray-text"
    case extraText = "extra-text"
    case tableStructure = "table-structure"
    case blockNesting = "block-nesting"
    case emptyBlock = "empty-block"
    case boldHeading = "bold-heading"
    case otherText = "other-text"

    /// Classifies an outcome.
    init(_ outcome: HTML5LibTreeConstructionTests.Outcome) {
        let input = outcome.testCase.data.lowercased()
        guard case .success(let actual) = outcome.actual else { self = .readerError; return }
        let expected = outcome.expected
        if outcome.textAgrees {
            let headings = { (tokens: [String]) in tokens.filter { $0.hasPrefix("h") && $0 != "hr" }.count }
            if headings(actual.structure) > headings(expected.structure) && input.contains("<b") {
                self = .boldHeading
            } else if Self.isSubsequence(expected.structure, of: actual.structure) {
                self = .emptyBlock
            } else {
                self = input.contains("<table") ? .tableStructure : .blockNesting
            }
        } else if actual.text.sorted() == expected.text.sorted() {
            self = input.contains("<table") ? .fosterParenting : .adoptionAgency
        } else if input.contains("&") {
            self = .characterReferences
        } else if ["<plaintext", "<xmp", "<textarea", "<title", "<style", "<script", "<noscript", "<iframe", "<noembed", "<noframes"].contains(where: input.contains) {
            self = .rawText
        } else if Self.isSubsequence(actual.text, of: expected.text) {
            self = input.contains("<table") ? .tableStrayText : .lostText
        } else if Self.isSubsequence(expected.text, of: actual.text) {
            self = .extraText
        } else {
            self = .otherText
        }
    }

    /// The drafted reason.
    var reason: String {
        switch self {
        case .readerError: return "the reader refused markup a browser accepts"
        case .fosterParenting: return "same text, other order: HTML5 foster-parents content misplaced inside a table to before the table; libxml2 leaves it in place"
        case .adoptionAgency: return "same text, other order: HTML5's adoption agency re-parents misnested formatting and block elements; libxml2 closes them where they appear"
        case .characterReferences: return "character references: libxml2's HTML 4 parser decodes some references (missing semicolon, legacy names, numeric edge cases) unlike HTML5"
        case .rawText: return "raw-text elements (plaintext, xmp, textarea, title, style, script, noscript, iframe…): libxml2 ends or scopes them unlike HTML5"
        case .lostText: return "text missing: libxml2's HTML 4 tokenizer swallows it (a lone < or </, abrupt comments such as <!-->, text after </body>, misplaced markup moved into left-out elements)"
        case .tableStrayText: return "text misplaced in a table's structure (inside <colgroup>, foreign content in a cell, a table inside a link): libxml2 keeps it where HTML5 foster-parents it out, and the table mapping leaves such places out"
        case .extraText: return "extra text: libxml2 keeps as text what HTML5 treats as markup (bogus comments such as <!COMMENT> or </#>, <?…>) or leaves in the body what HTML5 puts in a left-out element"
        case .tableStructure: return "same text, other blocks: Folio unwraps a table of one cell (a layout table, common on e-paper sites) into its content, or libxml2 nests misplaced tables unlike HTML5"
        case .blockNesting: return "same text, other blocks: Folio keeps a figure without an image as paragraphs, or libxml2 nests blocks (a heading in a heading, a list in a list) unlike HTML5's tree builder"
        case .boldHeading: return "same text, more headings: Folio reads a block set entirely in bold as a section heading (e-paper pages mark their headings so); the tree has no heading element"
        case .emptyBlock: return "same text, one more block: Folio keeps a list or preformatted block holding only whitespace or empty items, which carries no text in the browser's tree"
        case .otherText: return "text differs in content and order: several of the above at once"
        }
    }

    private static func isSubsequence<Element: Equatable>(_ short: some Collection<Element>, of long: some Collection<Element>) -> Bool {
        var remaining = long[...]
        for character in short {
            guard let found = remaining.firstIndex(of: character) else { return false }
            remaining = remaining[remaining.index(after: found)...]
        }
        return true
    }
}
