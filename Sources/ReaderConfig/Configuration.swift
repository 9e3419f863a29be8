import ReaderUI

/// What a config file sets: the reader's theme, the body's width, whether
/// the contents start shown, the default library and the keys. `standard`
/// is what weigh does with no config file, and what the default file
/// (`DefaultConfigFile`) reads back to.
public struct Configuration: Sendable {
    /// `colored` (with `colors`) or `monochrome`; `NO_COLOR` still wins
    /// (`Theme.forEnvironment`).
    public var theme: Theme
    /// The widest article text is laid out (`ScreenLayout.maximumTextWidths`).
    public var bodyWidth: Int
    public var contentsShown: Bool
    /// The library folder, as an absolute path (or as written, when it is
    /// relative and the file's folder is not known).
    public var library: String?
    public var keymap: Keymap

    public init(theme: Theme = .colored, bodyWidth: Int = ScreenLayout.defaultMaximumTextWidth, contentsShown: Bool = true,
                library: String? = nil, keymap: Keymap = .standard) {
        self.theme = theme
        self.bodyWidth = bodyWidth
        self.contentsShown = contentsShown
        self.library = library
        self.keymap = keymap
    }

    public static let standard = Configuration()
}
