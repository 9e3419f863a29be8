import Foundation

/// The bytes of a metadata cache file, mapped into memory rather than read:
/// a 100,000-article cache is 110 MB, and the loader touches only the pages
/// of the entries it has reached. Read-only once made, so it is shared
/// across threads as it is. weigh replaces the file by renaming a new one
/// over it, which leaves this mapping intact; only truncating the file in
/// place while a reader loads could fault.
final class CacheFileBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    private let mapped: Bool

    /// The file at `path` mapped read-only, or nil when it cannot be.
    init?(mapping path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let count = Int(info.st_size)
        guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        buffer = UnsafeRawBufferPointer(start: address, count: count)
        mapped = true
    }

    /// A copy of `bytes` (tests, and a cache just encoded).
    init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        copy.copyBytes(from: bytes)
        buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<bytes.count])
        mapped = false
    }

    /// A copy of `bytes`, which may be part of another `CacheFileBytes`.
    init(copying bytes: UnsafeRawBufferPointer) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        if !bytes.isEmpty { copy.copyMemory(from: bytes) }
        buffer = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<bytes.count])
        mapped = false
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            buffer.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
        }
    }
}
