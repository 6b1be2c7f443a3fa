import FolioCore

/// The dates an EPUB package states, derived from the document and options, never the clock.
enum BookDates {
    /// Used for `dcterms:modified` when neither `source-date-epoch` nor a document date is known.
    static let fallbackModified = "2000-01-01T00:00:00Z"

    /// `dcterms:modified` (`CCYY-MM-DDThh:mm:ssZ`): from the epoch seconds if given, else the
    /// document's full date at midnight UTC, else the fixed fallback.
    static func modified(epochSeconds: Int?, documentDate: String?) -> String {
        if let epochSeconds { return timestamp(epochSeconds: epochSeconds) }
        if let date = documentDate.flatMap(w3cDate), date.utf8.count == 10 { return date + "T00:00:00Z" }
        return fallbackModified
    }

    /// The date in W3CDTF form (`2021`, `2021-03`, `2021-03-01`), or nil when it is not one;
    /// epubcheck warns about any other `dc:date`.
    static func w3cDate(_ raw: String) -> String? {
        let text = raw.trimmingCharactersInWhitespace()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]), year >= 1 else { return nil }
        let widths = [4, 2, 2]
        for (index, part) in parts.enumerated() where part.count != widths[index] || !part.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return nil
        }
        if parts.count >= 2, let month = Int(parts[1]), !(1...12).contains(month) { return nil }
        if parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) {
            guard day >= 1, day <= daysInMonth(month, year: year) else { return nil }
        }
        return text
    }

    /// `CCYY-MM-DDThh:mm:ssZ` for seconds since 1970 (UTC), by the civil-from-days algorithm.
    static func timestamp(epochSeconds: Int) -> String {
        let seconds = max(0, epochSeconds)
        let days = seconds / 86_400, secondOfDay = seconds % 86_400
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
