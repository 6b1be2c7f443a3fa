import FolioCore
import FolioMarkup
import Foundation

/// Writes EPUB 3.3 books that EPUBCheck accepts without errors or warnings.
///
/// Options: `css` (a style sheet replacing the default), `cover` (an image for the cover),
/// `source-date-epoch` (seconds; the book's modification time), `indicator-view` (`table`,
/// `chart` or `both`, the default: how indicator tables are shown; charts are inline SVG and
/// their pages carry the manifest's `svg` property). The same documents and options always give
/// the same bytes.
public struct EPUBWriter: DocumentWriter {
    /// Creates the writer.
    public init() {}

    /// Writes one document as a book.
    public func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        try write(collection: [document], context: context)
    }

    /// Writes several documents as one book, one part per document, in order.
    public func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput {
        let options = context.options
        let epoch: Int? = options["source-date-epoch"] == nil ? nil : try options.integer("source-date-epoch", default: 0, in: 0...253_402_300_799)
        let styleSheet = try Self.styleSheet(options: options, resources: context.resources)

        var images = try BookImages(documents: documents, resources: context.resources)
        let cover = try options["cover"].map { try images.packCover($0, resources: context.resources) }

        // The plan renders and packs the pages; the identifier is derived from what they contain.
        var book = BookMetadata(documents: documents, epochSeconds: epoch)
        var files = PageFiles(folder: PackageFiles.folder + "/", styleSheet: Self.styleSheetHref,
                              digest: book.identifier.isEmpty ? Self.metadataDigest(book) : nil)
        let plan = try BookPlan(documents: documents, book: book, images: images, indicatorView: try IndicatorView(options: options), files: &files)
        if var digest = files.digest {
            for image in images.images { digest.combine(image.data) }
            book.identifier = digest.uuidURN
        }
        return WriterOutput(data: Data(try Self.archive(book: book, plan: plan, images: images, cover: cover, styleSheet: styleSheet)),
                            warnings: images.warnings)
    }

    /// The style sheet's file name inside the package folder.
    private static let styleSheetHref = "style.css"

    private static func styleSheet(options: Options, resources: any ResourceLoader) throws -> [UInt8] {
        guard let path = options["css"] else { return Array(DefaultStyleSheet.css.utf8) }
        guard let data = try resources.load(path, relativeTo: nil) else {
            throw FolioError(.fileSystem, "style sheet \(path) not found")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FolioError(.malformedInput, "style sheet \(path) is not UTF-8 text")
        }
        // EPUB style sheets are UTF-8; a byte-order mark at the start only trips some reading systems.
        return Array((text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).utf8)
    }

    /// The start of the content digest: the metadata a book's identity rests on, before the
    /// pages' bodies and the images.
    private static func metadataDigest(_ book: BookMetadata) -> ContentHash {
        var hash = ContentHash()
        for field in [book.title, book.subtitle ?? "", book.language, book.date ?? "", book.publisher ?? ""] { hash.combine(field) }
        for creator in book.creators { hash.combine(creator.name); hash.combine(creator.role ?? "") }
        return hash
    }

    private static func archive(book: BookMetadata, plan: BookPlan, images: BookImages, cover: PackedImage?, styleSheet: [UInt8]) throws -> [UInt8] {
        let folder = PackageFiles.folder + "/"
        let styleHref = styleSheetHref
        var manifest: [PackageFiles.ManifestItem] = [
            .init(id: "nav", href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav"),
            .init(id: "ncx", href: "toc.ncx", mediaType: "application/x-dtbncx+xml"),
            .init(id: "style", href: styleHref, mediaType: "text/css"),
        ]
        var spine: [String] = []
        if cover != nil {
            manifest.append(.init(id: "cover", href: "cover.xhtml", mediaType: "application/xhtml+xml"))
            spine.append("cover")
        }
        for page in plan.pages {
            manifest.append(.init(id: page.id, href: page.href, mediaType: "application/xhtml+xml", properties: page.hasSVG ? "svg" : nil))
            spine.append(page.id)
        }
        for image in images.images {
            manifest.append(.init(id: image.id, href: image.href, mediaType: image.mediaType, properties: image.id == cover?.id ? "cover-image" : nil))
        }

        var zip = ZipArchiveWriter(capacity: 16_384 + plan.pages.reduce(0) { $0 + $1.file.content.count } + images.images.reduce(0) { $0 + $1.data.count })
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try zip.add("META-INF/container.xml", Array(PackageFiles.container.utf8), recurring: true)
        try zip.add(folder + "package.opf", PackageFiles.packageDocument(book: book, manifest: manifest, spine: spine, coverImageID: cover?.id))
        // No `toc` landmark: the navigation document is not in the spine, and landmarks may only point into it.
        var landmarks: [PackageFiles.Landmark] = []
        if cover != nil { landmarks.append(.init(type: "cover", label: book.coverLabel, href: "cover.xhtml")) }
        if let start = plan.pages.first(where: { $0.id != "title-page" }) ?? plan.pages.first {
            landmarks.append(.init(type: "bodymatter", label: book.startLabel, href: start.href))
        }
        try zip.add(folder + "nav.xhtml", PackageFiles.navigationDocument(book: book, entries: plan.tableOfContents, landmarks: landmarks, styleSheet: styleHref))
        try zip.add(folder + "toc.ncx", PackageFiles.ncx(book: book, entries: plan.tableOfContents))
        try zip.add(folder + styleHref, styleSheet, recurring: true)
        if let cover {
            try zip.add(folder + "cover.xhtml", PackageFiles.coverPage(book: book, image: cover, styleSheet: styleHref))
        }
        for page in plan.pages { try zip.add(page.file) }
        for image in images.images {
            // Compressed formats gain nothing from deflate.
            try zip.add(folder + image.href, image.data, method: .stored)
        }
        return try zip.finish()
    }
}
