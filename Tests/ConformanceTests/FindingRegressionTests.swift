import Foundation
import Folio
import Testing

/// Findings of the conformance runs, kept as regression tests once fixed in their module.
@Suite struct FindingRegressionTests {
    /// Text that libxml2 leaves directly in a table, outside any cell, is kept (HTML5 moves it before the table).
    @Test(arguments: [
        ("<p>前言</p><table>散落的文字<tr><td>单元格</td></tr></table>", "前言散落的文字单元格"),
        ("<table><tr>行内文字</tr></table>", "行内文字"),
        ("<table>表格里的字</table>", "表格里的字"),
    ])
    func strayTableTextIsKept(_ html: String, _ expected: String) throws {
        let document = try SharedData.reader("html").read(Data(html.utf8), source: "stray.html", options: Options(["no-extract": "true"]))
        let text = document.blocks.map(\.plainText).joined().filter { !$0.isWhitespace }
        #expect(text == expected)
    }
}
