# dyad-evalgold (docs/GOLD.md): the gold-file reader and the scorer, on a
# fake two-sentence treebank and gold files written for this test.
. tests/cli/lib.inc
EG=$(dirname "$DYAD")/tools/dyad-evalgold
[ -x "$EG" ] || fail "$EG not built (make tools)"
TB=tests/gold/fake-test.conllu
G=tests/gold/fake.gold

# --- the reader: good lines -------------------------------------------------
# comments, blank lines, trailing comments, CRLF, 'reported:', 4-digit codes,
# '-' targets, no URL on @doc, spaces around ';'.
printf '%s\r\n' '# header comment' '' '@doc fake_news_1 2024-05-06   # no URL' \
  'fake_news_1-1	FRA 111 DEU;reported:FRAGOV 0231 -  ;  DEU 010 -	# trailing' \
  '  # indented comment' 'fake_news_1-2	-' > "$T/good.gold"
expect_exit 0 "$EG" --treebank "$TB" --check "$T/good.gold"
grep -q '^gold set: 1 documents (1 held-out, 0 train), 2 of their 2 sentences coded, 3 events (1 reported), 1 sentences with events$' "$T/out" ||
    { cat "$T/out"; fail "good.gold summary"; }
[ ! -s "$T/err" ] || { cat "$T/err"; fail "good.gold: unexpected diagnostics"; }

# A partial document is reported, not an error.
printf '%s\n' '@doc fake_news_1 2024-05-06' 'fake_news_1-2	ESP 051 ITA' > "$T/partial.gold"
expect_exit 0 "$EG" --treebank "$TB" --check "$T/partial.gold"
grep -q 'fake_news_1 (.*partial.gold:1): 1 of 2 sentences coded (partial' "$T/err" ||
    { cat "$T/err"; fail "partial document not reported"; }

# A date that differs from the treebank's is a warning.
printf '%s\n' '@doc fake_news_1 2024-05-07' 'fake_news_1-1	-' 'fake_news_1-2	-' > "$T/date.gold"
expect_exit 0 "$EG" --treebank "$TB" --check "$T/date.gold"
grep -q 'date.gold:1: warning: @doc fake_news_1: date 2024-05-07 differs' "$T/err" ||
    { cat "$T/err"; fail "date warning"; }

# --- the reader: every kind of malformed line -> file:line: error -----------
# A second treebank file with another document, for the wrong-document case.
printf '%s\n' '# newdoc id = other_doc' '# newpar' '# sent_id = other_doc-1' \
  '# text = Chile thanked Peru.' '1	Chile	Chile	PROPN	NNP	_	2	nsubj	_	_' \
  '2	thanked	thank	VERB	VBD	_	0	root	_	_' '3	Peru	Peru	PROPN	NNP	_	2	obj	_	_' '' \
  > "$T/other-train.conllu"
