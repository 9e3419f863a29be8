/// What a note is about: a claim (with the claim as written then), a
/// topic of the comparison, or a bookmark.
public enum NoteTarget: Hashable, Sendable, Codable {
    case claim(ClaimSnapshot)
    case topic(id: String)
    case bookmark(id: Int64)
}
