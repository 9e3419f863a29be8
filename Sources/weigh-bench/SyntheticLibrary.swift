import Foundation
import WeighTestSupport

/// Writes deterministic synthetic libraries for the benchmarks: N articles
/// of about 5 KB (front matter with claims, sections, paragraphs, a list,
/// a table), or one large article of a given size.
enum SyntheticLibrary {
    static let topics = ["effectiveness", "onset", "side-effects", "addiction", "cost"]

    /// A folder under the temporary directory with `count` articles.
    static func write(articles count: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var topicsYAML = "topics:\n"
        for topic in topics { topicsYAML += "  - id: \(topic)\n    title: \(topic.capitalized)\n    question: What about \(topic)?\n" }
        try topicsYAML.write(to: folder.appendingPathComponent("topics.yaml"), atomically: true, encoding: .utf8)
        var generator = SplitMix64(seed: 42)
        for index in 0..<count {
            let text = article(number: index, sections: 6, paragraphsPerSection: 2, generator: &generator)
            try text.write(to: folder.appendingPathComponent(String(format: "article-%05d.md", index)), atomically: false, encoding: .utf8)
        }
    }

    /// One article of about `bytes` bytes, with the same shape.
    static func writeLarge(bytes: Int, to folder: URL) throws {
        try write(articles: 0, to: folder)
        var generator = SplitMix64(seed: 7)
        // A section of six 60-word paragraphs (and every third a list and
        // a table) is about 2.5 KB.
        let sections = max(1, bytes / 2_500)
        let text = article(number: 0, sections: sections, paragraphsPerSection: 6, generator: &generator)
        try text.write(to: folder.appendingPathComponent("large.md"), atomically: false, encoding: .utf8)
    }

    static func article(number: Int, sections: Int, paragraphsPerSection: Int, generator: inout SplitMix64) -> String {
        var text = "---\nid: article-\(number)\ntitle: Synthetic article \(number) on weighing a treatment\nsummary: A generated article.\nclaims:\n"
        for claim in 0..<min(sections, 8) {
            text += "  - stance: \(claim % 2 == 0 ? "benefit" : "risk")\n    topic: \(topics[claim % topics.count])\n"
            text += "    text: Claim \(claim) of article \(number) says something measured.\n    section: section-\(claim + 1)\n"
        }
        text += "---\n# Synthetic article \(number)\n\n"
        for section in 1...sections {
            text += "## Section \(section)\n\n"
            for _ in 0..<paragraphsPerSection {
                text += paragraph(words: 60, generator: &generator) + "\n\n"
            }
            if section % 3 == 0 {
                text += "- first point with *emphasis*\n- second point with **strength**\n  - nested `code`\n\n"
                text += "| Topic | Says |\n|---|---|\n| onset | within hours |\n| cost | varies |\n\n"
            }
        }
        return text
    }

    static let words = ["ketamine", "therapy", "treatment", "session", "patients", "effects", "may", "under", "supervision",
                        "depression", "relief", "risk", "benefit", "the", "a", "of", "and", "with", "some", "report", "café", "治疗"]

    static func paragraph(words count: Int, generator: inout SplitMix64) -> String {
        (0..<count).map { _ in words[generator.next(below: words.count)] }.joined(separator: " ") + "."
    }
}
