/// Which pane has the keyboard.
public enum Focus: Hashable, Sendable {
    case contents
    case body
    case comparison
    case bookmarks
    case results
}
