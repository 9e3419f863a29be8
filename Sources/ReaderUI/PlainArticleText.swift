import ArticleKit

/// An article as plain text lines at a width — what `weigh show` prints for
/// pipes and screen readers: the article's title, the "About this source"
/// block, the body laid out exactly as the reader lays it out (styles
/// dropped), and the not-medical-advice line.
public enum PlainArticleText {
    public static func lines(for article: Article, width: Int) -> [String] {
        var body = article.blocks[...]
        var header: [Block] = []
        if case .heading(let first)? = body.first, first.level == 1 {
            header.append(body.removeFirst())
        } else {
            header.append(.heading(Heading(level: 1, text: article.title, slug: "title")))
        }
        header += SourceAbout.blocks(for: article, disclaimer: false)
        let footer: [Block] = [.thematicBreak, .paragraph([InlineSpan(SourceWording.disclaimer)])]
        return BlockLayout.lines(for: header + body + footer, width: width).map(\.plainText)
    }
}
