import Foundation
import FolioCore
import Testing
@testable import PandocFormat

/// The reader and writer on their own: round trips, the mapping's details, bad input.
@Suite struct PandocJSONTests {
    @Test func everyPartOfTheModelRoundTrips() throws {
        let document = SampleDocuments.everything
        let read = try readPandoc(try writePandoc(document))
        #expect(read.document == document)
        #expect(read.warnings.isEmpty)
    }

    @Test func equalDocumentsGiveEqualBytes() throws {
        #expect(try writePandoc(SampleDocuments.everything) == writePandoc(SampleDocuments.everything))
    }

    @Test func writesTheShapePandocExpects() throws {
        let data = try writePandoc(Document(
            metadata: Metadata(title: "A title", authors: [Author(name: "Ann")], language: "en"),
            blocks: [.paragraph([.text("two  words\nthen")])]))
        let json = String(decoding: data, as: UTF8.self)
        #expect(json == """
        {"pandoc-api-version":[1,23,1,1],"meta":{"author":{"t":"MetaList","c":[{"t":"MetaInlines","c":[{"t":"Str","c":"Ann"}]}]},\
        "lang":{"t":"MetaInlines","c":[{"t":"Str","c":"en"}]},"title":{"t":"MetaInlines","c":[{"t":"Str","c":"A"},{"t":"Space"},{"t":"Str","c":"title"}]}},\
        "blocks":[{"t":"Para","c":[{"t":"Str","c":"two"},{"t":"Space"},{"t":"Str","c":"words"},{"t":"SoftBreak"},{"t":"Str","c":"then"}]}]}

        """)
    }

    @Test func indicatorTablesAndNotesCarryTheirClass() throws {
        let json = String(decoding: try writePandoc(SampleDocuments.everything), as: UTF8.self)
        #expect(json.contains(#"{"t":"Table","c":[["",["indicators"],[]]"#))
        #expect(json.contains(#"{"t":"Div","c":[["",["note"],[["kind","编者按"]]]"#))
    }

    @Test func softBreaksJoinChineseWithoutASpace() throws {
        let result = try readPandoc(pandocDocument(blocks: """
        [{"t":"Para","c":[{"t":"Str","c":"人才"},{"t":"SoftBreak"},{"t":"Str","c":"工作"},{"t":"SoftBreak"},{"t":"Str","c":"and"},{"t":"SoftBreak"},{"t":"Str","c":"more"}]}]
        """))
        #expect(result.document.blocks == [.paragraph([.text("人才工作 and more")])])
    }

    @Test func constructsWithoutAPlaceAreKeptAndNamed() throws {
        let result = try readPandoc(pandocDocument(blocks: """
        [{"t":"DefinitionList","c":[[[{"t":"Str","c":"Term"}],[[{"t":"Para","c":[{"t":"Str","c":"Meaning"}]}]]]]},
         {"t":"Para","c":[{"t":"Strikeout","c":[{"t":"Str","c":"old"}]},{"t":"Note","c":[{"t":"Para","c":[{"t":"Str","c":"A"},{"t":"Space"},{"t":"Str","c":"note."}]}]},
                          {"t":"Math","c":[{"t":"InlineMath"},"x^2"]},{"t":"Quoted","c":[{"t":"SingleQuote"},[{"t":"Str","c":"q"}]]}]},
         {"t":"RawBlock","c":["html","<hr class=x>"]},
         {"t":"LineBlock","c":[[{"t":"Str","c":"one"}],[{"t":"Str","c":"two"}]]},
         {"t":"Div","c":[["box",["wide"],[]],[{"t":"Para","c":[{"t":"Str","c":"inside"}]}]]},
         {"t":"Null"}]
        """))
        #expect(result.document.blocks == [
            .list(List(isOrdered: false, items: [[.paragraph([.strong([.text("Term")])]), .paragraph([.text("Meaning")])]])),
            .paragraph([.text("old[1]"), .code("x^2"), .quoted([.text("q")])]),
            .codeBlock(CodeBlock(language: "html", text: "<hr class=x>")),
            .paragraph([.text("one"), .lineBreak, .text("two")]),
            .paragraph([.text("inside")]),
            .note(Note(kind: "footnote", blocks: [.paragraph([.text("[1] A note.")])])),
        ])
        #expect(result.warnings == [
            "DefinitionList kept as a bullet list with each term in bold",
            "Strikeout kept as its text",
            "footnotes kept as numbered notes at the end, marked [1], [2], …",
            "Math kept as code (TeX)",
            "single quotes kept as double quotes",
            "RawBlock (html) kept as a code block",
            "LineBlock kept as a paragraph with line breaks",
            "Div attributes (identifier, classes, key=value) dropped",
        ])
    }

    @Test func metadataOfEveryShapeBecomesText() throws {
        let result = try readPandoc(pandocDocument(blocks: "[]", meta: """
        {"title":{"t":"MetaInlines","c":[{"t":"Emph","c":[{"t":"Str","c":"Big"}]},{"t":"Space"},{"t":"Str","c":"news"}]},
         "author":{"t":"MetaMap","c":{"name":{"t":"MetaString","c":"Ann Lee"},"affiliation":{"t":"MetaString","c":"X"}}},
         "draft":{"t":"MetaBool","c":true},
         "abstract":{"t":"MetaBlocks","c":[{"t":"Para","c":[{"t":"Str","c":"One."}]},{"t":"Para","c":[{"t":"Str","c":"Two."}]}]},
         "tags":{"t":"MetaList","c":[{"t":"MetaString","c":"a"},{"t":"MetaString","c":"b"}]}}
        """))
        let metadata = result.document.metadata
        #expect(metadata.title == "Big news")
        #expect(metadata.authors == [Author(name: "Ann Lee")])
        #expect(metadata.summary == "One.\nTwo.")
        #expect(metadata.extra == ["draft": "true", "tags": "a, b"])
    }

    @Test func anotherAPIVersionIsRefusedWithBothVersionsNamed() throws {
        for (version, expected) in [
            ("[1,22,2,1]", "pandoc-api-version 1.22.2.1 is not supported: this reader reads pandoc-api-version 1.23 (pandoc 3.x)"),
            ("[2,0]", "pandoc-api-version 2.0 is not supported: this reader reads pandoc-api-version 1.23 (pandoc 3.x)"),
        ] {
            #expect(throws: FolioError(.malformedInput, expected, source: "fixture.json")) {
                try readPandoc(pandocDocument(blocks: "[]", version: version))
            }
        }
        #expect(throws: FolioError(.malformedInput, "no \"pandoc-api-version\": this reader reads pandoc-api-version 1.23 (pandoc 3.x)", source: "fixture.json")) {
            try readPandoc(#"{"meta":{},"blocks":[]}"#)
        }
        let old = #"[{"unMeta":{}},[]]"#
        #expect(throws: FolioError.self) { try readPandoc(old) }
    }

    @Test func brokenShapesAreOneLineErrors() throws {
        for (blocks, message) in [
            (#"[{"t":"Header","c":[1,["",[],[]]]}]"#, "Header: expected a list of 3"),
            (#"[{"t":"Marquee","c":[]}]"#, "unknown block \"Marquee\""),
            (#"[{"t":"Para","c":[{"t":"Blink"}]}]"#, "unknown inline \"Blink\""),
            (#"[{"t":"Para","c":[{"t":"Str","c":5}]}]"#, "expected a string at blocks[0].c[0].c"),
            (#"[7]"#, "expected an object at blocks[0]"),
            (#"[{"t":"Header","c":["1",["",[],[]],[]]}]"#, "expected an integer at blocks[0].c[0]"),
            (#"[{"c":[]}]"#, "missing \"t\" at blocks[0]"),
        ] {
            #expect(throws: FolioError(.malformedInput, message, source: "fixture.json")) {
                try readPandoc(pandocDocument(blocks: blocks))
            }
        }
        #expect(throws: FolioError.self) { try readPandoc("{\"pandoc-api-version\":[1,23") }
    }

    @Test func nestingIsBoundedByMaxDepth() throws {
        func quotes(_ depth: Int) -> String {
            String(repeating: #"{"t":"BlockQuote","c":["#, count: depth) + #"{"t":"Para","c":[]}"# + String(repeating: "]}", count: depth)
        }
        #expect(try readPandoc(pandocDocument(blocks: "[\(quotes(40))]")).document.blocks.count == 1)
        #expect(throws: FolioError(.limitExceeded, "blocks and inlines nested deeper than 10 levels (set max-depth to allow more)", source: "fixture.json")) {
            try readPandoc(pandocDocument(blocks: "[\(quotes(40))]"), options: ["max-depth": "10"])
        }
        // Deeper than JSONSerialization parses: refused, not a stack overflow.
        #expect(throws: FolioError(.limitExceeded, "JSON nested deeper than 512 arrays and objects", source: "fixture.json")) {
            try readPandoc(pandocDocument(blocks: "[\(quotes(100_000))]"))
        }
    }

    @Test func oversizedInputIsRefused() throws {
        #expect(throws: FolioError.self) {
            try readPandoc(pandocDocument(blocks: "[]"), options: ["max-input-size": "10"])
        }
    }
}
