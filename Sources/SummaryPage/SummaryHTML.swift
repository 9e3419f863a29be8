import DecisionKit
import Plot
import ReaderUI

/// A decision summary as one self-contained HTML page to print and take to
/// an appointment: the same parts in the same order as the text and the
/// Markdown (`DecisionWording.Part`), one inline style sheet made for A4,
/// Letter and a phone, and nothing else. The page loads nothing and runs
/// nothing: its Content-Security-Policy forbids every script and every
/// fetch, and every piece of text from a person or an article is a text
/// node (`Node.plain`), with `dir="auto"` so right-to-left text reads in
/// its own direction.
public enum SummaryHTML {
    /// The policy the page declares: nothing may load or run; only the
    /// page's own inline style applies.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; "
        + "connect-src 'none'; base-uri 'none'; form-action 'none'"

    /// The page for `summary` on `date` (`YYYY-MM-DD`).
    public static func render(_ summary: DecisionSummary, date: String) -> String {
        let title = DecisionWording.title(date: date)
        let html = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"), .content(contentSecurityPolicy)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("referrer"), .content("no-referrer")),
                // Plot's `.title` also writes og: and twitter: metas; a
                // page kept on a person's disk needs only the title.
                .element(named: "title", text: PageText.prepared(title)),
                .style(SummaryStyle.css)
            ),
            .body(
                .header(
                    .id("top"),
                    // The date is kept on one line: a phone would break it at a hyphen.
                    .h1(.plain(DecisionWording.title(date: nil) + " — "), .span(.class("date"), .plain(date))),
                    .p(.class("disclaimer"), .plain(SourceWording.disclaimer))
                ),
                .main(summary.isEmpty ? .p(.class("nothing"), .plain(DecisionWording.nothingRecorded)) : parts(summary))
            )
        )
        return html.render() + "\n"
    }

    static func parts(_ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        .forEach(DecisionWording.Part.allCases) { part in
            .section(
                .id(part.slug), .class("part"),
                .h2(.plain(part.title)),
                content(of: part, summary)
            )
        }
    }

    static func content(of part: DecisionWording.Part, _ summary: DecisionSummary) -> Node<HTML.BodyContext> {
        switch part {
        case .standing: standing(summary)
        case .matters: matters(summary)
        case .questions: questions(summary)
        case .notes: notes(summary)
        case .bookmarks: bookmarks(summary)
        case .sources: sources(summary)
        case .howToRead: .p(.class("how-to-read"), .plain(DecisionWording.howToRead))
        }
    }

    /// Text a person wrote or an article holds: isolated, in its own
    /// direction.
    static func written(_ text: String, class name: String? = nil) -> Node<HTML.BodyContext> {
        .span(.dir(.auto), .if(name != nil, .class(name ?? "")), .plain(text))
    }

    static func none(_ text: String) -> Node<HTML.BodyContext> {
        .p(.class("none"), .plain(text))
    }
}
