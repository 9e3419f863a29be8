import Foundation

/// The file-system side of loading: lists a library folder's articles and
/// reads them safely. A symlink may point only inside the folder; FIFOs,
/// devices, directories and oversized files are refused with a message,
/// never opened in a way that could hang.
struct LibraryFolder {
    /// Files larger than this are refused (a 10 MB article is fine).
    static let maximumFileBytes = 32 * 1024 * 1024

    let url: URL
    /// How paths are shown in problems: the folder as the user named it.
    let displayPath: String
    private let realPath: String

    init(url: URL) throws(LibraryError) {
        self.url = url
        self.displayPath = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw .notFound(path: url.path)
        }
        guard isDirectory.boolValue else { throw .notADirectory(path: url.path) }
        guard let resolved = realpath(url.path, nil) else {
            throw .unreadable(path: url.path, reason: String(cString: strerror(errno)))
        }
        realPath = String(cString: resolved)
        free(resolved)
    }

    /// The path of `name` in the folder, as shown and as opened (joined as
    /// strings: `URL.appendingPathComponent` costs more than a stat).
    func display(_ name: String) -> String {
        displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
    }

    /// Names of the `.md` files in `FileNameOrder`, hidden files left out.
    /// Read with `readdir`: for 100,000 files that and a byte-wise sort
    /// take a fraction of what `FileManager` and `String.<` do.
    func articleFileNames() throws(LibraryError) -> [String] {
        guard let directory = opendir(displayPath) else {
            throw .unreadable(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        // The names are sorted as C strings (`strcmp` is `FileNameOrder`):
        // sorting 100,000 Swift strings spends most of its time retaining them.
        var copies: [UnsafeMutablePointer<CChar>?] = []
        defer { copies.forEach { free($0) } }
        while let entry = readdir(directory) {
            let copy = withUnsafePointer(to: &entry.pointee.d_name) {
                strdup(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard let copy else { continue }
            copies.append(copy)
            let length = strlen(copy)
            let isArticle = copy[0] != CChar(UInt8(ascii: ".")) && length > 3
                && strcasecmp(copy + length - 3, ".md") == 0
            if !isArticle { copies.removeLast(); free(copy) }
        }
        copies.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            qsort(base, buffer.count, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride) { left, right in
                strcmp(left!.load(as: UnsafePointer<CChar>.self), right!.load(as: UnsafePointer<CChar>.self))
            }
        }
        return copies.map { String(cString: $0!) }
    }

    /// The bytes of `name`, or why it cannot be an article.
    func read(_ name: String) -> Result<[UInt8], FileRefusal> {
        read(name, range: 0..<Int.max).map(\.bytes)
    }

    /// The bytes of `name` in `range` (clamped to the file), with the stamp
    /// of the file they were read from, or why it cannot be an article.
    /// The same checks as reading it whole: a file read a piece at a time
    /// is never a pipe, a folder or a link out of the library.
    func read(_ name: String, range: Range<Int>) -> Result<(bytes: [UInt8], stamp: FileStamp), FileRefusal> {
        withOpened(name) { descriptor, size -> [UInt8] in
            let start = min(max(0, range.lowerBound), size)
            let wanted = min(max(start, range.upperBound), size) - start
            // Nothing to read is the empty array as it is: filling an array
            // of capacity 0 would write its count into the storage that every
            // empty array in the process shares, a race with any other thread
            // reading one.
            guard wanted > 0 else { return [] }
            // Read into memory not zeroed first: zeroing a 10 MB file's buffer
            // took as long as reading it. Only the bytes read are kept.
            return [UInt8](unsafeUninitializedCapacity: wanted) { buffer, filled in
                filled = Self.fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor, at: start)
            }
        }.map { (bytes: $0.0, stamp: $0.1) }
    }

    /// `body` with `name` open for reading and its size, after the checks
    /// every read makes (a link only within the library, a regular file,
    /// not too large); what it returns, with the file's stamp.
    func withOpened<Value>(_ name: String, _ body: (_ descriptor: Int32, _ size: Int) -> Value)
        -> Result<(Value, FileStamp), FileRefusal> {
        let path = display(name)
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                return .failure(.brokenLink(String(cString: strerror(errno))))
            }
            let target = String(cString: resolved)
            free(resolved)
            guard target.hasPrefix(realPath + "/") else { return .failure(.linkLeavesLibrary(target)) }
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.directory)
        default: return .failure(.notRegular)
        }
        let size = Int(info.st_size)
        guard size <= Self.maximumFileBytes else { return .failure(.tooLarge(size)) }
        return .success((body(descriptor, size), FileStamp(info)))
    }

    /// Reads from `descriptor` at `offset` into `buffer` until it is full
    /// or the file ends; how many bytes were read.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32, at offset: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled))
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            filled += count
        }
        return filled
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}

/// Why a file in the library folder was not read as an article.
enum FileRefusal: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case brokenLink(String)
    case linkLeavesLibrary(String)
    case directory
    case notRegular
    case tooLarge(Int)

    var description: String {
        switch self {
        case .unreadable(let reason): "cannot read: \(reason)"
        case .brokenLink(let reason): "symbolic link cannot be followed: \(reason)"
        case .linkLeavesLibrary(let target): "symbolic link points outside the library (to \(target)); refused"
        case .directory: "is a folder, not an article"
        case .notRegular: "not a regular file (a pipe, socket or device); refused"
        case .tooLarge(let size):
            "too large (\(size / 1_048_576) MB; the limit is \(LibraryFolder.maximumFileBytes / 1_048_576) MB)"
        }
    }
}
