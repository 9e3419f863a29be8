import ArticleKit

/// How much of a library has loaded, shown in the status line while the
/// rest loads in the background.
public struct LibraryLoadingProgress: Hashable, Sendable {
    public var filesLoaded: Int
    public var fileCount: Int

    public init(filesLoaded: Int, fileCount: Int) {
        self.filesLoaded = filesLoaded
        self.fileCount = fileCount
    }
}

/// A library that grew (or finished loading) in the background, carried
/// to the loop as an action. A class so the action stays cheap to copy and
/// compare (by identity).
public final class LibraryUpdate: Hashable, Sendable {
    public let library: Library
    /// nil once the library is complete.
    public let progress: LibraryLoadingProgress?

    public init(_ library: Library, progress: LibraryLoadingProgress?) {
        self.library = library
        self.progress = progress
    }

    public static func == (lhs: LibraryUpdate, rhs: LibraryUpdate) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
