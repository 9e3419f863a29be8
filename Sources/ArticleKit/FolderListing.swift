import Foundation

/// A library folder's article file names (`LibraryFolder.articleFileNames`)
/// with the folder's stamp from just before they were listed. Adding,
/// removing or renaming a file changes the folder's modification time, so
/// while the folder's stamp is unchanged so are its names: the metadata
/// cache keeps them, and a later run of a 100,000-article library starts
/// without listing and sorting the folder, its largest cost at start.
struct FolderListing: Hashable, Sendable {
    var stamp: FileStamp
    var names: [String]

    /// Folders with fewer names are listed every time: that takes well
    /// under a millisecond, and the cache is never rewritten for them.
    static let cachedFromCount = 1_000

    /// How long after its last change a folder's stamp can vouch for a
    /// listing. File times are coarse (a clock tick, two seconds on some
    /// file systems): a change made in the same tick as the listing could
    /// leave the stamp as it was, so a folder changed that recently is
    /// listed again next time instead.
    static let settlingTime: Int64 = 2_000_000_000

    /// The stamp of the folder at `path` if a listing made now can be
    /// trusted while it lasts: nil when the folder changed within
    /// `settlingTime` of `now` (nanoseconds since 1970), or in the future.
    static func settledStamp(ofFolder path: String, now: Int64 = wallClock()) -> FileStamp? {
        guard let stamp = FileStamp.ofFolder(path: path) else { return nil }
        let lastChange = max(stamp.modified, stamp.changed)
        return now - lastChange >= settlingTime ? stamp : nil
    }

    /// The time now in nanoseconds since 1970, as file times count it.
    static func wallClock() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
