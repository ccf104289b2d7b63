#!/bin/sh
# bench/coder-article.sh DYAD MODEL DIR - codes the example article(s)
# in DIR and lists, readably, the headline's events, every quote with
# its speaker and every statement event, then the other events and the
# unknown names, for checking by hand against the text (BENCHMARKS.md
# "## Event coding").
set -eu
dyad=$1
model=$2
dir=$3
out=$(mktemp)
"$dyad" code -q --model "$model" "$dir" > "$out"
/usr/bin/python3 - "$out" <<'PY'
import json, sys
ev, qs, unk = [], [], []
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("kind") == "event": ev.append(r)
    elif r.get("kind") == "quote": qs.append(r)
    elif r.get("kind") == "unknown": unk += r["names"]
def a(x): return "-" if not x else "%s [%s]" % (x["text"], x["code"])
print("headline events:")
for e in ev:
    if e["headline"]: print("  %s %s %s (%s)" % (a(e["source"]), e["code"], a(e["target"]), e["verb"]))
print("quotes (%d):" % len(qs))
for q in qs:
    print("  #%d %-40s <- %s via %s" % (q["quote"], q["text"][:40], a(q["speaker"]), q["verb"]))
print("statement events (root 01):")
for e in ev:
    if e["root"] == "01": print("  sent %s: %s %s %s (%s)" % (e["sent"], a(e["source"]), e["code"], a(e["target"]), e["verb"]))
print("other events (%d):" % sum(1 for e in ev if e["root"] != "01"))
for e in ev:
    if e["root"] != "01": print("  sent %s: %s %s %s (%s)%s" % (e["sent"], a(e["source"]), e["code"], a(e["target"]), e["verb"], " reported by #%s" % e["reported_by"] if e["reported_by"] is not None else ""))
print("unknown names: %s" % ", ".join("%s (%d)" % (n["text"], n["count"]) for n in unk))
PY
rm -f "$out"
