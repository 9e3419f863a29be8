import ArticleKit

/// Turns a paragraph's inline spans into styled runs for wrapping, and
/// writes each link's target after its text (`text <url>`), so the
/// address is on screen to read even where it cannot be clicked.
enum InlineRuns {
    /// A link among the runs: the characters its text and its written
    /// target take (counted as the wrapper counts line offsets), its text
    /// and its target.
    struct Link: Hashable {
        var characters: Range<Int>
        var text: String
        var url: String
    }

    static func runs(for spans: [InlineSpan], base: TextStyle.Role) -> [StyledRun] {
        runsAndLinks(for: spans, base: base).runs
    }

    static func runsAndLinks(for spans: [InlineSpan], base: TextStyle.Role) -> (runs: [StyledRun], links: [Link]) {
        var runs: [StyledRun] = []
        var links: [Link] = []
        runs.reserveCapacity(spans.count)
        var linkText = ""
        var linkStart = 0
        var characters = 0
        func append(_ run: StyledRun) {
            runs.append(run)
            characters += run.text.count
        }
        for (index, span) in spans.enumerated() {
            if span.text == "\n" {
                append(StyledRun("\n"))
                continue
            }
            let isLink = span.url != nil && span.style.contains(.link)
            if isLink && linkText.isEmpty { linkStart = characters }
            append(StyledRun(span.text, TextStyle(base, inline: span.style)))
            guard let url = span.url, isLink else { continue }
            linkText += span.text
            let next = index + 1 < spans.count ? spans[index + 1] : nil
            if next?.url == url && next?.style.contains(.link) == true { continue }
            if !url.isEmpty && url != linkText && "mailto:" + linkText != url {
                append(StyledRun(" <\(url)>", TextStyle(.linkTarget)))
            }
            if !url.isEmpty { links.append(Link(characters: linkStart..<characters, text: linkText, url: url)) }
            linkText = ""
        }
        return (runs, links)
    }
}
