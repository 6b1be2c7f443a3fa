import FolioCore
import FolioNewspaper

/// A paragraph that a news site's template prints inside an article and that is no part of it:
/// an ad slot's label (`Advertisement`), a pointer past an ad or a gallery (`Story continues below
/// advertisement`), a publishing platform's widget text (`Like Loading...`, `This slideshow
/// requires JavaScript.`), a picture's credit set apart from its caption (`Photo: Hau Dinh, AP`,
/// `(Image credit: Blue Origin)`, `Sakib Ali/Hindustan Times/Getty Images`), a wire story's
/// byline (`Meg Kinnard and Errin Haines, Associated Press`), or its reporting credits
/// (`Reporting by Ann Lee; Editing by Tom Hart`).
enum FurnitureLine: Equatable {
    /// An ad slot's label, a pointer past an ad or gallery, or a widget's text: dropped.
    case adLabel
    /// A picture's credit: it belongs to the document's credits.
    case pictureCredit(String)
    /// People and the agency they work for (`Michael Conroy, AP`): a picture's credit under a
    /// figure, the story's byline elsewhere.
    case agencyCredit(String, people: [String])
    /// Who reported, wrote or edited a wire story (`Reporting by …; Editing by …`,
    /// `Keith Bradsher contributed reporting.`): a credit.
    case reportingCredit(String)

    /// Reads a paragraph's text; nil for any other paragraph.
    init?(_ text: String) {
        let line = text.trimmingCharactersInWhitespace()
        guard !line.isEmpty, line.utf8.count <= 300 else { return nil }
        let lower = line.lowercased()
        if Self.reportingOpenings.contains(where: { lower.hasUTF8Prefix($0) }) || Self.reportingClosings.contains(where: { lower.containsUTF8($0) }) {
            self = .reportingCredit(line)
            return
        }
        guard line.utf8.count <= 120 else { return nil }
        if Self.adLabels.contains(lower) || Self.widgetTexts.contains(lower) || Self.isSlideCounter(lower)
            || (line.hasAtMostCharacters(60) && Self.continuations.contains(where: { lower.hasUTF8Prefix($0) })) {
            self = .adLabel
            return
        }
        var credit = Substring(line)
        if credit.first == "(", credit.last == ")" { credit = credit.dropFirst().dropLast() }
        let lowerCredit = credit.lowercased()
        if let prefix = Self.creditPrefixes.first(where: { lowerCredit.hasUTF8Prefix($0) }) {
            // The credit names a photographer or an agency: a few words, no sentence.
            let names = credit.dropFirst(prefix.count).trimmingCharactersInWhitespace()
            guard !names.isEmpty, names.split(separator: " ").count <= 10, !names.hasUTF8Suffix(".") || names.hasAtMostCharacters(40) else { return nil }
            self = .pictureCredit(line)
            return
        }
        guard let agencyLine = Self.agencyCredit(line) else { return nil }
        self = agencyLine
    }

    /// Ad slots' labels, lower-cased.
    static let adLabels: Set<String> = ["advertisement", "advertising", "sponsored", "ad", "advert"]
    /// Texts that publishing platforms' widgets print into an article (WordPress likes and
    /// slideshows, share plugins, embedded players, gallery toggles), lower-cased.
    static let widgetTexts: Set<String> = ["like loading...", "like loading…", "sharing is caring!", "this slideshow requires javascript.",
                                           "media playback is unsupported on your device", "caption", "you may also like...",
                                           "you may also like", "subscribe"]
    /// The openings of pointers past an ad or a gallery, lower-cased.
    static let continuations = ["story continues below", "article continues below", "continue reading below", "continue reading the main story"]
    /// The openings of picture credits, lower-cased, the colon or word that ends them included.
    static let creditPrefixes = ["photo:", "photos:", "photograph:", "photo credit:", "image credit:", "image:", "picture:", "image copyright ", "photo by "]
    /// The openings of wire stories' reporting credits, lower-cased.
    static let reportingOpenings = ["reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "]
    /// What closes a reporting credit, lower-cased.
    static let reportingClosings = [" contributed reporting", " contributed to this report", " contributed to this story"]

    /// `1 of 6`: a gallery's slide counter.
    static func isSlideCounter(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        return words.count == 3 && words[1] == "of" && words[0].allSatisfy(\.isNumber) && words[2].allSatisfy(\.isNumber)
    }

    // MARK: - Agencies

    /// `Michael Conroy, AP`, `Sakib Ali/Hindustan Times/Getty Images`, `Getty Images`,
    /// `Registry via AP`, `Steve Peoples, Ap National Political Writer`; nil for other lines.
    static func agencyCredit(_ line: String) -> FurnitureLine? {
        guard line.hasAtMostCharacters(80), let last = line.last, last != "." && last != "?" && last != "!" && last != ":" else { return nil }
        let words = line.split(separator: " ")
        guard words.count <= 10 else { return nil }
        // `Steve Peoples, Ap National Political Writer`: a wire's staff title after the names.
        if let comma = line.lastIndex(of: ",") {
            let title = line[line.index(after: comma)...].trimmingCharactersInWhitespace().lowercased()
            if title.hasUTF8Prefix("ap "), Byline.englishStaffTitles.contains(where: { title.hasUTF8Suffix($0) }) {
                let people = personNames(line[..<comma])
                return people.isEmpty ? nil : .agencyCredit(line, people: people)
            }
        }
        guard let agency = Byline.englishAgencies.first(where: { line.hasUTF8Suffix($0) }) else { return nil }
        let before = line.dropLast(agency.count)
        // The agency is a word of its own, set apart from what comes before it; an abbreviation
        // (`AP`) after a comma or slash only, since a capitalised phrase may end in one too.
        let setApart = before.last == "/" || before.last == "," || before.hasUTF8Suffix(", ") || before.lowercased().hasUTF8Suffix(" via ")
        guard before.isEmpty || setApart || (before.last == " " && agency.contains(" ")) else { return nil }
        var rest = before.trimmingCharactersInWhitespace()
        if rest.hasUTF8Suffix(",") || rest.hasUTF8Suffix("/") { rest = String(rest.dropLast()) }
        if rest.lowercased().hasUTF8Suffix(" via") || rest.isEmpty || rest.contains("/") { return .pictureCredit(line) }
        // What stands before the agency is names, each word capitalised: no sentence.
        guard rest.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0 == "and" || $0 == "of" }) else { return nil }
        let people = personNames(Substring(rest))
        return people.isEmpty ? .pictureCredit(line) : .agencyCredit(line, people: people)
    }

    /// `Meg Kinnard and Errin Haines` → two names; words that are no personal name (`Hindustan
    /// Times`) give none.
    static func personNames(_ text: Substring) -> [String] {
        let parts = text.replacingOccurrences(of: " and ", with: ",").split(separator: ",").map { $0.trimmingCharactersInWhitespace() }
        let names = parts.filter { part in
            let words = part.split(separator: " ")
            return (2...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLowercase || $0 == "." || $0 == "'" || $0 == "-" } }
        }
        return names.count == parts.count ? names : []
    }
}
