import Foundation

/// Chinese numerals, alone or mixed with Arabic digits, read into exact decimal values.
///
/// Handles the everyday and the financial (大写) digits, 两/兩, 〇/零, 廿/卅, the units
/// 十 百 千 万 亿 (also 萬 億 拾 佰 仟), decimals with 点, a leading 负, digit strings
/// (一七二零 = 1720), abbreviated tails (三万五 = 35000, 一百二 = 120), amounts with
/// 元/圆 角 分 and a closing 整/正, and Arabic digits before a unit (2.1万, 1.2亿).
/// 几 stands for an unknown digit and counts as 5 (十几 = 15, 几十 = 50), flagged approximate.
public enum ChineseNumeral {
    /// A numeral's value and whether it is approximate (it contained 几 or 数).
    public struct Reading: Sendable, Hashable {
        /// The value.
        public var value: Decimal
        /// Whether the numeral only estimates its value (十几, 几百, 数十).
        public var isApproximate: Bool
    }

    /// The value of a complete numeral such as `二十一`, `一亿五千万零六千三百五十五` or `2.1万`;
    /// nil when the text is not one numeral.
    public static func parse(_ text: String) -> Decimal? {
        read(Array(text.unicodeScalars)[...])?.value
    }

    /// Reads a complete numeral from scalars; nil when they are not one numeral.
    public static func read(_ scalars: ArraySlice<Unicode.Scalar>) -> Reading? {
        var body = scalars
        var negative = false
        if body.first == "负" || body.first == "負" || body.first == "-" || body.first == "−" {
            negative = true
            body = body.dropFirst()
        }
        if let last = body.last, last == "整" || last == "正" { body = body.dropLast() }
        guard !body.isEmpty, var reading = readUnsigned(body) else { return nil }
        if negative { reading.value = -reading.value }
        return reading
    }

