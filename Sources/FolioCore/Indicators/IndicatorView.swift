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

    /// The option key writers read.
    public static let optionKey = "indicator-view"

    /// The view the options ask for: `indicator-view`, or ``both`` when absent.
    public init(options: Options) throws {
        guard let raw = options[Self.optionKey] else {
            self = .both
            return
        }
        guard let view = Self(rawValue: raw) else {
            throw FolioError(.invalidOption, "--indicators (the \(Self.optionKey) option) expects one of \(Self.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(raw)\"")
        }
        self = view
    }

    /// Whether the reading table is shown.
    public var showsTable: Bool { self != .chart }

    /// Whether the charts are shown.
    public var showsCharts: Bool { self != .table }
}
