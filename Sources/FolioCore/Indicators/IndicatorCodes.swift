/// How a printed figure relates to the true one: the `qualifier` column of an indicator table.
///
/// The raw values are the codes the CSV and JSON forms carry; the `indicators` filter writes
/// them and the reading views turn them back into words (``IndicatorWording``).
public enum IndicatorQualifier: String, Sendable, Hashable, CaseIterable {
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

/// What kind of statistic a figure is: the `kind` column of an indicator table.
public enum IndicatorKind: String, Sendable, Hashable, CaseIterable {
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
