import ArticleKit

/// A comparison as Markdown, for sharing with a clinician: a table per
/// topic (Benefits | Risks), disagreements stated in words, and the
/// sources listed.
public enum ComparisonMarkdown {
    public static func render(_ comparison: Comparison, title: String) -> String {
        var out = "# \(escape(title))\n\n"
        out += "> This compares what the sources say; it is not medical advice. Talk to a qualified healthcare provider.\n"
        if comparison.topics.isEmpty {
            out += "\n\(ComparisonLayout.emptyMessage(for: comparison))\n"
        }
        let tagged = comparison.scope == .library
        for topic in comparison.topics {
            out += "\n## \(escape(topic.topic.title))\n\n"
            if !topic.topic.question.isEmpty { out += "*\(escape(topic.topic.question))*\n\n" }
            out += "\(topic.benefits.count) \(topic.benefits.count == 1 ? "benefit" : "benefits"), \(topic.risks.count) \(topic.risks.count == 1 ? "risk" : "risks")"
            out += topic.sourcesDiffer ? ". **≠ Sources differ** on this topic.\n\n" : ".\n\n"
            out += "| Benefits | Risks |\n|---|---|\n"
            for index in 0..<max(topic.benefits.count, topic.risks.count) {
                let benefit = index < topic.benefits.count ? cell(topic.benefits[index], tagged: tagged) : ""
                let risk = index < topic.risks.count ? cell(topic.risks[index], tagged: tagged) : ""
                out += "| \(benefit) | \(risk) |\n"
            }
        }
        if tagged && !comparison.sources.isEmpty {
            out += "\n## Sources\n\n"
            for source in comparison.sources {
                out += "\(source.number). **\(escape(source.articleTitle))** (`\(source.articleID)`)"
                if let reference = source.source { out += " — based on \(escape(SourceDescription.text(for: reference)))" }
                out += "\n"
            }
        }
        return out
    }

    private static func cell(_ claim: ComparedClaim, tagged: Bool) -> String {
        escape(claim.claim.text) + (tagged ? " [\(claim.sourceNumber)]" : "")
    }

    /// Escapes what would break a table cell or start markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "|\\*_`[]<>#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
