import Foundation

/// Arabic numbers as newspapers print them: half- or full-width digits, thousands separators
/// (12,000), and a decimal point (45.6, ４５．６).
enum ArabicNumber {
    /// Whether a scalar is an Arabic digit, half- or full-width.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// Reads the number starting at `start`: its exact value and the index after its last character.
    ///
    /// A comma counts as a thousands separator only when exactly three digits follow it;
    /// a point only when a digit follows it.
    static func read(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> (value: Decimal, end: Int)? {
        var index = start
        var significand: UInt64 = 0
        var fractionDigits = 0
        var seenPoint = false
        var digitCount = 0
        func digitAt(_ position: Int) -> Int? {
            guard position < scalars.endIndex, isDigit(scalars[position]) else { return nil }
            return ChineseNumeral.digit(scalars[position])
        }
        var groupDigits = 0
        var grouped = false
        while index < scalars.endIndex {
            if let value = digitAt(index) {
                guard significand <= (UInt64.max - 9) / 10 else { return nil }
                significand = significand * 10 + UInt64(value)
                if seenPoint { fractionDigits += 1 }
                digitCount += 1
                groupDigits += 1
                index += 1
                continue
            }
            let scalar = scalars[index]
            if scalar == ",", !seenPoint, grouped ? groupDigits == 3 : groupDigits <= 3,
               digitAt(index + 1) != nil, digitAt(index + 2) != nil, digitAt(index + 3) != nil, digitAt(index + 4) == nil {
                grouped = true
                groupDigits = 0
                index += 1
                continue
            }
            if (scalar == "." || scalar == "．") && !seenPoint && digitAt(index + 1) != nil {
                seenPoint = true
                index += 1
                continue
            }
            break
        }
        guard digitCount > 0 else { return nil }
        let value = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
        return (value, index)
    }
}
