import Foundation
import Testing
@testable import ReaderUI

/// docs/keys.md is written by hand for people; this keeps it true to the
/// keymap, the one source of truth the help screen is generated from.
@Suite("docs/keys.md matches the keymap")
struct KeysDocumentTests {
    static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/keys.md")

    @Test func everyBindingIsDocumented() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        for binding in Keymap.standard.bindings {
            let row = "| \(binding.keys.map { "`\($0.label)`" }.joined(separator: " ")) | \(binding.summary) |"
            #expect(text.contains(row), "docs/keys.md lacks: \(row)")
        }
    }
}
