/// The words the reading views of an indicator table use, in the document's language:
/// Chinese for Chinese, Japanese and Korean documents, English otherwise.
public struct IndicatorWording: Sendable, Hashable {
    /// Whether the words are Chinese.
    public var isChinese: Bool

    /// Wording for a BCP 47 language tag (`zh-CN` → Chinese, `en` → English); a document that
    /// states no language is judged by its indicator rows' script.
    public init(language: String?, rows: [IndicatorRow] = []) {
        if let language = language?.lowercased(), !language.isEmpty {
            isChinese = ["zh", "ja", "ko"].contains { language.hasPrefix($0) }
        } else {
            isChinese = rows.prefix(20).contains { $0.subject.unicodeScalars.contains(where: CJK.isIdeographic) }
        }
    }

    /// The column headers of the reading table: indicator, value as printed, unit, notes.
    public var columnHeaders: (subject: String, value: String, unit: String, notes: String) {
        isChinese ? ("指标", "数值", "单位", "说明") : ("Indicator", "Value", "Unit", "Notes")
    }

    /// The caption of the reading table.
    public var tableCaption: String { isChinese ? "文中数据" : "Figures in the text" }

    /// The heading of rows printed before the first section heading.
    public var unsectionedHeading: String { isChinese ? "导语" : "Introduction" }

    /// A qualifier in words (`超过`, `以上`, `约`), or nil for an exact figure.
    public func words(for qualifier: IndicatorQualifier) -> String? {
        switch qualifier {
        case .exact: return nil
        case .moreThan: return isChinese ? "超过" : "more than"
        case .atLeast: return isChinese ? "以上" : "at least"
        case .lessThan: return isChinese ? "不足" : "less than"
        case .atMost: return isChinese ? "以下" : "at most"
        case .about: return isChinese ? "约" : "about"
        case .range: return isChinese ? "区间" : "range"
        case .forecast: return isChinese ? "预计" : "forecast"
        }
    }

    /// A kind in words when it tells the reader something the figure does not (`占比`, `增减`), else nil.
    public func words(for kind: IndicatorKind) -> String? {
        switch kind {
        case .count, .measure, .duration: return nil
        case .share: return isChinese ? "占比" : "share"
        case .change: return isChinese ? "增减" : "change"
        case .rank: return isChinese ? "排名" : "rank"
        case .money: return isChinese ? "金额" : "money"
        }
    }

    /// The notes of a row: its qualifiers and kind in words (`超过 · 占比`), empty when there is nothing to say.
    public func notes(for row: IndicatorRow) -> String {
        let words = row.qualifiers.compactMap { self.words(for: $0) } + [row.kind.flatMap { self.words(for: $0) }].compactMap { $0 }
        return words.joined(separator: isChinese ? "，" : ", ")
    }

    /// How a chart of one family of figures is titled: the unit, or what the figures measure and the unit.
    public func familyTitle(kind: IndicatorKind, unit: String) -> String {
        let unitPart = unit.isEmpty ? "" : (isChinese ? "（\(unit)）" : " (\(unit))")
        switch kind {
        case .share: return (isChinese ? "占比" : "Shares") + unitPart
        case .change: return (isChinese ? "增减" : "Changes") + unitPart
        case .money: return (isChinese ? "金额" : "Amounts") + unitPart
        case .count: return (isChinese ? "数量" : "Counts") + unitPart
        case .measure, .duration, .rank: return (isChinese ? "数值" : "Values") + unitPart
        }
    }

    /// The title of a chart that gathers one family from several sections.
    public var acrossSections: String { isChinese ? "各部分" : "Across sections" }

    /// The line under a chart that shows only its largest bars.
    public func moreNotShown(_ count: Int) -> String {
        isChinese ? "另有\(count)项未画出" : "\(count) more not shown"
    }

    /// The accessible description of a chart: what it shows and its figures in words.
    public func chartDescription(title: String, entries: [(label: String, figure: String)], hidden: Int) -> String {
        let listed = entries.map { isChinese ? "\($0.label)：\($0.figure)" : "\($0.label): \($0.figure)" }
            .joined(separator: isChinese ? "；" : "; ")
        let lead = isChinese ? "条形图，\(title)，共\(entries.count + hidden)项。" : "Bar chart, \(title), \(entries.count + hidden) figures. "
        let tail = hidden > 0 ? (isChinese ? "另有\(hidden)项未画出。" : " \(hidden) more not shown.") : (isChinese ? "。" : ".")
        return lead + listed + tail
    }
}
