/// Guesses the language of content from the scripts of its characters, never from the machine's locale.
///
/// Every reader and writer that must name a language the input does not state asks this one
/// type, so a page gets the same tag whether it arrives as text, HTML or EPUB.
public enum LanguageGuess {
    /// Characters read before deciding: a page's language shows in its first lines.
    public static let sampleSize = 2_048
    /// Words frequent in any English text; two of them make Latin text English.
    static let commonEnglishWords: Set<String> = ["the", "and", "of", "to", "is", "in", "that", "was"]

    /// Frequent characters written only in traditional Chinese (們 這 國 會 …), each beside
    /// its simplified form in ``simplifiedOnly``.
    static let traditionalOnly = ScalarSet("們這國會來時發說為與對業經過還開關見長問間東車門馬電話讓從後學體當實現點錢種進運邊選讀資頭網報紙聞區壓萬專兩個樂書買賣產親區記攝務導場將處應變歷們樣機構縣鄉鎮農紀際參內無費質觀聯認總數據稱頁價辦溫陽們")
    /// Frequent characters written only in simplified Chinese.
    static let simplifiedOnly = ScalarSet("们这国会来时发说为与对业经过还开关见长问间东车门马电话让从后学体当实现点钱种进运边选读资头网报纸闻区压万专两个乐书买卖产亲记摄务导场将处应变历样机构县乡镇农纪际参内无费质观联认总数据称页价办温阳")

    /// A BCP 47 tag (`zh-CN`, `zh-Hant`, `zh-TW`, `ja`, `ko`, `en`), or nil when the content does not say.
    ///
    /// Han text is `zh-CN`, or `zh-Hant` when it is written in traditional characters (more of
    /// the frequent traditional-only characters than simplified-only ones); `traditional` says
    /// the source was a Taiwanese encoding (Big5), which makes traditional text `zh-TW`. Kana
    /// makes it Japanese and hangul Korean.
    @inlinable
    public static func language<Texts: Sequence>(of texts: Texts, traditional: Bool = false) -> String? where Texts.Element: StringProtocol {
        var counts = ScriptCounts()
        for text in texts where counts.read(String(text)) == false { break }
        return counts.language(traditional: traditional)
    }

    /// What the sample's characters are: the scripts, traditional against simplified, English words.
    ///
    /// Reading concrete strings, not the generic texts, keeps the per-scalar loop specialised;
    /// the generic walk over the texts is inlined where it is called.
    @usableFromInline
    struct ScriptCounts {
        var han = 0, kana = 0, hangul = 0, latin = 0, seen = 0
        var traditionalCount = 0, simplifiedCount = 0
        var englishWords = 0
        var word = ""

        @usableFromInline
        init() {}

        /// Counts the scalars of `text`; false once the sample is full.
        @usableFromInline
        mutating func read(_ text: String) -> Bool {
            defer { endWord() }
            let traditionalOnly = LanguageGuess.traditionalOnly, simplifiedOnly = LanguageGuess.simplifiedOnly
            for scalar in text.unicodeScalars {
                seen += 1
                if seen > sampleSize {
                    // A word cut off by the sample's end is not counted.
                    word = ""
                    return false
                }
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A:
                    latin += 1
                    if word.utf8.count < 8 { word.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20) ?? scalar) }
                    continue
                case 0x3041...0x30FF: kana += 1
                case 0xAC00...0xD7A3: hangul += 1
                default:
                    if CJK.isIdeographic(scalar) {
                        han += 1
                        if traditionalOnly.contains(scalar) { traditionalCount += 1 } else if simplifiedOnly.contains(scalar) { simplifiedCount += 1 }
                    }
                }
                endWord()
            }
            return true
        }

        private mutating func endWord() {
            guard !word.isEmpty else { return }
            if commonEnglishWords.contains(word) { englishWords += 1 }
            word = ""
        }

        @usableFromInline
        func language(traditional: Bool) -> String? {
            let cjk = han + kana + hangul
            if cjk > 0 && cjk * 6 >= latin {
                if hangul > han + kana { return "ko" }
                if kana * 10 > cjk { return "ja" }
                if traditionalCount > simplifiedCount { return traditional ? "zh-TW" : "zh-Hant" }
                return traditional && simplifiedCount == 0 ? "zh-TW" : "zh-CN"
            }
            if latin > 0 && englishWords >= 2 { return "en" }
            return nil
        }
    }

    /// The language of a document's visible text.
    public static func language(of document: Document) -> String? {
        language(of: [document.metadata.title ?? ""] + document.blocks.lazy.map(\.plainText))
    }
}
