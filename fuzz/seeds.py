#!/usr/bin/python3
"""fuzz/seeds.py - (re)writes the seed corpora fuzz/corpus/<target>/ from
the project's own inputs: examples/, the test tables of tests/test_*.c,
data/boilerplate.txt and data/dict/ (small slices), plus a few inputs
written here.  Each seed starts with the option byte(s) its target reads
(see the comment at the top of fuzz/fuzz_<target>.c).  Run from the
repository root; the output is deterministic.  The model corpus is made
separately (fuzz/model-seeds.sh) because it needs a trained model."""
import gzip, os, re, shutil

root = os.getcwd()
out = os.path.join(root, "fuzz", "corpus")


def c_strings(path):
    """String literals of a C file, decoded (adjacent ones joined per line)."""
    src = open(path, encoding="utf-8").read()
    res = []
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', src):
        s = m.group(1)
        try:
            b = s.encode("utf-8").decode("unicode_escape").encode("latin-1")
        except (UnicodeDecodeError, UnicodeEncodeError):
            b = s.encode("utf-8")
        res.append(b)
    return res


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:4096])


for t in ["text", "jsonl", "gzip", "boilerplate", "dict", "tabari", "pipeline"]:
    shutil.rmtree(os.path.join(out, t), ignore_errors=True)

example_txt = open("examples/2017-09-05-un-sanctions.txt", "rb").read()
wire = open("examples/wire.jsonl", "rb").read()
bp = open("data/boilerplate.txt", "rb").read()

# text: the tokenisation table of tests/test_text.c, in groups.
text_cases = [s for s in c_strings("tests/test_text.c") if len(s) > 12]
for i in range(0, min(len(text_cases), 240), 12):
    put("text", "cases-%03d" % i, b"\x00\x00" + b"\n".join(text_cases[i:i + 12]))
put("text", "example", b"\x00\x00" + example_txt)
put("text", "example-skip", b"\x05\x02\x00\x10\x00\x30\x00\x40\x00\x80" + example_txt)
put("text", "bad-utf8", b"\x00\x00" + b"Caf\xc3 \xff\xfe \xe2\x80 \xed\xa0\x80 ok.\x00 Next one. \xf4\x90\x80\x80")
put("text", "long-token", b"\x00\x00" + b"http://" + b"a" * 1500 + b" end.")

# jsonl / gzip / pipeline: examples and the reader tests' lines.
json_lines = [l for l in wire.split(b"\n") if l]
ingest = [s for s in c_strings("tests/test_ingest.c") if s.startswith(b"{")]
for name, body in [("wire", wire), ("ingest", b"\n".join(ingest) + b"\n"),
                   ("mixed", b'{"id":"a","text":"A"}\n\n{"id":1}\n[1]\n{"text":"x\\u0000y"}\r\n\xef\xbb\xbf{broken\n'),
                   ("bom", b'\xef\xbb\xbf{"id":"b","text":"Hi."}\n'),
                   ("fields", b'{"id":"x","date":"5/9/17","title":"T","url":"u","source":"s","text":"Follow us on Twitter\\nReal news here.","lang":"en"}\n')]:
    for opt in (0, 1, 4):
        put("jsonl", "%s-%d" % (name, opt), bytes([opt]) + body)
    put("gzip", name, b"\x00\x00\x00" + body)
    put("gzip", name + "-2members", b"\x06\x00\x30" + body)
    put("pipeline", name, b"\x08" + body)
    put("pipeline", name + "-csv-tokens", b"\x0d" + body)
put("gzip", "raw-deflate", b"\x07\x00\x00" + gzip.compress(b'{"id":"z","text":"Zipped."}\n', mtime=0)[10:])
put("pipeline", "txt", b"\x00" + example_txt)
put("pipeline", "txt-conllu", b"\x06" + example_txt)
put("pipeline", "txt-bp", b"\x20Share this article\nThe talks failed.\nFollow us on Twitter @x\n")

# boilerplate: the shipped list with documents after 0xFF.
bp_lines = [l for l in bp.split(b"\n") if l and not l.startswith(b"#")]
doc = b"Follow us on Twitter @afp\nThe talks failed.\r\nShare this article\n\nComments are closed.\n"
for i in range(0, len(bp_lines), 10):
    put("boilerplate", "list-%03d" % i, b"\n".join(bp_lines[i:i + 10]) + b"\xff" + doc)
put("boilerplate", "syntax", b"# comment\n  \nA \\* star *\n\\\\back*\nab\n\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x94 dash\n\xff"
    b"a * star x\n\\back slash\n\"quoted\" - dash\n")

# dict: slices of data/dict/*.dict (dyad format).
for f in sorted(os.listdir("data/dict")):
    lines = open(os.path.join("data/dict", f), "rb").read().split(b"\n")
    section = b""
    chunk = []
    n = 0
    for l in lines:
        if l.startswith(b"["):
            section = l
        chunk.append(l)
        if len(chunk) >= 25:
            put("dict", "%s-%02d" % (f, n), bytes([n & 1]) + (section + b"\n" if not chunk[0].startswith(b"[") else b"") + b"\n".join(chunk))
            chunk = []
            n += 1
            if n >= 3:
                break
    if chunk and n < 3:
        put("dict", "%s-%02d" % (f, n), b"\x00" + b"\n".join(chunk))
put("dict", "include", b"\x00include dyad.dict\ninclude nope.dict\n[actors]\nRussia | Russian : RUS\n")
put("dict", "convert", b"\x02[agents]\nminister : GOV\n[verbs]\nreject : 120\n")

# tabari: the small PETRARCH/TABARI samples of tests/test_lexicon.c and
# hand-written ones for the other formats.  Byte 0 = format index.
lex = c_strings("tests/test_lexicon.c")
def joined(start):
    i = lex.index(start)
    j = i
    while j < len(lex) and lex[j].endswith(b"\n"):
        j += 1
    return b"".join(lex[i:j])
put("tabari", "actors", b"\x00" + joined(b"# PETRARCH style\n"))
put("tabari", "agents", b"\x01" + joined(b"!PERSON! = MAN, WOMAN\n"))
put("tabari", "verbs-tabari", b"\x02" + joined(b"<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n</SYNSETS>\n"))
put("tabari", "verbs-petr1", b"\x03--- CONSULT [040] ---\nMEET\nMEETS\n- * WITH + [041]\n- + VISIT [042]\n"
    b"--- ACCUSE [112] ---\nACCUSE\n- * OF ATTACK [1121] ;comment\n")
put("tabari", "verbs-petr2", b"\x04--- ACCUSE [112] ---\nACCUSE\nACCUSED\n- * {OF WAR CRIMES} [1121]\n"
    b"- * (OF &CORRUPTION) [1121]\n- + $ * [112]\n~ a (b c) = d e\n&CORRUPTION\n+BRIBERY\n+GRAFT_\n")
put("tabari", "discards", b"\x05FOOTBALL\n+SOCCER_MATCH\nbasketball game\n")
put("tabari", "issues", b'\x06<ISSUE CATEGORY="ECONOMY">\nINFLATION\nTRADE_DEFICIT\n</ISSUE>\n<ISSUE CATEGORY="HEALTH">\nEBOLA [ebola]\n')
put("tabari", "wordlist", b"\x07about\nabove\nacross\nafter\n")
put("tabari", "auto-actors", b"\x08" + joined(b"# PETRARCH style\n"))
put("tabari", "convert-agents", b"\x21" + joined(b"!PERSON! = MAN, WOMAN\n"))
