import Foundation

/// Descriptive data about a document, as printed on a newspaper page or declared by a file.
///
/// Every field is optional: a reader sets what its input states and invents nothing.
public struct Metadata: Sendable, Hashable, Codable {
    /// The headline or title.
    public var title: String?
    /// A subtitle or deck, such as the line introduced by “——” under a headline.
    public var subtitle: String?
    /// A kicker or introductory title printed above the headline (引题).
    public var introTitle: String?
    /// The people credited for the text, with their roles.
    public var authors: [Author]
    /// The publication date as ISO 8601 (`2021-03-01`), or as printed when it cannot be normalised.
    public var date: String?
    /// The newspaper, magazine or site (宁波日报).
    public var publication: String?
    /// The edition or page label (A7).
    public var edition: String?
    /// The page's section or column (政治纵深·党建).
    public var section: String?
    /// The language of the content as a BCP 47 tag (`zh-CN`, `en`).
    public var language: String?
    /// Where the document came from: a file name or URL.
    public var source: String?
    /// A stable identifier (an article id, a URN, an ISBN).
    public var identifier: String?
    /// Credits that are not authorship, such as a photo credit (本版图片由市委组织部提供).
    public var credits: [String]
    /// Subject keywords.
    public var keywords: [String]
    /// A short summary.
    public var summary: String?
    /// Any other key/value pairs a reader found or a user set with `--metadata`.
    public var extra: [String: String]

    /// Creates metadata; every field defaults to empty.
    public init(
        title: String? = nil, subtitle: String? = nil, introTitle: String? = nil,
        authors: [Author] = [], date: String? = nil, publication: String? = nil,
        edition: String? = nil, section: String? = nil, language: String? = nil,
        source: String? = nil, identifier: String? = nil, credits: [String] = [],
        keywords: [String] = [], summary: String? = nil, extra: [String: String] = [:]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.introTitle = introTitle
        self.authors = authors
        self.date = date
        self.publication = publication
        self.edition = edition
        self.section = section
        self.language = language
        self.source = source
        self.identifier = identifier
        self.credits = credits
        self.keywords = keywords
        self.summary = summary
        self.extra = extra
    }
}

/// A person credited for a document, with the role printed beside the name (记者, 通讯员, translator).
public struct Author: Sendable, Hashable, Codable {
    /// The person's name.
    public var name: String
    /// The role as printed (记者, 通讯员, 本报记者, author), if any.
    public var role: String?

    /// Creates an author.
    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

extension Metadata {
    /// The metadata keys that `--metadata key=value` understands, beside free keys that go to ``extra``.
    public static let settableKeys = [
        "title", "subtitle", "introtitle", "author", "date", "publication", "edition",
        "section", "language", "lang", "source", "identifier", "credit", "keywords", "summary",
    ]

    /// Sets one field from a `key=value` pair, as `--metadata` does; unknown keys go to ``extra``.
    ///
    /// `author` takes `Name` or `Role:Name` and adds an author; `keywords` takes a comma-separated list.
    public mutating func set(_ key: String, to value: String) {
        switch key.lowercased() {
        case "title": title = value
        case "subtitle": subtitle = value
        case "introtitle": introTitle = value
        case "author":
            if let colon = value.firstIndex(of: ":") {
                authors.append(Author(name: String(value[value.index(after: colon)...]), role: String(value[..<colon])))
            } else {
                authors.append(Author(name: value))
            }
        case "date": date = value
        case "publication", "publisher": publication = value
        case "edition": edition = value
        case "section": section = value
        case "language", "lang": language = value
        case "source": source = value
        case "identifier": identifier = value
        case "credit": credits.append(value)
        case "keywords":
            keywords = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case "summary", "description": summary = value
        default: extra[key] = value
        }
    }
}

extension Metadata {
    /// This metadata with every field it leaves empty taken from `other`: a value where it has
    /// none, a list where its own is empty, and the `extra` keys it lacks.
    public func filling(from other: Metadata) -> Metadata {
        var result = self
        result.title = title ?? other.title
        result.subtitle = subtitle ?? other.subtitle
        result.introTitle = introTitle ?? other.introTitle
        if authors.isEmpty { result.authors = other.authors }
        result.date = date ?? other.date
        result.publication = publication ?? other.publication
        result.edition = edition ?? other.edition
        result.section = section ?? other.section
        result.language = language ?? other.language
        result.source = source ?? other.source
        result.identifier = identifier ?? other.identifier
        if credits.isEmpty { result.credits = other.credits }
        if keywords.isEmpty { result.keywords = other.keywords }
        result.summary = summary ?? other.summary
        result.extra.merge(other.extra) { own, _ in own }
        return result
    }
}

extension Author {
    /// Roles printed after the name rather than before it: the photographer's 摄.
    public static let trailingRoles: Set<String> = ["摄", "攝"]

    /// Whether the person took the pictures (role 摄).
    public var isPhotographer: Bool { role.map(Self.trailingRoles.contains) ?? false }

    /// The name with its role as a byline prints it: `记者 王一`, `王三 摄`, or the name alone.
    public var printed: String {
        guard let role, !role.isEmpty else { return name }
        return isPhotographer ? "\(name) \(role)" : "\(role) \(name)"
    }
}

extension Metadata {
    /// The authors a byline prints: photographers whose credit is printed among the credits
    /// (`记者 王三 摄`) are left to it, so no name is printed twice.
    public var bylineAuthors: [Author] {
        authors.filter { author in
            !(author.isPhotographer && credits.contains { $0.contains(author.name) && Author.trailingRoles.contains(String($0.suffix(1))) })
        }
    }
}
