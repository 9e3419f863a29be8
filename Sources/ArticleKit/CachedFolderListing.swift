import Foundation

/// A folder listing (`FolderListing`) as the metadata cache stores it:
/// the folder's stamp, then the names as one block with its length and
/// checksum, so that a reader skips the names unread when the folder has
/// changed and checks them before use when it has not (`names()`).
struct CachedFolderListing: Sendable {
    var stamp: FileStamp
    var count: Int
    var checksum: Int64
    /// Positioned at the names.
    var reader: CacheByteReader
    var byteCount: Int

    /// Reads the stamp and the block's size and checksum, and moves
    /// `reader` past the names without reading them.
    init(skipping reader: inout CacheByteReader) throws(CacheByteReader.Damaged) {
        stamp = FileStamp(size: try reader.integer(), modified: try reader.integer(),
                          changed: try reader.integer(), inode: try reader.integer())
        count = try reader.count()
        byteCount = try reader.count()
        checksum = try reader.integer()
        self.reader = reader
        _ = try reader.block(byteCount)
    }

    /// Writes `listing` in the form `init(skipping:)` reads.
    static func encode(_ listing: FolderListing, into writer: inout CacheByteWriter) {
        for value in [listing.stamp.size, listing.stamp.modified, listing.stamp.changed, listing.stamp.inode] { writer.integer(value) }
        var names = CacheByteWriter()
        for name in listing.names { names.string(name) }
        writer.count(listing.names.count)
        writer.count(names.bytes.count)
        writer.integer(CacheChecksum.of(names.bytes))
        writer.raw(names.bytes)
    }

    /// Whether the block is intact: the checksum matches, and every name
    /// could have come from `LibraryFolder.articleFileNames` (not empty or
    /// hidden, no slash or NUL, ending in `.md`, each after the one before
    /// in `FileNameOrder`). One pass over the bytes, no name made into a
    /// string: about a millisecond for 100,000 names.
    func isIntact() -> Bool {
        var reader = reader
        guard let block = try? reader.block(byteCount), CacheChecksum.of(block) == checksum else { return false }
        var offset = 0
        var previous = UnsafeRawBufferPointer(start: nil, count: 0)
        for _ in 0..<count {
            guard offset + 8 <= block.count else { return false }
            let length = Int(Int64(littleEndian: block.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
            offset += 8
            guard length > 3, length <= block.count - offset else { return false }
            let name = UnsafeRawBufferPointer(rebasing: block[offset..<offset + length])
            offset += length
            guard Self.isArticleName(name), Self.precedes(previous, name) else { return false }
            previous = name
        }
        return offset == block.count
    }

    /// The same listing over its own copy of the names (a copy of 2 MB for
    /// 100,000 names), so that it does not keep the whole cache file
    /// mapped while the loader holds it.
    func detached() -> CachedFolderListing {
        var names = reader
        guard let block = try? names.block(byteCount) else { return self }
        var copy = self
        copy.reader = CacheByteReader(CacheFileBytes(copying: block))
        return copy
    }

    /// Reads the names in order, one at a time (after `isIntact()`).
    struct Cursor: Sendable {
        fileprivate var reader: CacheByteReader

        mutating func next() -> String? {
            try? reader.rawString()
        }
    }

    var cursor: Cursor { Cursor(reader: reader) }

    /// Every name (of an intact listing).
    func names() -> [String] {
        var cursor = cursor
        return (0..<count).map { _ in cursor.next() ?? "" }
    }

    private static func isArticleName(_ name: UnsafeRawBufferPointer) -> Bool {
        guard name[0] != UInt8(ascii: "."), !name.contains(UInt8(ascii: "/")), !name.contains(0) else { return false }
        let end = name.count
        return name[end - 3] == UInt8(ascii: ".") && name[end - 2] | 0x20 == UInt8(ascii: "m") && name[end - 1] | 0x20 == UInt8(ascii: "d")
    }

    /// `FileNameOrder` on bytes, strictly.
    private static func precedes(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Bool {
        guard let a = first.baseAddress, let b = second.baseAddress else { return true }
        let order = memcmp(a, b, min(first.count, second.count))
        return order != 0 ? order < 0 : first.count < second.count
    }
}
