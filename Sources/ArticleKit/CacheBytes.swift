/// Appends values to a byte buffer in the metadata cache's format:
/// little-endian integers, strings as a length and UTF-8 bytes.
struct CacheByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func count(_ value: Int) { integer(Int64(value)) }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        count(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optionalString(_ value: String?) {
        flag(value != nil)
        if let value { string(value) }
    }

    /// Bytes as they are (a block another writer made).
    mutating func raw(_ block: [UInt8]) {
        bytes.append(contentsOf: block)
    }
}

/// A checksum of a block of the cache, so a damaged block is noticed
/// before it is used (a 64-bit FNV-1a over 8-byte words: a flipped bit
/// anywhere changes it; cheap next to reading the block).
enum CacheChecksum {
    static func of(_ block: UnsafeRawBufferPointer) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var offset = 0
        while offset + 8 <= block.count {
            hash = (hash ^ block.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < block.count {
            hash = (hash ^ UInt64(block[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        return Int64(bitPattern: hash ^ UInt64(block.count))
    }

    static func of(_ block: [UInt8]) -> Int64 {
        block.withUnsafeBytes { of($0) }
    }
}

/// Reads what `CacheByteWriter` wrote. Any inconsistency (a truncated or
/// damaged file) throws, and the whole cache is then ignored. Strings pass
/// through `TextSanitizer`, so even a cache file written by someone else
/// cannot carry a control character to the screen.
/// (Sendable: it only reads memory that `storage` keeps alive and never changes.)
struct CacheByteReader: @unchecked Sendable {
    struct Damaged: Error {}

    private let storage: CacheFileBytes
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ storage: CacheFileBytes) {
        self.storage = storage
        bytes = storage.buffer
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func integer() throws(Damaged) -> Int64 {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        var value: UInt64 = 0
        for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Int64(bitPattern: value)
    }

    /// A count or length, refused when it could not fit in what is left.
    mutating func count() throws(Damaged) -> Int {
        let value = try integer()
        guard value >= 0, value <= Int64(bytes.count - offset) else { throw Damaged() }
        return Int(value)
    }

    mutating func flag() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count()
        defer { offset += length }
        return TextSanitizer.clean(utf8: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
    }

    mutating func optionalString() throws(Damaged) -> String? {
        try flag() ? try string() : nil
    }

    /// A string as it was written, not sanitized: for file names, which
    /// must stay exactly as the file system has them (and are sanitized
    /// where they are shown).
    mutating func rawString() throws(Damaged) -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    /// The next `count` bytes as they are, without copying (valid while
    /// this reader's storage is).
    mutating func block(_ count: Int) throws(Damaged) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }
}
