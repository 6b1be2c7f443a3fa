// swift-tools-version: 6.0
import PackageDescription

// The stage benchmark: CPU time per page of each stage of a conversion (read, indicator filter,
// write), measured in one process on inputs held in memory. `Benchmarks/run` builds and runs it;
// it is a package of its own so that Folio's build and tests never compile it.
let package = Package(
    name: "FolioStages",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` because a path dependency is otherwise known by its folder's name, which differs between clones.
        .package(name: "Folio", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "stages", dependencies: [.product(name: "Folio", package: "Folio")]),
    ],
    swiftLanguageModes: [.v6]
)
