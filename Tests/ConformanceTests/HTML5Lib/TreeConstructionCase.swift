import Foundation

/// One html5lib tree-construction case: the input markup and the tree a browser builds from it.
struct TreeConstructionCase: Sendable, CustomStringConvertible {
    /// The `.dat` file's name without extension (`tests1`).
    var file: String
    /// The case's 1-based position in its file.
    var index: Int
    /// The input markup (`#data`).
    var data: String
    /// The expected tree (`#document`), one node per entry in document order.
    var tree: [ExpectedNode]
    /// Whether the case parses a fragment in a context element (`#document-fragment`).
    var isFragment: Bool
    /// Whether the case assumes scripting on (`#script-on`), which changes how `<noscript>` parses.
    var assumesScripting: Bool

    /// The case's name in reports and in the known-differences list: `tests1#12`.
    var id: String { "\(file)#\(index)" }
    var description: String { id }

    /// Every case of a `.dat` file.
    static func cases(in url: URL) throws -> [TreeConstructionCase] {
        let file = url.deletingPathExtension().lastPathComponent
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var cases: [TreeConstructionCase] = []
        var sections: [String: [Substring]] = [:]
        var section: String?
        func finish() {
            guard section != nil else { return }
            var document = sections["#document"] ?? []
            if document.last?.isEmpty == true { document.removeLast() }
            cases.append(TreeConstructionCase(
                file: file, index: cases.count + 1,
                data: (sections["#data"] ?? []).joined(separator: "\n"),
                tree: ExpectedNode.parse(document),
                isFragment: sections["#document-fragment"] != nil,
                assumesScripting: sections["#script-on"] != nil))
            sections = [:]
        }
        for (number, line) in lines.enumerated() {
            let startsCase = line == "#data" && (number == 0 || lines[number - 1].isEmpty)
            if startsCase { finish() }
            if startsCase || (section != "#data" && Self.headers.contains(String(line))) || (section == "#data" && line == "#errors") {
                section = String(line)
                sections[section ?? "", default: []] = []
            } else if let section {
                sections[section, default: []].append(line)
            }
        }
        finish()
        return cases
    }

    private static let headers: Set<String> = ["#errors", "#new-errors", "#document-fragment", "#script-on", "#script-off", "#document"]
}

/// One node of an expected tree as html5lib writes it (`| <p>`, `|   "text"`, `|   id="x"`).
struct ExpectedNode: Sendable {
    /// What the node is.
    enum Kind: Sendable, Equatable {
        /// An element, by lower-case local name (`svg path` keeps its namespace prefix).
        case element(String)
        /// A text node's characters.
        case text(String)
        /// An attribute of the enclosing element.
        case attribute
        /// A comment, a doctype, or a template's `content` marker.
        case other
    }

    /// What the node is.
    var kind: Kind
    /// Its depth below the document (the root `<html>` is 0).
    var depth: Int

    /// The nodes of a `#document` section; lines not starting with `| ` continue a multi-line text.
    static func parse(_ lines: [Substring]) -> [ExpectedNode] {
        var entries: [String] = []
        for line in lines {
            if line.hasPrefix("| ") || entries.isEmpty {
                entries.append(String(line))
            } else {
                entries[entries.count - 1] += "\n" + line
            }
        }
        return entries.compactMap { entry in
            guard entry.hasPrefix("| ") else { return nil }
            let body = entry.dropFirst(2)
            let indent = body.prefix { $0 == " " }.count
            let content = body.dropFirst(indent)
            let kind: Kind
            if content.hasPrefix("\"") {
                kind = .text(String(content.dropFirst().dropLast(content.count > 1 && content.hasSuffix("\"") ? 1 : 0)))
            } else if content.hasPrefix("<!") || content == "content" {
                kind = .other
            } else if content.hasPrefix("<"), content.hasSuffix(">") {
                kind = .element(String(content.dropFirst().dropLast()))
            } else {
                kind = .attribute
            }
            return ExpectedNode(kind: kind, depth: indent / 2)
        }
    }
}
