import FolioCore

/// The text the full-text index holds for a paragraph: runs of Chinese characters as
/// overlapping two-character words, everything else as it is.
///
/// SQLite's `unicode61` tokenizer takes a whole run of Chinese characters for one word, and its
/// `trigram` tokenizer matches nothing shorter than three characters, so neither finds 学位 in
/// 新增学位3000个. Indexing overlapping bigrams (新增 增学 学位), as Lucene's CJK analyser does,
/// lets `MATCH '学位'` find every two-character word with the stock `unicode61` tokenizer, which
/// the `sqlite3` command has too; a longer word is the phrase of its bigrams
/// (`MATCH '"新增 增学 学位"'`). The index is contentless: the text itself lives in `blocks`.
enum SearchText {
    /// The indexed form of `text`: each run of Chinese characters replaced by its bigrams (a
    /// lone character by itself), set off by spaces.
    static func indexed(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { bytes.append($0) } }
        var previous: Unicode.Scalar?
        var runLength = 0
        func endRun() {
            guard let last = previous else { return }
            if runLength == 1 { append(last) }
            bytes.append(0x20)
            previous = nil
            runLength = 0
        }
        for scalar in text.unicodeScalars {
            guard CJK.isIdeographic(scalar) else {
                endRun()
                append(scalar)
                continue
            }
            if let previous {
                append(previous)
                append(scalar)
            }
            bytes.append(0x20)
            previous = scalar
            runLength += 1
        }
        endRun()
        return String(decoding: bytes, as: UTF8.self)
    }
}
