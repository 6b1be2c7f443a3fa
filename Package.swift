// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "FolioCore", targets: ["FolioCore"]),
        .library(name: "FolioNewspaper", targets: ["FolioNewspaper"]),
        .library(name: "Folio", targets: ["Folio"]),
        .library(name: "FolioCommandLine", targets: ["FolioCommandLine"]),
        .library(name: "TextFormat", targets: ["TextFormat"]),
        .executable(name: "folio", targets: ["folio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // The core: model, protocols, registry, pipeline, JSON form.
        .target(name: "FolioCore"),
        // Newspaper knowledge shared by the text and HTML readers: bylines, dates and datelines,
        // page chrome, headline blocks, Founder metadata, and scoring against labelled pages.
        .target(name: "FolioNewspaper", dependencies: ["FolioCore"]),
        // libxml2-backed markup support shared by the HTML and EPUB plugins.
        .target(name: "FolioMarkup", dependencies: ["FolioCore", "CLibXML2"]),

        // Format plugins.
        .target(name: "TextFormat", dependencies: ["FolioCore", "FolioNewspaper"], path: "Plugins/TextFormat"),
        .target(name: "HTMLFormat", dependencies: ["FolioCore", "FolioNewspaper", "FolioMarkup", .product(name: "Mustache", package: "swift-mustache")], path: "Plugins/HTMLFormat"),
        .target(name: "EPUBFormat", dependencies: ["FolioCore", "FolioMarkup", "CZlib"], path: "Plugins/EPUBFormat"),
        .target(name: "CSVFormat", dependencies: ["FolioCore"], path: "Plugins/CSVFormat"),
        .target(name: "Indicators", dependencies: ["FolioCore"], path: "Plugins/Indicators"),
        .target(name: "SQLiteFormat", dependencies: ["FolioCore", "CSQLite"], path: "Plugins/SQLiteFormat"),
        .target(name: "External", dependencies: ["FolioCore"], path: "Plugins/External"),
        .target(name: "PandocFormat", dependencies: ["FolioCore"], path: "Plugins/PandocFormat"),
        .target(name: "MarkdownFormat", dependencies: ["FolioCore"], path: "Plugins/MarkdownFormat"),

        // Umbrella, command line, executable.
        .target(name: "Folio", dependencies: ["FolioCore", "TextFormat", "HTMLFormat", "EPUBFormat", "CSVFormat", "Indicators", "External", "PandocFormat", "MarkdownFormat", "SQLiteFormat"]),
        .target(name: "FolioCommandLine", dependencies: ["Folio", "FolioNewspaper", "Indicators", "External", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "folio", dependencies: ["FolioCommandLine"]),

        // Tests mirror the sources; FolioTestSupport holds what several test targets share.
        .target(name: "FolioTestSupport", dependencies: ["FolioCore"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore", "FolioTestSupport"]),
        .testTarget(name: "FolioNewspaperTests", dependencies: ["FolioNewspaper", "FolioTestSupport"]),
        .testTarget(name: "TextFormatTests", dependencies: ["TextFormat", "FolioNewspaper", "FolioTestSupport"]),
        .testTarget(name: "FolioMarkupTests", dependencies: ["FolioMarkup", "FolioTestSupport"]),
        .testTarget(name: "HTMLFormatTests", dependencies: ["HTMLFormat", "TextFormat", "FolioNewspaper", "CLibXML2", "FolioTestSupport"]),
        .testTarget(name: "EPUBFormatTests", dependencies: ["EPUBFormat", "CZlib", "TextFormat", "Indicators", "FolioTestSupport"]),
        .testTarget(name: "CSVFormatTests", dependencies: ["CSVFormat", "FolioTestSupport"]),
        .testTarget(name: "SQLiteFormatTests", dependencies: ["SQLiteFormat", "Indicators", "FolioTestSupport"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "TextFormat", "CSVFormat", "FolioTestSupport"]),
        .testTarget(name: "ExternalTests", dependencies: ["External", "FolioTestSupport"]),
        .testTarget(name: "PandocFormatTests", dependencies: ["PandocFormat", "TextFormat", "FolioTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkdownFormatTests", dependencies: ["MarkdownFormat", "PandocFormat", "TextFormat", "FolioTestSupport"]),
        .testTarget(name: "FolioCLITests", dependencies: ["Folio", "FolioCommandLine", "FolioTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ConformanceTests", dependencies: ["Folio", "FolioTestSupport"], exclude: ["HTML5Lib/known-differences.tsv"]),
    ],
    swiftLanguageModes: [.v6]
)
