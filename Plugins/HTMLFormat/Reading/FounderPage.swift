import FolioCore
import FolioNewspaper
import FolioMarkup

/// What a page made by the Founder (方正) publishing system says about its article, where many
/// Chinese e-paper sites keep it: the body between `<!--enpcontent-->` and `<!--/enpcontent-->`
/// (or in `<founder-content>`, or a `div#ozoom`), and the metadata in an
/// `<!--enpproperty <title>…</title><date>…</date>… /enpproperty-->` comment or in
/// `<founder-title>`, `<founder-date>`… elements.
struct FounderPage {
    /// The fields found, by lower-case name (`title`, `date`, `author`, `articleid`…).
    var properties = FounderProperties()
    /// The article body's nodes, in order, when the page marks them.
    var content: [MarkupNode]?
    /// Founder elements that hold metadata and must not be read as body text.
    var metadataElements: Set<MarkupNode> = []

    /// The Founder markings of a page, or nil when it has none.
    init?(_ document: MarkupDocument) {
        var start: MarkupNode?
        var end: MarkupNode?
        var contentElement: MarkupNode?
        var zoom: MarkupNode?
        func visit(_ node: MarkupNode) -> Bool {
            switch node.kind {
            case .comment:
                let text = node.text.trimmingCharactersInWhitespace()
                if text.hasPrefix("enpproperty") {
                    properties.fields.merge(FounderProperties(comment: text).fields) { old, _ in old }
                } else if text == "enpcontent" {
                    start = start ?? node
                } else if text == "/enpcontent" {
                    end = end ?? node
                }
                return false
            case .element:
                let name = node.name
                if name == "founder-content" {
                    contentElement = contentElement ?? node
                } else if name.hasPrefix("founder-") {
                    let key = String(name.dropFirst("founder-".count))
                    if let value = HTMLMetadata.nonEmpty(HTMLMetadata.collapsed(node.textContent(limit: 4096))), properties.fields[key] == nil {
                        properties.fields[key] = value
                    }
                    metadataElements.insert(node)
                    return false
                } else if name == "div", node.attribute("id") == "ozoom" {
                    zoom = zoom ?? node
                }
                return true
            default:
                return false
            }
        }
        // Comments may sit outside the root element, before `<html>`.
        for node in document.topLevelNodes where visit(node) {
            node.forEachDescendant(visit)
        }
        if let start {
            content = Self.nodes(after: start, until: end)
        } else if let element = contentElement ?? zoom {
            content = Array(element.children)
        }
        guard content != nil || !properties.fields.isEmpty else { return nil }
    }

    /// Sets the metadata fields the page states.
    func apply(to metadata: inout Metadata) {
        properties.apply(to: &metadata)
    }

    /// The siblings after `start` up to `end`; when `end` lies elsewhere, up to the sibling holding it.
    private static func nodes(after start: MarkupNode, until end: MarkupNode?) -> [MarkupNode] {
        var ancestorsOfEnd = Set<MarkupNode>()
        var ancestor = end?.parent
        while let current = ancestor {
            ancestorsOfEnd.insert(current)
            ancestor = current.parent
        }
        var result: [MarkupNode] = []
        var sibling = start.nextSibling
        while let node = sibling {
            if let end, node == end { break }
            // A second `<!--enpcontent-->` (some templates repeat it) is not content.
            result.append(node)
            if ancestorsOfEnd.contains(node) { break }
            sibling = node.nextSibling
        }
        return result
    }
}
