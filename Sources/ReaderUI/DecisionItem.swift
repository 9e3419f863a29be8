/// Something in "My decision" the cursor can rest on: what Enter opens,
/// and what `e`, `x` and `J`/`K` change.
public enum DecisionItem: Hashable, Sendable {
    /// Where the person stands (Enter says it anew).
    case stance
    /// A rated topic (Enter opens the comparison at it).
    case topic(id: String)
    case question(id: Int64)
    /// A starter question not yet asked (Enter adds it), by its index in
    /// `ClinicianQuestion.starters`.
    case starter(index: Int)
    case note(id: Int64)

    /// Whether it is something the person wrote (and may change or delete).
    var isNoteOrQuestion: Bool {
        switch self {
        case .note, .question: true
        default: false
        }
    }
}
