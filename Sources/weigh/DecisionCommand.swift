import ArgumentParser

/// `weigh decision`: what matters to you, your notes, your questions for
/// the clinician and where you stand, kept with the bookmarks.
struct DecisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Record what matters to you, notes, questions for your clinician, and where you stand.",
        discussion: """
        These records are kept with the bookmarks in weigh.sqlite in the data folder, and \
        'weigh export' / 'weigh import' carry them with everything else personal.
        """,
        subcommands: [DecisionShowCommand.self, DecisionRateCommand.self, DecisionNoteCommand.self, DecisionAskCommand.self, DecisionLeanCommand.self,
                      DecisionEditCommand.self, DecisionMoveCommand.self, DecisionDeleteCommand.self],
        defaultSubcommand: DecisionShowCommand.self
    )
}
