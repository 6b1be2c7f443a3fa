/// The style sheet HTML pages and EPUB books use unless the user gives `--css`.
///
/// Chinese text reads best set solid and justified with a two-character first-line indent;
/// Latin text keeps a serif face and no indent. Fonts are only named, never embedded, so the
/// reader's own CJK fonts are used. Its text has no `<` or `&`, so it embeds in a `<style>` element as is.
public enum DefaultStyleSheet {
    /// The CSS text.
    public static let css = """
    html {
      font-family: "Iowan Old Style", "Palatino Linotype", Georgia, "Noto Serif CJK SC", "Source Han Serif SC",
        "Songti SC", "STSong", "SimSun", serif;
      line-height: 1.8;
      text-align: justify;
    }
    body {
      margin: 0 auto;
      max-width: 42em;
      padding: 0 1em;
    }
    html:lang(zh), html:lang(ja) {
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", Georgia, serif;
    }
    p {
      margin: 0 0 0.5em 0;
      orphans: 2;
      widows: 2;
    }
    body > p:lang(zh), section > p:lang(zh), blockquote > p:lang(zh), aside > p:lang(zh),
    body > p:lang(ja), section > p:lang(ja), blockquote > p:lang(ja), aside > p:lang(ja) {
      text-indent: 2em;
      margin: 0;
    }
    h1, h2, h3, h4, h5, h6 {
      font-family: "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
        "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
      line-height: 1.4;
      text-align: left;
      text-indent: 0;
      margin: 1.2em 0 0.6em 0;
      page-break-after: avoid;
      break-after: avoid;
    }
    h1:lang(zh), h2:lang(zh), h3:lang(zh), h4:lang(zh), h5:lang(zh), h6:lang(zh) {
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
    }
    h1 { font-size: 1.6em; }
    h2 { font-size: 1.3em; }
    h3 { font-size: 1.15em; }
    h4, h5, h6 { font-size: 1em; }
    q { quotes: "\\201C" "\\201D" "\\2018" "\\2019"; }
    .document-header {
      text-align: center;
      margin: 1em 0 2em 0;
    }
    .document-header p {
      text-indent: 0;
      text-align: center;
      margin: 0.3em 0;
    }
    .document-header .title { text-align: center; }
    .intro-title, .subtitle { font-size: 1.1em; }
    .byline, .dateline, .credit { font-size: 0.9em; color: #555555; }
    figure {
      margin: 1em 0;
      text-align: center;
      page-break-inside: avoid;
      break-inside: avoid;
    }
    figure img {
      max-width: 100%;
      height: auto;
    }
    figcaption {
      font-size: 0.9em;
      line-height: 1.5;
      color: #444444;
      text-align: center;
      text-indent: 0;
      margin-top: 0.4em;
    }
    blockquote {
      margin: 1em 2em;
    }
    aside.note {
      margin: 1em 0;
      padding: 0.5em 1em;
      border-left: 0.25em solid #999999;
      background-color: #f6f6f6;
    }
    aside.note > p.note-kind {
      font-weight: bold;
      text-indent: 0;
    }
    pre {
      white-space: pre-wrap;
      font-family: "Source Code Pro", Menlo, Consolas, monospace;
      font-size: 0.9em;
      line-height: 1.5;
      text-align: left;
    }
    code {
      font-family: "Source Code Pro", Menlo, Consolas, monospace;
    }
    table {
      border-collapse: collapse;
      margin: 1em auto;
      font-size: 0.9em;
      line-height: 1.5;
    }
    caption {
      caption-side: top;
      font-weight: bold;
      margin-bottom: 0.4em;
    }
    th, td {
      border: 1px solid #999999;
      padding: 0.2em 0.5em;
      text-indent: 0;
      text-align: left;
      vertical-align: top;
    }
    th { background-color: #eeeeee; }
    table.indicators td {
      font-variant-numeric: tabular-nums;
    }
    .indicator-view {
      margin: 2em 0;
    }
    figure.indicator-chart {
      margin: 1.5em 0;
      text-align: left;
    }
    figure.indicator-chart svg {
      width: 100%;
      max-width: 640px;
      height: auto;
    }
    table.indicator-table {
      width: 100%;
    }
    table.indicator-table th[scope="row"] {
      font-weight: normal;
      background-color: transparent;
    }
    table.indicator-table td.figure {
      text-align: right;
      white-space: nowrap;
    }
    table.indicator-table tr.indicator-section th {
      background-color: #f3f3f3;
      font-weight: bold;
    }
    table.indicator-table a, mark.indicator-figure a {
      text-decoration: none;
    }
    mark.indicator-figure {
      background-color: #fff1b8;
      color: inherit;
    }
    tr:target, mark:target {
      background-color: #ffd666;
    }
    hr {
      border: 0;
      border-top: 1px solid #999999;
      margin: 1.5em 25%;
    }
    a { color: inherit; }
    img { max-width: 100%; }
    @media print {
      body { max-width: none; padding: 0; }
      a { text-decoration: none; }
      figure, table { page-break-inside: avoid; break-inside: avoid; }
      aside.note { background-color: transparent; }
    }
    """
}
