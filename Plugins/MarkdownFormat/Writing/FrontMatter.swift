import FolioCore

/// The YAML metadata block at the top of a Markdown file, under the keys of ``FolioCore/MetadataEntry``.
///
/// pandoc reads each YAML string as Markdown, so values are escaped as Markdown text and then
/// quoted as YAML; every value is a double-quoted string, so no YAML type (dates, `yes`, numbers)
/// reinterprets it.
enum FrontMatter {
    /// The block's lines, from `---` to `---`; none when the metadata is empty.
    static func lines(for metadata: Metadata) -> [String] {
        let entries = metadata.entries
        guard !entries.isEmpty else { return [] }
        var lines = ["---"]
        for entry in entries {
            let key = isPlainKey(entry.key) ? entry.key : quoted(entry.key)
            switch entry.value {
            case .text(let text):
                lines.append("\(key): \(quoted(InlineRenderer.escaped(text, atLineStart: true)))")
            case .list(let texts):
                lines.append("\(key):")
                lines += texts.map { "- \(quoted(InlineRenderer.escaped($0, atLineStart: true)))" }
            }
        }
        lines.append("---")
        return lines
    }

    private static func isPlainKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            && !(key.first?.isNumber ?? true)
    }

    /// A YAML double-quoted string.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
