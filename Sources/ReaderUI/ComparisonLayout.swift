import ArticleKit

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

    public var plainText: String {
        var text = runs.map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// Lays a comparison out at a width: **Benefits | Risks** in two columns
/// that start on the same row for each topic, or stacked (benefits above
/// risks) when the width is under `sideBySideWidth`. Each topic has a
/// title, a bar of its claim counts and, where sources take opposite
/// stances, a "≠ sources differ" mark in words and symbol. Used by the
/// comparison pane and by `weigh compare`.
public enum ComparisonLayout {
    public static let sideBySideWidth = 66
    static let separator = " │ "
    static let maximumBar = 10

    public static func rows(for comparison: Comparison, width: Int) -> [ComparisonRow] {
        let width = max(20, width)
        let sideBySide = width >= sideBySideWidth
        let leftWidth = (width - separator.count) / 2
        let rightWidth = width - separator.count - leftWidth
        var rows: [ComparisonRow] = []
        let tagged = comparison.scope == .library
        var claimIndex = 0

        if comparison.topics.isEmpty {
            rows.append(ComparisonRow(runs: [StyledRun(emptyMessage(for: comparison), TextStyle(.muted))]))
        } else if sideBySide {
            rows.append(ComparisonRow(runs: [
                StyledRun(pad("Benefits", leftWidth), TextStyle(.benefit)),
                StyledRun(separator, TextStyle(.rule)),
                StyledRun("Risks", TextStyle(.risk)),
            ]))
            rows.append(ComparisonRow(runs: [StyledRun(String(repeating: "─", count: leftWidth + 1) + "┼" + String(repeating: "─", count: rightWidth + 1), TextStyle(.rule))]))
        }

        for (topicIndex, topic) in comparison.topics.enumerated() {
            if topicIndex > 0 || sideBySide { rows.append(ComparisonRow(runs: [], topicIndex: topicIndex)) }
            let title = topic.topic.question.isEmpty ? topic.topic.title : "\(topic.topic.title) — \(topic.topic.question)"
            for line in ParagraphWrapper.wrap([StyledRun(title, TextStyle(.topicTitle))], width: width).lines {
                rows.append(ComparisonRow(runs: line, topicIndex: topicIndex))
            }
            for line in barLines(for: topic, width: width) {
                rows.append(ComparisonRow(runs: line, topicIndex: topicIndex))
            }
            let benefits = topic.benefits.map { claim -> (Int, ComparedClaim) in defer { claimIndex += 1 }; return (claimIndex, claim) }
            let risks = topic.risks.map { claim -> (Int, ComparedClaim) in defer { claimIndex += 1 }; return (claimIndex, claim) }
            if sideBySide {
                let left = column(benefits, width: leftWidth, tagged: tagged, x: 0)
                let right = column(risks, width: rightWidth, tagged: tagged, x: leftWidth + separator.count)
                for index in 0..<max(left.count, right.count) {
                    var row = ComparisonRow(runs: [], topicIndex: topicIndex)
                    let leftLine = index < left.count ? left[index] : ColumnLine.blank
                    let rightLine = index < right.count ? right[index] : ColumnLine.blank
                    row.runs = leftLine.runs + [StyledRun(String(repeating: " ", count: max(0, leftWidth - leftLine.width))), StyledRun(separator, TextStyle(.rule))] + rightLine.runs
                    row.claimSpans = [leftLine.span, rightLine.span].compactMap { $0 }
                    rows.append(row)
                }
            } else {
                for (heading, claims, role) in [("Benefits", benefits, TextStyle.Role.benefit), ("Risks", risks, .risk)] {
                    rows.append(ComparisonRow(runs: [StyledRun(heading, TextStyle(role))], topicIndex: topicIndex))
                    for line in column(claims, width: width, tagged: tagged, x: 0) {
                        rows.append(ComparisonRow(runs: line.runs, claimSpans: [line.span].compactMap { $0 }, topicIndex: topicIndex))
                    }
                }
            }
        }
        rows.append(ComparisonRow(runs: []))
        rows += legend(for: comparison, width: width)
        return rows
    }

    static func emptyMessage(for comparison: Comparison) -> String {
        if comparison.topicFilter != nil { return "No claims on this topic here." }
        switch comparison.scope {
        case .article: return "This article states no benefits or risks of its own."
        case .library: return "No article in the library states benefits or risks."
        }
    }

    /// "▲ 3 benefits ███   ▼ 4 risks ████   ≠ sources differ", its three
    /// parts kept whole and moved to a new row when the width runs out.
    static func barLines(for topic: TopicComparison, width: Int) -> [[StyledRun]] {
        func blocks(_ count: Int) -> String { String(repeating: "█", count: min(count, maximumBar)) + (count > maximumBar ? "+" : "") }
        let benefits = topic.benefits.count
        let risks = topic.risks.count
        var parts = [
            [StyledRun("▲ \(benefits) \(benefits == 1 ? "benefit" : "benefits") ", TextStyle(.muted)), StyledRun(blocks(benefits), TextStyle(.benefit))],
            [StyledRun("▼ \(risks) \(risks == 1 ? "risk" : "risks") ", TextStyle(.muted)), StyledRun(blocks(risks), TextStyle(.risk))],
        ]
        if topic.sourcesDiffer { parts.append([StyledRun("≠ sources differ", TextStyle(.disagreement))]) }
        var lines: [[StyledRun]] = [[]]
        var used = 0
        for part in parts {
            let partWidth = DisplayWidth.of(part.map(\.text).joined())
            if used > 0 && used + 3 + partWidth > width {
                lines.append([])
                used = 0
            }
            if used > 0 {
                lines[lines.count - 1].append(StyledRun("   "))
                used += 3
            }
            lines[lines.count - 1] += part
            used += partWidth
        }
        return lines
    }

    /// One laid-out line of a column, and the claim it shows (if any).
    struct ColumnLine {
        var runs: [StyledRun]
        var width: Int
        var span: ClaimSpan?

        static let blank = ColumnLine(runs: [], width: 0, span: nil)
    }

    static func column(_ claims: [(Int, ComparedClaim)], width: Int, tagged: Bool, x: Int) -> [ColumnLine] {
        if claims.isEmpty { return [ColumnLine(runs: [StyledRun("  none stated", TextStyle(.muted))], width: 13, span: nil)] }
        var lines: [ColumnLine] = []
        for (index, compared) in claims {
            var runs = [StyledRun(compared.claim.text)]
            if tagged { runs.append(StyledRun(" [\(compared.sourceNumber)]", TextStyle(.sourceTag))) }
            let wrapped = ParagraphWrapper.wrap(runs, width: max(1, width - 2)).lines
            for (lineNumber, line) in wrapped.enumerated() {
                let prefix = StyledRun(lineNumber == 0 ? "• " : "  ", TextStyle(.listMarker))
                let lineWidth = 2 + DisplayWidth.of(line.map(\.text).joined())
                lines.append(ColumnLine(runs: [prefix] + line, width: lineWidth, span: ClaimSpan(claim: index, x: x, width: width)))
            }
        }
        return lines
    }

    static func legend(for comparison: Comparison, width: Int) -> [ComparisonRow] {
        var rows: [ComparisonRow] = []
        if comparison.scope == .library && !comparison.sources.isEmpty {
            rows.append(ComparisonRow(runs: [StyledRun("Sources", TextStyle(.heading(3)))]))
            for source in comparison.sources {
                var runs = [StyledRun("[\(source.number)] ", TextStyle(.sourceTag)), StyledRun(source.articleTitle, TextStyle(.body, inline: .strong))]
                if let reference = source.source {
                    runs.append(StyledRun(" — based on " + SourceDescription.text(for: reference), TextStyle(.muted)))
                }
                let wrapped = ParagraphWrapper.wrap(runs, width: max(1, width - 4)).lines
                for (index, line) in wrapped.enumerated() {
                    rows.append(ComparisonRow(runs: (index == 0 ? [] : [StyledRun("    ")]) + line))
                }
            }
            rows.append(ComparisonRow(runs: []))
        }
        let note = "This compares what the sources say; it is not medical advice. Talk to a qualified healthcare provider."
        for line in ParagraphWrapper.wrap([StyledRun(note, TextStyle(.muted))], width: width).lines {
            rows.append(ComparisonRow(runs: line))
        }
        return rows
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
