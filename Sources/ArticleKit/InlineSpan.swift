/// How a run of inline text is marked up; several can apply at once
/// (`***both***` is emphasis and strong).
public struct InlineStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let emphasis = InlineStyle(rawValue: 1 << 0)
    public static let strong = InlineStyle(rawValue: 1 << 1)
    public static let code = InlineStyle(rawValue: 1 << 2)
    public static let link = InlineStyle(rawValue: 1 << 3)
    public static let strikethrough = InlineStyle(rawValue: 1 << 4)
}

/// One run of inline text with a single style: the flat form of a
/// paragraph's emphasis, strong, code and links, ready for wrapping.
///
/// A hard line break is a span whose text is `"\n"`.
public struct InlineSpan: Hashable, Sendable {
    public var text: String
    public var style: InlineStyle
    /// The target of a link; set only when `style` contains `.link`.
    public var url: String?

    public init(_ text: String, style: InlineStyle = [], url: String? = nil) {
        self.text = text
        self.style = style
        self.url = url
    }

    public static let lineBreak = InlineSpan("\n")
}

extension Array where Element == InlineSpan {
    /// The spans' text run together, for search, excerpts and slugs.
    public var plainText: String { map(\.text).joined() }
}
