import FolioCore

/// A paragraph that a news site's template prints inside an article and that is no part of it:
/// an ad slot's label (`Advertisement`), a pointer past an ad or a gallery (`Story continues below
/// advertisement`), or a picture's credit set apart from its caption (`Photo: Hau Dinh, AP`,
/// `(Image credit: Blue Origin)`, `Image copyright Getty Images`).
enum FurnitureLine: Equatable {
    /// An ad slot's label or a pointer past an ad or gallery: dropped.
    case adLabel
    /// A picture's credit: it belongs to the document's credits.
    case pictureCredit(String)

    /// Reads a paragraph's text; nil for any other paragraph.
    init?(_ text: String) {
        let line = text.trimmingCharactersInWhitespace()
        guard !line.isEmpty, line.utf8.count <= 120 else { return nil }
        let lower = line.lowercased()
        if Self.adLabels.contains(lower) || (line.count <= 60 && Self.continuations.contains(where: { lower.hasUTF8Prefix($0) })) {
            self = .adLabel
            return
        }
        var credit = Substring(line)
        if credit.first == "(", credit.last == ")" { credit = credit.dropFirst().dropLast() }
        guard let prefix = Self.creditPrefixes.first(where: { credit.lowercased().hasUTF8Prefix($0) }) else { return nil }
        // The credit names a photographer or an agency: a few words, no sentence.
        let names = credit.dropFirst(prefix.count).trimmingCharactersInWhitespace()
        guard !names.isEmpty, names.split(separator: " ").count <= 10, !names.hasUTF8Suffix(".") || names.count <= 40 else { return nil }
        self = .pictureCredit(line)
    }

    /// Ad slots' labels, lower-cased.
    static let adLabels: Set<String> = ["advertisement", "advertising", "sponsored", "ad"]
    /// The openings of pointers past an ad or a gallery, lower-cased.
    static let continuations = ["story continues below", "article continues below", "continue reading below", "continue reading the main story"]
    /// The openings of picture credits, lower-cased, the colon or word that ends them included.
    static let creditPrefixes = ["photo:", "photos:", "photograph:", "photo credit:", "image credit:", "image:", "picture:", "image copyright ", "photo by "]
}
