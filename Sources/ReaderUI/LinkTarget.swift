import Foundation

/// Where a link in an article leads, as the reader treats it: a web or
/// mail address goes to the person's browser, a link to the library
/// (`other.md`, `other.md#section`, `#section`) opens in the reader, and
/// anything else (`javascript:`, `file:`, `data:`, an absolute path, a
/// picture next to the article) is shown, never run or opened.
public enum LinkTarget: Hashable, Sendable {
    /// `http:`, `https:` or `mailto:`: handed to `$BROWSER` or `xdg-open`.
    case web(String)
    /// An article of the library by its file name relative to the library
    /// folder (nil: the article the link is in), at a section's slug.
    case library(fileName: String?, slug: String?)
    /// Any other address: only shown, so it can be copied.
    case shownOnly(String)

    static let webSchemes: Set<String> = ["http", "https", "mailto"]

    /// What `url`, found in the article read from `fileName` (relative to
    /// the library folder), leads to.
    public init(url: String, from fileName: String) {
        let address = url.trimmingCharacters(in: .whitespaces)
        if let scheme = Self.scheme(of: address) {
            self = Self.webSchemes.contains(scheme.lowercased()) ? .web(address) : .shownOnly(address)
            return
        }
        let (pathPart, fragment) = Self.split(address, at: "#")
        let path = Self.split(pathPart, at: "?").before
        let slug = fragment.flatMap { $0.removingPercentEncoding ?? $0 }.flatMap { $0.isEmpty ? nil : $0 }
        if path.isEmpty {
            self = fragment == nil ? .shownOnly(address) : .library(fileName: nil, slug: slug)
            return
        }
        guard !path.hasPrefix("/"), path.lowercased().hasSuffix(".md"), let decoded = path.removingPercentEncoding,
              let resolved = Self.resolve(decoded, besides: fileName) else {
            self = .shownOnly(address)
            return
        }
        self = .library(fileName: resolved, slug: slug)
    }

    /// The scheme of an absolute address (`https` in `https://…`): letters,
    /// digits, `+`, `-` and `.` after a letter, before a colon that comes
    /// before any `/`, `?` or `#`.
    static func scheme(of address: String) -> String? {
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let candidate = address[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return String(candidate)
    }

    private static func split(_ text: String, at separator: Character) -> (before: String, after: String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    /// `path` taken from the folder `fileName` is in, `.` and `..` worked
    /// out; nil when it climbs out of the library folder.
    static func resolve(_ path: String, besides fileName: String) -> String? {
        var parts = fileName.split(separator: "/", omittingEmptySubsequences: true).dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
