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
    static let circledNumbers: Set<Character> = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"]

    /// Why a line is a photo caption, or nil when it is not one.
    public static func kind(of line: String) -> Kind? {
        guard line.utf8.count <= 1_600 else { return nil }
        let text = ChromeLine.removingResidue(line)
        guard text.count >= 4, text.count <= 400 else { return nil }
        let marked = leads.contains(where: { text.hasPrefix($0) }) || text.first.map(circledNumbers.contains) == true
        // `…华侨新村。图/越秀区华乐街道提供`: a picture credit after the caption's last sentence.
        if let end = text.lastIndex(where: { "。！？".contains($0) }), text.index(after: end) < text.endIndex,
           Byline.isCredit(text[text.index(after: end)...]) {
            return .marked
        }
        var body = text
        if body.hasSuffix("(下同)") { body = String(body.dropLast(4)) }
        if body.hasSuffix("摄") || body.hasSuffix("攝") || body.hasSuffix(")") || body.hasSuffix("）"),
           let byline = Byline.trailing(in: body), byline.authors.contains(where: \.isPhotographer) {
            return .credited(byline)
        }
        return marked ? .marked : nil
    }

    /// Whether a line is only a picture credit (`新华社发`, `徐仰龙/摄`, `(江涛 吴起 摄)`, `图/新华社`).
    public static func isCreditLine(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.count <= 30 else { return false }
        if Byline.isCredit(text) { return true }
        if text.hasSuffix("发") || text.hasSuffix("發"), text.count <= 8, Dateline.isOutletName(text.dropLast()) { return true }
        if let byline = Byline.trailing(in: text), byline.authors.allSatisfy(\.isPhotographer) {
            let names = byline.authors.map(\.name).joined()
            return text.filter { Byline.isHan($0) }.count <= names.count + 4
        }
        return false
    }
}
