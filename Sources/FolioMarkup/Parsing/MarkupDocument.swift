import CLibXML2
import FolioCore

/// A parsed HTML or XML document: owns libxml2's tree and frees it when the last node view is gone.
///
/// Obtain one from ``MarkupParser``; walk it through ``root`` and ``MarkupNode``. The tree is
/// read-only, so a document may be read from several tasks at once.
public final class MarkupDocument: @unchecked Sendable {
    let pointer: xmlDocPtr
    /// Whether the tree came from the HTML parser (names are lower case) or the XML parser.
    public let isHTML: Bool

    init(pointer: xmlDocPtr, isHTML: Bool) {
        self.pointer = pointer
        self.isHTML = isHTML
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`html`, `package`, `container`), if the document has one.
    public var root: MarkupNode? {
        guard let node = xmlDocGetRootElement(pointer) else { return nil }
        return MarkupNode(pointer: node, document: self)
    }

    /// Every child of the document node, including comments and processing instructions before the root.
    public var topLevelNodes: MarkupNodeSequence {
        MarkupNodeSequence(first: pointer.pointee.children, document: self)
    }

    /// The HTML `body` element (any namespace), if there is one.
    public var body: MarkupNode? { root?.firstChild(named: "body") }

    /// The HTML `head` element (any namespace), if there is one.
    public var head: MarkupNode? { root?.firstChild(named: "head") }
}
