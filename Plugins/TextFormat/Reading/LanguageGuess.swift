import FolioCore

/// Guesses a page's language from the scripts of its characters, never from the machine's locale.
enum LanguageGuess {
    /// Characters read before deciding; a page's language shows in its first lines.
    static let sampleSize = 20_000
    /// Words frequent in any English text.
    static let commonEnglishWords: Set<String> = ["the", "and", "of", "to", "is", "in", "that", "was"]

    /// A BCP 47 tag (`zh-CN`, `ja`, `ko`, `en`), or nil when the content does not say.
    static func language(of lines: [TextLine]) -> String? {
        var han = 0, kana = 0, hangul = 0, latin = 0, seen = 0
        var englishWords = 0
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            if commonEnglishWords.contains(word) { englishWords += 1 }
            word = ""
        }
        outer: for line in lines where !line.isBlank {
            for scalar in line.text.unicodeScalars {
                seen += 1
                if seen > sampleSize { break outer }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A:
                    latin += 1
                    if word.count < 8 { word.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20) ?? scalar) }
                    continue
                case 0x3041...0x30FF: kana += 1
                case 0xAC00...0xD7A3: hangul += 1
                default:
                    if CJK.isIdeographic(scalar) { han += 1 }
                }
                endWord()
            }
            endWord()
        }
        let cjk = han + kana + hangul
        if cjk > 0 && cjk * 2 >= latin / 3 {
            if hangul > han + kana { return "ko" }
            if kana * 10 > cjk { return "ja" }
            return "zh-CN"
        }
        if latin > 0 && englishWords >= 2 { return "en" }
        return nil
    }
}
