import ArticleKit
import DecisionKit

/// Where one claim sits on a comparison row (for selection highlighting).
public struct ClaimSpan: Hashable, Sendable {
    /// Index into `Comparison.claims`.
    public var claim: Int
    public var x: Int
    public var width: Int
}

/// One row of a laid-out comparison.
public struct ComparisonRow: Hashable, Sendable {
    public var runs: [StyledRun]
    public var claimSpans: [ClaimSpan] = []
    /// The topic this row belongs to, if any.
    public var topicIndex: Int?

    /// The row's text; the no-break spaces that keep a tag whole while
    /// wrapping are plain spaces here, so output can be searched as typed.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    /// Appends `plainText` to `text` (which may hold earlier rows).
    public func appendPlainText(to text: inout String) {
        let start = text.utf8.count
        for run in runs { text += SourceWording.plainSpaces(run.text) }
        while text.utf8.count > start, text.utf8.last == 0x20 { text.removeLast() }
    }
}

/// Lays a comparison out at a width: **Benefits | Risks** in two columns
/// that start on the same row for each topic, or stacked (benefits above
/// risks) when the width is under `sideBySideWidth`; precautions follow
/// each topic's columns at full width. Each claim is marked with its
/// stance (▲ ▼ ◆) and, across the library, tagged with its source's number,
/// kind and evidence. Each topic has a title and a line saying which
/// source takes which stances — never a count, which would read as
/// strength of evidence — and, where two sources take opposite stances on
/// the same point, "≠ sources differ" in words and symbol, with "≠" on the
/// claims concerned. Used by the comparison pane and by `weigh compare`.
public enum ComparisonLayout {
    public static let sideBySideWidth = 66
    static let separator = " │ "

