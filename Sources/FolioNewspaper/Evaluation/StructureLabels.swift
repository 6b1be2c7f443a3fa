import FolioCore
import Foundation

/// What a person labelled on one page: its metadata, which lines are chrome, and how many
/// paragraphs and articles it carries (`NAME.labels.json` beside `NAME.txt`).
public struct StructureLabels: Sendable, Hashable, Decodable {
    /// The labelled metadata; null fields are what the page does not print.
    public struct Fields: Sendable, Hashable, Decodable {
        /// The first article's title.
        public var title: String?
        /// Its subtitle (deck).
        public var subtitle: String?
        /// Its kicker (引题).
        public var introtitle: String?
        /// The date the page prints, `YYYY-MM-DD`.
        public var date: String?
        /// The paper or site.
        public var publication: String?
        /// The edition as labelled.
        public var edition: String?
        /// People credited, with their roles as printed.
        public var authors: [LabelledAuthor]?
    }

    /// One labelled author.
    public struct LabelledAuthor: Sendable, Hashable, Decodable {
        /// The name, without padding spaces.
        public var name: String
        /// The role as printed (记者, 摄, 编辑 …), if any.
        public var role: String?
    }

    /// The labelled metadata.
    public var metadata: Fields
    /// Lines of site or page chrome, as printed.
    public var chromeLines: [String]
    /// Photo captions, as printed.
    public var captions: [String]
    /// In-article section headings, as printed.
    public var headings: [String]
    /// How many prose paragraphs the page has.
    public var paragraphs: Int
    /// How many articles the page carries.
    public var articles: Int
    /// Whether the text is the whole page.
    public var complete: Bool

    enum CodingKeys: String, CodingKey {
        case metadata, captions, headings, paragraphs, articles, complete
        case chromeLines = "chrome_lines"
    }

    /// Reads labels from their JSON.
    public static func decode(_ data: Data, source: String) throws -> StructureLabels {
        do {
            return try JSONDecoder().decode(StructureLabels.self, from: data)
        } catch {
            throw FolioError(.malformedInput, "not a structure labels file: \(error)", source: source)
        }
    }
}
