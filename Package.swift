// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "weigh",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "weigh", targets: ["weigh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CLocaleWidth"),
        .target(
            name: "CTerminalSignals",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ArticleKit",
            dependencies: ["CCmarkGFM", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "BookmarkStore",
            dependencies: ["ArticleKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "ReaderUI",
            dependencies: ["ArticleKit", "CLocaleWidth"]
        ),
        .target(
            name: "TerminalCurses",
            dependencies: ["CNcursesw", "CTerminalSignals", "ReaderUI"]
        ),
        .executableTarget(
            name: "weigh",
            dependencies: [
                "ArticleKit", "BookmarkStore", "ReaderUI", "TerminalCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "weigh-bench",
            dependencies: ["ArticleKit", "ReaderUI"]
        ),
        .testTarget(
            name: "ArticleKitTests",
            dependencies: ["ArticleKit"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "BookmarkStoreTests",
            dependencies: ["BookmarkStore"]
        ),
        .testTarget(
            name: "ReaderUITests",
            dependencies: ["ReaderUI", "ArticleKit"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["weigh"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