n=0
# bad LINE_NO 'MESSAGE FRAGMENT' LINES...: a gold file made of LINES must be
# rejected with "FILE:LINE_NO: error: ...MESSAGE FRAGMENT...".
bad() {
    n=$((n + 1)); want_line=$1; msg=$2; shift 2
    printf '%s\n' "$@" > "$T/bad$n.gold"
    expect_exit 2 "$EG" --treebank "$TB" --treebank "$T/other-train.conllu" --check "$T/bad$n.gold"
    grep -qF "bad$n.gold:$want_line: error: " "$T/err" && grep -qF -- "$msg" "$T/err" ||
        { cat "$T/err"; fail "case $n: expected 'bad$n.gold:$want_line: error: ...$msg...'"; }
    grep -q 'error(s) in the gold files; nothing scored' "$T/err" || fail "case $n: no summary"
}
D='@doc fake_news_1 2024-05-06'
bad 2 'expected a TAB between the sent_id and the events' "$D" 'fake_news_1-1 FRA 111 DEU'
bad 2 'has no TAB and no events' "$D" 'fake_news_1-1'
bad 1 'before any valid '\''@doc'\'' line' 'fake_news_1-1	-'
bad 2 "unknown sent_id 'fake_news_1-9'" "$D" 'fake_news_1-9	-'
bad 2 "belongs to document other_doc, not to the current @doc fake_news_1" "$D" 'other_doc-1	-'
bad 3 'coded twice (first at' "$D" 'fake_news_1-1	-' 'fake_news_1-1	-'
bad 2 "has no events: write '-'" "$D" 'fake_news_1-1	'
bad 2 "'-' (no event) combined with events" "$D" 'fake_news_1-1	- ; FRA 111 DEU'
bad 2 'empty event' "$D" 'fake_news_1-1	FRA 111 DEU ; ; DEU 010 -'
bad 2 'empty event' "$D" 'fake_news_1-1	FRA 111 DEU ;'
bad 2 'has 2 fields; expected SOURCE CODE TARGET' "$D" 'fake_news_1-1	FRA 111'
bad 2 'has more than 3 fields' "$D" 'fake_news_1-1	FRA 111 DEU ESP'
bad 2 'has no source' "$D" 'fake_news_1-1	- 111 DEU'
bad 2 "source 'fra' is not a CAMEO actor code" "$D" 'fake_news_1-1	fra 111 DEU'
bad 2 "source 'FRAGO' is not a CAMEO actor code" "$D" 'fake_news_1-1	FRAGO 111 DEU'
bad 2 "'11' is not a CAMEO event code" "$D" 'fake_news_1-1	FRA 11 DEU'
bad 2 "'211' is not a CAMEO event code" "$D" 'fake_news_1-1	FRA 211 DEU'
bad 2 "'11a' is not a CAMEO event code" "$D" 'fake_news_1-1	FRA 11a DEU'
bad 2 "'01111' is not a CAMEO event code" "$D" 'fake_news_1-1	FRA 01111 DEU'
bad 2 "target 'De' is not a CAMEO actor code" "$D" 'fake_news_1-1	FRA 111 De'
bad 2 "unknown prefix 'said:'" "$D" 'fake_news_1-1	said:FRA 010 -'
bad 1 "unknown document 'fake_news_9'" '@doc fake_news_9 2024-05-06'
bad 1 "'2024-5-6' is not a date YYYY-MM-DD" '@doc fake_news_1 2024-5-6'
bad 1 "'2024-13-01' is not a date YYYY-MM-DD" '@doc fake_news_1 2024-13-01'
bad 1 "expected '@doc DOC_ID YYYY-MM-DD [URL]'" '@doc fake_news_1'
bad 1 "expected '@doc DOC_ID YYYY-MM-DD [URL]'" '@doc fake_news_1 2024-05-06 http://x extra'
bad 2 '@doc fake_news_1 again (first at' "$D" "$D"
bad 1 "unknown directive '@dco'" '@dco fake_news_1 2024-05-06'
# A NUL byte, on line 2.
printf '%s\nfake_news_1-1\t-\0\n' "$D" > "$T/nul.gold"
expect_exit 2 "$EG" --treebank "$TB" --check "$T/nul.gold"
grep -q 'nul.gold:2: error: NUL byte' "$T/err" || { cat "$T/err"; fail "NUL byte"; }
# Every bad line of a file is reported, not only the first.
printf '%s\n' "$D" 'fake_news_1-1	FRA 1 DEU' 'fake_news_1-2	ESP 051' > "$T/two.gold"
expect_exit 2 "$EG" --treebank "$TB" --check "$T/two.gold"
grep -q 'two.gold:2: error' "$T/err" && grep -q 'two.gold:3: error' "$T/err" ||
    { cat "$T/err"; fail "both bad lines reported"; }
grep -q '^dyad-evalgold: 2 error(s) in the gold files' "$T/err" || fail "error count"
# Missing files and bad usage.
expect_exit 2 "$EG" --treebank "$TB" --check "$T/no-such.gold"
grep -q 'no-such.gold: cannot read' "$T/err" || fail "missing gold file"
expect_exit 2 "$EG" --treebank "$T/no-such.conllu" --check "$G"
grep -q 'no-such.conllu: cannot read the treebank file' "$T/err" || fail "missing treebank"
expect_exit 2 "$EG" --bogus "$G"
expect_exit 2 "$EG"

