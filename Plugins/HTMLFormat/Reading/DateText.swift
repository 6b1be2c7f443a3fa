/// Normalises the dates pages print or declare to ISO 8601 (`2021-03-01`).
enum DateText {
    /// `2021-03-01`, `2021/3/1`, `2021.03.01`, `2021年3月1日`, `20210301`, with or without a time
    /// after it, as `YYYY-MM-DD`; other text is returned trimmed, as printed.
    static func iso(_ text: String) -> String? {
        let trimmed = text.trimmingCharactersInWhitespace()
        guard !trimmed.isEmpty else { return nil }
        var numbers: [Int] = []
        var current: Int?
        var digits = 0
        for scalar in trimmed.unicodeScalars {
            if let digit = scalar.properties.numericType == .decimal ? Int(scalar.properties.numericValue ?? -1) : nil, digit >= 0 {
                current = (current ?? 0) * 10 + digit
                digits += 1
                // A run of eight digits is a compact date.
                if digits == 8, numbers.isEmpty, let value = current {
                    numbers = [value / 10000, value / 100 % 100, value % 100]
                    current = nil
                    break
                }
            } else {
                if let value = current { numbers.append(value) }
                current = nil
                digits = 0
                if numbers.count >= 3 { break }
                guard "-/.年月日 ".unicodeScalars.contains(scalar) else { break }
            }
        }
        if let value = current, numbers.count < 3 { numbers.append(value) }
        guard numbers.count >= 3, (1000...9999).contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else {
            return trimmed
        }
        return String(format4: numbers[0]) + "-" + String(format2: numbers[1]) + "-" + String(format2: numbers[2])
    }
}

private extension String {
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
    init(format4 value: Int) { self = "\(value)" }
}
