import Yams

/// Decodes and checks an article's `source:` block, reporting each missing
/// or unknown value at its line. A value with a mistake is left out (shown
/// as "not recorded"); the article still loads, so a library written
/// before these fields existed opens with its problems listed.
enum SourceFields {
    /// Every field, in the order the format documents them.
    static let all = ["title", "site", "url", "published", "page-date", "author", "kind", "interest", "evidence", "summarised"]
    /// The fields every source must state (`url` and `page-date` are optional).
    static let required = ["title", "site", "published", "author", "kind", "interest", "evidence", "summarised"]
    /// What to write when the page does not show a field's fact.
    static let unknownWording = [
        "title": SourceReference.notGiven, "site": SourceReference.notNamed, "published": SourceReference.notGiven,
        "author": SourceReference.notNamed, "kind": SourceKind.unknown.rawValue, "interest": SourceReference.noneShown,
        "evidence": SourceEvidence.none.rawValue, "summarised": "the date the summary was written, YYYY-MM-DD",
    ]

    static func decode(_ fields: Node.Mapping, owner: Node, reader: inout YAMLFieldReader) -> SourceReference {
        reader.reportUnknownKeys(in: fields, known: all + ["publisher"], context: "source")
        var source = SourceReference()
        source.title = reader.text("title", in: fields, context: "source")
        source.site = reader.text("site", in: fields, context: "source")
        if let publisher = reader.text("publisher", in: fields, context: "source") {
            reader.report("'publisher' is now called 'site' in source", at: fields["publisher"])
            source.site = source.site ?? publisher
        }
        source.url = reader.text("url", in: fields, context: "source")
        if let url = source.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            reader.report("url '\(url)' must start with https:// or http:// (leave it out when not known)", at: fields["url"])
            source.url = nil
        }
        source.published = date("published", in: fields, allowing: SourceReference.notGiven, reader: &reader)
        source.pageDate = date("page-date", in: fields, allowing: nil, reader: &reader)
        source.author = reader.text("author", in: fields, context: "source")
        source.interest = reader.text("interest", in: fields, context: "source")
        source.summarised = date("summarised", in: fields, allowing: nil, reader: &reader)
        source.kind = vocabulary("kind", in: fields, reader: &reader)
        source.evidence = vocabulary("evidence", in: fields, reader: &reader)
        for name in required where isMissing(name, in: fields) {
            let wording = unknownWording[name].map { name == "summarised" ? " (\($0))" : " (write '\($0)' if the page does not show it)" } ?? ""
            reader.report("missing '\(name)' in source\(wording)", at: owner)
        }
        return source
    }

    private static func isMissing(_ name: String, in fields: Node.Mapping) -> Bool {
        if name == "site" && fields["publisher"] != nil { return false }
        guard let node = fields[name] else { return true }
        if case .scalar(let scalar) = node { return scalar.string.trimmingWhitespace().isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)) }
        return false
    }

    private static func date(_ name: String, in fields: Node.Mapping, allowing words: String?, reader: inout YAMLFieldReader) -> String? {
        guard let value = reader.text(name, in: fields, context: "source"), !value.isEmpty else { return nil }
        if value == words || ISODate.isValid(value) { return value }
        let alternative = words.map { " or '\($0)'" } ?? ""
        reader.report("\(name) '\(value)' must be a date written YYYY-MM-DD\(alternative)", at: fields[name])
        return nil
    }

    private static func vocabulary<Value: RawRepresentable & CaseIterable>(_ name: String, in fields: Node.Mapping, reader: inout YAMLFieldReader) -> Value?
    where Value.RawValue == String {
        guard let value = reader.text(name, in: fields, context: "source"), !value.isEmpty else { return nil }
        if let known = Value(rawValue: value) { return known }
        let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
        let hint = Suggestion.closest(to: value, among: Value.allCases.map(\.rawValue)).map { "did you mean '\($0)'? " } ?? ""
        reader.report("\(name) '\(value)' is not one of the known values: \(hint)one of \(choices)", at: fields[name])
        return nil
    }
}
