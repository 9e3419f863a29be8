import Foundation
import Testing

@Suite("weigh compare")
struct CompareCommandTests {
    let library = WeighProcess.bundledLibrary.path

    @Test func textIsTheSideBySideTable() throws {
        let result = try WeighProcess.run(["compare", "--width", "100", "--library", library])
        #expect(result.status == 0)
        #expect(result.lines[0] == "Benefits and risks — all articles")
        #expect(result.lines[2].hasPrefix("Benefits") && result.lines[2].hasSuffix("│ Risks"))
        #expect(result.text.contains("≠ sources differ"))
        #expect(result.lines.allSatisfy { $0.count <= 100 })
        #expect(result.text.contains("not medical advice"))
        #expect(result.lines.contains { $0.hasPrefix("[1\u{00A0}referral\u{00A0}◐] Ketamine Infusion Safety") || $0.hasPrefix("[1 referral ◐] Ketamine Infusion Safety") })
        #expect(result.text.contains("[2 blog ◐] The Real Pros and Cons of Ketamine Infusions"))
        #expect(result.text.contains("[3 unknown ◐] The Risks of Ketamine-Assisted Therapy — based on no title of its own"))
        #expect(!result.text.contains("█"), "no claim-count bar")
    }

    /// Sources differ only where two sources take opposite stances on one
    /// point; the sources agree on supervision.
    @Test func onlyTopicsWithOpposedPointsAreMarkedAsDiffering() throws {
        let result = try WeighProcess.run(["compare", "--format", "json", "--library", library])
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: Any]])
        let differing = topics.filter { $0["sourcesDiffer"] as? Bool == true }.compactMap { $0["id"] as? String }
        #expect(differing == ["addiction", "long-term-effects"])
        let supervision = try #require(topics.first { $0["id"] as? String == "supervision" })
        #expect((supervision["precautions"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func jsonCarriesEachSourcesProvenanceAsData() throws {
        let result = try WeighProcess.run(["compare", "--format", "json", "--library", library])
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let sources = try #require(object["sources"] as? [[String: Any]])
        let fields = ["title", "site", "published", "author", "kind", "interest", "evidence", "summarised"]
        for entry in sources {
            let source = try #require(entry["source"] as? [String: Any])
            for field in fields { #expect(source[field] is String, "\(field) of \(entry["article"] ?? "?")") }
            #expect(source["url"] == nil, "no URL is known; none is invented")
        }
        let pros = try #require(sources.first { $0["article"] as? String == "pros-and-cons-of-ketamine-infusions" }?["source"] as? [String: Any])
        #expect(pros["published"] as? String == "not given")
        #expect(pros["page-date"] as? String == "2024-06-24")
        #expect(pros["kind"] as? String == "blog")
        #expect(pros["evidence"] as? String == "mentions-studies-without-citing")
        let risks = try #require(sources.first { $0["article"] as? String == "risks-of-ketamine-assisted-therapy" }?["source"] as? [String: Any])
        #expect(risks["title"] as? String == "not given")
    }

    @Test func listJSONCarriesProvenanceBalanceAndReadingGrade() throws {
        let result = try WeighProcess.run(["list", "--json", "--library", library])
        let articles = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        let myths = try #require(articles.first { $0["id"] as? String == "ketamine-safety-myths" })
        #expect((myths["source"] as? [String: Any])?["kind"] as? String == "referral-service")
        let balance = try #require(myths["balance"] as? [String: [String: Int]])
        #expect(balance["benefits"]?["claims"] == myths["benefitClaims"] as? Int)
        #expect((balance["risks"]?["words"] ?? 0) > 0)
        let grade = try #require(myths["readingGrade"] as? [String: Any])
        #expect(grade["fleschKincaid"] is Double)
        #expect((grade["words"] as? Int ?? 0) > 300)
    }

    @Test func checkReportShowsBalanceAndReadingGradeAsFacts() throws {
        let result = try WeighProcess.run(["check", "--report", library])
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("pros-and-cons-of-ketamine-infusions: The Real Pros and Cons of Ketamine Infusions\n  source: blog; ◐ mentions studies without citing them; interest: "))
        #expect(result.lines.contains { $0.hasPrefix("  balance: benefits: ") && $0.contains(" words; risks: ") })
        #expect(result.lines.filter { $0.hasPrefix("  reading: grade ") && $0.contains("(Flesch–Kincaid: ") }.count == 4)
        #expect(result.lines.last?.hasPrefix("ok: 4 articles") == true)
    }

    @Test func narrowTextStacks() throws {
        let result = try WeighProcess.run(["compare", "--width", "50", "--topic", "addiction", "--library", library])
        #expect(result.status == 0)
        #expect(result.lines.contains("Benefits") && result.lines.contains("Risks"))
        #expect(result.lines.allSatisfy { $0.count <= 50 })
        #expect(result.lines.contains { $0.hasPrefix("Addiction") })
        #expect(!result.lines.contains { $0.hasPrefix("Cost") })
    }

    @Test func markdownHasTablesPerTopic() throws {
        let result = try WeighProcess.run(["compare", "--format", "markdown", "--article", "pros-and-cons-of-ketamine-infusions", "--library", library])
        #expect(result.status == 0)
        #expect(result.text.hasPrefix("# Benefits and risks — The Real Pros and Cons of Ketamine Infusions"))
        #expect(result.text.contains("| Benefits | Risks |"))
        // One source: its legend is one line, headed in the singular.
        #expect(result.text.contains("## Source\n") && !result.text.contains("## Sources"), "\(result.text)")
    }

    @Test func jsonIsStructured() throws {
        let result = try WeighProcess.run(["compare", "--format", "json", "--library", library])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let topics = try #require(object["topics"] as? [[String: Any]])
        #expect(topics.count == 11)
        let addiction = try #require(topics.first { $0["id"] as? String == "addiction" })
        #expect(addiction["sourcesDiffer"] as? Bool == true)
        #expect((addiction["benefits"] as? [[String: Any]])?.first?["section"] is String)
        #expect((object["sources"] as? [[String: Any]])?.count == 3)
    }

    @Test func unknownTopicOrArticleIsOneClearLine() throws {
        let topic = try WeighProcess.run(["compare", "--topic", "adiction", "--library", library])
        #expect(topic.status == 1)
        #expect(topic.error.contains("no topic 'adiction'; did you mean 'addiction'?"))
        let article = try WeighProcess.run(["compare", "--article", "nope", "--library", library])
        #expect(article.status == 1)
        #expect(article.error.contains("no article 'nope'"))
    }
}
