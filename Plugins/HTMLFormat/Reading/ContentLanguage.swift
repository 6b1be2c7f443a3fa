import FolioCore

/// The language of a page whose markup does not declare one, from the scripts of its text.
enum ContentLanguage {
    /// Characters looked at; a page's language shows early.
    static let sampleSize = 8000

    /// `zh-CN`, `ja` or `ko` when CJK text dominates, else nil (nothing is invented for other scripts).
    static func guess(_ blocks: [Block], encoding: TextDecoding.Encoding) -> String? {
        var han = 0, kana = 0, hangul = 0, letters = 0, seen = 0
        outer: for block in blocks {
            for scalar in block.plainText.unicodeScalars {
                seen += 1
                if seen > sampleSize { break outer }
                switch scalar.value {
                case 0x3041...0x30FF: kana += 1
                case 0xAC00...0xD7A3: hangul += 1
                case 0x41...0x5A, 0x61...0x7A: letters += 1
                default: if CJK.isIdeographic(scalar) { han += 1 }
                }
            }
        }
        let cjk = han + kana + hangul
        guard cjk > 0, cjk * 6 >= letters else { return nil }
        if hangul > han + kana { return "ko" }
        if kana * 10 > cjk { return "ja" }
        return encoding == .big5 ? "zh-TW" : "zh-CN"
    }
}
