/// Everything the reader can be asked to do. Keys map to actions through
/// the `Keymap`; mouse and resize events become actions directly.
public enum Action: Hashable, Sendable {
    case lineDown, lineUp
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    case top, bottom
    case nextSection, previousSection
    case focusNext, focusPrevious
    case open
    case collapse, expand
    case toggleContents
    case toggleComparison
    case switchComparisonScope
    case filterTopic
    /// From an article opened by a claim, back to the comparison.
    case back
    case showHelp
    case closeOverlay
    case quit
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, lines: Int)
}

/// What `update` asks the outside world to do; the loop carries it out.
public enum Effect: Hashable, Sendable {
    /// Leave the reader (restore the terminal and exit).
    case quit
}
