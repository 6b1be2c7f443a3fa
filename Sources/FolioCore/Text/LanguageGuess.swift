/// Guesses the language of content from the scripts of its characters, never from the machine's locale.
///
/// Every reader and writer that must name a language the input does not state asks this one
/// type, so a page gets the same tag whether it arrives as text, HTML or EPUB.
public enum LanguageGuess {
    /// Characters read before deciding: a page's language shows in its first lines.
    public static let sampleSize = 2_048
    /// Words frequent in any English text; two of them make Latin text English.
    static let commonEnglishWords: Set<String> = ["the", "and", "of", "to", "is", "in", "that", "was"]

    /// A BCP 47 tag (`zh-CN`, `zh-TW`, `ja`, `ko`, `en`), or nil when the content does not say.
    ///
    /// Han text is `zh-CN` unless `traditional` says the source was a traditional-Chinese
    /// encoding (Big5), then `zh-TW`; kana makes it Japanese and hangul Korean.
    public static func language<Texts: Sequence>(of texts: Texts, traditional: Bool = false) -> String? where Texts.Element: StringProtocol {
        var han = 0, kana = 0, hangul = 0, latin = 0, seen = 0
        var englishWords = 0
        var word = ""
        func endWord() {
            guard !word.isEmpty else { return }
            if commonEnglishWords.contains(word) { englishWords += 1 }
            word = ""
        }
        outer: for text in texts {
            for scalar in text.unicodeScalars {
                seen += 1
                if seen > sampleSize { break outer }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A:
                    latin += 1
                    if word.unicodeScalars.count < 8 { word.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20) ?? scalar) }
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
        if cjk > 0 && cjk * 6 >= latin {
            if hangul > han + kana { return "ko" }
            if kana * 10 > cjk { return "ja" }
            return traditional ? "zh-TW" : "zh-CN"
        }
        if latin > 0 && englishWords >= 2 { return "en" }
        return nil
    }

    /// The language of a document's visible text.
    public static func language(of document: Document) -> String? {
        language(of: [document.metadata.title ?? ""] + document.blocks.lazy.map(\.plainText))
    }
}
