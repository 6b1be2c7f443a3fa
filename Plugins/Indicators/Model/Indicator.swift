import Foundation
import FolioCore

/// One statistic found in prose: what was counted, how much, how sure, and where it was printed.
public struct Indicator: Sendable, Hashable {
    /// How the printed figure relates to the true one (the codes live in FolioCore, beside the table's columns).
    public typealias Qualifier = IndicatorQualifier

    /// What kind of statistic the figure is.
    public typealias Kind = IndicatorKind

    /// The heading the figure sits under; empty before the first heading.
    public var section: String
    /// The thing counted, taken from the clause.
    public var subject: String
    /// The normalised value (2.1万 → 21000), negative for a decrease.
    public var value: Decimal
    /// The upper end of a range (3至5年 → 5); nil otherwise.
    public var upperValue: Decimal?
    /// The unit or measure word, normalised (万元 → 元, ％ → %).
    public var unit: String
    /// How the figure relates to the true one.
    public var qualifier: Qualifier
    /// A forecast (预计) keeps its own qualifier and adds this flag.
    public var isForecast: Bool
    /// What kind of statistic it is.
    public var kind: Kind
    /// The figure exactly as printed, with its qualifier words (2.1万余人次, 超过50%).
    public var mention: String
    /// The sentence the figure appears in.
    public var sentence: String

    /// Creates an indicator.
    public init(section: String = "", subject: String, value: Decimal, upperValue: Decimal? = nil, unit: String,
                qualifier: Qualifier = .exact, isForecast: Bool = false, kind: Kind, mention: String, sentence: String = "") {
        self.section = section
        self.subject = subject
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.qualifier = qualifier
        self.isForecast = isForecast
        self.kind = kind
        self.mention = mention
        self.sentence = sentence
    }

    /// The value as the table writes it: `21000`, `-5`, `45.6`, or `3~5` for a range.
    public var valueText: String {
        guard let upperValue else { return Self.format(value) }
        return Self.format(value) + "~" + Self.format(upperValue)
    }

    /// The qualifier as the table writes it: `more_than`, or `forecast` / `more_than+forecast` for a forecast.
    public var qualifierText: String {
        guard isForecast else { return qualifier.rawValue }
        return qualifier == .exact ? Qualifier.forecast.rawValue : qualifier.rawValue + "+" + Qualifier.forecast.rawValue
    }

    /// A decimal written plainly, without exponent or trailing zeros.
    static func format(_ value: Decimal) -> String {
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 12, .plain)
        return "\(rounded)"
    }
}
