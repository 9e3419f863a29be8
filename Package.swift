// swift-tools-version:6.1
import PackageDescription

/// Start-up: in a release build the code on the way to the first frame
/// asks for generic types' metadata directly instead of by mangled name.
/// By name, the runtime demangles each type and looks up its protocol
/// conformances by scanning every conformance in the (static) executable,
/// thousands of them, which costs the first frame measurably
/// (docs/performance.md).
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]

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
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
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
        // An alternate signal stack for each thread weigh runs background
        // work on (ArticleKit's BackgroundThread), so a crash there still
        // restores the terminal.
        .target(name: "CSignalStack"),
        .target(
            name: "CTerminalSignals",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        .target(
            name: "ArticleKit",
            dependencies: ["CCmarkGFM", "CSignalStack", .product(name: "Yams", package: "Yams")],
            swiftSettings: directMetadata
        ),
        // The person's decision as values: ratings, notes, questions,
        // stances. Pure; the store keeps these and the views render them.
        .target(
            name: "DecisionKit",
            dependencies: ["ArticleKit"],
            swiftSettings: directMetadata
        ),
        .target(
            name: "PersonalStore",
            dependencies: ["ArticleKit", "DecisionKit", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: directMetadata
        ),
        .target(
            name: "ReaderUI",
            dependencies: ["ArticleKit", "DecisionKit", "CLocaleWidth"],
            swiftSettings: directMetadata
        ),
        // The config file (`~/.config/weigh/config.yaml`): its text read
        // into the reader's keymap, theme and settings, with each problem
        // at its line. Pure: reading the file is the executable's.
        .target(
            name: "ReaderConfig",
            dependencies: ["ArticleKit", "ReaderUI", .product(name: "Yams", package: "Yams")],
            swiftSettings: directMetadata
        ),
        // The decision summary as one printable HTML page (Plot escapes
        // every text node and attribute); kept out of ReaderUI so the
        // reader's code never links an HTML library.
        .target(
            name: "SummaryPage",
            dependencies: ["ArticleKit", "DecisionKit", "ReaderUI", .product(name: "Plot", package: "Plot")],
            swiftSettings: directMetadata
        ),
        .target(
            name: "TerminalCurses",
            dependencies: ["ArticleKit", "CNcursesw", "CTerminalSignals", "ReaderUI"],
            swiftSettings: directMetadata
        ),
        .executableTarget(
            name: "weigh",
            dependencies: [
                "ArticleKit", "PersonalStore", "DecisionKit", "ReaderConfig", "ReaderUI", "SummaryPage", "TerminalCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Start-up: a release weigh is one fully static executable
            // (Swift runtime, Foundation, SQLite, ncurses, cmark-gfm and
            // glibc inside it), so nothing is loaded or relocated at every
            // start, and exec to `main` stays a fraction of what
            // `-static-stdlib` alone gives. The static ncurses needs
            // libtinfo named. glibc warns that a static program looks up
            // users (`getpwuid`, used only when $HOME is unset) through the
            // shared NSS libraries of the glibc it was built with. Debug and
            // sanitizer builds (and `swift test`) link dynamically; the
            // end-to-end tests can run against a release build with
            // WEIGH_TEST_EXECUTABLE=.build/release/weigh.
            swiftSettings: directMetadata + [.unsafeFlags(["-static-executable"], .when(configuration: .release))],
            linkerSettings: [
                .unsafeFlags(["-static-executable"], .when(configuration: .release)),
                .linkedLibrary("tinfo", .when(configuration: .release)),
            ]
        ),
        // What tests, fuzzers and the benchmark share: the seeded
        // generator, the in-memory bookmark store, the unsafe-scalar rule,
        // the canvas invariants, `play(...)` and the fuzzers' plumbing. It
        // needs no test framework, so the fuzzers and the benchmark can link
        // it; `weigh` never does.
        .target(
            name: "WeighTestSupport",
            dependencies: ["ArticleKit", "DecisionKit", "ReaderUI"]
        ),
        .executableTarget(
            name: "weigh-bench",
            dependencies: ["ArticleKit", "ReaderUI", "WeighTestSupport"]
        ),
        // Fuzzing: `scripts/fuzz TARGET SECONDS` builds these with
        // the fuzzer and address sanitizers and `-Xswiftc -DWEIGH_FUZZING`:
        // libFuzzer then supplies `main` and calls the exported
        // `LLVMFuzzerTestOneInput`. Without WEIGH_FUZZING each target has its
        // own `@main` that replays input files instead, so a plain
        // `swift build` / `swift test` links them like any executable (two
        // `main`s would clash in a fuzzer build, hence the define).
        .executableTarget(
            name: "weigh-fuzz-article",
            dependencies: ["ArticleKit", "ReaderUI", "WeighTestSupport"]
        ),
        .executableTarget(
            name: "weigh-fuzz-reader",
            dependencies: ["ArticleKit", "ReaderUI", "WeighTestSupport"]
        ),
        .testTarget(
            name: "ArticleKitTests",
            dependencies: ["ArticleKit", "WeighTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "DecisionKitTests",
            dependencies: ["DecisionKit", "ArticleKit"]
        ),
        .testTarget(
            name: "PersonalStoreTests",
            dependencies: ["PersonalStore", "DecisionKit", "WeighTestSupport"]
        ),
        .testTarget(
            name: "ReaderUITests",
            dependencies: ["ReaderUI", "ArticleKit", "WeighTestSupport"]
        ),
        .testTarget(
            name: "ReaderConfigTests",
            dependencies: ["ReaderConfig", "ReaderUI", "ArticleKit", "WeighTestSupport"]
        ),
        .testTarget(
            name: "SummaryPageTests",
            dependencies: ["SummaryPage", "DecisionKit", "ArticleKit", "ReaderUI"]
        ),
        .testTarget(
            name: "TerminalCursesTests",
            dependencies: ["TerminalCurses", "ReaderUI", "WeighTestSupport"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["weigh", "WeighTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
