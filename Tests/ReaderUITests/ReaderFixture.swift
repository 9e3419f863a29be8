import ArticleKit
@testable import ReaderUI

/// A small library built in memory, and keys to play at it (`play(...)`).
enum ReaderFixture {
    static func article(_ id: String, _ title: String, sections: [String], paragraphsPerSection: Int) -> Article {
        var markdown = "# \(title)\n\n"
        for (number, section) in sections.enumerated() {
            markdown += "## \(section)\n\n"
            for paragraph in 1...paragraphsPerSection {
                markdown += "Paragraph \(paragraph) of section \(number + 1) says something worth weighing with care.\n\n"
            }
        }
        return Article(id: id, title: title, blocks: MarkdownParser.parse(markdown), fileName: "\(id).md")
    }

    static let library = Library(
        topics: [],
        articles: [
            article("alpha", "Alpha", sections: ["First part", "Second part", "Third part"], paragraphsPerSection: 20),
            article("beta", "Beta", sections: ["Only part"], paragraphsPerSection: 2),
            article("gamma", "Gamma", sections: ["Start", "End"], paragraphsPerSection: 1),
        ]
    )

    static func keys(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }
}
