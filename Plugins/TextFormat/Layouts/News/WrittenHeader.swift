import FolioCore
import FolioNewspaper

/// The header Folio's own text writer prints, read back: the metadata line
/// (`宁波日报 · 2021-03-01 · 第A7版 · 政治纵深·党建`) and the title underlined with `═`.
enum WrittenHeader {
    /// The writer's label for an edition: `第A7版`, or `p. 7` outside CJK text.
    static func editionLabel(_ edition: String, cjk: Bool) -> String { cjk ? "第\(edition)版" : "p. \(edition)" }

    /// `宁波日报 · 2021-03-01 · 第A7版 · 政治纵深·党建`: at least two fields, one of them a date, an
    /// edition or a paper's name (so that a title with a spaced dot is not taken for one).
    static func metadataLine(_ text: String) -> Metadata? {
        guard text.containsUTF8(" · ") else { return nil }
        let fields = LineMarks.split(text, by: " · ")
        guard fields.count >= 2 else { return nil }
        var metadata = Metadata()
        for field in fields {
            if metadata.date == nil, field.count == 10, let date = NewsDate.iso(field) {
                metadata.date = date
            } else if metadata.edition == nil, let edition = EditionLine(field), edition.section == nil, !field.contains(" ") {
                metadata.edition = edition.label
            } else if metadata.edition == nil, field.hasUTF8Prefix("p. "), field.count > 3 {
                metadata.edition = String(field.dropFirst(3))
            } else if metadata.publication == nil && metadata.date == nil && metadata.edition == nil {
                metadata.publication = field
            } else if metadata.section == nil {
                metadata.section = field
            } else {
                return nil
            }
        }
        let named = metadata.publication.map { Dateline.isOutletName($0) } ?? false
        return metadata.date != nil || metadata.edition != nil || named ? metadata : nil
    }
}