# --- the scorer on hand-made system output ------------------------------------
# Expected figures worked out by hand in tests/gold/fake.sys.
expect_exit 0 "$EG" --treebank "$TB" --system tests/gold/fake.sys "$G"
row='| 1 | 2 | 3 | 6 | 3 | 0.500 | 1.000 | **0.667** | 1 | 0.167 | 0.333 | **0.222** |'
grep -qxF "| all $row" "$T/out" || { cat "$T/out"; fail "scorer: row 'all'"; }
grep -qxF "| held-out (dev/test files) $row" "$T/out" || { cat "$T/out"; fail "scorer: held-out row"; }
grep -qxF "| fake_news_1 (held-out) $row" "$T/out" || { cat "$T/out"; fail "scorer: document row"; }
grep -qxF '| train (train files) | 0 | 0 | 0 | 0 | 0 | - | - | - | 0 | - | - | - |' "$T/out" ||
    { cat "$T/out"; fail "scorer: empty train row"; }
# Diagnostics: event root alone: 111 and 036 in sentence 1, 05x in
# sentence 2 = 3; actor roots alone: FRA/DEU twice in sentence 1, ESP/ITA
# in sentence 2 = 3; so both P 3/6, R 3/3, F1 2/3.
grep -qF 'event root alone (actors ignored): 3 matches, P/R/F1 0.500/1.000/0.667; actor roots alone (event code ignored): 3 matches, P/R/F1 0.500/1.000/0.667' "$T/out" ||
    { cat "$T/out"; fail "scorer: diagnostics"; }
# the one full match (FRA 111 DEU) is unmarked in both files
grep -q "^'reported:' marks (not scored) agree on 1 of the 1 full-level matches" "$T/out" ||
    { cat "$T/out"; fail "scorer: reported agreement"; }
# -v: the misses and extras, with the root-level verdict.
expect_exit 0 "$EG" --treebank "$TB" --system tests/gold/fake.sys -v "$G"
[ "$(grep -c '^MISS ' "$T/out")" -eq 2 ] || { cat "$T/out"; fail "-v: 2 misses"; }
[ "$(grep -c '^EXTRA ' "$T/out")" -eq 5 ] || { cat "$T/out"; fail "-v: 5 extras"; }
grep -qF 'MISS  fake_news_1-1	FRA 036 DEU	(root level: matched)' "$T/out" || fail "-v: FRA 036 DEU miss"
grep -qF 'EXTRA fake_news_1-1	FRA 111 DEU	(root level: no)' "$T/out" || fail "-v: duplicate extra"
grep -qF 'EXTRA fake_news_1-2	reported:ESPGOV 051 -	(root level: no)' "$T/out" || fail "-v: reported extra"
# A partial gold document: only its coded sentence is scored; the system's
# two events in the other sentence are counted as not scored.
expect_exit 0 "$EG" --treebank "$TB" --system tests/gold/fake.sys "$T/partial.gold"
grep -qxF '| all | 1 | 1 | 1 | 2 | 1 | 0.500 | 1.000 | **0.667** | 0 | 0.000 | 0.000 | **0.000** |' "$T/out" ||
    { cat "$T/out"; fail "partial: row 'all'"; }
grep -q 'not scored): 4;' "$T/out" || { cat "$T/out"; fail "partial: unscored count"; }

# --- the whole pipeline (needs the model) -------------------------------------
# dyad's dictionaries: condemn = 111, praise = 051, the four countries; so
# dyad should find FRA 111 DEU in sentence 1 and ESP 051 ITA in sentence 2:
# 2 matches, 2 events, 3 gold events: P 1.000, R 0.667, F1 0.800.  An event
# given to the wrong sentence would miss at both levels.
if [ -f data/model/dyad-en.model ]; then
    expect_exit 0 "$EG" --treebank "$TB" "$G"
    grep -qxF '| all | 1 | 2 | 3 | 2 | 2 | 1.000 | 0.667 | **0.800** | 2 | 1.000 | 0.667 | **0.800** |' "$T/out" ||
        { cat "$T/out"; fail "pipeline: row 'all'"; }
fi
exit 0
