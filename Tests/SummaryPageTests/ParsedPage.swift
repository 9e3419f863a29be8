import Foundation
import Testing

/// An HTML page as an HTML5 parser builds it: html5lib (Debian's
/// python3-html5lib, which scripts/install-deps installs) parses the page
/// in strict mode, where any parse error fails, and hands back the tree the
/// way a browser would build it, so a `<script>` that escaped escaping
/// would show up here as an element.
struct ParsedPage {
    /// An element with its attributes and children (elements and text).
    struct Element: Decodable {
        enum Child: Decodable {
            case element(Element)
            case text(String)

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) { self = .text(text) } else { self = .element(try container.decode(Element.self)) }
            }
        }

        var name: String
        var attributes: [String: String]
        var children: [Child]

        var elements: [Element] { children.compactMap { if case .element(let element) = $0 { element } else { nil } } }

        /// Every element below this one, in document order.
        var descendants: [Element] { elements.flatMap { [$0] + $0.descendants } }

        func all(_ name: String) -> [Element] { descendants.filter { $0.name == name } }

        /// Elements below this one whose class list holds `name`.
        func all(class name: String) -> [Element] {
            descendants.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
        }

        func first(class name: String) -> Element? { all(class: name).first }

        /// The text inside, as a browser shows it (entities decoded).
        var text: String {
            children.map { child in
                switch child {
                case .text(let text): text
                case .element(let element): element.text
                }
            }.joined()
        }
    }

    static let parserScript = """
    import sys, json, html5lib
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), strict=True, namespaceHTMLElements=False)
    try:
        root = parser.parse(sys.stdin.buffer.read())
    except html5lib.html5parser.ParseError as error:
        print("parse error: %s at %s" % (error, parser.errors[-1:] ), file=sys.stderr)
        sys.exit(1)
    def node(e):
        children = [e.text] if e.text else []
        for child in e:
            children.append(node(child))
            if child.tail: children.append(child.tail)
        return {"name": e.tag if isinstance(e.tag, str) else "#comment", "attributes": dict(e.attrib), "children": children}
    print(json.dumps(node(root)))
    """

    let html: Element

    /// Parses `page`; records an issue and fails when the parser is
    /// missing or finds any error.
    init(_ page: String) throws {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            Issue.record("no \(python): run scripts/install-deps (it installs python3-html5lib)")
            throw ParseFailure()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", Self.parserScript]
        // The page goes in through a file: a pipe could fill before the
        // parser's output is read.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("weigh-page-\(UUID().uuidString).html")
        try Data(page.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = Pipe(), error = Pipe()
        (process.standardInput, process.standardOutput, process.standardError) = (try FileHandle(forReadingFrom: file), output, error)
        try process.run()
        let tree = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let hint = message.contains("No module named") ? " (run scripts/install-deps: it installs python3-html5lib)" : ""
            Issue.record("html5lib did not accept the page\(hint): \(message)")
            throw ParseFailure()
        }
        html = try JSONDecoder().decode(Element.self, from: tree)
    }

    struct ParseFailure: Error {}

    var head: Element { html.elements.first { $0.name == "head" }! }
    var body: Element { html.elements.first { $0.name == "body" }! }
}
