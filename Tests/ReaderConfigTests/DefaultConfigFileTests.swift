import Foundation
import ReaderConfig
import ReaderUI
import Testing

@Suite("weigh config --print-default: every setting, read back as the defaults")
struct DefaultConfigFileTests {
    @Test func theDefaultFileReadsBackAsTheDefaults() {
        let text = DefaultConfigFile.text()
        let (configuration, problems) = ConfigFileParser.parse(text, folder: "/tmp", home: "/home/pat")
        #expect(problems == [])
        #expect(configuration.keymap.bindings == Keymap.standard.bindings)
        #expect(configuration.keymap.hints == Keymap.standard.hints)
        #expect(configuration.theme.usesColor)
        #expect(configuration.theme.colors == Theme.standardColors)
        #expect(configuration.bodyWidth == ScreenLayout.defaultMaximumTextWidth)
        #expect(configuration.contentsShown)
        #expect(configuration.library == nil)
    }

    @Test func itNamesEverySettingRoleScopeAndAction() {
        let text = DefaultConfigFile.text()
        for setting in ConfigFileParser.settings {
            #expect(text.contains("\n\(setting):") || text.contains("\n# \(setting):"), "\(setting)")
        }
        for role in ColorRole.allCases { #expect(text.contains("\n  \(role.rawValue): "), "\(role)") }
        for scope in KeyScope.configNames { #expect(text.contains("\n  \(scope):\n"), "\(scope)") }
        for binding in Keymap.standard.bindings {
            // The one unnamed action (a link's number) is checked in ConfigNamesTests.
            guard let name = binding.action.configName else { continue }
            #expect(text.contains("    \(name): "), "\(binding.action)")
        }
        #expect(!text.contains("Follow the link with that number"), "a binding the file cannot change is not offered")
        #expect(text.contains("    # Quit\n    quit: [q]\n"))
        #expect(text.contains("    next-section: [\"]\"]"), "a key YAML would misread is quoted")
    }

    @Test func aChangedColorInTheDefaultFileIsTaken() {
        let text = DefaultConfigFile.text().replacingOccurrences(of: "  benefit: green", with: "  benefit: white on green")
        let (configuration, problems) = ConfigFileParser.parse(text)
        #expect(problems == [])
        #expect(configuration.theme.colors[.benefit] == RoleColor(.white, on: .green))
    }
}

/// docs/config.md is written for people; this keeps it naming every
/// setting, role, scope and action a config file may use.
@Suite("docs/config.md names everything a config file may hold")
struct ConfigDocumentTests {
    static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/config.md")

    @Test func everyNameIsDocumented() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        for setting in ConfigFileParser.settings { #expect(text.contains("| `\(setting)` |"), "\(setting)") }
        for role in ColorRole.allCases {
            #expect(text.contains("| `\(role.rawValue)` | \(role.summary) | `\(Theme.standardColors[role]!.text)` |"), "\(role)")
        }
        for scope in KeyScope.allCases {
            guard let name = scope.configName else { continue }
            #expect(text.contains("### `\(name)` — "), "\(name)")
        }
        for binding in Keymap.standard.bindings {
            guard let name = binding.action.configName else { continue }
            let keys = binding.keys.map { "`\($0.configName)`" }.joined(separator: " ")
            #expect(text.contains("| `\(name)` | \(keys) | \(binding.summary) |"), "\(binding.action)")
        }
    }
}
