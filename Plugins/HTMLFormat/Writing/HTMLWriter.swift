import FolioCore
import FolioMarkup
import Foundation

/// Writes a document as a standalone HTML5 page (the default) or as a body fragment.
///
/// Options:
/// - `fragment`: write only the body markup, without page, head or title block.
/// - `standalone`: the default; `standalone=false` is the same as `fragment`.
/// - `css`: a style sheet file whose contents are embedded instead of the default style sheet
///   (loaded through the resource loader, relative to the working directory); an `http(s)` URL
///   is linked instead.
/// - `template`: a Mustache template file replacing the page; ``PageTemplate`` lists its fields.
///   A template that names `indicators` places the indicator view there instead of in the body.
/// - `indicator-view`: `table`, `chart` or `both` (the default): how an indicator table is shown.
public struct HTMLWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Writes the page.
    public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        let options = context.options
        if options.flag("fragment") && options.flag("standalone") {
            throw FolioError(.invalidOption, "--standalone and --fragment exclude each other")
        }
        let language = Self.language(of: document)
        var renderer = MarkupRenderer(indicatorView: try IndicatorView(options: options), language: language)
        let fragment = options.flag("fragment") || (options["standalone"] != nil && !options.flag("standalone"))
        if fragment { return WriterOutput(data: Data(renderer.render(document.blocks).bytes)) }

        let template: PageTemplate
        if let path = options["template"] {
            template = try PageTemplate(source: try loadText(path, option: "template", context: context), name: path)
        } else {
            template = try PageTemplate(source: PageTemplate.defaultSource, name: "the default template")
        }
        var fields = Self.fields(for: document.metadata, blocks: document.blocks, language: language)
        let references = IndicatorReferences(blocks: document.blocks)
        if template.placesIndicators {
            renderer.placesIndicatorViews = false
            fields["indicators"] = renderer.renderIndicatorViews(document.blocks, references: references).markup
        }
        let body = renderer.render(document.blocks, startingAt: 0, references: references)
        fields["meta"] = MetaTags.markup(for: document.metadata)
        fields["header"] = renderer.renderHeader(document.metadata)
        fields["body"] = body.markup
        if let path = options["css"] {
            if path.hasPrefix("http://") || path.hasPrefix("https://") {
                fields["cssLink"] = path
            } else {
                fields["css"] = XHTMLPage.embeddable(try loadText(path, option: "css", context: context))
            }
        } else {
            fields["css"] = DefaultStyleSheet.css + "\n" + PageTemplate.pageStyle
        }
        return WriterOutput(data: Data(template.render(fields).utf8))
    }

    /// The document's language as a BCP 47 tag: its metadata's, or the one its text's script suggests.
    static func language(of document: Document) -> String? {
        XHTMLPage.languageTag(document.metadata.language ?? LanguageGuess.language(of: document.blocks.lazy.map(\.plainText)))
    }

    /// The template fields drawn from the metadata (text, escaped by the template).
    static func fields(for metadata: Metadata, blocks: [Block], language: String?) -> [String: Any] {
        var fields: [String: Any] = [:]
        let firstHeading = blocks.lazy.compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.content.plainText } else { return nil }
        }.first
        fields["title"] = [metadata.title, firstHeading].compactMap { $0?.trimmingCharactersInWhitespace() }.first { !$0.isEmpty } ?? "Untitled"
        let optional: [(String, String?)] = [
            ("subtitle", metadata.subtitle), ("introTitle", metadata.introTitle), ("date", metadata.date),
            ("publication", metadata.publication), ("edition", metadata.edition), ("section", metadata.section),
            ("identifier", metadata.identifier), ("source", metadata.source), ("summary", metadata.summary),
            // The style sheet's Chinese rules hang on `lang`; a document that does not say gets its script's.
            ("lang", language),
        ]
        for (key, value) in optional {
            if let value = value?.trimmingCharactersInWhitespace(), !value.isEmpty { fields[key] = value }
        }
        fields["authors"] = metadata.authors.map { author -> [String: Any] in
            var entry: [String: Any] = ["name": author.name]
            if let role = author.role { entry["role"] = role }
            return entry
        }
        let byline = metadata.authors.map { [$0.role, $0.name].compactMap { $0 }.joined(separator: " ") }.joined(separator: " ")
        if !byline.isEmpty { fields["byline"] = byline }
        fields["keywords"] = metadata.keywords
        fields["credits"] = metadata.credits
        fields["extra"] = metadata.extra.keys.sorted().map { ["key": $0, "value": metadata.extra[$0] ?? ""] }
        return fields
    }

    private func loadText(_ path: String, option: String, context: WriteContext) throws -> String {
        guard let data = try context.resources.load(path, relativeTo: nil) else {
            throw FolioError(.fileSystem, "--\(option): cannot find \(path)")
        }
        return try TextDecoding.decode(data, source: path).text
    }
}
