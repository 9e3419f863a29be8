@testable import ReaderUI

/// Line numbers counted from the top of the article, as the tests of small
/// articles think of them. (The reader itself never needs them: it names
/// lines by block, so it lays out only what it shows.)
extension ReadingView {
    /// Lines above `position` in the article (laying out every block before it).
    func lineNumber(of position: LinePosition) -> Int {
        (0..<position.block).reduce(position.line) { $0 + lines(ofBlock: $1).count }
    }

    /// The line number of the top of the view.
    var topLine: Int { lineNumber(of: top) }

    /// The whole article laid out.
    var allLines: [LayoutLine] { lines(from: .start, count: .max).map(\.line) }
}
