import FolioCore
import FolioMarkup
import Mustache

/// The page around the rendered body: Folio's default HTML5 page, or the user's Mustache
/// template (`template` option).
///
/// A template gets these fields (`{{name}}` is HTML-escaped, `{{{name}}}` is inserted as is):
///
/// | field | what it holds |
/// | --- | --- |
/// | `title` | the title, or the first heading, or `Untitled` (text) |
/// | `subtitle`, `introTitle` | the deck and the kicker (text, may be absent) |
/// | `authors` | a list of `{name, role}` (text) |
/// | `byline` | the authors as printed: `记者 王一 通讯员 李二` (text) |
/// | `date`, `publication`, `edition`, `section`, `identifier`, `source`, `summary` | as in the metadata (text) |
/// | `keywords`, `credits` | lists of text |
/// | `lang` | the BCP 47 language tag; guessed from the text's script when the metadata has none (may be absent) |
/// | `css` | the style sheet: the default one or the `css` file's contents, safe inside `<style>` (use `{{{css}}}`) |
/// | `cssLink` | the `css` option when it is a URL, to put in `<link href>` (text) |
/// | `meta` | ready `<meta>` elements for every metadata field (markup: `{{{meta}}}`) |
/// | `header` | the rendered title block, `<header class="document-header">` (markup) |
/// | `body` | the rendered body: sections, figures, tables (markup) |
/// | `indicators` | the indicator view: charts and reading table (markup); a template that names it places the view, which then leaves the body |
/// | `extra` | a list of `{key, value}` for the free metadata (text) |
struct PageTemplate {
    let template: MustacheTemplate
    /// Whether a tag of the template names `indicators`, so that the template places the indicator view.
    let placesIndicators: Bool

    /// Folio's default page: HTML5 that is also well-formed XML, with viewport and embedded CSS.
    static let defaultSource = """
    <!DOCTYPE html>
    <html{{#lang}} lang="{{lang}}"{{/lang}}>
    <head>
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>{{title}}</title>
    {{{meta}}}
    {{#cssLink}}<link rel="stylesheet" href="{{cssLink}}"/>
    {{/cssLink}}{{#css}}<style>
    {{{css}}}
    </style>
    {{/css}}</head>
    <body>
    {{{header}}}{{{body}}}</body>
    </html>

    """

    /// Screen and print rules that only a standalone page needs, added after the shared style sheet.
    static let pageStyle = """
    @media screen {
      body { padding: 1.5em 1em 3em 1em; }
    }
    @media print {
      @page { margin: 2cm 1.8cm; }
      html { font-size: 11pt; }
      .document-header { margin-top: 0; }
      h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
    }
    """

    /// Compiles a template, naming the option in the error.
    init(source: String, name: String) throws {
        do {
            template = try MustacheTemplate(string: source)
        } catch {
            throw FolioError(.invalidOption, "--template: \(name) is not a valid Mustache template: \(error)")
        }
        placesIndicators = Self.names("indicators", in: source)
    }

    /// Whether a Mustache tag (`{{{indicators}}}`, `{{& indicators}}`, `{{#indicators}}`…) names `field`.
    static func names(_ field: String, in source: String) -> Bool {
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            let tag = rest[open.upperBound...].drop { "{&#^/ ".contains($0) }
            let name = tag.prefix { !" }".contains($0) }
            if name == field { return true }
            rest = rest[open.upperBound...]
        }
        return false
    }

    /// Renders the page.
    func render(_ fields: [String: Any]) -> String {
        template.render(fields)
    }
}
