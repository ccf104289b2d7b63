#!/usr/bin/python3
"""eval_dict.py - dictionary coverage report (make eval-dict).

1. Verb coverage on news: every token tagged VERB in the GUM news documents
   (GUM_news_*, train+dev+test) of ../shared/data/ud/UD_English-GUM; a
   lemma is covered when dyad's data/dict/verbs.dict has at least one
   pattern with that head lemma (heads compared case-folded, as dyad does).
   Reported by token and by distinct lemma.
2. CAMEO-code coverage against PETRARCH-2's verb dictionary
   (../shared/reference/petrarch2/dictionaries/CAMEO.2.0.txt): the event
   codes its patterns and blocks use (both sides of "a:b"; "---" dropped)
   that dyad's verbs.dict also uses; by distinct code, weighted by
   PETRARCH pattern count, and by CAMEO root.
3. The same for PETRARCH's verb lemmas (its block verbs, first word).

usage: /usr/bin/python3 tools/eval_dict.py [DYAD_DICT_TOOL]
The optional argument (the dyad program) runs `dyad dict check` and `stats` on dyad's
dictionaries for the load-time line.
"""
import collections
import glob
import os
import re
import subprocess
import sys

SHARED = os.environ.get("DYAD_SHARED", "../shared")
GUM = os.path.join(SHARED, "data/ud/UD_English-GUM")
PETR2 = os.path.join(SHARED, "reference/petrarch2/dictionaries/CAMEO.2.0.txt")
VERBS = "data/dict/verbs.dict"

def dyad_verbs():
    heads, codes = collections.Counter(), collections.Counter()
    sec = None
    for line in open(VERBS, encoding="utf-8"):
        line = line.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            sec = line
            continue
        if sec != "[verbs]" or " : " not in line:
            continue
        pat, code = line.rsplit(" : ", 1)
        heads[pat.split()[0].lower()] += 1
        codes[code.strip()] += 1
    return heads, codes

def gum_news_verbs():
    toks = []
    for path in sorted(glob.glob(os.path.join(GUM, "*.conllu"))):
        news = False
        for line in open(path, encoding="utf-8"):
            if line.startswith("# newdoc id"):
                news = "GUM_news_" in line
                continue
            if not news or not line.strip() or line.startswith("#"):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) < 4 or "-" in f[0] or "." in f[0]:
                continue
            if f[3] == "VERB":
                toks.append(f[2].lower())
    return toks

def petr_codes():
    codes, lemmas = collections.Counter(), set()
    in_verbs = False
    for line in open(PETR2, encoding="utf-8", errors="replace"):
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs or line.startswith("#"):
            continue
        s = line.split("#")[0].strip()
        if not s:
            continue
        m = re.search(r"\[([^\]]*)\]", s)
        if s.startswith("---"):
            continue
        if not s.startswith("-") and not s.startswith("~"):
            w = s.lstrip("+").split()[0].split("_")[0].lower()
            if w and w[0].isalpha():
                lemmas.add(w)
        if m and s.startswith("-"):
            for c in m.group(1).split(":"):
                c = c.strip().rstrip("!")
                if re.fullmatch(r"\d{2,4}", c):
                    codes[c] += 1
    return codes, lemmas

def main():
    heads, dcodes = dyad_verbs()
    toks = gum_news_verbs()
    covered = [t for t in toks if t in heads]
    lem = set(toks)
    lem_cov = {l for l in lem if l in heads}
    pcodes, plemmas = petr_codes()
    common = {c for c in pcodes if c in dcodes}
    w_all = sum(pcodes.values())
    w_cov = sum(n for c, n in pcodes.items() if c in dcodes)
    roots_p = {c[:2] for c in pcodes}
    roots_d = {c[:2] for c in dcodes}
    print("dyad verbs.dict: %d patterns, %d head lemmas, %d distinct codes, roots %s"
          % (sum(heads.values()), len(heads), len(dcodes), " ".join(sorted(roots_d))))
    print("GUM news VERB tokens covered: %d / %d = %.1f%%"
          % (len(covered), len(toks), 100.0 * len(covered) / max(1, len(toks))))
    print("GUM news VERB lemmas covered: %d / %d = %.1f%%"
          % (len(lem_cov), len(lem), 100.0 * len(lem_cov) / max(1, len(lem))))
    miss = collections.Counter(t for t in toks if t not in heads)
    print("  most frequent uncovered lemmas: %s"
          % ", ".join("%s (%d)" % kv for kv in miss.most_common(15)))
    print("PETRARCH-2 CAMEO codes covered: %d / %d = %.1f%% (weighted by its patterns: %.1f%%)"
          % (len(common), len(pcodes), 100.0 * len(common) / max(1, len(pcodes)),
             100.0 * w_cov / max(1, w_all)))
    print("  PETRARCH-2 codes dyad lacks: %s"
          % " ".join(sorted(c for c in pcodes if c not in dcodes)))
    print("PETRARCH-2 roots covered: %d / %d" % (len(roots_p & roots_d), len(roots_p)))
    pl_cov = {l for l in plemmas if l in heads}
    print("PETRARCH-2 verb lemmas covered: %d / %d = %.1f%%"
          % (len(pl_cov), len(plemmas), 100.0 * len(pl_cov) / max(1, len(plemmas))))
    if len(sys.argv) > 1:
        tool = sys.argv[1]
        r = subprocess.run([tool, "dict", "check", "data/dict/dyad.dict"], capture_output=True, text=True)
        print("dyad dict check data/dict/dyad.dict: %s (exit %d)" % (r.stdout.strip(), r.returncode))
        r = subprocess.run([tool, "dict", "stats", "-q", "data/dict/dyad.dict"], capture_output=True, text=True)
        print("\n".join(r.stdout.strip().splitlines()[-2:]))

main()
