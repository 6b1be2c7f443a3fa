/// Which reading view of an indicator table a writer shows: the `indicator-view` option,
/// which `folio --indicators=table|chart|both` sets.
///
/// The CSV and JSON writers ignore it: they write the table's columns as they are.
public enum IndicatorView: String, Sendable, Hashable, CaseIterable {
    /// The reading table: figures as printed, grouped by section, linked to their paragraphs.
    case table
    /// Bar charts of the comparable figures.
    case chart
    /// The table and the charts: the full view, and the default.
    case both

    /// The view the options ask for: `indicator-view`, or its declared default (``both``) when absent.
    public init(options: Options) throws {
        let option = PluginOption.indicatorView
        let raw = options.value(of: option) ?? Self.both.rawValue
        guard let view = Self(rawValue: raw) else {
            throw FolioError(.invalidOption, "--indicators (the \(option.name) option) takes table, chart or both, not \"\(raw)\"")
        }
        self = view
    }

    /// Whether the reading table is shown.
    public var showsTable: Bool { self != .chart }

    /// Whether the charts are shown.
    public var showsCharts: Bool { self != .table }
}

extension PluginOption {
    /// The `indicator-view` option of the writers that show indicator tables (HTML, EPUB, text).
    ///
    /// Its flag is the indicators filter's switch: a bare `--indicators` runs the filter, and
    /// `--indicators=chart` runs it and sets this option too.
    public static let indicatorView = PluginOption(
        "indicator-view", .choice(IndicatorView.allCases.map(\.rawValue)), for: .writer, default: IndicatorView.both.rawValue,
        help: "how an indicator table is shown: the reading table, charts, or both (text lists it either way)", flags: ["--indicators"])
}
