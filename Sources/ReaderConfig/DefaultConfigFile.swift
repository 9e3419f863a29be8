import Foundation
import ReaderUI

/// The config file `weigh config --print-default` prints: every setting
/// with its default value and a comment saying what it does, so a person
/// can copy it and change what they want. Read back, it gives exactly
/// `Configuration.standard` (a test holds it to that).
public enum DefaultConfigFile {
    public static func text(keymap: Keymap = .standard, colors: [ColorRole: RoleColor] = Theme.standardColors) -> String {
        let range = ScreenLayout.maximumTextWidths
        var lines = [
            "# weigh's config file: ~/.config/weigh/config.yaml (or $XDG_CONFIG_HOME/weigh/config.yaml,",
            "# or the file WEIGH_CONFIG or --config names). Every setting is optional; this is the",
            "# default of each. Problems are reported as FILE:LINE: message and the setting ignored.",
            "# 'weigh config --check' checks the file; docs/config.md describes every setting.",
            "",
            "# colored or monochrome. NO_COLOR in the environment always means monochrome.",
            "theme: colored",
            "",
            "# The colored theme's colors: COLOR (the text) or 'COLOR on COLOR' (text on background),",
            "# a COLOR being \(RoleColor.names.joined(separator: ", ")).",
            "# Bold, underline and reverse video stay as they are, so meaning never rests on color.",
            "colors:",
        ]
        for role in ColorRole.allCases {
            lines.append("  \(role.rawValue): \((colors[role] ?? .terminalDefault).text)".padded(to: 32) + "# \(role.summary)")
        }
        lines += [
            "",
            "# The widest article text is laid out, in columns (\(range.lowerBound) to \(range.upperBound)), however wide the terminal.",
            "body-width: \(ScreenLayout.defaultMaximumTextWidth)",
            "",
            "# Whether the table of contents is shown when the reader starts (T shows or hides it).",
            "contents-shown: true",
            "",
            "# The library folder, when neither --library nor WEIGH_LIBRARY is given; before",
            "# ./Articles and the installed library. ~/ is the home folder; a relative path is",
            "# taken from this file's folder.",
            "# library: ~/Documents/weigh-articles",
            "",
            "# Keys: under each scope, an action and its keys (a key, or a list; the first is the one",
            "# the status line shows). A binding replaces that action's keys in that scope and takes",
            "# its keys from any other action there. Keys: a character (j, G, '?'), C-d for Ctrl-D,",
            "# Enter, Esc, Tab, S-Tab, Space, Backspace, Delete, Up, Down, Left, Right, PgUp, PgDn,",
            "# Home, End, F1 to F12. A pane's own keys come before the keys of 'everywhere'.",
            "keys:",
        ]
        for scope in KeyScope.allCases {
            let bindings = keymap.bindings.filter { $0.scope == scope }
            guard let name = scope.configName, !bindings.isEmpty else { continue }
            lines.append("  \(name):")
            for binding in bindings {
                guard let action = binding.action.configName else { continue }
                let keys = "[" + binding.keys.map { yamlText($0.configName) }.joined(separator: ", ") + "]"
                lines.append("    # \(binding.summary)")
                lines.append("    \(action): \(keys)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A key name as YAML reads it back unchanged: plain when it is a word,
    /// else double-quoted.
    static func yamlText(_ text: String) -> String {
        if text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) && (text.first?.isLetter ?? false) {
            return text
        }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}

private extension String {
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
