import FolioCore

/// Whether a CSV file's first record is a header row: by the `header` option, or by looking.
enum HeaderDetection: String, CaseIterable {
    /// Decide from the content.
    case auto
    /// The first record is a header.
    case yes
    /// Every record is data.
    case no

    /// The `header` option: absent → `auto`; `yes`/`true`/`on`/`1` or no value → `yes`; `no`/`false`/`off`/`0` → `no`.
    init(option value: String?) throws {
        switch value?.lowercased() {
        case nil, "auto": self = .auto
        case "", "yes", "true", "on", "1": self = .yes
        case "no", "false", "off", "0": self = .no
        case let other?:
            throw FolioError(.invalidOption, "--header expects yes, no or auto, not \"\(other)\"")
        }
    }

    /// Whether `records` begin with a header row under this setting.
    func hasHeader(_ records: [[String]]) -> Bool {
        switch self {
        case .yes: return !records.isEmpty
        case .no: return false
        case .auto: return Self.looksLikeHeader(records)
        }
    }

    /// An indicator header always is one. Otherwise the first record must be all non-empty,
    /// non-numeric and distinct text, with data below it; and either some cell below is a
    /// number or date (the usual sign), or, in an all-text table, no header cell recurs in
    /// its own column (a repeated value is data, not a name).
    static func looksLikeHeader(_ records: [[String]]) -> Bool {
        guard let first = records.first else { return false }
        if IndicatorColumns.matches(first) { return true }
        guard records.count >= 2 else { return false }
        let names = first.map { $0.trimmingCharactersInWhitespace() }
        guard names.allSatisfy({ !$0.isEmpty && !isNumeric($0) }), Set(names).count == names.count else { return false }
        let body = records.dropFirst()
        if body.contains(where: { $0.contains(where: isNumeric) }) { return true }
        return !body.contains { row in zip(row, first).contains { $0 == $1 } }
    }

    /// Whether a field reads as a number, percentage, amount or date: digits with separators and signs only.
    static func isNumeric(_ field: String) -> Bool {
        var hasDigit = false
        for scalar in field.unicodeScalars {
            switch scalar {
            case "0"..."9", "０"..."９": hasDigit = true
            case "+", "-", ".", ",", "%", "％", "/", ":", "e", "E", " ", "¥", "$", "€", "£": continue
            default: return false
            }
        }
        return hasDigit
    }
}