    /// The value of a single digit character, Chinese or Arabic (half- or full-width); nil otherwise.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": return Int(scalar.value - 0x30)
        case "０"..."９": return Int(scalar.value - 0xFF10)
        case "〇", "零", "○": return 0
        case "一", "壹", "幺": return 1
        case "二", "两", "兩", "贰", "貳": return 2
        case "三", "叁", "參": return 3
        case "四", "肆": return 4
        case "五", "伍": return 5
        case "六", "陆", "陸": return 6
        case "七", "柒": return 7
        case "八", "捌": return 8
        case "九", "玖": return 9
        default: return nil
        }
    }

    /// The power of ten a unit character stands for (十 → 1, 万 → 4); nil otherwise.
    static func unitExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": return 1
        case "百", "佰": return 2
        case "千", "仟": return 3
        case "万", "萬": return 4
        case "亿", "億": return 8
        default: return nil
        }
    }

    /// Whether a scalar can be part of a Chinese numeral (digits, units, 廿 卅, 几).
    static func isNumeralCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x80, value <= 0xFFFF else { return false }
        return numeralBits[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// A bit per BMP scalar: set for the characters of Chinese numerals, so that scanning prose costs one lookup a character.
    private static let numeralBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for scalar in "〇零○一壹幺二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅几０１２３４５６７８９".unicodeScalars {
            bits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63)
        }
        return bits
    }()

    // MARK: - Reading

    private static func readUnsigned(_ body: ArraySlice<Unicode.Scalar>) -> Reading? {
        // Money: 元/圆 ends the integer part; 角 and 分 are tenths and hundredths.
        if let yuan = body.firstIndex(where: { $0 == "元" || $0 == "圆" || $0 == "圓" }) {
            guard var whole = readReal(body[..<yuan]) else { return nil }
            var rest = body[(yuan + 1)...]
            for (mark, exponent) in [("角" as Unicode.Scalar, -1), ("分", -2)] {
                guard let first = rest.first, let value = digit(first), rest.dropFirst().first == mark else { continue }
                whole.value += Decimal(sign: .plus, exponent: exponent, significand: Decimal(value))
                rest = rest.dropFirst(2)
            }
            return rest.isEmpty ? whole : nil
        }
        return readReal(body)
    }

    private static func readReal(_ body: ArraySlice<Unicode.Scalar>) -> Reading? {
        guard let point = body.firstIndex(of: "点") else { return readInteger(body) }
        guard var whole = readInteger(body[..<point]) else { return nil }
        var fraction = body[(point + 1)...]
        // 一点五亿 = 1.5亿: units after the decimals scale the whole number.
        var scale = 0
        while let last = fraction.last, let exponent = unitExponent(last), exponent >= 2 {
            scale += exponent
            fraction = fraction.dropLast()
        }
        guard !fraction.isEmpty else { return nil }
        var exponent = 0
        for scalar in fraction {
            guard let value = digit(scalar) else { return nil }
            exponent -= 1
            whole.value += Decimal(sign: .plus, exponent: exponent, significand: Decimal(value))
        }
        whole.value *= power(scale)
        return whole
    }

    /// One token of an integer numeral.
    private enum Token {
        case digit(Decimal, approximate: Bool)
        case zero
        case unit(Int)
        case tens(Int)
    }

    private static func tokens(_ body: ArraySlice<Unicode.Scalar>) -> [Token]? {
        var result: [Token] = []
        var index = body.startIndex
        while index < body.endIndex {
            let scalar = body[index]
            if let (value, end) = ArabicNumber.read(body, from: index) {
                result.append(.digit(value, approximate: false))
                index = end
                continue
            }
            if scalar == "几" || (scalar == "数" && index + 1 < body.endIndex && unitExponent(body[index + 1]) != nil) {
                result.append(.digit(5, approximate: true))
            } else if let value = digit(scalar) {
                result.append(value == 0 ? .zero : .digit(Decimal(value), approximate: false))
            } else if let exponent = unitExponent(scalar) {
                result.append(.unit(exponent))
            } else if scalar == "廿" {
                result.append(.tens(2))
            } else if scalar == "卅" {
                result.append(.tens(3))
            } else {
                return nil
            }
            index += 1
        }
        return result
    }

    private static func readInteger(_ body: ArraySlice<Unicode.Scalar>) -> Reading? {
        guard let tokens = tokens(body), !tokens.isEmpty else { return nil }
        let hasUnits = tokens.contains { if case .unit = $0 { return true }; if case .tens = $0 { return true }; return false }
        return hasUnits ? readPositional(tokens) : readDigitString(tokens)
    }

    /// 一七二零 = 1720: digits without units are read one by one.
    private static func readDigitString(_ tokens: [Token]) -> Reading? {
        if tokens.count == 1, case .digit(let value, let approximate) = tokens[0] {
            return Reading(value: value, isApproximate: approximate)
        }
        var value: Decimal = 0
        for token in tokens {
            switch token {
            case .zero: value *= 10
            case .digit(let digit, false) where digit < 10: value = value * 10 + digit
            default: return nil
            }
        }
        return Reading(value: value, isApproximate: false)
    }

    /// 一千零一万一千零一: units multiply the digit before them; 万 and 亿 close groups.
    private static func readPositional(_ tokens: [Token]) -> Reading? {
        var finished: Decimal = 0   // groups closed by 亿
        var myriads: Decimal = 0    // the current group's part closed by 万
        var section: Decimal = 0    // below 万
        var pending: Decimal?       // a digit waiting for its unit
        var lastExponent = 0
        var sectionExponent = 4  // 十 百 千 must fall within a section: 一百一十, not 十十
        var zeroSinceUnit = false
        var approximate = false
        for token in tokens {
            switch token {
            case .digit(let value, let isApproximate):
                guard pending == nil else { return nil }
                pending = value
                approximate = approximate || isApproximate
            case .zero:
                guard pending == nil else { return nil }
                zeroSinceUnit = true
            case .tens(let value):
                guard pending == nil else { return nil }
                guard sectionExponent > 1 else { return nil }
                sectionExponent = 1
                section += Decimal(value * 10)
                lastExponent = 1
                zeroSinceUnit = false
            case .unit(let exponent) where exponent < 4:
                guard exponent < sectionExponent else { return nil }
                sectionExponent = exponent
                section += (pending ?? 1) * power(exponent)
                pending = nil
                lastExponent = exponent
                zeroSinceUnit = false
            case .unit(let exponent) where exponent == 4:
                let group = section + (pending ?? 0)
                myriads += (group == 0 && myriads == 0 ? 1 : group) * power(4)
                section = 0
                sectionExponent = 4
                pending = nil
                lastExponent = 4
                zeroSinceUnit = false
            case .unit(let exponent):
                let group = myriads + section + (pending ?? 0)
                finished = (finished + (group == 0 && finished == 0 ? 1 : group)) * power(exponent)
                myriads = 0
                section = 0
                sectionExponent = 4
                pending = nil
                lastExponent = exponent
                zeroSinceUnit = false
            }
        }
        var tail = pending ?? 0
        // 三万五 = 35000: a last digit right after a unit counts in the next lower place.
        if pending != nil, !zeroSinceUnit, lastExponent >= 2 {
            tail *= power(lastExponent == 8 ? 7 : lastExponent == 4 ? 3 : lastExponent - 1)
        }
        return Reading(value: finished + myriads + section + tail, isApproximate: approximate)
    }

    private static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }
}
