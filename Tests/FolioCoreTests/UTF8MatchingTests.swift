import FolioCore
import Testing

@Suite("Byte-level matching")
struct UTF8MatchingTests {
    @Test("Prefix, suffix and containment compare bytes, CJK and ASCII alike")
    func containment() {
        #expect("本报记者 王一".hasUTF8Prefix("本报"))
        #expect("本报记者 王一".hasUTF8Suffix("王一"))
        #expect("版权所有(C)".containsUTF8("所有"))
        #expect(!"版权所有".containsUTF8("所有者"))
        #expect("abc".containsUTF8(""))
    }

    @Test("A phrase set finds its phrases in one pass and counts the distinct ones")
    func phraseSet() {
        let set = PhraseSet(["版权", "转载", "不代表", "Copyright"])
        #expect(set.occurs(in: "Copyright 2024"))
        #expect(!set.occurs(in: "今天天气很好"))
        #expect(set.distinctMatches(in: "未经授权不得转载，版权所有，转载必究") == 2)
        #expect(set.distinctMatches(in: "版权 转载 不代表", stoppingAt: 2) == 2)
    }
}
