import CLibXML2
import FolioCore

/// A read-only view of one node of a ``MarkupDocument``: an element, a run of text, a comment.
///
/// The view keeps its document alive. Names are local names (without prefix); the HTML parser
/// gives them in lower case.
public struct MarkupNode: @unchecked Sendable {
    /// What a node is.
    public enum Kind: Sendable, Hashable {
        /// An element with a name, attributes and children.
        case element
        /// Character data (text or CDATA).
        case text
        /// A comment.
        case comment
        /// A reference to an entity the parser did not substitute.
        case entityReference
        /// Anything else (processing instructions, DTD nodes).
        case other
    }

    let pointer: xmlNodePtr
    /// The document the node belongs to.
    public let document: MarkupDocument

    init(pointer: xmlNodePtr, document: MarkupDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// What the node is.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        case XML_ENTITY_REF_NODE: return .entityReference
        default: return .other
        }
    }

    /// Whether the node is an element.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The local name of an element (`p`, `rootfile`); empty for other nodes.
    public var name: String {
        guard isElement, let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether the node is an element with this local name (compared without allocating).
    public func isElement(named expected: String) -> Bool {
        guard isElement, let name = pointer.pointee.name else { return false }
        return Self.equals(name, expected)
    }

    /// The namespace URI of an element, if it has one.
    public var namespaceURI: String? {
        guard isElement, let namespace = pointer.pointee.ns, let href = namespace.pointee.href else { return nil }
        return String(cString: href)
    }

    /// The text of a text or comment node; empty for elements (see ``textContent``).
    public var text: String {
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
            guard let content = pointer.pointee.content else { return "" }
            return String(cString: content)
        default:
            return ""
        }
    }

    /// Calls `body` with the UTF-8 bytes of a text or comment node, without copying them.
    public func withUTF8Text<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch pointer.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
            guard let content = pointer.pointee.content else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
            return try body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        default:
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    /// The concatenated text of the node and its descendants, in document order.
    ///
    /// Entity references that the parser kept are not expanded, so an entity bomb cannot blow
    /// this up; at most `limit` bytes are collected.
    public func textContent(limit: Int = 1 << 24) -> String {
        var bytes: [UInt8] = []
        collectText(into: &bytes, limit: limit)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func collectText(into bytes: inout [UInt8], limit: Int) {
        // An explicit stack: the tree may be deeper than the call stack should go.
        var stack: [xmlNodePtr] = [pointer]
        while let node = stack.popLast(), bytes.count < limit {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let count = min(Int(xmlStrlen(content)), limit - bytes.count)
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: count))
                }
            case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            default:
                break
            }
        }
    }

    /// The value of an attribute with this local name and no namespace, or in `namespace` if given.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        guard isElement else { return nil }
        var attribute = pointer.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let attributeName = current.pointee.name, Self.equals(attributeName, name) else { continue }
            let attributeNamespace = current.pointee.ns?.pointee.href
            if let namespace {
                guard let attributeNamespace, Self.equals(attributeNamespace, namespace) else { continue }
            } else if attributeNamespace != nil, !document.isHTML {
                continue
            }
            return Self.attributeValue(current)
        }
        return nil
    }

    /// Every attribute as (local name, value), in document order.
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        var result: [(name: String, value: String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                result.append((String(cString: name), Self.attributeValue(current)))
            }
            attribute = current.pointee.next
        }
        return result
    }

    /// The children, in document order.
    public var children: MarkupNodeSequence {
        MarkupNodeSequence(first: pointer.pointee.children, document: document)
    }

    /// The child elements, in document order.
    public var childElements: [MarkupNode] { children.filter(\.isElement) }

    /// The first child element with this local name.
    public func firstChild(named name: String) -> MarkupNode? {
        children.first { $0.isElement(named: name) }
    }

    /// The parent element, if the node has one.
    public var parent: MarkupNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return MarkupNode(pointer: parent, document: document)
    }

    /// The next sibling node.
    public var nextSibling: MarkupNode? {
        pointer.pointee.next.map { MarkupNode(pointer: $0, document: document) }
    }

    /// The 1-based line the node started on in the input, when libxml2 recorded it.
    public var line: Int? {
        let line = Int(xmlGetLineNo(pointer))
        return line > 0 ? line : nil
    }

    /// Visits every descendant node (elements, text, comments) in document order, iteratively;
    /// `visit` returns whether to go into an element's children, or stops the walk by throwing.
    public func forEachDescendant(_ visit: (MarkupNode) throws -> Bool) rethrows {
        var node = pointer.pointee.children
        while let current = node {
            let descend = try visit(MarkupNode(pointer: current, document: document))
            if descend, current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
                node = child
                continue
            }
            // Climb to the next sibling of the nearest ancestor that has one, staying inside self.
            var climb: xmlNodePtr? = current
            while let step = climb, step.pointee.next == nil {
                climb = step.pointee.parent
                if climb == pointer { return }
            }
            node = climb?.pointee.next
        }
    }

    /// The first descendant element in document order that satisfies `predicate`, found without
    /// collecting the others.
    public func firstDescendantElement(where predicate: (MarkupNode) -> Bool) -> MarkupNode? {
        struct Found: Error { let node: MarkupNode }
        do {
            try forEachDescendant { node in
                if node.isElement, predicate(node) { throw Found(node: node) }
                return true
            }
        } catch let found as Found {
            return found.node
        } catch {}
        return nil
    }

    /// Every descendant element in document order, stopping at `limit` elements.
    public func descendantElements(limit: Int = Int.max) -> [MarkupNode] {
        var result: [MarkupNode] = []
        var stack: [xmlNodePtr] = []
        var child = pointer.pointee.children
        var pending: [xmlNodePtr] = []
        while let current = child { pending.append(current); child = current.pointee.next }
        stack.append(contentsOf: pending.reversed())
        while let node = stack.popLast(), result.count < limit {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            result.append(MarkupNode(pointer: node, document: document))
            pending.removeAll(keepingCapacity: true)
            var next = node.pointee.children
            while let current = next { pending.append(current); next = current.pointee.next }
            stack.append(contentsOf: pending.reversed())
        }
        return result
    }

    /// The node's classes (`class="a b"` gives `["a", "b"]`).
    public var classes: [Substring] {
        (attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        // Attribute children are text and (unsubstituted) entity references; only text is taken.
        var bytes: [UInt8] = []
        var child = attribute.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func equals(_ cString: UnsafePointer<xmlChar>, _ expected: String) -> Bool {
        var expected = expected
        return expected.withUTF8 { bytes in
            for index in 0..<bytes.count where cString[index] != bytes[index] { return false }
            return cString[bytes.count] == 0
        }
    }
}

extension MarkupNode: Hashable {
    /// Nodes are equal when they are the same node of the same tree.
    public static func == (lhs: MarkupNode, rhs: MarkupNode) -> Bool { lhs.pointer == rhs.pointer }

    /// Hashes the node's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

/// The children of a node, walked through libxml2's sibling links without copying.
public struct MarkupNodeSequence: Sequence, @unchecked Sendable {
    let first: xmlNodePtr?
    let document: MarkupDocument

    /// Iterates the siblings.
    public struct Iterator: IteratorProtocol {
        var upcoming: xmlNodePtr?
        let document: MarkupDocument

        /// The next sibling.
        public mutating func next() -> MarkupNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.pointee.next
            return MarkupNode(pointer: current, document: document)
        }
    }

    /// An iterator from the first child.
    public func makeIterator() -> Iterator { Iterator(upcoming: first, document: document) }
}
