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
        #expect(!"记".hasUTF8Prefix("记者"))
        #expect(!"者".hasUTF8Suffix("记者"))
    }

    @Test("A byte range found in a substring indexes that substring")
    func ranges() {
        let line = "【编辑:徐挺】中国宁波网记者 王一"
        let tail = line[line.utf8.index(line.startIndex, offsetBy: 3)...]
        let range = tail.utf8Range(of: "记者")
        #expect(range.map { String(tail[..<$0.lowerBound]) } == "编辑:徐挺】中国宁波网")
        #expect(range.map { String(tail[$0]) } == "记者")
        #expect(tail.utf8Range(of: "通讯员") == nil)
    }

    @Test("A phrase set finds its phrases in one pass and counts the distinct ones")
    func phraseSet() {
        let set = PhraseSet(["版权", "转载", "不代表", "Copyright"])
        #expect(set.occurs(in: "Copyright 2024"))
        #expect(!set.occurs(in: "今天天气很好"))
        #expect(set.distinctMatches(in: "未经授权不得转载，版权所有，转载必究") == 2)
        #expect(set.distinctMatches(in: "版权 转载 不代表", stoppingAt: 2) == 2)
        // Phrases of one byte, and phrases at the very end of the text.
        let short = PhraseSet(["@", "©"])
        #expect(short.occurs(in: "mail@"))
        #expect(short.occurs(in: "2024 ©"))
        #expect(!short.occurs(in: "版权所有"))
        // Each phrase once, by its index in the list, in the order found, until told to stop.
        var found: [Int] = []
        set.forEachDistinctMatch(in: "不代表本站，转载请注明，转载必究，Copyright") { found.append($0); return true }
        #expect(found == [2, 1, 3])
        var first: [Int] = []
        set.forEachDistinctMatch(in: "不代表本站，转载请注明") { first.append($0); return false }
        #expect(first == [2])
    }

    @Test("A bounded character count agrees with count, for clusters of several scalars too")
    func boundedCount() {
        let texts = ["", "a", "记者", "e\u{301}e\u{301}", "👨‍👩‍👧‍👦", "🇨🇳🇨🇳x", "\r\n\r\n", "版权所有，转载必究。", "a\u{300}\u{301}\u{302}b",
                     // Ideographs and ASCII whose last scalar is extended by the one after, mid-text and at the end.
                     "记者e\u{301}者", "记者记\u{20DD}", "ab\u{200D}c", "记\u{FE0F}者", "ｔｅｓｔ\u{302A}", "1\u{FE0F}\u{20E3}记者", "记者🇨🇳"]
        for text in texts {
            for limit in -1...text.count + 2 {
                #expect(text.hasAtMostCharacters(limit) == (text.count <= limit), "\(text) at \(limit)")
                #expect(text.dropFirst().hasAtMostCharacters(limit) == (text.dropFirst().count <= limit))
            }
        }
        // Exactly at the limit, and one past it, on a text far longer in bytes than in characters.
        let long = String(repeating: "记", count: 24)
        #expect(long.hasAtMostCharacters(24))
        #expect(!(long + "者").hasAtMostCharacters(24))
        #expect(String(repeating: "e\u{301}", count: 24).hasAtMostCharacters(24))
    }

    @Test("The last scalars of a text agree with the scalar view's suffix")
    func scalarSuffix() {
        for text in ["", "a", "记者 王一", "e\u{301}x", "👨‍👩‍👧", "本报讯（记者 王一）"] {
            for count in 0...text.unicodeScalars.count + 2 {
                #expect(String(text.suffix(scalars: count)) == String(text.unicodeScalars.suffix(count)))
                let tail = text.dropFirst()
                #expect(String(tail.suffix(scalars: count)) == String(tail.unicodeScalars.suffix(count)))
            }
        }
    }

    @Test("A scalar set holds exactly its scalars, ASCII and ideographs alike")
    func scalarSet() {
        let set: ScalarSet = "记者|①"
        for scalar in "记者|①".unicodeScalars { #expect(set.contains(scalar)) }
        #expect(!set.contains(" " as Unicode.Scalar))
        #expect(!set.contains(Unicode.Scalar(0x10000)!))
        #expect(!set.contains("a" as Unicode.Scalar))
        #expect(set.contains("记" as Character))
        #expect(!set.contains("e\u{301}" as Character))
        let union = set.union("a")
        #expect(union.contains("a" as Unicode.Scalar) && union.contains("①" as Unicode.Scalar))
        #expect(!ScalarSet("").contains("a" as Unicode.Scalar))
    }
}
