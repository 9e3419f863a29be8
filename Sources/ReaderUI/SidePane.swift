/// What stands in the left pane on a wide terminal.
public enum SidePane: Hashable, Sendable {
    case contents
    case bookmarks
    case results
}
