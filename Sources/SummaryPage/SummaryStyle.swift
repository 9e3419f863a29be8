/// The summary page's one style sheet. It must keep the page readable at
/// 360 px without sideways scrolling (no fixed width, long words broken
/// anywhere), and in print on A4 and Letter alike (the `@page` margin fits
/// both; no claim, question, note, bookmark or source is cut between
/// pages; the questions and the sources start a page). It names only
/// fonts on the machine, so nothing is fetched.
enum SummaryStyle {
    static let css = """
    html { color: #111; background: #fff; font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.45; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0 auto; padding: 1rem; max-width: 46rem; overflow-wrap: anywhere; word-break: normal; }
    h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
    .date { white-space: nowrap; }
    h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; padding-bottom: .15rem; border-bottom: 2px solid #444; }
    h3 { font-size: 1.08rem; margin: 1.1rem 0 .3rem; }
    h4 { font-size: .95rem; margin: .5rem 0 .2rem; text-transform: uppercase; letter-spacing: .04em; color: #333; }
    h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
    p { margin: .3rem 0; }
    ul, ol { margin: .2rem 0 .5rem; padding-left: 1.3rem; }
    li { margin: .2rem 0; }
    .disclaimer { margin: .5rem 0 1rem; padding: .5rem .75rem; border: 2px solid #111; font-weight: 600; }
    .importance { font-weight: normal; }
    .not-rated { margin-top: 1.6rem; padding-top: .4rem; border-top: 1px solid #999; font-size: .95rem; text-transform: uppercase; letter-spacing: .05em; }
    .topic { margin: 0 0 1rem; }
    .topic-question { font-style: italic; }
    .claims { list-style: none; padding-left: 0; }
    .claim { padding-left: 1.3rem; text-indent: -1.3rem; }
    .mark { display: inline-block; width: 1.3rem; text-indent: 0; }
    .disputed { font-style: italic; }
    .tag { white-space: nowrap; font-size: .92em; color: #333; }
    .topic-notes, .notes, .bookmarks, .stances { padding-left: 1.1rem; }
    .note-text { white-space: pre-line; }
    .questions, .sources { list-style: none; padding-left: 0; }
    .question { margin: 0 0 1rem; }
    .question-text { font-weight: 600; }
    .number { font-weight: 700; }
    .about { font-style: italic; font-size: .95em; }
    .answer { margin: .3rem 0 0; }
    .answer-label { font-size: .85em; color: #444; }
    .answer .line { height: 1.9rem; border-bottom: 1px solid #777; }
    .subject { margin-bottom: 0; }
    .excerpt { font-style: italic; margin-left: .8rem; }
    .source { margin: .35rem 0; }
    .key, .how-to-read, .none { color: #333; }
    .claim, .note, .question, .bookmark, .source, .stance, .now, .sure, .disclaimer, .key, .how-to-read { break-inside: avoid; page-break-inside: avoid; }
    @page { margin: 15mm 14mm; }
    @media print {
      html { font-size: 10.5pt; }
      body { max-width: none; padding: 0; }
      #my-questions, #sources { break-before: page; page-break-before: always; }
      .answer .line { height: 2.1rem; }
      .tag, .answer-label, .key, .how-to-read, .none, h4 { color: #000; }
    }
    """
}
