import Foundation

/// Makes sure the data folder exists (created 0700, with any missing
/// parents) and can be written, or says exactly why not.
public enum DataFolder {
    public static func prepare(_ folder: URL) throws(PersonalStoreError) {
        let path = folder.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotSave(path: path, reason: "it is a file, not a folder")
            }
        } else {
            try create(folder)
        }
        if access(path, W_OK | X_OK) != 0 {
            throw .cannotSave(path: path, reason: "the folder is not writable (\(SystemError.lastMessage()))")
        }
    }

    /// `mkdir -p`, each new folder 0700.
    private static func create(_ folder: URL) throws(PersonalStoreError) {
        var missing: [String] = []
        var candidate = folder.standardizedFileURL
        while candidate.path != "/" {
            var info = stat()
            if stat(candidate.path, &info) == 0 { break }
            missing.append(candidate.path)
            candidate = candidate.deletingLastPathComponent()
        }
        for path in missing.reversed() {
            if mkdir(path, 0o700) == 0 {
                _ = chmod(path, 0o700)  // whatever the umask
            } else if errno != EEXIST {
                let reason = SystemError.lastMessage()
                throw .cannotSave(path: folder.path, reason: "cannot create the folder \(path) (\(reason))")
            }
        }
    }
}
