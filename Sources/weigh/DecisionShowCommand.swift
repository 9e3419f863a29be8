import ArgumentParser
import PersonalStore
import DecisionKit
import Foundation
import ReaderUI
import SummaryPage

/// `weigh decision show`: everything recorded, as text, Markdown, one
/// printable HTML page, or JSON; to standard output or `--output FILE`.
struct DecisionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print what you have recorded: ratings, notes, questions and where you stand.",
        discussion: """
        text, markdown and html hold the same summary in the same order: the date and the \
        not-medical-advice line; where you stand; what matters most to you (rated topics first, \
        each with what the sources say for and against, every claim tagged with its source); your \
        questions, numbered; your notes; bookmarks with their excerpts; the sources with their \
        provenance; and how to read it. html is one self-contained page to print (A4 or Letter, \
        with room to write answers under each question) or open on a phone: it loads nothing and \
        runs no script. json is the records as data.
        """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var dataOptions: DataOptions

    @Option(name: .long, help: "text, markdown, html or json.")
    var format: Format = .text

    @Option(name: .long, help: "Wrap text to this many columns (default: the terminal's width, or 80).")
    var width: Int?

    @Option(name: .long, help: ArgumentHelp("Write to this file (replacing it, readable only by you) instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Flag(name: .long, help: "Leave out the topics you have not rated (text, markdown and html).")
    var ratedOnly = false

    func validate() throws {
        if let width, width < 20 || width > 10_000 {
            throw ValidationError("--width must be between 20 and 10000")
        }
        if ratedOnly && format == .json {
            throw ValidationError("--rated-only is for text, markdown and html; json holds every record")
        }
        if output?.isEmpty == true {
            throw ValidationError("--output needs a file name")
        }
    }

    func run() throws {
        let store = try dataOptions.openStore()
        let records: DecisionRecords
        let bookmarks: [Bookmark]
        do {
            records = try store.decisionRecords()
            bookmarks = format == .json ? [] : try store.allBookmarks()
        } catch {
            throw error.commandFailure
        }
        guard format != .json else {
            return try emit(try JSONText.encode(DecisionRecordsJSON(records)) + "\n")
        }
        // Claims are named as the library has them now; a claim that
        // changed is shown in the words written then, and says so.
        let library = try libraryOptions.load()
        var summary = DecisionSummary.build(records: records, library: library, bookmarks: bookmarks.map(\.summaryEntry))
        if ratedOnly { summary = summary.ratedOnly }
        let date = CalendarDay.string(Date())
        switch format {
        case .markdown:
            try emit(DecisionMarkdown.render(summary, date: date))
        case .html:
            try emit(SummaryHTML.render(summary, date: date))
        case .text, .json:
            let blocks = DecisionDocument.blocks(for: summary, date: date)
            // Tags are kept whole by no-break spaces; plain ones are printed.
            let columns = width ?? (output == nil ? FileHandleOutput.terminalColumns() : nil) ?? 80
            var text = ""
            for (index, block) in blocks.enumerated() {
                for line in BlockLayout.lines(forBlock: block, at: index, width: columns) {
                    text += SourceWording.plainSpaces(line.plainText)
                    text += "\n"
                }
            }
            try emit(text)
        }
    }

    /// Writes to `--output` (whole or not at all) or standard output.
    private func emit(_ text: String) throws {
        guard let output else { return try FileHandleOutput.writeToStandardOutput(text) }
        do {
            try DurableFile.replace(Array(text.utf8), at: URL(fileURLWithPath: output))
        } catch {
            throw CommandFailure("cannot write \(output): \(error.reason)")
        }
        print("wrote \(output)")
    }
}

extension Bookmark {
    /// What the decision summary shows of a bookmark.
    var summaryEntry: BookmarkExcerpt {
        BookmarkExcerpt(id: id, articleID: articleID, sectionTitle: sectionTitle, label: label, excerpt: excerpt, createdAt: createdAt)
    }
}
