/// The one way to traverse a document: visit its blocks and inlines in reading order, or rewrite them.
///
/// In the spirit of pandoc's `walk`: a visit goes depth first, a parent before its children,
/// a block before the inlines it holds (heading text, paragraph, figure caption, table caption
/// and cells); a rewrite goes bottom up, so the closure sees a node whose children are already
/// rewritten, and may replace it by any number of nodes (none removes it). Nested blocks
/// (quotes, notes, list items) are reached at every depth.
extension Document {
    /// Calls `block` for every block and `inline` for every inline, in reading order.
    public func walk(blocks block: (Block) throws -> Void, inlines inline: (Inline) throws -> Void) rethrows {
        try blocks.walk(blocks: block, inlines: inline)
    }

    /// Calls `block` for every block, at every depth, in reading order.
    public func walk(blocks block: (Block) throws -> Void) rethrows {
        try blocks.walk(blocks: block, inlines: { _ in })
    }

    /// Calls `inline` for every inline, in reading order.
    public func walk(inlines inline: (Inline) throws -> Void) rethrows {
        try blocks.walk(blocks: { _ in }, inlines: inline)
    }

    /// The document with every block and inline passed through the closures, bottom up;
    /// each returns what replaces the node it is given (`[node]` keeps it, `[]` removes it).
    public func rewriting(blocks block: (Block) throws -> [Block], inlines inline: (Inline) throws -> [Inline]) rethrows -> Document {
        var result = self
        result.blocks = try blocks.rewriting(blocks: block, inlines: inline)
        return result
    }

    /// The document with every block, at every depth, replaced by what `block` returns for it.
    public func rewriting(blocks block: (Block) throws -> [Block]) rethrows -> Document {
        try rewriting(blocks: block, inlines: { [$0] })
    }

    /// The document with every inline replaced by what `inline` returns for it.
    public func rewriting(inlines inline: (Inline) throws -> [Inline]) rethrows -> Document {
        try rewriting(blocks: { [$0] }, inlines: inline)
    }
}

extension Array where Element == Block {
    /// Calls `block` for every block and `inline` for every inline, in reading order.
    fileprivate func walk(blocks block: (Block) throws -> Void, inlines inline: (Inline) throws -> Void) rethrows {
        for element in self {
            try element.walk(blocks: block, inlines: inline)
        }
    }

    /// The blocks passed through the closures, bottom up.
    fileprivate func rewriting(blocks block: (Block) throws -> [Block], inlines inline: (Inline) throws -> [Inline]) rethrows -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(count)
        for element in self {
            try result.append(contentsOf: block(element.rewritingChildren(blocks: block, inlines: inline)))
        }
        return result
    }
}

extension Array where Element == Inline {
    /// Calls `inline` for every inline, a span before its content.
    fileprivate func walk(_ inline: (Inline) throws -> Void) rethrows {
        for element in self {
            try inline(element)
            switch element {
            case .emphasis(let inner), .strong(let inner), .quoted(let inner): try inner.walk(inline)
            case .link(let link): try link.content.walk(inline)
            case .text, .code, .lineBreak, .image: break
            }
        }
    }

    /// The inlines passed through `inline`, bottom up: a span's content is rewritten before the span.
    fileprivate func rewriting(_ inline: (Inline) throws -> [Inline]) rethrows -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(count)
        for element in self {
            let rewritten: Inline
            switch element {
            case .emphasis(let inner): rewritten = .emphasis(try inner.rewriting(inline))
            case .strong(let inner): rewritten = .strong(try inner.rewriting(inline))
            case .quoted(let inner): rewritten = .quoted(try inner.rewriting(inline))
            case .link(var link):
                link.content = try link.content.rewriting(inline)
                rewritten = .link(link)
            case .text, .code, .lineBreak, .image: rewritten = element
            }
            try result.append(contentsOf: inline(rewritten))
        }
        return result
    }
}

extension Block {
    /// Calls `block` for this block and every block inside it, at every depth, in reading order:
    /// the walk of a document, one top-level block at a time.
    public func walk(blocks block: (Block) throws -> Void) rethrows {
        try walk(blocks: block, inlines: { _ in })
    }

    /// Calls `block` for this block and every block inside it, and `inline` for every inline, in reading order.
    public func walk(blocks block: (Block) throws -> Void, inlines inline: (Inline) throws -> Void) rethrows {
        try block(self)
        switch self {
        case .heading(let heading): try heading.content.walk(inline)
        case .paragraph(let content): try content.walk(inline)
        case .figure(let figure): try figure.caption.walk(inline)
        case .blockQuote(let inner): try inner.walk(blocks: block, inlines: inline)
        case .list(let list):
            for item in list.items { try item.walk(blocks: block, inlines: inline) }
        case .table(let table):
            try table.caption.walk(inline)
            for row in table.rows {
                for cell in row.cells { try cell.content.walk(inline) }
            }
        case .note(let note): try note.blocks.walk(blocks: block, inlines: inline)
        case .codeBlock, .divider: break
        }
    }

    /// This block with the blocks and inlines inside it rewritten; the block itself is left to the caller.
    fileprivate func rewritingChildren(blocks block: (Block) throws -> [Block], inlines inline: (Inline) throws -> [Inline]) rethrows -> Block {
        switch self {
        case .heading(var heading):
            heading.content = try heading.content.rewriting(inline)
            return .heading(heading)
        case .paragraph(let content):
            return .paragraph(try content.rewriting(inline))
        case .figure(var figure):
            figure.caption = try figure.caption.rewriting(inline)
            return .figure(figure)
        case .blockQuote(let inner):
            return .blockQuote(try inner.rewriting(blocks: block, inlines: inline))
        case .list(var list):
            list.items = try list.items.map { try $0.rewriting(blocks: block, inlines: inline) }
            return .list(list)
        case .table(var table):
            table.caption = try table.caption.rewriting(inline)
            table.head = try table.head.rewritingCells(inline)
            table.body = try table.body.rewritingCells(inline)
            table.foot = try table.foot.rewritingCells(inline)
            return .table(table)
        case .note(var note):
            note.blocks = try note.blocks.rewriting(blocks: block, inlines: inline)
            return .note(note)
        case .codeBlock, .divider:
            return self
        }
    }
}

extension Array where Element == TableRow {
    /// The rows with every cell's content passed through `inline`.
    fileprivate func rewritingCells(_ inline: (Inline) throws -> [Inline]) rethrows -> [TableRow] {
        try map { row in
            var row = row
            row.cells = try row.cells.map { cell in
                var cell = cell
                cell.content = try cell.content.rewriting(inline)
                return cell
            }
            return row
        }
    }
}
