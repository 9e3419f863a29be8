import ArgumentParser
import Testing
@testable import weigh

/// The reader's options read without the argument parser must mean what
/// the parser makes of them, and anything else must go to the parser.
@Suite("Reading the reader's options before the argument parser")
struct ReaderArgumentsTests {
    /// What `ReadCommand`, as the argument parser builds it, holds.
    static func parsedByArgumentParser(_ arguments: [String]) throws -> ReaderArguments {
        let command = try #require(try Weigh.parseAsRoot(arguments) as? ReadCommand)
        return ReaderArguments(library: command.libraryOptions.library, dataDir: command.dataOptions.dataDir, config: command.config)
    }

    @Test(arguments: [
        [],
        ["--library", "/tmp/a library"],
        ["--library=/tmp/lib"],
        ["--library=a=b"],
        ["--data-dir", "data", "--library", "lib"],
        ["--config", "c.yaml", "--data-dir=d", "--library", "l"],
        ["--library", "lib", "--config=c.yaml"],
    ])
    func acceptedOptionsMeanWhatTheParserMakesOfThem(_ arguments: [String]) throws {
        let fast = try #require(ReaderArguments.parse(arguments))
        #expect(fast == (try Self.parsedByArgumentParser(arguments)))
    }

    @Test(arguments: [
        ["read"],
        ["list"],
        ["--help"],
        ["--version"],
        ["--library"],
        ["--library="],
        ["--library", "--data-dir", "d"],
        ["--library", "-"],
        ["--library", "a", "--library", "b"],
        ["--data-dir", "a", "--data-dir=b"],
        ["--config=a", "--config", "b"],
        ["--library", "a", "extra"],
        ["--libary", "typo"],
        ["-h"],
        ["--", "--library", "x"],
        ["--library", "lib", "compare"],
    ])
    func anythingElseGoesToTheArgumentParser(_ arguments: [String]) {
        #expect(ReaderArguments.parse(arguments) == nil)
    }
}
