/// The parts of search matches on the visible rows of the body. Only the
/// visible blocks that hold the query are matched, so a 10 MB article
/// with thousands of matches draws as fast as a short one.
struct SearchHighlights {
    private var byLine: [LinePosition: [(SearchHit.Part, Bool)]] = [:]

    init(search: ArticleSearch?, reading: ReadingView, visible: [LinePosition]) {
        guard let search, !search.blocks.isEmpty, let first = visible.first, let last = visible.last else { return }
        for block in first.block...last.block {
            for hit in search.hits(inBlock: block, of: reading) {
                let isCurrent = hit.block == search.current?.block && hit.indexInBlock == search.current?.indexInBlock
                for part in hit.parts {
                    let line = LinePosition(block: block, line: part.line)
                    if line >= first && line <= last { byLine[line, default: []].append((part, isCurrent)) }
                }
            }
        }
    }

    func parts(onLine line: LinePosition) -> [(SearchHit.Part, Bool)] {
        byLine[line] ?? []
    }
}
