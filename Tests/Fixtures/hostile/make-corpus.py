#!/usr/bin/env python3
"""Writes the hostile corpus into library/ beside this script.

The corpus is committed; this script is how it was made, so a case can be
changed or added with a readable diff here. Run it from anywhere:

    python3 Tests/Fixtures/hostile/make-corpus.py

Files too big or too special to commit (a 1 MB line, a 5 MB front matter,
a 100 MB file, a FIFO, symlinks, a directory named x.md, an unreadable
file, a file name with an escape sequence) are made by the tests in a
temporary folder. See docs/hostile-input.md.

Naming: every `bad-*.md` file must be named by `weigh check`; every other
`.md` file must load as an article with no problem at all.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
LIBRARY = os.path.join(HERE, "library")

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"

# Terminal attacks, raw. Each is something a terminal would act on.
RAW = [
    ESC + "[31mred" + ESC + "[0m",                        # SGR colour
    ESC + "[2J" + ESC + "[H",                             # clear screen, home
    ESC + "]0;pwned-title" + BEL,                         # OSC 0: window title
    ESC + "]2;pwned" + ST,                                # OSC 2 ended by ST
    ESC + "]52;c;ZWNobyBwd25lZA==" + BEL,                 # OSC 52: clipboard write
    ESC + "]8;;http://evil.example/" + ST + "link" + ESC + "]8;;" + ST,  # OSC 8 hyperlink
    ESC + "]8;;" + ST + "0m" + ESC + "[>0q",              # CVE-2022-46663 (less)
    ESC + "P+q544e" + ST,                                 # DCS XTGETTCAP
    ESC + "P$q m" + ST,                                   # DCS DECRQSS
    ESC + "_Gf=100;AAAA" + ST,                            # APC (kitty graphics)
    ESC + "Xsos" + ST + ESC + "^pm" + ST,                 # SOS, PM
    ESC + "[6n" + ESC + "[21t" + ESC + "Z",               # reports: cursor, title, DECID
    ESC + "c" + ESC + "#8" + ESC + "(0",                  # reset, DECALN, line drawing set
    ESC + "[?1049l" + ESC + "[?25l" + ESC + "[?1000h",    # leave alt screen, hide cursor, mouse
    "\x0e\x0f\x05",                                       # SO, SI, ENQ (answerback)
    "bell" + BEL + " back\x08\x08\x08space del\x7f vt\x0b ff\x0c",
    "\u009b31m lone-csi \u009b",                           # 8-bit CSI
    "\u009d0;c1-title\u009c \u0090dcs\u009c \u009fapc\u009c \u0085nel \u0080\u008d\u0099",
]
PAYLOAD = " ".join(RAW)

# The same as character references, which cmark decodes after any filter
# that looked at the raw file would have run.
ENTITIES = " ".join([
    "&#27;[31mred&#27;[0m", "&#x1b;]0;pwned-title&#7;", "&#X1B;]52;c;AAAA&#x07;",
    "&#27;]8;;http://evil.example/&#27;\\link&#27;]8;;&#27;\\",
    "&#27;]8;;&#27;\\0m&#27;[&gt;0q", "&#27;P+q544e&#27;\\", "&#27;_Gf=100&#27;\\",
    "&#155;31m", "&#x9b;", "&#157;0;t&#156;", "&#0;nul", "&#8;&#8;bs", "&#127;del", "&#13;cr",
    "&#x202e;rlo", "&#x2066;lri&#x2069;", "&#8203;zwsp", "&#xFEFF;bom",
    "&NewLine;nl", "&Tab;tab", "&ZeroWidthSpace;zw", "&lrm;&rlm;marks", "&shy;shy",
])

BIDI = "\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u2060\ufeff\u00ad"


# Literals used inside f-strings (which cannot hold backslashes before 3.12).
CSI8 = "\u009b"
DEL = "\x7f"
RLO = "\u202e"
PDF = "\u202c"
LRI = "\u2066"
PDI = "\u2069"
RLI = "\u2067"
FSI = "\u2068"
ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
WJ = "\u2060"
BOM = "\ufeff"
SHY = "\u00ad"
LSEP = "\u2028"
PSEP = "\u2029"
TAGS = "\U000E0067\U000E0062"
VS16 = "\ufe0f"


def write(name, text, encoding=True):
    path = os.path.join(LIBRARY, name)
    with open(path, "wb") as handle:
        handle.write(text.encode("utf-8") if encoding else text)


def yaml_escaped(text):
    """A double-quoted YAML scalar holding `text` (controls as escapes)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or ch in BIDI:
            out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main():
    shutil.rmtree(LIBRARY, ignore_errors=True)
    os.makedirs(LIBRARY)
    topic_question = yaml_escaped("How soon? " + ESC + "[2J" + CSI8 + "H")
    topic_title = yaml_escaped("How fast it acts " + ESC + "]0;topic-title" + BEL + "\u202e")
    write("topics.yaml", f"""topics:
  - id: onset
    title: {topic_title}
    question: {topic_question}
  - id: addiction
    title: Addiction
    question: Can it be addictive?
""")

    # Raw controls in every kind of Markdown block.
    write("escapes-body.md", f"""---
title: Raw escapes in the body
summary: Every terminal attack, raw, in every kind of block.
claims:
  - stance: risk
    topic: onset
    text: A claim pointing at a hostile heading.
    section: raw-escapes-in-the-body
---
# Raw escapes in the body

## Heading {ESC}[31mred{ESC}]0;heading-title{BEL}

Paragraph: {PAYLOAD}

*Emphasis {ESC}]0;emph{BEL}* and **strong {ESC}[5mblink** and ~~strike {ESC}[9m~~ and `code {ESC}]52;c;AAAA{BEL}`.

[link text {ESC}]0;link{BEL}](<http://example.com/{ESC}]8;;http://evil/{ESC}\\x>) and [plain](http://example.com/ok "title {ESC}]0;t{BEL}").

![image alt {ESC}]2;alt{BEL}](<img{ESC}[31m.png>)

- list item {ESC}]0;item{BEL}
- second {PAYLOAD}
  1. ordered {ESC}P+q544e{ST}

> quote {ESC}_Gf=100{ST} {CSI8}31m
>
> > nested quote {ESC}c

```sh{ESC}]0;lang{BEL}
code block {ESC}]0;code{BEL}
{PAYLOAD}
	tab{ESC}[2J
```

    indented code {ESC}]52;c;AAAA{BEL} del{DEL}

| head {ESC}[1m | second {ESC}]0;th{BEL} |
|---|:-:|
| cell {ESC}]8;;http://evil/{ST}x | {CSI8}31m c1 |
| {PAYLOAD} | plain |

<div title="{ESC}]0;html{BEL}">html block {ESC}]0;html{BEL}</div>

Inline <span data-x="{ESC}]0;inline{BEL}">html</span> and a hard break{ESC}[K  
next line.

***

Last paragraph {ESC}[?1049l.
""")

    # The same attacks as HTML character references.
    write("escapes-entities.md", f"""---
title: Escapes as character references
summary: cmark decodes these; the sanitizer must run after it.
---
# Escapes as character references &#27;]0;h1&#7;

## Second &#x1b;[31mheading&#155;

Paragraph: {ENTITIES}

[link &#27;]0;l&#7;](http://example.com/&#27;]8;;x&#27;\\ "t&#27;]0;t&#7;") and <http://example.com/a&#27;b>

- item {ENTITIES}

> quote &#x9b;31m &#x202e;

| a &#27;[1m | b |
|---|---|
| &#27;]52;c;AAAA&#7; | &#x9d;0;t&#x9c; |

![alt &#27;]2;t&#7;](x.png)
""")

    # Every front-matter field, through YAML escapes (\\e, \\x9b, \\u202e...).
    field = ESC + "]0;field" + BEL + " " + ESC + "[31m \u009b \u202e \x7f \x08 \x00 \u0085"
    source_url = yaml_escaped("http://example.com/" + ESC + "]8;;http://evil/" + ST)
    claim_text = yaml_escaped("Claim text " + field + " " + ESC + "]8;;" + ST + "0m" + ESC + "[>0q")
    write("escapes-front-matter.md", f"""---
id: escapes-front-matter
title: "Front matter \\e]0;title\\a \\e[2J \\x9b31m \\u202egnp.exe \\N \\0 \\x7f \\b"
summary: {yaml_escaped("Summary " + field)}
source:
  title: {yaml_escaped("Source title " + field)}
  site: {yaml_escaped("Publisher " + ESC + "]52;c;AAAA" + BEL)}
  published: 2024-06-24
  author: {yaml_escaped("Author " + ESC + "[8m")}
  kind: other
  interest: {yaml_escaped("Interest " + field)}
  evidence: none
  summarised: 2026-12-04
  url: {source_url}
claims:
  - stance: benefit
    topic: onset
    text: {claim_text}
    section: first
  - stance: risk
    topic: {yaml_escaped("addiction")}
    text: |
      A block scalar {"with a literal line"}
      and a second line.
    section: first
---
# First

Body.
""")

    # Raw controls in YAML are refused by the YAML reader itself.
    write("bad-front-matter-raw-controls.md",
          f"---\ntitle: Raw {ESC}]0;pwned{BEL} in YAML\n---\n# Body\n")
    # An id that is not a plain name.
    write("bad-id.md", '---\nid: "x\\e]0;t\\a"\ntitle: Bad id\n---\n# Body\n')
    # A duplicated key whose name holds an escape: Yams' own error text
    # quotes the key and a snippet of the YAML.
    write("bad-duplicate-key.md",
          '---\ntitle: Dup\n"k\\e]0;dup\\a": 1\n"k\\e]0;dup\\a": 2\n---\n# Body\n')
    # Bytes that are not text.
    write("bad-binary.md", b"---\ntitle: Binary\n---\n\x00\x01\x02\xff\xfe ELF\x00\x00", encoding=False)
    write("bad-invalid-utf8.md",
          b"---\ntitle: Invalid UTF-8\n---\n# Heading\n\nBad \xff\xfe bytes \xc0\xaf and \xed\xa0\x80 here, "
          b"and an 8-bit CSI byte \x9b31m alone.\n", encoding=False)
    write("bad-nul-in-body.md", b"---\ntitle: NUL\n---\nText\x00more\n", encoding=False)

    # Bidi controls and invisible characters everywhere, title first: the
    # title shows in the title bar and the status line.
    bidi_title = yaml_escaped("Bidi " + BIDI + "evil.exe" + RLO + "txt.")
    bidi_summary = yaml_escaped(RLI + "isolated" + PDI + " summary")
    bidi_claim = yaml_escaped(RLO + "Reversed claim text")
    write("bidi.md", f"""---
title: {bidi_title}
summary: {bidi_summary}
claims:
  - stance: risk
    topic: onset
    text: {bidi_claim}
    section: reversed
---
# Bidi {BIDI}title

## {BIDI}Reversed

Text with an override: {RLO}this would read backwards{PDF} and isolates {LRI}a{PDI} {RLI}b{PDI} {FSI}c{PDI}.
Zero width: a{ZWSP}b{ZWNJ}c{ZWJ}d{WJ}e{BOM}f soft{SHY}hyphen, line sep{LSEP}para sep{PSEP}end.
Tags: flag{TAGS} and variation{VS16}.

| {RLO}left | right{RLO} |
|---|---|
| {LRI}x | y{PDI} |
""")

    zalgo = "a" + "\u0301" * 10_000
    accented = "e" + "\u0301" * 200
    zalgo_z = "Z" + "\u0336\u0317\u0325" * 50
    thai = "\u0e01" + "\u0e49" * 100
    write("combining.md", f"""---
title: "Combining {accented}"
---
# Ten thousand marks {zalgo}

{zalgo} in a sentence, then {zalgo_z}algo text, then {thai} Thai.

- {zalgo}

| {zalgo} | b |
|---|---|
| c | {zalgo} |
""")

    words = " ".join(["word"] * 1500)
    write("long-heading.md", f"""---
title: {"T" * 3000}
---
# {("h" * 10_000)}

## {words[:10_000]}

Text under a long heading.
""")

    depth = 1000
    write("deep-quotes.md", f"""---
title: Quotes nested 1000 deep
---
{"> " * depth}deepest quote text

{">" * depth} no spaces

After the quotes.
""")
    write("deep-lists.md", f"""---
title: Lists nested 1000 deep
---
{"- " * depth}deepest bullet

{"1. " * depth}deepest number

{"> - " * (depth // 2)}mixed quote and list

After the lists.
""")
    write("deep-inlines.md", f"""---
title: Inlines nested 1000 deep
---
{"*a " * depth}core{" a*" * depth}

{"[" * depth}link{"](u)" * depth}

{"_" * 5000}x{"_" * 5000}

{"![a" * 300}x{"](i)" * 300}
""")

    columns = 500
    header = "|" + "|".join(f"c{n}" for n in range(columns)) + "|"
    rule = "|" + "|".join(["---"] * columns) + "|"
    row = "|" + "|".join(f"v{n}" for n in range(columns)) + "|"
    long_cell = "|" + "x" * 20_000 + "|" + " ".join(["w"] * 3000) + "|"
    write("wide-table.md", f"""---
title: A 500-column table
---
{header}
{rule}
{row}
{row}

| one | two |
|---|---|
{long_cell}
""")

    cjk = "漢字かなカナ한글"
    emoji = "👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇫🇷 ❤️ 1️⃣ 🧑🏿‍🦯"
    edges = "\n\n".join("a" * n + cjk * 12 for n in range(0, 8)) + "\n\n" + \
        "\n\n".join("b" * n + (emoji + " ") * 6 for n in range(0, 6))
    write("cjk-emoji.md", f"""---
title: {yaml_escaped("漢字 " + "👨‍👩‍👧‍👦" * 30 + " 全角タイトル" * 10)}
claims:
  - stance: benefit
    topic: onset
    text: {yaml_escaped("日本語の主張 👩‍💻 " * 20)}
    section: {yaml_escaped("見出し")}
---
# {"見出し"}

## {emoji} {"全角" * 60}

{edges}

{"漢" * 3000}

{"👩‍💻" * 2000}

| {cjk} | {emoji} |
|---|---|
| {cjk * 20} | {emoji * 4} |

```
{cjk * 30}
{emoji * 10}
```
""")

    # YAML that attacks the parser.
    laughs = ['lol0: &l0 "lol"']
    for n in range(1, 10):
        laughs.append(f"lol{n}: &l{n} [" + ",".join([f"*l{n - 1}"] * 10) + "]")
    laughs_text = "\n".join(laughs)
    write("bad-yaml-billion-laughs.md", f"---\ntitle: Laughs\n{laughs_text}\nsummary: *l9\n---\n# Body\n")
    write("bad-yaml-laughs-as-key.md", f"---\ntitle: Laughs as a key\n{laughs_text}\n? *l9\n: value\n---\n# Body\n")
    write("bad-yaml-deep-flow.md", "---\ntitle: Deep flow\nsummary: " + "[" * 10_000 + "]" * 10_000 + "\n---\n")
    write("bad-yaml-deep-block.md", "---\ntitle: Deep block\n" +
          "".join(" " * n + f"k{n}:\n" for n in range(300)) + "---\n")
    write("bad-yaml-deep-dashes.md", "---\ntitle: Deep dashes\nclaims:\n" + "- " * 10_000 + "x\n---\n")
    write("bad-yaml-deep-keys.md", "---\ntitle: Deep keys\n" + "? " * 10_000 + "x\n---\n")
    write("bad-yaml-tags.md", """---
title: !!python/object/apply:os.system ["echo pwned"]
summary: !!binary aGVsbG8=
source: !<tag:evil.example,2024:x> {title: !custom x}
id: !!int 3
---
# Body
""")
    write("yaml-harmless-tags.md", """---
title: !!str Tagged but harmless
summary: !!str "A tag on a string is allowed"
---
# Body
""")
    write("bad-yaml-not-closed.md", "---\ntitle: Never closed\n" + "line\n" * 50)


if __name__ == "__main__":
    main()
