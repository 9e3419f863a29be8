import ArticleKit

/// The facts about a source in words: the one place that decides how a
/// source is named, so the reader's "About this source" block, `weigh
/// show`, the comparison's legend and claim tags, and Markdown all say the
/// same thing. A field the library left out reads "not recorded"; the
/// words a library uses for a fact the page does not show ("not named")
/// are shown as written.
public enum SourceWording {
    static let notRecorded = "not recorded"

    /// The line every rendering of sources carries.
    public static let disclaimer = "This reports what its sources say; it is not medical advice. Talk to a qualified healthcare provider."

    /// The source's title in quotation marks, or that it has none (so the
    /// article's title, which is the library's, is not taken for it).
    public static func title(of source: SourceReference) -> String {
        guard let title = source.title else { return notRecorded }
        return source.hasOwnTitle ? "“\(title)”" : "no title of its own (the article's title is this library's)"
    }

    /// The publication date, and any date the page prints beside it.
    public static func published(_ source: SourceReference) -> String {
        var text = source.published ?? notRecorded
        if let pageDate = source.pageDate { text += "; the page prints the date \(pageDate) without saying what it is" }
        return text
    }

    /// The kind in words, for a labelled field ("Kind: not shown").
    public static func kind(_ source: SourceReference) -> String { source.kind?.words ?? notRecorded }

    /// The kind in words that stand alone in a list ("kind not shown").
    public static func kindPhrase(_ source: SourceReference) -> String {
        switch source.kind {
        case .unknown?: "kind not shown"
        case let kind?: kind.words
        case nil: "kind not recorded"
        }
    }

    /// The evidence in a symbol and words: "◐ mentions studies without citing them".
    public static func evidence(_ source: SourceReference) -> String {
        source.evidence.map { "\($0.symbol) \($0.words)" } ?? notRecorded
    }

    /// The label of the source's address among its facts.
    public static let addressLabel = "Address"

    /// Every fact, labelled, in the order the "About this source" block shows them.
    public static func facts(of source: SourceReference) -> [(label: String, value: String)] {
        var facts = [
            ("Source", title(of: source)),
            ("Site", source.site ?? notRecorded),
            ("Author", source.author ?? notRecorded),
            ("Published", published(source)),
            ("Kind", kind(source)),
            ("Interest", source.interest ?? notRecorded),
            ("Evidence", evidence(source)),
        ]
        if let url = source.url { facts.insert((addressLabel, url), at: 2) }
        facts.append(("Summarised", source.summarised.map { "\($0), in this library's own words" } ?? notRecorded))
        return facts
    }

    /// One line for a legend: "“Title”; site not named; blog; ◐ mentions
    /// studies without citing them; interest: …".
    public static func legend(_ source: SourceReference) -> String {
        var parts = [title(of: source)]
        parts.append(source.site.map { $0 == SourceReference.notNamed ? "site not named" : $0 } ?? "site not recorded")
        parts.append(source.author.map { $0 == SourceReference.notNamed ? "author not named" : "by " + $0 } ?? "author not recorded")
        var date = source.published.map { $0 == SourceReference.notGiven ? "date not given" : "published " + $0 } ?? "date not recorded"
        if let pageDate = source.pageDate { date += " (the page prints \(pageDate))" }
        parts.append(date)
        if let url = source.url { parts.append(url) }
        parts.append(kindPhrase(source))
        parts.append(evidence(source))
        var interest = source.interest ?? notRecorded
        if interest.hasSuffix(".") { interest.removeLast() }  // it is one part of a list here
        parts.append("interest: " + interest)
        if let summarised = source.summarised { parts.append("summarised \(summarised)") }
        return parts.joined(separator: "; ")
    }

    /// A claim's tag: its source's number, kind and evidence symbol
    /// (`[2 referral ◐]`), so a clinic page citing nothing never looks like
    /// a study, with or without color.
    /// `space` goes between its parts: `noBreakSpace` keeps the tag whole
    /// where text is wrapped.
    public static func tag(number: Int, source: SourceReference?, space: String = " ") -> String {
        guard let source, source.kind != nil || source.evidence != nil else { return "[\(number)]" }
        let parts = [String(number), source.kind?.tag, source.evidence?.symbol].compactMap { $0 }
        return "[" + parts.joined(separator: space) + "]"
    }

    public static let noBreakSpace = "\u{00A0}"

    /// `text` with the no-break spaces that kept tags whole made plain, for
    /// output a person may search or paste.
    public static func plainSpaces(_ text: String) -> String {
        // A no-break space (C2 A0 in UTF-8) has an A0 byte: text with none is kept as it is.
        let hasA0 = text.utf8.withContiguousStorageIfAvailable { $0.contains(0xA0) } ?? text.utf8.contains(0xA0)
        guard hasA0 else { return text }
        return String(text.map { $0 == "\u{00A0}" ? " " : $0 })
    }

    /// How to read a claim and a count of claims.
    public static let claimsAreNotFindings = "A claim is what a source says, not a finding; how many claims a topic has says nothing about the evidence."

    /// What a claim's tag says, for the foot of a summary.
    public static let tagsExplained = "Each claim carries its source's tag: the source's number in the list of sources, what kind of source it is and a symbol for the evidence it gives."

    /// What the tags' symbols mean, for the foot of a comparison.
    public static let key = "▲ benefit  ▼ risk  ◆ precaution   " + SourceEvidence.allCases.map { "\($0.symbol) \($0.words)" }.joined(separator: "  ")
}
