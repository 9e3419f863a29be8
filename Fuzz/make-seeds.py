#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus and the reader fuzzer's edge articles.

The output is committed; this script is how it was made, so a seed can be
changed or added with a readable diff here. Run it from anywhere:

    python3 Fuzz/make-seeds.py

- corpus/article/: inputs of weigh-fuzz-article: two bytes of terminal
  size (width, then height), then an article file. Built from Articles/
  and the hostile corpus (Tests/Fixtures/hostile/library), each cut to
  at most 6 KB so the fuzzer stays fast, plus a few small cases.
- corpus/reader/: inputs of weigh-fuzz-reader: a flags byte, two bytes of
  terminal size, then events. Printable ASCII is that key, TAB is Tab,
  LF/CR is Enter, ESC is Esc, BS is Backspace (the full encoding is in
  Sources/weigh-fuzz-reader/ReaderScript.swift).
- library/: articles the reader fuzzer adds to Articles/: wide glyphs at
  every edge, marks, bidi, escapes, a wide table, deep nesting, many
  sections.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MAXIMUM_SEED = 6 * 1024

SIZES = [(80, 24), (40, 10), (133, 41), (100, 30), (1, 1), (10, 3), (91, 20), (39, 9), (200, 60), (64, 16)]


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def article_seeds():
    folder = os.path.join(HERE, "corpus", "article")
    shutil.rmtree(folder, ignore_errors=True)
    sources = [os.path.join(ROOT, "Articles", name) for name in sorted(os.listdir(os.path.join(ROOT, "Articles")))]
    hostile = os.path.join(ROOT, "Tests", "Fixtures", "hostile", "library")
    sources += [os.path.join(hostile, name) for name in sorted(os.listdir(hostile))]
    sources += [os.path.join(HERE, "library", name) for name in sorted(os.listdir(os.path.join(HERE, "library")))]
    for number, path in enumerate(p for p in sources if p.endswith(".md")):
        width, height = SIZES[number % len(SIZES)]
        with open(path, "rb") as handle:
            body = handle.read()[:MAXIMUM_SEED]
        kind = "articles" if "/Articles/" in path else "hostile" if "/hostile/" in path else "fuzz-library"
        name = kind + "-" + os.path.basename(path)
        write(os.path.join(folder, name), bytes([width, height]) + body)
    small = {
        "table-cjk.md": "---\ntitle: T\n---\n| 漢字 | b | 👩‍💻 |\n|:-|:-:|-:|\n| 全角全角全角 | x | y |\n",
        "entities.md": "---\ntitle: \"&#27;\"\n---\n# &#27;]0;t&#7; &#x202e;\n\n&#155;31m [a](http://x/&#27;)\n",
        "lists.md": "---\ntitle: L\n---\n" + "".join("  " * i + "- item %d 漢\n" % i for i in range(30)),
        "claims.md": "---\ntitle: C\nclaims:\n  - stance: risk\n    topic: onset\n    text: 漢字 claim\n    section: a\n---\n# A\n\ntext\n",
        "crlf.md": "---\r\ntitle: CRLF\r\n---\r\n# Head\r\n\r\nText\r\n",
        "empty-body.md": "---\ntitle: Only a title\n---\n",
        "yaml-anchors.md": "---\ntitle: &a A\nsummary: *a\n---\nx\n",
    }
    for number, (name, text) in enumerate(sorted(small.items())):
        width, height = SIZES[(number + 3) % len(SIZES)]
        write(os.path.join(folder, "small-" + name), bytes([width, height]) + text.encode("utf-8"))


