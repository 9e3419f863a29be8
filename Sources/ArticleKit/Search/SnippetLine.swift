/// Lays out a snippet: shares the columns left beside the match between
/// the text before and after it, cuts each side at a word when it can and
/// marks every cut with an ellipsis. Works on items (`Character`s or
/// indices of them) so the caller decides how they are stored.
struct SnippetLine<Item: Equatable> {
    let width: Int
    let space: Item
    let ellipsis: Item
    let measure: (Item) -> Int
    /// What is shown, in reading order.
    private(set) var left: [Item] = []
    private(set) var middle: [Item] = []
    private(set) var right: [Item] = []

    init(width: Int, space: Item, ellipsis: Item, measure: @escaping (Item) -> Int) {
        self.width = width
        self.space = space
        self.ellipsis = ellipsis
        self.measure = measure
    }

    /// `before` and `after` are nearest-first context with whether the text
    /// went on past them.
    mutating func fill(before: (items: [Item], isCut: Bool), middle matched: [Item], after: (items: [Item], isCut: Bool)) {
        let leftItems = trimmedFar(before.items)
        let rightItems = trimmedFar(after.items)
        let middleColumns = columns(matched)
        middle = matched
        if middleColumns + 2 >= width {
            left = leftItems.isEmpty ? [] : [ellipsis]
            let available = width - left.count
            if middleColumns > available {
                middle = Array(matched.prefix(prefixCount(matched, fitting: available - 1)))
                right = [ellipsis]
            } else {
                right = side(rightItems, isCut: after.isCut, budget: available - middleColumns).items
            }
            return
        }
        let budget = width - middleColumns
        let leftNeed = before.isCut ? Int.max : columns(leftItems)
        let rightNeed = after.isCut ? Int.max : columns(rightItems)
        var leftBudget = budget / 2
        if leftNeed <= leftBudget {
            leftBudget = leftNeed
        } else if rightNeed <= budget - leftBudget {
            leftBudget = budget - rightNeed
        }
        let shownLeft = side(leftItems, isCut: before.isCut, budget: leftBudget)
        left = shownLeft.items.reversed()
        right = side(rightItems, isCut: after.isCut, budget: budget - shownLeft.columns).items
    }

    /// One side, nearest first, within `budget` columns: all of it if it
    /// fits, otherwise a cut (at a word when one is near) ending in an
    /// ellipsis.
    private func side(_ items: [Item], isCut: Bool, budget: Int) -> (items: [Item], columns: Int) {
        let total = columns(items)
        if !isCut, total <= budget { return (items, total) }
        guard budget >= 2 else { return budget == 1 ? ([ellipsis], 1) : ([], 0) }
        var count = prefixCount(items, fitting: budget - 1)
        if count < items.count, count > 0, items[count] != space, items[count - 1] != space,
           let lastSpace = items[..<count].lastIndex(of: space), count - lastSpace <= 15, lastSpace > 0 {
            count = lastSpace
        }
        while count > 0, items[count - 1] == space { count -= 1 }
        return (Array(items[..<count]) + [ellipsis], columns(items[..<count]) + 1)
    }

    /// How many of `items` fit in `limit` columns.
    private func prefixCount(_ items: [Item], fitting limit: Int) -> Int {
        var used = 0
        for (index, item) in items.enumerated() {
            used += measure(item)
            if used > limit { return index }
        }
        return items.count
    }

    private func columns<Items: Sequence<Item>>(_ items: Items) -> Int {
        items.reduce(0) { $0 + measure($1) }
    }

    private func trimmedFar(_ items: [Item]) -> [Item] {
        var items = items
        while items.last == space { items.removeLast() }
        return items
    }
}
