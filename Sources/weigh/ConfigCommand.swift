import ArgumentParser
import ArticleKit
import ReaderConfig

/// `weigh config`: where the config file is, what it should hold, and
/// whether it is right.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default config file, where weigh looks for it, or check it.",
        discussion: """
        The config file sets the theme and its colors, the body's width, whether the contents \
        start shown, the default library and the keys. weigh reads --config (weigh read), then \
        $WEIGH_CONFIG, then $XDG_CONFIG_HOME/weigh/config.yaml, then ~/.config/weigh/config.yaml. \
        Problems are reported as file:line: message and the setting ignored; the reader still starts.
        """
    )

    @Flag(name: .long, help: "Print a commented config file holding every setting's default.")
    var printDefault = false

    @Flag(name: .long, help: "Print the path of the config file weigh reads.")
    var path = false

    @Flag(name: .long, help: "Check the config file (or FILE): print each problem as file:line: message; exit 1 if there is any.")
    var check = false

    @Argument(help: ArgumentHelp("The file to check (with --check; default: the one weigh reads).", valueName: "file"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    func validate() throws {
        let modes = [printDefault, path, check].filter { $0 }.count
        if modes != 1 { throw ValidationError("give one of --print-default, --path or --check") }
        if file != nil && !check { throw ValidationError("a FILE is checked only with --check") }
    }

    func run() throws {
        if printDefault {
            print(DefaultConfigFile.text(), terminator: "")
        } else if path {
            guard let location = ConfigFileLocation.find() else {
                throw CommandFailure("no config file: neither WEIGH_CONFIG, XDG_CONFIG_HOME nor HOME is set")
            }
            print(location.path)
        } else {
            try runCheck()
        }
    }

    private func runCheck() throws {
        guard let location = ConfigFileLocation.find(option: file) else {
            throw CommandFailure("no config file: neither WEIGH_CONFIG, XDG_CONFIG_HOME nor HOME is set")
        }
        let config = UserConfig.load(location, home: ProcessEnvironment.current["HOME"])
        let name = TextSanitizer.clean(location.path)
        for line in config.problemLines { print(line) }
        if !config.problems.isEmpty {
            throw CommandFailure("\(plural(config.problems.count, "problem")) in \(name)")
        }
        if config.wasRead {
            print("ok: \(name), no problems")
        } else {
            print("no config file at \(name); weigh uses its defaults")
        }
    }
}
