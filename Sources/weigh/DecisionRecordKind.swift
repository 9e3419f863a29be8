import ArgumentParser

/// Which of the person's records a command changes by its number (the `id`
/// of `weigh decision show --format json`).
enum DecisionRecordKind: String, ExpressibleByArgument, CaseIterable {
    case note
    case question
}
