import FolioCore
import FolioMarkup
import Foundation

/// An image packed into the book.
struct PackedImage {
    /// The manifest id (`image-1`).
    var id: String
    /// The path inside the package folder (`images/image-1.jpg`).
    var href: String
    /// The core media type.
    var mediaType: String
    /// The bytes.
    var data: [UInt8]
}

/// Finds the images documents reference, loads those that exist locally and names them in the book.
///
/// Images are numbered in order of first reference, so the same documents give the same names.
/// Missing, remote and unsupported images become warnings and are left out of the markup.
struct BookImages {
    private(set) var images: [PackedImage] = []
    private(set) var warnings: [String] = []
    /// Per document, the packed href of each image source it references.
    private(set) var hrefs: [[String: String]] = []

    init(documents: [Document], resources: any ResourceLoader) throws {
        for document in documents {
            var mapping: [String: String] = [:]
            var missing: Set<String> = []
            for source in Self.imageSources(in: document) where mapping[source] == nil && !missing.contains(source) {
                if let href = try pack(source, from: document, resources: resources) {
                    mapping[source] = href
                } else {
                    missing.insert(source)
                }
            }
            hrefs.append(mapping)
        }
    }

    /// Adds an image the options name (the cover); throws when it is missing or unusable,
    /// since the user asked for it explicitly.
    mutating func packCover(_ path: String, resources: any ResourceLoader) throws -> PackedImage {
        guard let data = try resources.load(path, relativeTo: nil) else {
            throw FolioError(.fileSystem, "cover image \(path) not found")
        }
        let bytes = [UInt8](data)
        guard let type = Self.imageType(of: bytes) else {
            throw FolioError(.unsupported, "cover image \(path) is not a PNG, JPEG, GIF or WebP image")
        }
        let image = PackedImage(id: "cover-image", href: "images/cover.\(type.extension)", mediaType: type.mediaType, data: bytes)
        images.insert(image, at: 0)
        return image
    }

    private mutating func pack(_ source: String, from document: Document, resources: any ResourceLoader) throws -> String? {
        let name = document.metadata.source ?? "the document"
        let bytes: [UInt8]
        if SafeReference.isDataURL(source) {
            guard let decoded = SafeReference.decodeDataURL(source) else {
                warnings.append("\(name): image data URL could not be decoded; left out")
                return nil
            }
            bytes = decoded
        } else if SafeReference.isRemote(source) {
            warnings.append("\(name): remote image \(source) is not embedded; left out")
            return nil
        } else {
            guard let data = try resources.load(source, relativeTo: document.metadata.source) else {
                warnings.append("\(name): image \(source) not found; left out")
                return nil
            }
            bytes = [UInt8](data)
        }
        guard let type = Self.imageType(of: bytes) else {
            warnings.append("\(name): image \(SafeReference.shortened(source)) is not a PNG, JPEG, GIF or WebP image; left out")
            return nil
        }
        let number = images.count + 1
        let image = PackedImage(id: "image-\(number)", href: "images/image-\(number).\(type.extension)", mediaType: type.mediaType, data: bytes)
        images.append(image)
        return image.href
    }

    /// Every image source in reading order, figures and inline images alike.
    static func imageSources(in document: Document) -> [String] {
        var sources: [String] = []
        document.walk(blocks: { block in
            if case .figure(let figure) = block, let image = figure.image { sources.append(image.source) }
        }, inlines: { inline in
            if case .image(let image) = inline { sources.append(image.source) }
        })
        return sources
    }

    /// The core media type and file extension of image bytes, by their signature.
    static func imageType(of bytes: [UInt8]) -> (mediaType: String, extension: String)? {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + signature.count && Array(bytes[offset..<(offset + signature.count)]) == signature
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return ("image/png", "png") }
        if starts([0xFF, 0xD8, 0xFF]) { return ("image/jpeg", "jpg") }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return ("image/gif", "gif") }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return ("image/webp", "webp") }
        return nil
    }
}

/// Tells local references from remote URLs and data URLs.
enum SafeReference {
    static func isRemote(_ reference: String) -> Bool {
        guard let scheme = SafeURL.scheme(of: reference) else { return false }
        return scheme != "file" && scheme.count > 1   // `C:\…` is a Windows drive, not a scheme
    }

    static func isDataURL(_ reference: String) -> Bool {
        SafeURL.scheme(of: reference) == "data"
    }

    /// The bytes of a base64 `data:` URL, or nil.
    static func decodeDataURL(_ reference: String) -> [UInt8]? {
        guard let comma = reference.firstIndex(of: ","), reference[..<comma].lowercased().hasSuffix(";base64") else { return nil }
        let payload = reference[reference.index(after: comma)...].filter { !$0.isWhitespace }
        return Data(base64Encoded: String(payload)).map { [UInt8]($0) }
    }

    /// A reference cut to a length fit for a warning (data URLs can be megabytes long).
    static func shortened(_ reference: String) -> String {
        reference.count > 80 ? String(reference.prefix(77)) + "…" : reference
    }
}
