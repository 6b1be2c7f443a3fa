import FolioTestSupport
import Foundation
import Indicators
import Testing

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("零", "0"), ("〇", "0"), ("十", "10"), ("十一", "11"), ("二十", "20"), ("两百", "200"), ("一百零五", "105"),
        ("三千零二十", "3020"), ("一万", "10000"), ("十万零一", "100001"), ("两亿", "200000000"), ("三万五", "35000"),
        ("一百二", "120"), ("零点五", "0.5"), ("负三", "-3"), ("廿二", "22"), ("一九八四", "1984"), ("壹佰零捌", "108"),
        ("2.1万", "21000"), ("1.2亿", "120000000"), ("５万", "50000"), ("3千", "3000"), ("十几", "15"), ("几十", "50"),
        ("一千零一万", "10010000"), ("二〇二一", "2021"), ("伍拾元整", "50"), ("叁圆伍角", "3.5"),
    ])
    func readsNumerals(_ input: String, _ expected: String) {
        #expect(ChineseNumeral.parse(input) == Decimal(string: expected))
    }

    @Test(arguments: ["", "元", "三个", "abc", "十点", "一一十", "负", "十十", "一十百", "三千四千"])
    func rejectsNonNumerals(_ input: String) {
        #expect(ChineseNumeral.parse(input) == nil)
    }

    @Test func marksApproximations() {
        #expect(ChineseNumeral.read(Array("十几".unicodeScalars)[...])?.isApproximate == true)
        #expect(ChineseNumeral.read(Array("十九".unicodeScalars)[...])?.isApproximate == false)
    }

    /// The public zh-numerals suite from ../shared/conformance, when present.
    @Test(.needsShared("conformance/zh-numerals.tsv"))
    func passesSharedConformanceSuite() throws {
        let suite = try SharedCorpus.text("conformance/zh-numerals.tsv")
        var checked = 0
        for line in suite.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let input = String(fields[0]), expected = Decimal(string: String(fields[1]))
            #expect(ChineseNumeral.parse(input) == expected, "\(input)")
            checked += 1
        }
        #expect(checked == 120)
    }
}
