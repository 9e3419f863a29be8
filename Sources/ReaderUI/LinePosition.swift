/// A line of an article's layout, named by its top-level block and its
/// line within that block's layout. Unlike a line number counted from the
/// top of the article, it can be found without laying out every block
/// before it, so a 10 MB article opens and scrolls laying out only what
/// is on the screen.
public struct LinePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var block: Int
    public var line: Int

    public init(block: Int, line: Int) {
        self.block = block
        self.line = line
    }

    /// The first line of the first block.
    public static let start = LinePosition(block: 0, line: 0)

    public static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        (lhs.block, lhs.line) < (rhs.block, rhs.line)
    }

    public var description: String { "block \(block) line \(line)" }
}
