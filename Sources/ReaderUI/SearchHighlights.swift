/// The parts of search matches on the visible rows of the body, found by
/// binary search so a 10 MB article with thousands of matches draws fast.
struct SearchHighlights {
    private var byLine: [Int: [(SearchHit.Part, Bool)]] = [:]

    init(search: ArticleSearch?, top: Int, rows: Int) {
        guard let search, !search.hits.isEmpty else { return }
        let hits = search.hits
        // A match starts at most a few rows above the top and still shows.
        var low = 0
        var high = hits.count
        let from = top - 4
        while low < high {
            let middle = (low + high) / 2
            if hits[middle].firstLine < from { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < hits.count && hits[index].firstLine < top + rows {
            for part in hits[index].parts where part.line >= top && part.line < top + rows {
                byLine[part.line, default: []].append((part, index == search.current))
            }
            index += 1
        }
    }

    func parts(onLine line: Int) -> [(SearchHit.Part, Bool)] {
        byLine[line] ?? []
    }
}
