import Yams

/// The fields of an article's front matter, decoded but not yet checked
/// against the topics and the body's sections.
struct ArticleFrontMatter {
    var id: String?
    var title: String
    var source: SourceReference?
    var summary: String?
    var claims: [LocatedClaim]
}

/// A claim with the file line it was written on, for later problems.
struct LocatedClaim {
    var claim: Claim
    var line: Int
}

/// Decodes front-matter YAML into `ArticleFrontMatter`, collecting a
/// `LoadProblem` for every mistake. A claim with a mistake is left out;
/// a missing title or unreadable YAML leaves out the whole article.
struct FrontMatterDecoder {
    static let articleFields = ["id", "title", "source", "summary", "claims"]
    static let claimFields = ["stance", "topic", "text", "section", "point"]

    private var reader: YAMLFieldReader

    init(file: String, yamlStartLine: Int) {
        reader = YAMLFieldReader(file: file, lineOffset: yamlStartLine - 1)
    }

    var problems: [LoadProblem] { reader.problems }

    mutating func decode(_ yaml: String) -> ArticleFrontMatter? {
        let fields: Node.Mapping
        switch YAMLComposition.compose(yaml) {
        case .failure(let failure):
            reader.report(failure.message, line: failure.line + reader.lineOffset)
            return nil
        case .success(.mapping(let mapping)?):
            fields = mapping
        case .success:
            reader.report("front matter must be a mapping of fields such as 'title: …'", line: reader.lineOffset)
            return nil
        }
        let root = Node.mapping(fields)
        reader.reportUnknownKeys(in: fields, known: Self.articleFields, context: "front matter")

        let id = reader.text("id", in: fields, context: "front matter")
        let title = reader.requiredText("title", in: fields, context: "front matter", at: root)
        let summary = reader.text("summary", in: fields, context: "front matter")
        let source = decodeSource(fields["source"], key: fields.first { $0.key.string == "source" }?.key)
        let claims = decodeClaims(fields["claims"])
        if let id, !ArticleID.isValid(id) {
            reader.report("id '\(id)' may hold only letters, digits, '-', '_' and '.'", at: fields["id"])
            return nil
        }
        guard let title else { return nil }
        return ArticleFrontMatter(id: id, title: title, source: source, summary: summary, claims: claims)
    }

    private mutating func decodeSource(_ node: Node?, key: Node?) -> SourceReference? {
        guard let node else { return nil }
        guard case .mapping(let fields) = node else {
            reader.report("'source' must be a mapping (\(SourceFields.all.joined(separator: ", ")))", at: node)
            return nil
        }
        return SourceFields.decode(fields, owner: key ?? node, reader: &reader)
    }

    private mutating func decodeClaims(_ node: Node?) -> [LocatedClaim] {
        guard let node else { return [] }
        guard case .sequence(let items) = node else {
            reader.report("'claims' must be a list", at: node)
            return []
        }
        return items.compactMap { decodeClaim($0) }
    }

    private mutating func decodeClaim(_ node: Node) -> LocatedClaim? {
        guard case .mapping(let fields) = node else {
            reader.report("a claim must be a mapping with stance, topic, text and section", at: node)
            return nil
        }
        reader.reportUnknownKeys(in: fields, known: Self.claimFields, context: "claim")
        let stanceText = reader.requiredText("stance", in: fields, context: "claim", at: node)
        let topic = reader.requiredText("topic", in: fields, context: "claim", at: node)
        let text = reader.requiredText("text", in: fields, context: "claim", at: node)
        let section = reader.requiredText("section", in: fields, context: "claim", at: node)
        var stance: Stance?
        if let stanceText {
            stance = Stance(rawValue: stanceText)
            if stance == nil {
                reader.report("stance '\(stanceText)' must be 'benefit', 'risk' or 'precaution'", at: fields["stance"])
            }
        }
        var point = reader.text("point", in: fields, context: "claim")
        if let given = point, !PointID.isValid(given) {
            reader.report("point '\(given)' may hold only lowercase letters, digits and '-'", at: fields["point"])
            point = nil
        }
        guard let stance, let topic, let text, let section else { return nil }
        let claim = Claim(stance: stance, topicID: topic, text: text.oneLine, sectionSlug: section, point: point)
        return LocatedClaim(claim: claim, line: reader.line(of: node) ?? reader.lineOffset + 1)
    }
}

/// The rule for article ids: they name files and bookmarks, so they are
/// kept to letters, digits, `-`, `_` and `.`.
public enum ArticleID {
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
    }
}

/// The rule for a claim's `point`: a short slug, compared exactly.
enum PointID {
    static func isValid(_ point: String) -> Bool {
        !point.isEmpty && point.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