def reader_seeds():
    folder = os.path.join(HERE, "corpus", "reader")
    shutil.rmtree(folder, ignore_errors=True)

    def resize(width, height):
        return bytes([0xE0, width, height])

    def click(x, y, kind=0):  # kind: 0 press, 1 wheel up, 2 wheel down
        return bytes([0xC0 + kind, x, y])

    ctrl_u = b"\x15"
    grow = bytes([0xF8])   # the library grows by an article
    index = bytes([0xF0])  # the search index lands
    seeds = {
        "tour": (0, (80, 24), b"G\x85g]][\x86\tjjl\n\tc]\n\x1bc?G\x1b'\x1bT"
                 + resize(1, 1) + resize(10, 3) + resize(39, 9) + resize(97, 31) + resize(200, 60) + b"G"),
        "tour-narrow": (1, (40, 10), b"jjjj\tjjl\n\tc]]\n\x1b\x1bc\tT?jjG\x1b'\x1bG"),
        "bookmarks": (8, (100, 30), b"m" + ctrl_u + b"first\nGm\njjjjjm\n'jjdkdu\nr" + ctrl_u + b"renamed\n\x1b'G\n"),
        "bookmarks-narrow": (8, (44, 12), b"'jjjj\ngjjm\n'ddddduuu" + resize(120, 40) + b"jj\n"),
        "search": (0, (120, 40), b"/ketamine\nnnnNN/\nFketamine\njjjj\nnn\x1bF\x15zzzq-not-found\n"),
        "search-pending": (4, (100, 30), b"Frisk\n" + bytes([0xF0]) + b"jj\n/" + bytes([0x84, 0x85, 0x86]) + b"\n"),
        "comparison": (0, (133, 41), b"cjjjjt]][[tsjj\n\x1b\x1bc\tc" + resize(60, 20) + b"jjjG\n\x1b"),
        "mouse": (0, (100, 30), click(5, 3) + click(5, 9) + click(50, 10) + click(50, 10, 1) + click(50, 10, 2)
                  + click(5, 5, 2) + click(250, 250) + click(0, 0) + b"c" + click(80, 10, 2) + click(80, 5)),
        "resize-storm": (2, (80, 24), b"".join(resize(w, h) for w, h in [(1, 1), (10, 3), (200, 60), (40, 10), (39, 9),
                                                                           (90, 20), (89, 20), (255, 63), (120, 40)]) + b"G"),
        "help": (16, (80, 24), b"?jjjjG" + resize(40, 10) + b"kkb" + resize(120, 12) + b"G\x1b"),
        "empty-library": (2, (80, 24), b"jG\tjl\n c'm/x\nFx\n?\x1b"),
        "empty-article": (3, (80, 24), b"jGm\n/x\n\tl\nc"),
        "saved-start": (32, (90, 25), b"gG]]m\x15\x80\x81\x82\x83\n'\n\x1b"),
        "prompt-hostile": (0, (80, 24), b"m" + ctrl_u + bytes(range(0x80, 0xA0)) + b"\n'r" + bytes(range(0x80, 0x90)) + b"\n"),
        "background-load": (64, (100, 30), b"j" + grow + b"G" + grow * 2 + b"\tjjl" + grow * 3 + b"c" + index + b"Fketamine\n"),
        "background-start": (96, (120, 40), b"Fx\n" + grow * 2 + b"\t" + grow * 6 + b"Gc"),
        "bookmarks-unavailable": (136, (80, 24), b"m'jdu\x1bm"),
    }
    for name, (flags, (width, height), events) in seeds.items():
        write(os.path.join(folder, name), bytes([flags, width, height]) + events)


def edge_library():
    folder = os.path.join(HERE, "library")
    shutil.rmtree(folder, ignore_errors=True)
    wide = "漢字👩‍💻🇯🇵"
    edge_lines = "\n".join("x" * shift + (wide * 12) for shift in range(12))
    marks = "a" + "\u0301" * 40
    header = " | ".join("h%d 漢" % i for i in range(12))
    rule = "|".join("---" for _ in range(12))
    cells = " | ".join("全角%d" % i for i in range(12))
    nested = "".join("  " * i + "- level %d 漢字\n" % i for i in range(30))
    quote = "> " * 8
    long_code = "x" * 150
    long_word = "y" * 300
    write(os.path.join(folder, "edges.md"), f"""---
id: edges
title: "Edges 漢字 👨‍👩‍👧‍👦 \\u202eevil\\u202c \\e]0;title\\a"
summary: "Wide glyphs at every edge, marks, bidi and escapes."
claims:
  - stance: benefit
    topic: onset
    text: "全角の主張 👩‍💻 at an edge 全角の主張 👩‍💻 全角の主張 👩‍💻 全角の主張 👩‍💻"
    section: wide-glyphs
  - stance: risk
    topic: onset
    text: "A risk with \\u0301 marks {marks} and bidi \\u2066x\\u2069"
    section: marks-and-bidi
---
# Edges 漢字 👨‍👩‍👧‍👦

## Wide glyphs

{edge_lines}

## Marks and bidi

{marks} Zalgo z̷̢̛̛͓̺̝a̸l̴g̵o̶ \u202eevil.exe\u202c \u2066iso\u2069 zero\u200bwidth

## Escapes

Raw \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m and \u009b31m and &#27;]52;c;AAAA&#7;

## Table

| {header} |
|{rule}|
| {cells} |

## Nesting

{nested}
{quote}deep quote 👩‍💻

## Code

```
\tTabbed\tcode 漢字 {long_code}
```

A {long_word} long word.

***

Last line 漢
""")
    sections = "\n".join("%s Section %d %s\n\nText of section %d.\n" % ("##" if n % 3 else "#", n, "漢" * (n % 5), n) for n in range(60))
    write(os.path.join(folder, "many-sections.md"), f"""---
id: many-sections
title: Sixty sections
---
{sections}""")


if __name__ == "__main__":
    edge_library()
    article_seeds()
    reader_seeds()
