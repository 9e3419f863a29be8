import ArticleKit
import DecisionKit

/// The status line's text prompt: typing a bookmark's label, and the
/// query of a search in the article or the library, as it is typed.
extension Reader {
    static func updatePrompt(_ state: inout AppState, key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape:
            state.prompt = nil
            state.message = "Cancelled"
            if case .findInArticle(let originTop) = prompt.purpose {
                state.search = nil
                let rows = state.bodyTextSize.height
                state.reading?.scroll(to: originTop, rows: rows)
            }
            return []
        case .enter:
            state.prompt = nil
            let label = prompt.text.trimmingCharacters(in: .whitespaces)
            switch prompt.purpose {
            case .findInArticle(let originTop):
                let query = label.isEmpty ? (state.lastQuery ?? "") : label
                guard !query.isEmpty else { return [] }
                state.lastQuery = query
                let from = state.search?.current?.first ?? originTop
                searchArticle(&state, query: query, from: from)
                if let search = state.search, let number = search.currentNumber {
                    state.message = "match \(number) of \(search.total)"
                }
                return []
            case .findInLibrary:
                let query = label.isEmpty ? (state.lastQuery ?? "") : label
                guard !query.isEmpty else { return [] }
                searchLibrary(&state, query: query)
                return []
            case .newBookmark(let position, let section, let excerpt):
                return [.addBookmark(position: position, sectionTitle: section, excerpt: excerpt, label: label.isEmpty ? nil : label)]
            case .rename(let id):
                return [.renameBookmark(id: id, label: label.isEmpty ? nil : label)]
            case .note(let target):
                guard !label.isEmpty else {
                    state.message = "An empty note is not saved"
                    return []
                }
                return [.addNote(label, on: target)]
            case .question(let claim):
                guard !label.isEmpty else {
                    state.message = "An empty question is not saved"
                    return []
                }
                return [.addQuestion(label, claim: claim)]
            }
        default:
            let before = prompt.text
            prompt.edit(with: key)
            state.prompt = prompt
            // Only a changed query searches again: a long paste runs into
            // the prompt's limit, and the keys past it change nothing.
            if case .findInArticle(let originTop) = prompt.purpose, prompt.text != before {
                searchArticle(&state, query: prompt.text, from: originTop)
                if prompt.text.isEmpty { state.message = nil }
            }
            return []
        }
    }

    /// `'`: opens or closes the bookmarks pane (which takes the keyboard).
}
