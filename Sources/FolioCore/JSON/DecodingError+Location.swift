import Foundation

extension DecodingError.Context {
    /// Where in the JSON the error is, for a one-line message: ` at blocks[3].c[1]`, or empty at the top.
    public var location: String {
        let components = codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return components.isEmpty ? "" : " at \(components.hasPrefix(".") ? String(components.dropFirst()) : components)"
    }
}

extension DecodingError {
    /// The error as one line for a reader's ``FolioError``: what was expected, and where
    /// (`missing "level" at blocks[3]`, `not valid JSON: …`); `typeName` names an expected type
    /// in the format's words (its Swift name by default).
    public func oneLineDescription(typeName: (Any.Type) -> String = { String(describing: $0) }) -> String {
        switch self {
        case .dataCorrupted(let context):
            // JSONDecoder reports broken JSON at the top, with the parser's message underneath.
            let isSyntax = context.debugDescription.hasPrefix("The given data was not valid JSON")
                || (context.codingPath.isEmpty && context.underlyingError != nil)
            guard isSyntax else { return context.debugDescription + context.location }
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "not valid JSON" + (underlying.map { ": \($0)" } ?? "")
        case .keyNotFound(let key, let context):
            return "missing \"\(key.stringValue)\"\(context.location)"
        case .typeMismatch(let type, let context):
            return "expected \(typeName(type))\(context.location)"
        case .valueNotFound(let type, let context):
            return "expected \(typeName(type)), found null\(context.location)"
        @unknown default:
            return "\(self)"
        }
    }
}
