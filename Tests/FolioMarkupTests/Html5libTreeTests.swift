import Foundation
import Testing
@testable import FolioMarkup

/// html5lib's tree-construction cases: for broken markup, libxml2's tree must show the same text
/// a browser shows, in the same order (element structure differs between the two by design).
@Suite struct Html5libTreeTests {
    static let files = (1...26).map { "tests\($0).dat" } + ["tables01.dat", "adoption01.dat", "adoption02.dat", "tricky01.dat",
                                                            "entities01.dat", "entities02.dat", "blocks.dat", "webkit01.dat", "webkit02.dat"]
    /// Elements whose text a browser does not show.
    static let hidden: Set<String> = ["script", "style", "template", "title", "head", "noscript", "textarea", "select",
                                      "iframe", "noembed", "noframes", "option", "svg", "math", "frameset"]

    @Test func visibleTextMatchesTheBrowser() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [repository.deletingLastPathComponent().appendingPathComponent("shared")]
            + (ProcessInfo.processInfo.environment["FOLIO_SHARED_DIR"].map { [URL(fileURLWithPath: $0)] } ?? [])
        guard let shared = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("conformance").path) }) else {
            print("skipped: ../shared/conformance is absent (set FOLIO_SHARED_DIR to run it)")
            return
        }
        let folder = shared.appendingPathComponent("conformance/html5lib-tests/tree-construction")
        var total = 0, agreed = 0
        var failures: [String] = []
        for file in Self.files {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            for case let (input, expected) in Self.cases(in: text) {
                total += 1
                let document = try MarkupParser.parseHTML(input, source: file)
                let found = document.body.map { Self.visibleText(of: $0) } ?? ""
                // The mapper meets every repaired tree too, and must cope.
                _ = document.body.map { MarkupMapper().blocks(from: $0) }
                if found == expected { agreed += 1 } else if failures.count < 5 { failures.append("\(input.debugDescription): \(found.debugDescription) vs \(expected.debugDescription)") }
            }
        }
        let share = Double(agreed) / Double(max(total, 1))
        print("html5lib tree construction: visible text agrees in \(agreed) of \(total) cases (\(Int(share * 100))%)")
        #expect(total > 1000)
        #expect(share >= 0.75, "first differences: \(failures)")
    }

    /// Each case's input and the visible body text of its expected tree, white space removed.
    static func cases(in file: String) -> [(String, String)] {
        var result: [(String, String)] = []
        for chunk in file.components(separatedBy: "\n\n#data\n") {
            let body = chunk.hasPrefix("#data\n") ? String(chunk.dropFirst(6)) : chunk
            guard let errors = body.range(of: "\n#errors\n"), let tree = body.range(of: "\n#document\n"),
                  !body.contains("#document-fragment"), !body.contains("#script-on") else { continue }
            let input = String(body[..<errors.lowerBound])
            result.append((input, expectedText(String(body[tree.upperBound...]))))
        }
        return result
    }

    private static func expectedText(_ tree: String) -> String {
        var text = ""
        var stack: [(depth: Int, name: String)] = []
        var inString = false
        var visible = false
        for line in tree.split(separator: "\n", omittingEmptySubsequences: false) {
            if inString {
                if visible { text += line }
                if line.hasSuffix("\"") { inString = false; if visible { text.removeLast() } }
                continue
            }
            guard line.hasPrefix("| ") else { continue }
            let content = line.dropFirst(2)
            let depth = content.prefix { $0 == " " }.count / 2
            let item = content.drop { $0 == " " }
            while let last = stack.last, last.depth >= depth { stack.removeLast() }
            if item.hasPrefix("<") && !item.hasPrefix("<!") {
                let name = item.dropFirst().prefix { $0 != ">" && $0 != " " }
                let local = item.hasPrefix("<svg ") || item.hasPrefix("<math ") ? "svg" : String(name)
                stack.append((depth, local))
            } else if item.hasPrefix("\"") {
                visible = stack.contains { $0.name == "body" } && !stack.contains { hidden.contains($0.name) }
                let value = item.dropFirst()
                if value.hasSuffix("\"") && !value.isEmpty {
                    if visible { text += value.dropLast() }
                } else {
                    if visible { text += value + "\n" }
                    inString = true
                }
            } else if item == "content" {
                stack.append((depth, "template"))
            }
        }
        return text.filter { !$0.isWhitespace }
    }

    static func visibleText(of node: MarkupNode) -> String {
        var text = ""
        func walk(_ node: MarkupNode) {
            for child in node.children {
                switch child.kind {
                case .text: text += child.text
                case .element where !hidden.contains(child.name.lowercased()): walk(child)
                default: break
                }
            }
        }
        walk(node)
        return text.filter { !$0.isWhitespace }
    }
}