    /// `records`: the person's own: how much each topic matters, said in
    /// words after the topic's title, and their notes, under the claim or
    /// the topic they are on (a claim with a note is marked ✎).
    public static func rows(for comparison: Comparison, width: Int, records: DecisionRecords = DecisionRecords()) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        forEachRow(for: comparison, width: width, records: records) { rows.append($0) }
        return rows
    }

    /// The rows of `rows(for:width:records:)`, handed to `body` one at a
    /// time as they are laid out, so a printout of 100,000 rows does not
    /// hold them all.
    public static func forEachRow(for comparison: Comparison, width: Int, records: DecisionRecords = DecisionRecords(),
                                  _ body: (ComparisonRow) throws -> Void) rethrows {
        let importance = records.importance
        var claimNotes: [String: [String]] = [:]
        var topicNotes: [String: [String]] = [:]
        // The store keeps notes cleaned (and the canvas draws no control
        // character), so they are not cleaned again on every frame.
        for note in records.notes {
            switch note.target {
            case .claim(let snapshot): claimNotes[snapshot.ref, default: []].append(note.text)
            case .topic(let id): topicNotes[id, default: []].append(note.text)
            case .bookmark: break
            }
        }
        let width = max(20, width)
        let sideBySide = width >= sideBySideWidth
        let leftWidth = (width - separator.count) / 2
        let rightWidth = width - separator.count - leftWidth
        // Each source's tag, made once for all its claims.
        let tags = comparison.scope == .library ? Dictionary(uniqueKeysWithValues: comparison.sources.map {
            ($0.number, StyledRun(" " + SourceWording.tag(number: $0.number, source: $0.source, space: SourceWording.noBreakSpace), TextStyle(.sourceTag)))
        }) : [:]
        var claimIndex = 0
        // Every row beside a shorter column is padded: one string per width.
        let padding = (0...leftWidth).map { StyledRun(String(repeating: " ", count: $0)) }
        let separatorRun = StyledRun(separator, TextStyle(.rule))

        if comparison.topics.isEmpty {
            try body(ComparisonRow(runs: [StyledRun(emptyMessage(for: comparison), TextStyle(.muted))]))
        } else if sideBySide {
            try body(ComparisonRow(runs: [
                StyledRun(pad("Benefits", leftWidth), TextStyle(.benefit)),
                StyledRun(separator, TextStyle(.rule)),
                StyledRun("Risks", TextStyle(.risk)),
            ]))
            try body(ComparisonRow(runs: [StyledRun(String(repeating: "─", count: leftWidth + 1) + "┼" + String(repeating: "─", count: rightWidth + 1), TextStyle(.rule))]))
        }

        for (topicIndex, topic) in comparison.topics.enumerated() {
            if topicIndex > 0 || sideBySide { try body(ComparisonRow(runs: [], topicIndex: topicIndex)) }
            let title = topic.topic.question.isEmpty ? topic.topic.title : "\(topic.topic.title) — \(topic.topic.question)"
            var titleRuns = [StyledRun(title, TextStyle(.topicTitle))]
            if let rating = importance[topic.topic.id], rating != .notRated {
                titleRuns.append(StyledRun(" · " + rating.words, TextStyle(.body, inline: .strong)))
            }
            for line in ParagraphWrapper.wrap(titleRuns, width: width).lines {
                try body(ComparisonRow(runs: line, topicIndex: topicIndex))
            }
            for line in whoSaysWhatLines(for: topic, width: width) {
                try body(ComparisonRow(runs: line, topicIndex: topicIndex))
            }
            for note in topicNotes[topic.topic.id] ?? [] {
                let runs = [StyledRun("✎ My note: ", TextStyle(.muted, inline: .strong))] + StyledRun.lines(note, TextStyle(.muted, inline: .emphasis))
                for line in ParagraphWrapper.wrap(runs, width: width).lines {
                    try body(ComparisonRow(runs: line, topicIndex: topicIndex))
                }
            }
            // Claims are numbered in `Comparison.claims` order: benefits, risks, precautions.
            typealias Numbered = (first: Int, claims: [ComparedClaim])
            let benefits: Numbered = (claimIndex, topic.benefits)
            let risks: Numbered = (benefits.first + topic.benefits.count, topic.risks)
            let precautions: Numbered = (risks.first + topic.risks.count, topic.precautions)
            claimIndex = precautions.first + topic.precautions.count
            let column = { (numbered: Numbered, width: Int, x: Int) in
                Self.column(numbered.claims, from: numbered.first, in: topic, width: width, tags: tags, notes: claimNotes, x: x)
            }
            if sideBySide {
                let left = column(benefits, leftWidth, 0)
                let right = column(risks, rightWidth, leftWidth + separator.count)
                for index in 0..<max(left.count, right.count) {
                    var row = ComparisonRow(runs: [], topicIndex: topicIndex)
                    let leftLine = index < left.count ? left[index] : ColumnLine.blank
                    let rightLine = index < right.count ? right[index] : ColumnLine.blank
                    row.runs.reserveCapacity(leftLine.runs.count + 2 + rightLine.runs.count)
                    row.runs += leftLine.runs
                    row.runs.append(padding[max(0, leftWidth - leftLine.width)])
                    row.runs.append(separatorRun)
                    row.runs += rightLine.runs
                    if let span = leftLine.span { row.claimSpans.append(span) }
                    if let span = rightLine.span { row.claimSpans.append(span) }
                    try body(row)
                }
                if !topic.precautions.isEmpty {
                    try body(ComparisonRow(runs: [StyledRun("Precautions", TextStyle(.precaution))], topicIndex: topicIndex))
                    for line in column(precautions, width, 0) {
                        try body(ComparisonRow(runs: line.runs, claimSpans: [line.span].compactMap { $0 }, topicIndex: topicIndex))
                    }
                }
            } else {
                var parts = [("Benefits", benefits, TextStyle.Role.benefit), ("Risks", risks, .risk)]
                if !topic.precautions.isEmpty { parts.append(("Precautions", precautions, .precaution)) }
                for (heading, claims, role) in parts {
                    try body(ComparisonRow(runs: [StyledRun(heading, TextStyle(role))], topicIndex: topicIndex))
                    for line in column(claims, width, 0) {
                        try body(ComparisonRow(runs: line.runs, claimSpans: [line.span].compactMap { $0 }, topicIndex: topicIndex))
                    }
                }
            }
        }
        try body(ComparisonRow(runs: []))
        for row in legend(for: comparison, width: width) { try body(row) }
    }

    static func emptyMessage(for comparison: Comparison) -> String {
        if comparison.topicFilter != nil { return "No claims on this topic here." }
        switch comparison.scope {
        case .article: return "This article states no benefits or risks of its own."
        case .library: return "No article in the library states benefits or risks."
        }
    }

    /// "Says: [1] ▲▼  [2] ▲  [3] ▼◆  ≠ sources differ  ± [2] says both",
    /// its parts kept whole and moved to a new row when the width runs out.
    static func whoSaysWhatLines(for topic: TopicComparison, width: Int) -> [[StyledRun]] {
        var lines: [[StyledRun]] = [[]]
        var used = 0
        func add(_ part: [StyledRun], width partWidth: Int) {
            if used > 0 && used + 2 + partWidth > width {
                lines.append([])
                used = 0
            }
            if used > 0 {
                lines[lines.count - 1].append(StyledRun("  "))
                used += 2
            }
            lines[lines.count - 1] += part
            used += partWidth
        }
        // A library's topic has a part for each of thousands of sources:
        // the marks are made once and the widths added up, not measured.
        let marks = Stance.allCases.map { (run: StyledRun($0.mark, TextStyle(role(of: $0))), width: DisplayWidth.of($0.mark)) }
        let label = StyledRun("Says: ", TextStyle(.muted))
        let labelWidth = DisplayWidth.of(label.text)
        for (number, (source, stances)) in topic.stancesBySource.enumerated() {
            var part = number == 0 ? [label] : []
            let tag = StyledRun("[\(source)] ", TextStyle(.sourceTag))
            part.append(tag)
            var partWidth = (number == 0 ? labelWidth : 0) + tag.text.utf8.count
            for stance in stances {
                let mark = marks[Stance.allCases.firstIndex(of: stance)!]
                part.append(mark.run)
                partWidth += mark.width
            }
            add(part, width: partWidth)
        }
        if topic.sourcesDiffer {
            let run = StyledRun("≠ sources differ", TextStyle(.disagreement))
            add([run], width: DisplayWidth.of(run.text))
        }
        for source in topic.selfContradictingSources {
            let run = StyledRun("± [\(source)] says both", TextStyle(.disagreement))
            add([run], width: DisplayWidth.of(run.text))
        }
        return lines
    }

    static func role(of stance: Stance) -> TextStyle.Role {
        switch stance {
        case .benefit: .benefit
        case .risk: .risk
        case .precaution: .precaution
        }
    }

    /// One laid-out line of a column, and the claim it shows (if any).
    struct ColumnLine {
        var runs: [StyledRun]
        var width: Int
        var span: ClaimSpan?

        static let blank = ColumnLine(runs: [], width: 0, span: nil)
    }

    /// `claims`, the first of them numbered `firstIndex`.
    /// `tags`: each source's tag run, a space before it.
    static func column(_ claims: [ComparedClaim], from firstIndex: Int, in topic: TopicComparison, width: Int, tags: [Int: StyledRun],
                       notes: [String: [String]] = [:], x: Int) -> [ColumnLine] {
        if claims.isEmpty { return [ColumnLine(runs: [StyledRun("  none stated", TextStyle(.muted))], width: 13, span: nil)] }
        var lines: [ColumnLine] = []
        for (offset, compared) in claims.enumerated() {
            let index = firstIndex + offset
            var runs = [StyledRun(compared.claim.text)]
            if topic.isDisputed(compared) { runs.append(StyledRun(" ≠", TextStyle(.disagreement))) }
            if let tag = tags[compared.sourceNumber] { runs.append(tag) }
            let own = notes.isEmpty ? [] : notes[compared.ref] ?? []
            if !own.isEmpty { runs.append(StyledRun(" ✎", TextStyle(.body, inline: .strong))) }
            var wrapped = [ParagraphWrapper.wrapped(runs, width: max(1, width - 2))]
            for note in own {
                wrapped.append(ParagraphWrapper.wrapped([StyledRun("✎ ", TextStyle(.muted, inline: .strong))] + StyledRun.lines(note, TextStyle(.muted, inline: .emphasis)),
                                                        width: max(1, width - 2)))
            }
            let stance = compared.claim.stance
            let role = TextStyle(role(of: stance))
            var first = true
            for paragraph in wrapped {
                for (line, lineWidth) in zip(paragraph.lines, paragraph.lineWidths) {
                    let prefix = StyledRun(first ? stance.mark + " " : "  ", role)
                    first = false
                    var runs = [prefix]
                    runs += line
                    lines.append(ColumnLine(runs: runs, width: 2 + lineWidth, span: ClaimSpan(claim: index, x: x, width: width)))
                }
            }
        }
        return lines
    }

    /// The sources with what is known of each, what the marks mean, and
    /// the not-medical-advice line.
    static func legend(for comparison: Comparison, width: Int) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        if !comparison.sources.isEmpty {
            rows.append(ComparisonRow(runs: [StyledRun(comparison.sources.count == 1 ? "Source" : "Sources", TextStyle(.heading(3)))]))
            for source in comparison.sources {
                var runs = [StyledRun(SourceWording.tag(number: source.number, source: source.source) + " ", TextStyle(.sourceTag)),
                            StyledRun(source.articleTitle, TextStyle(.body, inline: .strong))]
                runs.append(StyledRun(" — based on " + (source.source.map(SourceWording.legend) ?? "a source not recorded"), TextStyle(.muted)))
                let wrapped = ParagraphWrapper.wrap(runs, width: max(1, width - 4)).lines
                for (index, line) in wrapped.enumerated() {
                    rows.append(ComparisonRow(runs: (index == 0 ? [] : [StyledRun("    ")]) + line))
                }
            }
            rows.append(ComparisonRow(runs: []))
        }
        var notes = [SourceWording.disclaimer]
        if !comparison.topics.isEmpty { notes.insert(contentsOf: [SourceWording.key, SourceWording.claimsAreNotFindings], at: 0) }
        for note in notes {
            for line in ParagraphWrapper.wrap(StyledRun.lines(note, TextStyle(.muted)), width: width).lines {
                rows.append(ComparisonRow(runs: line))
            }
        }
        return rows
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
