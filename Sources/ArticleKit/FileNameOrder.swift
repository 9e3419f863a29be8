import Foundation

/// The order articles are listed and loaded in: file names compared byte
/// by byte as UTF-8 (for ASCII names, alphabetical with capitals first).
/// The metadata cache is written in the same order, so loading can walk
/// both side by side.
enum FileNameOrder {
    static func precedes(_ first: String, _ second: String) -> Bool {
        var first = first
        var second = second
        return first.withUTF8 { left in
            second.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }
}
