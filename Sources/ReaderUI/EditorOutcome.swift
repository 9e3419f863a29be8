/// What came back from the person's editor (`$VISUAL`, `$EDITOR`) for a
/// prompt's text: the text as saved there, or why there is none. The
/// prompt comes back as it was, so nothing typed is lost when the editor
/// gives nothing back.
public struct EditorOutcome: Hashable, Sendable {
    /// The prompt as it was when the editor was opened.
    public var prompt: Prompt
    /// The text as saved in the editor; nil when nothing came back.
    public var text: String?
    /// Why nothing came back (no editor set, it could not start, it failed).
    public var problem: String?

    /// What is said when neither `$VISUAL` nor `$EDITOR` is set.
    public static let noEditor = "Set VISUAL or EDITOR to write in your editor; the prompt is as you left it"

    public init(prompt: Prompt, text: String?, problem: String? = nil) {
        self.prompt = prompt
        self.text = text
        self.problem = problem
    }
}
