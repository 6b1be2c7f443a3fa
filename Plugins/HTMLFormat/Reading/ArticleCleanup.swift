import FolioCore

/// Moves what belongs in the metadata out of the start of an article's body: a heading that
/// repeats the title, and a byline (记者 王一 通讯员 李二) or picture credit.
enum ArticleCleanup {
    /// How many leading blocks may hold the title and byline.
    static let leadingBlocks = 8

    static func apply(to blocks: inout [Block], metadata: inout Metadata) {
        removeTitle(from: &blocks, metadata: &metadata)
        var index = 0
        var examined = 0
        while index < blocks.count, examined < leadingBlocks {
            examined += 1
            guard case .paragraph(let content) = blocks[index] else { index += 1; continue }
            let text = content.plainText
            if let byline = Byline(line: text) {
                let known = Set(metadata.authors.map(\.name))
                if byline.authors.allSatisfy({ known.contains($0.name) }) || metadata.authors.isEmpty {
                    // The byline's roles are richer than a bare `<meta name=author>`.
                    metadata.authors = byline.authors
                } else {
                    metadata.authors += byline.authors.filter { !known.contains($0.name) }
                }
                metadata.credits += byline.credits.filter { !metadata.credits.contains($0) }
                blocks.remove(at: index)
            } else if isCredit(text) {
                if !metadata.credits.contains(text) { metadata.credits.append(text) }
                blocks.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// Drops a leading heading that is the title; a page's `<title>` with a site suffix
    /// (`标题 - 某某日报`) gives way to the heading's cleaner text.
    private static func removeTitle(from blocks: inout [Block], metadata: inout Metadata) {
        for index in blocks.indices.prefix(3) {
            guard case .heading(let heading) = blocks[index], heading.level <= 2 else { continue }
            let text = heading.content.plainText.trimmingCharactersInWhitespace()
            guard !text.isEmpty else { continue }
            if let title = metadata.title {
                guard title == text || (text.count >= 4 && title.contains(text)) else { return }
            }
            metadata.title = text
            blocks.remove(at: index)
            return
        }
    }

    private static func isCredit(_ text: String) -> Bool {
        let trimmed = text.trimmingCharactersInWhitespace()
        return trimmed.count <= 40 && (trimmed.hasPrefix("本版图片") || trimmed.hasPrefix("图片由")) && trimmed.hasSuffix("提供")
    }
}
