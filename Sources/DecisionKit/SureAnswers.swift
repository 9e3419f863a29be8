/// The four-item SURE check of decisional conflict: each answered yes or
/// no. All four yes is the usual sign a person feels ready; it is shown as
/// the person's own answers, never as a score.
public struct SureAnswers: Hashable, Sendable, Codable {
    /// S: "Do you feel sure about the best choice for you?"
    public var sure: Bool
    /// U: "Do you know the benefits and risks of each option?"
    public var understand: Bool
    /// R: "Are you clear about which benefits and risks matter most to you?"
    public var clearValues: Bool
    /// E: "Do you have enough support and advice to make a choice?"
    public var support: Bool

    public init(sure: Bool, understand: Bool, clearValues: Bool, support: Bool) {
        self.sure = sure
        self.understand = understand
        self.clearValues = clearValues
        self.support = support
    }

    /// The questions, in SURE order, in the library's words.
    public static let questions = [
        "Do you feel sure about the best choice for you?",
        "Do you know the benefits and risks of the options?",
        "Are you clear about which benefits and risks matter most to you?",
        "Do you have enough support and advice to make a choice?",
    ]

    public var answers: [Bool] { [sure, understand, clearValues, support] }

    /// From "YNYN" (any case), as `weigh decision lean --sure` takes it.
    public init?(letters: String) {
        let flags = letters.uppercased().map { $0 }
        guard flags.count == 4, flags.allSatisfy({ $0 == "Y" || $0 == "N" }) else { return nil }
        self.init(sure: flags[0] == "Y", understand: flags[1] == "Y", clearValues: flags[2] == "Y", support: flags[3] == "Y")
    }

    /// "YNYN".
    public var letters: String { String(answers.map { $0 ? "Y" : "N" }) }
}
