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
        var result = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        func endRun() {
            guard !run.isEmpty else { return }
            result.append(" ")
            if run.count == 1 { result.append(run[0]) }
            for index in run.indices.dropLast() {
                result.append(contentsOf: [run[index], run[index + 1], " "])
            }
            result.append(" ")
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if CJK.isIdeographic(scalar) {
                run.append(scalar)
            } else {
                endRun()
                result.append(scalar)
            }
        }
        endRun()
        return String(result)
    }
}
