import ArticleKit

/// Turns a paragraph's inline spans into styled runs for wrapping, and
/// writes each link's target after its text (`text <url>`), since a
/// terminal reader cannot be clicked through.
enum InlineRuns {
    static func runs(for spans: [InlineSpan], base: TextStyle.Role) -> [StyledRun] {
        var runs: [StyledRun] = []
        runs.reserveCapacity(spans.count)
        var linkText = ""
        for (index, span) in spans.enumerated() {
            if span.text == "\n" {
                runs.append(StyledRun("\n"))
                continue
            }
            runs.append(StyledRun(span.text, TextStyle(base, inline: span.style)))
            guard let url = span.url, span.style.contains(.link) else { continue }
            linkText += span.text
            let next = index + 1 < spans.count ? spans[index + 1] : nil
            if next?.url == url && next?.style.contains(.link) == true { continue }
            if !url.isEmpty && url != linkText && "mailto:" + linkText != url {
                runs.append(StyledRun(" <\(url)>", TextStyle(.linkTarget)))
            }
            linkText = ""
        }
        return runs
    }
}
