import ArgumentParser
import PersonalStore

/// The `--data-dir DIR` option: where bookmarks and reading positions are
/// kept (else `WEIGH_DATA_DIR`, `$XDG_DATA_HOME/weigh`,
/// `~/.local/share/weigh`).
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder for bookmarks and reading positions.", valueName: "dir"),
            completion: .directory)
    var dataDir: String?

    var directory: DataDirectory { DataDirectory.resolve(option: dataDir) }

    /// Opens the bookmark store, or fails with one clear line. A damaged
    /// database that had to be moved aside is reported on stderr.
    func openStore() throws -> PersonalDatabase {
        do {
            let store = try PersonalDatabase(directory: directory)
            if let notice = store.damageNotice {
                printError("weigh: \(notice)")
            }
            return store
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

extension PersonalStoreError {
    /// The same failure as a command-line error.
    var commandFailure: CommandFailure { CommandFailure(description) }
}
