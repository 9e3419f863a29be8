#!/usr/bin/env python3
"""Writes docs/keys.md from Sources/ReaderUI/Keymap.swift, the one source of
truth for keys (the ? screen is generated from it too). Run after changing the
keymap; the test suite fails while the page is out of date.

With --mdoc, prints the same rows as the KEYS section of the weigh(1) man
page (mdoc) on standard output instead, and writes nothing: the man page and
docs/keys.md come from this one reading of the keymap, so the test that keeps
docs/keys.md true keeps the man page true too."""
import os, re, sys

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
          "help": "The help screen", "decision": "My decision", "links": "Links on screen"}
rows = {}
for m in re.finditer(r'KeyBinding\(\[(.*?)\], \.(\w+(?:\([^)]*\))?), \.(\w+), "(.*?)"\)', src):
    keys = [label(k) for k in re.split(r",\s*(?=\.)", m.group(1))]
    rows.setdefault(m.group(3), []).append((keys, m.group(4)))
# Arrows and other symbols as roff names groff and mandoc both know (each
# has an ASCII rendering); keys' labels as words, which read in any locale.
ROFF_SYMBOLS = {"↓": r"\(da", "↑": r"\(ua", "←": r"\(<-", "→": r"\(->", "⇄": r"\(<>", "—": r"\(em",
                "–": r"\(en", "‘": r"\(oq", "’": r"\(cq", "“": r"\(lq", "”": r"\(rq"}
KEY_WORDS = {"↓": "Down", "↑": "Up", "←": "Left", "→": "Right"}


def roff_text(text):
    """`text` safe on a roff text line or as a macro argument: backslashes
    escaped, symbols named, a leading dot or quote neutralised."""
    text = text.replace("\\", r"\e")
    text = "".join(ROFF_SYMBOLS.get(ch, ch if ord(ch) < 128 else r"\[u%04X]" % ord(ch)) for ch in text)
    return r"\&" + text if text[:1] in (".", "'") else text


def mdoc_keys():
    """The KEYS section of weigh(1): one tagged list per scope."""
    out = [".Sh KEYS",
           "The keys of the full-screen reader, by where they apply; the",
           ".Ic \\&?",
           "screen inside the reader lists the same keys.",
           "Keys follow the habits of",
           ".Xr less 1",
           "and",
           ".Xr vim 1 .",
           "While a prompt is open, keys type text: Enter saves, Esc cancels,",
           "Backspace deletes, Ctrl-U clears; in a note or a question, Ctrl-G opens",
           "the text in",
           ".Ev VISUAL",
           "or",
           ".Ev EDITOR",
           "and saves what is written there."]
    for scope in titles:
        if scope not in rows:
            continue
        out += [".Ss " + roff_text(titles[scope]), ".Bl -tag -width Ds"]
        for keys, summary in rows[scope]:
            # \& before each key: ] ) ? , and the like are mdoc delimiters.
            out += [".It Cm " + " , ".join("\\&" + roff_text(KEY_WORDS.get(k, k)) for k in keys), roff_text(summary)]
        out += [".El"]
    out += [".Ss Mouse", "Click an entry in the table of contents to open it; the wheel scrolls the pane",
            "under the pointer."]
    return "\n".join(out) + "\n"


if "--mdoc" in sys.argv[1:]:
    sys.stdout.write(mdoc_keys())
    sys.exit(0)

out = ["# Keys", "",
       "Every key `weigh` answers to, by where it applies. The `?` screen inside the",
       "reader is generated from the same keymap (`Sources/ReaderUI/Keymap.swift`);",
       "this page is written by `scripts/generate-keys-doc.py` and a test keeps it in",
       "step. Keys follow `less` and `vim` habits. While a prompt is open, keys type",
       "text: Enter saves, Esc cancels, Backspace deletes, Ctrl-U clears; in a note or a",
       "question, Ctrl-G opens the text in `$VISUAL` or `$EDITOR` and saves what is",
       "written there. Any of these keys can be changed in the config file",
       "([config.md](config.md)); the `?` screen then shows the keys in force.", ""]
for scope in titles:
    if scope in rows:
        out += ["## " + titles[scope], "", "| keys | what they do |", "|---|---|"]
        out += ["| " + " ".join("`%s`" % k for k in keys) + " | " + summary + " |" for keys, summary in rows[scope]] + [""]
out += ["## Mouse", "", "Click an entry in the table of contents to open it; the wheel scrolls the pane",
        "under the pointer.", "",
        "## Links", "",
        "`o` in an article offers the links on screen; Enter or a digit follows one: a",
        "web or mail address opens in `$BROWSER` (else `xdg-open`), a link to another",
        "article opens it here, and Backspace (or Esc) comes back. See",
        "[links.md](links.md).", ""]
open(os.path.join(root, "docs/keys.md"), "w").write("\n".join(out))
