// swift-tools-version: 6.0
import PackageDescription

// A `folio` that also reads a newspaper archive's JSON article exports and another paper's text
// layout: Folio's own command with two more plugins registered. Depends on Folio by path; in your project use its URL.
let package = Package(
    name: "CustomReader",
    platforms: [.macOS(.v15)],
    products: [
        // Not `folio`: Folio's own executable product has that name and would overwrite it in .build.
        .executable(name: "folio-archive", targets: ["CustomFolio"]),
    ],
    dependencies: [
        // `name:` because a path dependency is otherwise known by its folder's name, which differs
        // between clones; in your own project write `.package(url: "…/folio.git", from: "…")`.
        .package(name: "Folio", path: "../.."),
    ],
    targets: [
        // The plugin: a library, so that other programs and tests can register it too.
        .target(name: "ArchiveExport", dependencies: [.product(name: "Folio", package: "Folio")]),
        // A page layout for the text reader: another paper's text dumps.
        .target(name: "EveningPaper", dependencies: [
            .product(name: "Folio", package: "Folio"),
            .product(name: "TextFormat", package: "Folio"),
        ]),
        // The command: Folio's command line with both registered.
        .executableTarget(name: "CustomFolio", dependencies: [
            "ArchiveExport",
            "EveningPaper",
            .product(name: "FolioCommandLine", package: "Folio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
