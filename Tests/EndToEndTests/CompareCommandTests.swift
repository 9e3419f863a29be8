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
        #expect(result.text.contains("[1] Is Ketamine Infusion Therapy Safe?"))
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
        #expect(!result.text.contains("## Sources"), "one article needs no legend")
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
