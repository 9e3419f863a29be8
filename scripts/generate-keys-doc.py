#!/usr/bin/env python3
"""Writes docs/keys.md from Sources/ReaderUI/Keymap.swift, the one source of
truth for keys (the ? screen is generated from it too). Run after changing the
keymap; the test suite fails while the page is out of date."""
import os, re

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(root, "Sources/ReaderUI/Keymap.swift")).read()
names = {".down": "↓", ".up": "↑", ".left": "←", ".right": "→", ".pageUp": "PgUp", ".pageDown": "PgDn",
         ".home": "Home", ".end": "End", ".enter": "Enter", ".tab": "Tab", ".backTab": "Shift-Tab",
         ".escape": "Esc", ".backspace": "Backspace", ".delete": "Delete"}


def label(key):
    key = key.strip()
    if m := re.match(r'\.character\("(.*)"\)', key):
        return "Space" if m.group(1) == " " else m.group(1).replace("\\'", "'")
    if m := re.match(r'\.control\("(.)"\)', key):
        return "Ctrl-" + m.group(1).upper()
    if m := re.match(r'\.function\((\d+)\)', key):
        return "F" + m.group(1)
    return names[key]


titles = {"everywhere": "Everywhere", "contents": "Table of contents", "body": "Article",
          "comparison": "Risk/benefit comparison", "bookmarks": "Bookmarks", "results": "Search results",
          "help": "The help screen"}
rows = {}
for m in re.finditer(r'KeyBinding\(\[(.*?)\], \.(\w+), \.(\w+), "(.*?)"\)', src):
    keys = [label(k) for k in re.split(r",\s*(?=\.)", m.group(1))]
    rows.setdefault(m.group(3), []).append("| " + " ".join("`%s`" % k for k in keys) + " | " + m.group(4) + " |")
out = ["# Keys", "",
       "Every key `weigh` answers to, by where it applies. The `?` screen inside the",
       "reader is generated from the same keymap (`Sources/ReaderUI/Keymap.swift`);",
       "this page is written by `scripts/generate-keys-doc.py` and a test keeps it in",
       "step. Keys follow `less` and `vim` habits. While a label prompt is open, keys",
       "type text: Enter saves, Esc cancels, Backspace deletes, Ctrl-U clears.", ""]
for scope in titles:
    if scope in rows:
        out += ["## " + titles[scope], "", "| keys | what they do |", "|---|---|"] + rows[scope] + [""]
out += ["## Mouse", "", "Click an entry in the table of contents to open it; the wheel scrolls the pane",
        "under the pointer.", ""]
open(os.path.join(root, "docs/keys.md"), "w").write("\n".join(out))
