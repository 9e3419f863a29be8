import ArgumentParser
import ArticleKit
import PersonalStore
import Foundation
import ReaderConfig
import ReaderUI
import TerminalCurses

/// One run of the full-screen reader, from loading to the restored
/// terminal. Shared by `weigh read` and bare `weigh`, which starts it
/// without parsing arguments at all (`Weigh.main`).
enum ReaderSession {
    static func run(libraryPath: String?, dataDirectory: DataDirectory, configPath: String? = nil) throws {
        // The store is read on its own thread meanwhile (ReaderStoreOpening).
        let opening = ReaderStoreOpening.start(directory: dataDirectory)
        // Problems in the config file go to standard error before the
        // screen is taken (they stay there after it is given back) and
        // into the first frame's status line; the reader starts anyway.
        let config = UserConfig.load(option: configPath)
        for line in config.problemLines { printError("weigh: " + line) }
        let settings = config.configuration
        var loader = try LibraryOptions.loader(path: libraryPath, configured: settings.library)
        // A long article not in the cache opens by its first piece; the
        // rest of it is parsed first thing in the background.
        loader.defersLongBodies = true
        if let problem = TerminalAvailability.check() {
            throw CommandFailure(problem.description)
        }
        FirstScreenLoading.load(&loader)
        let library = loader.library
        let theme = Theme.forEnvironment(configured: settings.theme)
        let effects = ReaderStoreEffects(opening: opening, dataFolder: dataDirectory.url)
        MainActor.assumeIsolated {
            let terminal = CursesTerminal(theme: theme)
            // Taking the screen overlaps the store's read. Only a store
            // with no snapshot (damaged, newer) keeps it blank for longer:
            // it is opened for writing first, which takes milliseconds.
            terminal.start()
            let stored = opening.firstFrame()
            var notices = (config.statusMessage.map { [$0] } ?? []) + stored.notices
            if loader.isComplete, !library.problems.isEmpty {
                notices.append("\(plural(library.problems.count, "problem")) in the library: run 'weigh check'")
            }
            var state = AppState(library: library, size: terminal.size, start: stored.start, savedPositions: stored.positions,
                                 bookmarks: stored.bookmarks, records: stored.records, keymap: settings.keymap,
                                 maximumTextWidth: settings.bodyWidth, contentsHidden: !settings.contentsShown)
            state.bookmarksUnavailable = stored.unavailable
            opening.reportOpeningAfterFirstFrame { [external = terminal.external] opened in
                if let why = opened.unavailable { external.post(.bookmarksUnavailable(why)) }
                if let damage = opened.damage { external.post(.notice(damage)) }
                // The first frame had the ratings and notes; now all of it.
                if let store = opened.store { opening.postRecords(from: store, to: external) }
            }
            // The rest of the library is loaded while the reader is already
            // in use: the reader asks for it (`Effect.loadInBackground`) once
            // its first frame is drawn, and for the search index
            // (`Effect.buildSearchIndex`) when a library search starts.
            state.loadsInBackground = true
            if !loader.isComplete {
                state.libraryLoading = LibraryLoadingProgress(filesLoaded: loader.filesLoaded, fileCount: loader.fileCount)
            }
            state.message = notices.isEmpty ? nil : notices.joined(separator: " · ")
            let external = terminal.external
            // Edits to the library's files show while the reader runs: the
            // watcher is set before loading finishes, so a change made
            // meanwhile is queued and read once the library is whole.
            let indexing = SearchIndexing(post: external.post)
            let reloading = LibraryReloading(folderPath: loader.folderPath, indexing: indexing)
            let watcher = LibraryWatcher(folderPath: loader.folderPath)
            let articleEditing = ArticleEditing(editor: ExternalEditor.named(in: ProcessInfo.processInfo.environment),
                                                folderPath: loader.folderPath, reloading: reloading)
            var loop = ReaderLoop(state: state, theme: theme) { [loader] effect in
                if effect == .loadInBackground {
                    BackgroundLoading.start(loader, posting: external, first: { opening.proceed() }, whole: { library in
                        reloading.loaded(library)
                        watcher?.start {
                            guard let reload = reloading.reload() else { return }
                            external.post(.libraryReloaded(reload))
                        }
                    })
                    return []
                }
                if effect == .buildSearchIndex {
                    indexing.request()
                    return []
                }
                if case .editArticle(let fileName, let blockIndex) = effect {
                    return MainActor.assumeIsolated {
                        articleEditing.edit(fileName: fileName, blockIndex: blockIndex, run: terminal.runOutside)
                    }
                }
                if case .editInEditor(let prompt) = effect {
                    guard let editor = ExternalEditor.named(in: ProcessInfo.processInfo.environment) else {
                        return [.editorFinished(EditorOutcome(prompt: prompt, text: nil, problem: EditorOutcome.noEditor))]
                    }
                    return [.editorFinished(MainActor.assumeIsolated { editor.edit(prompt, run: terminal.runOutside) })]
                }
                if case .openLink(let url) = effect {
                    guard let browser = WebBrowser.named(in: ProcessInfo.processInfo.environment) else {
                        return [.notice(WebBrowser.noBrowser(url))]
                    }
                    return [.notice(MainActor.assumeIsolated { browser.open(url, run: terminal.runOutside) })]
                }
                let reports = effects.perform(effect)
                opening.repostRecords(in: reports)
                return reports
            }
            let final = loop.run(on: terminal)
            if let position = final.reading?.savablePosition {
                _ = effects.perform(.saveReadingPosition(position, now: true))
            }
            if let signal = terminal.pendingSignal { terminal.die(of: signal) }
            terminal.stop()
        }
    }
}
