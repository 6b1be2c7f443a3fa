import FolioCore

/// Reads a table drawn with box characters, as the text writer draws them.
enum DrawnTable {
    /// The table whose top border is at `start`, and the index after its bottom border; nil when
    /// the drawing is broken.
    static func parse(_ lines: ArraySlice<TextLine>, at start: Int, caption: String?) -> (Table, Int)? {
        var head: [TableRow] = []
        var rows: [TableRow] = []
        var sawRule = false
        var index = start + 1
        while index < lines.endIndex {
            let text = lines[index].text
            if text.hasUTF8Prefix("└") {
                var table = Table(caption: caption.map { [.text($0)] } ?? [])
                if sawRule { table.head = head; table.body = rows } else { table.body = rows }
                return (table, index + 1)
            }
            if text.hasUTF8Prefix("├") {
                if !sawRule { head = rows; rows = [] }
                sawRule = true
            } else if text.hasUTF8Prefix("│") {
                let cells = text.split(separator: "│", omittingEmptySubsequences: false).dropFirst().dropLast()
                rows.append(TableRow(texts: cells.map { $0.trimmingCharactersInWhitespace() }))
            } else {
                return nil
            }
            index += 1
        }
        return nil
    }
}
