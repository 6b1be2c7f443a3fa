import Foundation
import Folio
import FolioTestSupport
import Testing

/// Nothing lost: every CJK character and digit of a page's body text appears, in order, in
/// the document read from it and in its text, HTML and EPUB outputs.
///
/// The body is the page minus its chrome: navigation lines (上一版/下一版, 上一篇/下一篇, 标题导航,
/// 放大 缩小 默认), the edition line (第A3版:…), the dateline, the paper's name alone on a line,
/// the flattened `enpproperty` line, and the lines the page's `structure.json` lists as chrome.
/// Lines that became metadata (byline, credit) must appear in each output, not necessarily in
/// their place: writers show metadata in a header of their own.
@Suite struct ContentConservationTests {
    /// The sample pages in Examples/pages and the seed page in ../shared, when present.
    static var pages: [URL] { SamplePages.withSeed }

    @Test(arguments: pages) func everyCharacterSurvivesEveryFormat(_ page: URL) throws {
        let registry = PluginRegistry.builtIn
        let reader = try #require(registry.reader(named: "text")).capability
        let data = try Data(contentsOf: page)
        let lines = try Self.bodyLines(of: String(decoding: data, as: UTF8.self), structure: page.deletingPathExtension().appendingPathExtension("structure.json"))
        let document = try reader.read(data, source: page.lastPathComponent, options: Options())
        // An ordered list's numbers are its structure (<ol> numbers its items), not text to keep.
        let (bodyText, metadataLines) = Self.separate(lines, metadata: document.metadata)
        let body = Self.strippingItemNumbers(Self.itemNumbers(document.blocks), from: bodyText).flatMap { $0 }
        #expect(body.count > 100, "\(page.lastPathComponent): too little body text to check")

        var outputs: [(String, String)] = [("document", Self.metadataText(document.metadata) + Self.modelText(document.blocks))]
        for format in ["text", "html", "epub"] {
            let writer = try #require(registry.writer(named: format)).capability
            let output = try writer.write(document, context: WriteContext(options: Options(["source-date-epoch": "0"])))
            guard case .data(let bytes) = output.content else { Issue.record("\(format): expected one file"); continue }
            switch format {
            case "html": outputs.append((format, try #require(XMLElements(data: bytes), "the HTML output is not well-formed XHTML").bodyText))
            case "epub": outputs.append((format, try Self.spineText(ofEPUB: bytes)))
            default: outputs.append((format, String(decoding: bytes, as: UTF8.self)))
            }
        }
        for (format, text) in outputs {
            let missing = Self.firstMissing(body, in: text)
            #expect(missing == nil, "\(page.lastPathComponent) → \(format): \(missing ?? "")")
            for line in metadataLines {
                let missing = Self.firstMissing(line, in: text)
                #expect(missing == nil, "\(page.lastPathComponent) → \(format), metadata line \"\(String(line))\": \(missing ?? "")")
            }
        }
        print("content conservation: \(page.lastPathComponent): \(body.count) characters kept in \(outputs.map(\.0).joined(separator: ", "))")
    }

    /// The conserved characters of each body line of the page (chrome left out), in order.
    static func bodyLines(of page: String, structure: URL) throws -> [[Character]] {
        var chrome: Set<String> = []
        var publication: String?
        if let data = try? Data(contentsOf: structure), let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
            chrome = Set((json["chrome_lines_not_content"] as? [String]) ?? [])
            publication = (json["metadata"] as? [String: Any])?["publication"] as? String
        }
        let lines = page.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let chromePatterns = [#"^\d{4}年\d{1,2}月\d{1,2}日\s*星期.$"#, #"^第\w+版[:：]"#, #"^(上|下)一篇"#]
        let body = lines.filter { line in
            !(chrome.contains(line) || line == publication || line == "标题导航" || line == "放大 缩小 默认"
              || line.contains("上一版") || line.contains("下一版") || line.contains("enpproperty")
              || chromePatterns.contains { line.range(of: $0, options: .regularExpression) != nil })
        }
        return body.map { $0.filter(isConserved) }.filter { !$0.isEmpty }.map(Array.init)
    }

    /// The lines that hold body text and the lines that only hold metadata (byline, credit).
    static func separate(_ lines: [[Character]], metadata: Metadata) -> (body: [[Character]], metadata: [[Character]]) {
        let fields = ([metadata.date, metadata.edition, metadata.section, metadata.publication].compactMap { $0 }
            + metadata.authors.flatMap { [$0.role ?? "", $0.name] } + metadata.credits).map { $0.filter(isConserved) }
        let isMetadata = { (line: [Character]) in
            line.allSatisfy { character in fields.contains { $0.contains(character) } }
                && String(line) != metadata.title?.filter(isConserved) && String(line) != metadata.subtitle?.filter(isConserved)
        }
        return (lines.filter { !isMetadata($0) }, lines.filter(isMetadata))
    }

    /// The text of blocks as the model holds it, a note's kind (编者按) before its text.
    static func modelText(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .note(let note): return (note.kind ?? "") + modelText(note.blocks)
            case .blockQuote(let inner): return modelText(inner)
            case .list(let list): return list.items.map(modelText).joined(separator: "\n")
            default: return block.plainText
            }
        }.joined(separator: "\n")
    }

    /// The numbers of the ordered lists' items (`1`, `2`, …), in order.
    static func itemNumbers(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .list(let list) where list.isOrdered: return list.items.indices.map { String(list.start + $0) } + list.items.flatMap(itemNumbers)
            case .list(let list): return list.items.flatMap(itemNumbers)
            case .blockQuote(let inner): return itemNumbers(inner)
            case .note(let note): return itemNumbers(note.blocks)
            default: return []
            }
        }
    }

    /// The lines with each item number taken off the start of the next line that begins with it.
    static func strippingItemNumbers(_ numbers: [String], from lines: [[Character]]) -> [[Character]] {
        var lines = lines
        var next = 0
        for number in numbers.map(Array.init) {
            guard let found = lines[next...].firstIndex(where: { $0.starts(with: number) }) else { continue }
            lines[found].removeFirst(number.count)
            next = found + 1
        }
        return lines
    }

    /// The metadata a writer shows above the body, as text.
    static func metadataText(_ metadata: Metadata) -> String {
        ([metadata.introTitle, metadata.title, metadata.subtitle].compactMap { $0 }
            + metadata.authors.map { ($0.role ?? "") + $0.name } + metadata.credits).joined(separator: "\n")
    }

    /// Whether a character must survive: a CJK ideograph or a digit.
    static func isConserved(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return CJK.isIdeographic(scalar) || ("0"..."9").contains(character) || ("０"..."９").contains(character)
    }

    /// Nil when `body` occurs in order within `text`; else the first character missing, with what precedes it.
    static func firstMissing(_ body: [Character], in text: String) -> String? {
        let kept = text.filter(isConserved)
        var position = kept.startIndex
        for (index, character) in body.enumerated() {
            guard let found = kept[position...].firstIndex(of: character) else {
                return "\"\(character)\" missing after \"\(String(body[max(0, index - 12)..<index]))\" (character \(index + 1) of \(body.count))"
            }
            position = kept.index(after: found)
        }
        return nil
    }

    /// The body text of an EPUB's spine documents, in spine order, unzipped by Python.
    static func spineText(ofEPUB data: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-conservation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try EPUBPackager.unzip(data, into: folder)
        let outline = try #require(PublicationOutline(folder: folder), "the EPUB's container or package cannot be read")
        return outline.spineTexts.joined()
    }
}
