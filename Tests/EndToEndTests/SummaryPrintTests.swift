import Foundation
import Testing

/// `weigh decision show --format html --output FILE`, printed by a real
/// browser: what a person takes to the appointment.
@Suite("The printable summary in a real browser")
struct SummaryPrintTests {
    let library = WeighProcess.bundledLibrary.path
    typealias Sandbox = BookmarkCommandTests.Sandbox

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func chromiumPrintsTheQuestionsTheDisclaimerAndAWideNoteAndNothingRuns() throws {
        let sandbox = try Sandbox()
        let chromium = try HeadlessChromium(folder: sandbox.folder)
        let listener = try LoopbackListener()
        defer { listener.stop() }
        let port = listener.port

        // The listener would see a page that loads from it: a page without
        // the summary's escaping and policy does.
        let control = sandbox.folder.appendingPathComponent("control.html")
        try Data("<!DOCTYPE html><p>x</p><img src=\"http://127.0.0.1:\(port)/control\">".utf8).write(to: control)
        _ = try chromium.printToText(control, pdf: sandbox.folder.appendingPathComponent("control.pdf"))
        #expect(listener.takeConnections() > 0, "the control page's image was fetched")

        let wide = "副作用が心配です 😟 nausea on the way home"
        let hostile = "<script>fetch('http://127.0.0.1:\(port)/script')</script><img src=http://127.0.0.1:\(port)/img onerror=alert(1)>"
        let withLibrary = ["--library", library]
        for arguments in [["decision", "rate", "addiction", "4"] + withLibrary, ["decision", "rate", "side-effects", "3"] + withLibrary,
                          ["decision", "note", "side-effects", wide] + withLibrary, ["decision", "note", "addiction", hostile] + withLibrary,
                          ["decision", "ask", "How do you screen for a history of substance use?"],
                          ["decision", "ask", "What happens if I feel very dissociated?"],
                          ["decision", "lean", "unsure", "--sure", "nyyn"], ["bookmarks", "add", "risks", "--label", "bladder"] + withLibrary] {
            let result = try sandbox.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
        }
        let page = sandbox.folder.appendingPathComponent("summary.html")
        let show = try sandbox.run(["decision", "show", "--format", "html", "--output", page.path, "--library", library])
        #expect(show.status == 0 && show.lines == ["wrote \(page.path)"], "\(show.error)")

        let text = Self.squeezed(try chromium.printToText(page, pdf: sandbox.folder.appendingPathComponent("summary.pdf")))
        #expect(text.contains("This reports what its sources say; it is not medical advice."), "\(text)")
        #expect(text.contains("1. How do you screen for a history of substance use?"))
        #expect(text.contains("2. What happens if I feel very dissociated?"))
        #expect(text.contains(wide), "the wide note is printed in its place")
        #expect(text.contains("<script>fetch("), "the hostile note is printed as text")
        #expect(text.contains("bladder"))
        #expect(listener.takeConnections() == 0, "the page fetched nothing and ran nothing")
    }

    @Test func theFormatsRatedOnlyAndAnEmptyRecordOnTheCommandLine() throws {
        let sandbox = try Sandbox()
        let empty = try sandbox.run(["decision", "show", "--format", "html", "--library", library])
        #expect(empty.status == 0 && empty.text.contains("Nothing recorded yet") && empty.text.contains("not medical advice"))
        #expect(empty.text.hasPrefix("<!DOCTYPE html>") && !empty.text.contains("<section"))

        #expect(try sandbox.run(["decision", "rate", "cost", "2", "--library", library]).status == 0)
        for format in ["text", "markdown", "html"] {
            let all = try sandbox.run(["decision", "show", "--format", format, "--library", library])
            let rated = try sandbox.run(["decision", "show", "--format", format, "--rated-only", "--library", library])
            #expect(all.status == 0 && rated.status == 0, "\(rated.error)")
            #expect(all.text.contains("Topics not rated") && !rated.text.contains("Topics not rated"), "\(format)")
            #expect(rated.text.contains("Cost and insurance") && !rated.text.contains("How well it works"), "\(format)")
        }
        let json = try sandbox.run(["decision", "show", "--format", "json", "--rated-only"])
        #expect(json.status != 0 && json.error.contains("--rated-only is for text, markdown and html"))

        let file = sandbox.folder.appendingPathComponent("out.md")
        try Data("old".utf8).write(to: file)
        #expect(try sandbox.run(["decision", "show", "--format", "markdown", "--output", file.path, "--library", library]).status == 0)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("# My decision") && written.contains("Cost and insurance"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let refused = try sandbox.run(["decision", "show", "--output", sandbox.folder.appendingPathComponent("no/such/dir/x").path, "--library", library])
        #expect(refused.status == 1 && refused.error.hasPrefix("Error: cannot write ") && refused.error.contains("no such file or directory"))
    }
}
