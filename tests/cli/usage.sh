# The program's front door: help, version, misuse, exit codes.
. tests/cli/lib.inc
expect_exit 0 "$DYAD" --help
grep -q '^SYNOPSIS' "$T/out" || fail "--help has no SYNOPSIS"
grep -q 'sentences' "$T/out" || fail "--help does not list the sentences command"
expect_exit 0 "$DYAD" --version
grep -q '^dyad [0-9]' "$T/out" || fail "--version output"
expect_exit 2 "$DYAD"
expect_exit 2 "$DYAD" no-such-command
grep -q "unknown command 'no-such-command'" "$T/err" || fail "unknown command message"
for c in sentences tokens code; do
    expect_exit 0 "$DYAD" "$c" --help
    grep -q '^EXIT STATUS' "$T/out" || fail "$c --help has no EXIT STATUS"
done
expect_exit 2 "$DYAD" sentences --bogus x
expect_exit 2 "$DYAD" sentences -j 0 examples
expect_exit 2 "$DYAD" sentences
expect_exit 2 "$DYAD" sentences -f conllu examples
# dyad eval parse: a hand-written gold file of 2 sentences, 3 + 5 = 8 words.
printf '%s\n' '# sent_id = 1' '# text = Iran protested.' \
  '1	Iran	Iran	PROPN	NNP	Number=Sing	2	nsubj	_	_' \
  '2	protested	protest	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	SpaceAfter=No' \
  '3	.	.	PUNCT	.	_	2	punct	_	_' '' \
  '# sent_id = 2' '# text = Seoul rejected the protest.' \
  '1	Seoul	Seoul	PROPN	NNP	Number=Sing	2	nsubj	_	_' \
  '2	rejected	reject	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_' \
  '3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_' \
  '4	protest	protest	NOUN	NN	Number=Sing	2	obj	_	SpaceAfter=No' \
  '5	.	.	PUNCT	.	_	2	punct	_	_' '' > "$T/gold.conllu"
if [ -f data/model/dyad-en.model ]; then
    expect_exit 0 "$DYAD" eval parse "$T/gold.conllu"
    awk 'NR == 2 && $1 == "gold.conllu" && $2 == 8 { ok = 1 } END { exit !ok }' "$T/out" ||
        { cat "$T/out"; fail "eval parse: no row with 8 gold words"; }
    expect_exit 0 "$DYAD" eval parse --raw "$T/gold.conllu"
    grep -q '^gold.conllu' "$T/out" || fail "eval parse --raw row"
fi
expect_exit 2 "$DYAD" eval parse "$T/no-such.conllu"
expect_exit 2 "$DYAD" eval nothing
expect_exit 0 "$DYAD" eval --help
exit 0
