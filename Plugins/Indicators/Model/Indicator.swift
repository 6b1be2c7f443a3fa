import Foundation

/// One statistic found in prose: what was counted, how much, how sure, and where it was printed.
public struct Indicator: Sendable, Hashable {
    /// How the printed figure relates to the true one.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// The figure as printed (also 达, 为, 共).
        case exact
        /// More than the figure: 余, 多, 超过, 超, 逾, 突破, more than, over.
        case moreThan = "more_than"
        /// The figure or more: 以上, 不少于, 至少, at least.
        case atLeast = "at_least"
        /// Less than the figure: 不足, 不到, 低于, less than.
        case lessThan = "less_than"
        /// The figure or less: 以下, 不超过, 最多, 以内, up to.
        case atMost = "at_most"
        /// Roughly the figure: 约, 近, 左右, 大约, 十几, about.
        case about
        /// A span between two figures (3至5年); the value is written `low~high`.
        case range
        /// A figure expected, not yet reached: 预计, 有望, expected.
        case forecast
    }

    /// What kind of statistic the figure is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// How many of something.
        case count
        /// A proportion: 占比, 比例, 率, a percentage.
        case share
        /// A difference from before, signed: 增长 (+), 下降 (−), 同比, 比上届.
        case change
        /// A place in an order: 第6位, 居全国第2.
        case rank
        /// A magnitude that is not a count: 平均年龄45.6岁, 3000平方米.
        case measure
        /// An amount of money.
        case money
        /// A span of time: 3年, 15天.
        case duration
    }

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
