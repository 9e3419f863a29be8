/// Finds the closest known name to a mistyped one, for "did you mean …?"
/// hints in messages (article ids, topics, section slugs).
public enum Suggestion {
    /// Names close to `word`, best first: those it is a prefix of, then
    /// those within a small edit distance.
    public static func closeMatches<S: Sequence<String>>(to word: String, among names: S, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let scored = names.compactMap { name -> (String, Int)? in
            let candidate = name.lowercased()
            if candidate.hasPrefix(lowered) || candidate.contains(lowered) { return (name, 0) }
            let distance = editDistance(Array(lowered.utf8), Array(candidate.utf8))
            return distance <= max(2, lowered.count / 3) ? (name, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// The single closest name, if any is close.
    public static func closest<S: Sequence<String>>(to word: String, among names: S) -> String? {
        closeMatches(to: word, among: names, limit: 1).first
    }

    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
