import Foundation

/// Moves a damaged database out of the way, never deleting anything:
/// `weigh.sqlite` becomes `weigh.sqlite.damaged-20261125T140512Z`, and its
/// `-wal` and `-shm` files get the same new name plus their suffix.
enum DamagedFileMover {
    static let companionSuffixes = ["-wal", "-shm"]

    /// Returns the new URL of the database file.
    static func moveAside(_ url: URL, at date: Date) throws(PersonalStoreError) -> URL {
        let folder = url.deletingLastPathComponent()
        let base = url.lastPathComponent + ".damaged-" + Timestamp.compactUTC(date)
        var name = base
        var attempt = 1
        while ([""] + companionSuffixes).contains(where: { exists(folder.appendingPathComponent(name + $0)) }) {
            attempt += 1
            name = "\(base)-\(attempt)"
        }
        let destination = folder.appendingPathComponent(name)
        // Companions first: if the process dies in between, the damaged
        // file is still in place (and found again next time), and a fresh
        // database never starts beside the old one's WAL.
        for suffix in companionSuffixes {
            let companion = URL(fileURLWithPath: url.path + suffix)
            if exists(companion) {
                try move(companion, to: URL(fileURLWithPath: destination.path + suffix))
            }
        }
        try move(url, to: destination)
        return destination
    }

    private static func exists(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0
    }

    private static func move(_ source: URL, to destination: URL) throws(PersonalStoreError) {
        guard rename(source.path, destination.path) == 0 else {
            throw .cannotSave(path: source.path, reason: "the damaged database could not be moved aside (\(SystemError.lastMessage()))")
        }
    }
}
