import FolioCore

/// Photo captions as pages print them: `图为…`, `图说:…`, `①…`, or a description ending in
/// its photographer (`…(吴维春 摄)`, `…蒋晓东摄`, `…记者 王三 摄`).
///
/// A figure is made only where a line looks like this, or where its position says so (the
/// unindented lines under a headline on an indented e-paper page); a headline never is one.
public enum PhotoCaption {
    /// Why a line is a caption.
    public enum Kind: Sendable, Hashable {
        /// It opens with a caption mark (图为, 图说, ①).
        case marked
        /// It ends with the photographer's credit.
        case credited(Byline)
    }

    /// Marks that open a caption.
    static let leads = ["图为", "圖為", "图说", "圖說", "图：", "图:", "上图", "下图", "左图", "右图", "上圖", "下圖", "组图", "組圖"]
    /// Circled numbers that number the photos of a spread.
    static let circledNumbers: ScalarSet = "①②③④⑤⑥⑦⑧⑨⑩"

    /// Why a line is a photo caption, or nil when it is not one.
    /// Characters a caption can open with, and characters one can end with.
    static let openings = ScalarSet("图圖上下左右组組").union(circledNumbers)
    static let endings: ScalarSet = "摄攝)）供图圖"

    public static func kind(of line: String) -> Kind? {
        guard line.utf8.count <= 1_600 else { return nil }
        let scalars = line.unicodeScalars
        guard let first = scalars.first, let last = scalars.last(where: { $0 != " " && $0 != "|" }),
              openings.contains(first) || endings.contains(last) else { return nil }
        let text = ChromeLine.removingResidue(line)
        guard (4...400).contains(text.scalarCount) else { return nil }
        let marked = leads.contains(where: { text.hasUTF8Prefix($0) }) || text.unicodeScalars.first.map { circledNumbers.contains($0) } == true
        // `…华侨新村。图/越秀区华乐街道提供`: a picture credit after the caption's last sentence.
        if let end = text.unicodeScalars.lastIndex(where: LineShape.chineseSentenceEnds.contains), text.unicodeScalars.index(after: end) < text.endIndex,
           Byline.isCredit(text[text.unicodeScalars.index(after: end)...]) {
            return .marked
        }
        var body = text
        if body.hasUTF8Suffix("(下同)") { body = String(body.dropLast(4)) }
        if body.hasUTF8Suffix("摄") || body.hasUTF8Suffix("攝") || body.hasUTF8Suffix(")") || body.hasUTF8Suffix("）"),
           let byline = Byline.trailing(in: body), byline.authors.contains(where: \.isPhotographer) {
            return .credited(byline)
        }
        return marked ? .marked : nil
    }

    /// Whether a line is only a picture credit (`新华社发`, `徐仰龙/摄`, `(江涛 吴起 摄)`, `图/新华社`).
    public static func isCreditLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.scalarCount <= 30 else { return false }
        if Byline.isCredit(text) { return true }
        // `(明報記者攝)`, `（本报记者 摄）`: a bracketed credit under the picture, naming no one.
        if let open = text.unicodeScalars.first, open == "(" || open == "（", let close = text.unicodeScalars.last, close == ")" || close == "）",
           let mark = text.unicodeScalars.dropLast().last, mark == "攝" || mark == "摄" { return true }
        if text.hasUTF8Suffix("发") || text.hasUTF8Suffix("發"), text.scalarCount <= 8, Dateline.isOutletName(text.dropLast()) { return true }
        if let byline = Byline.trailing(in: text), byline.authors.allSatisfy(\.isPhotographer) {
            let names = byline.authors.map(\.name).joined()
            return text.unicodeScalars.reduce(0) { CJK.isIdeographic($1) ? $0 + 1 : $0 } <= names.scalarCount + 4
        }
        return false
    }
}
