import ArticleKit
import DecisionKit

/// The status line's text prompt: typing a bookmark's label, and the
/// query of a search in the article or the library, as it is typed.
extension Reader {
    /// Pasted text goes into an open text prompt, as typed; anywhere else
    /// (or in a yes/no question) it is dropped and the reader says so,
    /// since its characters would otherwise run as commands.
    static func paste(_ state: inout AppState, _ text: String) -> [Effect] {
        guard var prompt = state.prompt, !prompt.purpose.isChoice else {
            state.message = "Pasted text is taken only where you type (a note, a question, a search)"
            return []
        }
        state.message = nil
        let before = prompt.text
        prompt.paste(text)
        state.prompt = prompt
        if case .findInArticle(let originTop) = prompt.purpose, prompt.text != before {
            searchArticle(&state, query: prompt.text, from: originTop)
        }
        return []
    }

    static func updatePrompt(_ state: inout AppState, key: Key) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        if prompt.purpose.isChoice { return answerChoice(&state, prompt.purpose, key: key) }
        switch key {
        case .escape:
            state.prompt = nil
            state.message = "Cancelled"
            if case .findInArticle(let originTop) = prompt.purpose {
                state.search = nil
                let rows = state.bodyTextSize.height
                state.reading?.scroll(to: originTop, rows: rows)
            }
            if case .findInPane(let find) = prompt.purpose { restore(&state, find) }
            return []
        case .control("g") where prompt.purpose.takesLongText:
            state.prompt = nil
            return [.editInEditor(prompt)]
        case .enter:
            state.prompt = nil
            return accept(&state, prompt.purpose, text: prompt.text.trimmingCharacters(in: .whitespaces))
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
            if case .findInPane(let find) = prompt.purpose, prompt.text != before {
                searchPane(&state, find, query: prompt.text)
            }
            return []
        }
    }

    /// What Enter does with a prompt's text (trimmed), or the text that
    /// came back from the editor.
    static func accept(_ state: inout AppState, _ purpose: Prompt.Purpose, text label: String) -> [Effect] {
        switch purpose {
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
        case .findInPane(let find):
            acceptPaneFind(&state, find, text: label)
            return []
        case .findInLibrary:
            let query = label.isEmpty ? (state.lastQuery ?? "") : label
            guard !query.isEmpty else { return [] }
            return searchLibrary(&state, query: query)
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
        case .editNote(let id):
            guard !label.isEmpty else {
                state.message = "An empty note is not saved; x deletes it"
                return []
            }
            return [.editNote(id: id, text: label)]
        case .editQuestion(let id):
            guard !label.isEmpty else {
                state.message = "An empty question is not saved; x deletes it"
                return []
            }
            return [.editQuestion(id: id, text: label)]
        case .leaning, .sure, .confirmDelete:
            return []
        }
    }

    /// The editor closed: its text is taken as if typed and Enter pressed;
    /// with nothing back, the prompt opens again as it was, saying why.
    static func editorFinished(_ state: inout AppState, _ outcome: EditorOutcome) -> [Effect] {
        guard let text = outcome.text else {
            state.prompt = outcome.prompt
            state.message = outcome.problem
            return []
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // Too long to keep: back in the prompt, where Ctrl-G opens it again.
        if trimmed.count > outcome.prompt.purpose.storedLimit {
            state.prompt = Prompt(purpose: outcome.prompt.purpose, question: outcome.prompt.question, text: trimmed)
            state.message = "Not saved: at most \(outcome.prompt.purpose.storedLimit) characters here (this has \(trimmed.count)); Ctrl-G edits it again"
            return []
        }
        return accept(&state, outcome.prompt.purpose, text: trimmed)
    }

    /// A prompt one key answers: a leaning, a SURE answer, or whether to
    /// delete. Esc cancels, except in the SURE check, where it keeps the
    /// leaning without the answers.
    static func answerChoice(_ state: inout AppState, _ purpose: Prompt.Purpose, key: Key) -> [Effect] {
        state.prompt = nil
        switch purpose {
        case .leaning:
            guard case .character(let character) = key, let leaning = Prompt.leaningKeys.first(where: { $0.key == Character(character.lowercased()) })?.leaning else {
                if key != .escape { state.prompt = Prompt(purpose: .leaning, question: Prompt.leaningQuestion, text: "") } else { state.message = "Cancelled" }
                return []
            }
            state.prompt = Prompt.sureQuestion(leaning, answers: [])
        case .sure(let leaning, let answers):
            if key == .escape { return [.recordStance(leaning, sure: nil)] }
            guard case .character(let character) = key, "yYnN".contains(character) else {
                state.prompt = Prompt.sureQuestion(leaning, answers: answers)
                return []
            }
            let all = answers + [character == "y" || character == "Y"]
            guard all.count == 4 else {
                state.prompt = Prompt.sureQuestion(leaning, answers: all)
                return []
            }
            return [.recordStance(leaning, sure: SureAnswers(sure: all[0], understand: all[1], clearValues: all[2], support: all[3]))]
        case .confirmDelete(let item):
            guard key == .character("y") || key == .character("Y") else {
                state.message = "Kept"
                return []
            }
            switch item {
            case .note(let id): return [.deleteNote(id: id)]
            case .question(let id): return [.deleteQuestion(id: id)]
            default: return []
            }
        default:
            break
        }
        return []
    }
}
