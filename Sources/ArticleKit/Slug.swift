/// Turns heading text into the stable anchor a claim's `section` names.
///
/// The rule is GitHub's: lowercase; keep letters, digits, spaces, hyphens
/// and underscores; every space becomes a hyphen (runs are not collapsed).
/// `SlugRegistry` makes repeated slugs unique within one article.
public enum Slug {
    /// The slug of one heading, before uniqueness is applied.
    public static func make(from heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character == "-" || character == "_" || character.isLetter || character.isNumber {
                slug.append(character)
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

/// Hands out unique slugs within one article: the second "Risks" heading
/// becomes `risks-1`, the third `risks-2`, as on GitHub.
public struct SlugRegistry: Sendable {
    private var seen: [String: Int] = [:]

    public init() {}

    public mutating func unique(for heading: String) -> String {
        let base = Slug.make(from: heading)
        var candidate = base
        var counter = seen[base, default: 0]
        while seen[candidate] != nil {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        seen[base] = counter
        seen[candidate] = seen[candidate, default: 0]
        return candidate
    }
}
