# dyad-evalcoder's TABARI reader: records are split at their header lines,
# so a record whose comment is left open (Validate.text's COMPOUND-06 ends
# with an opening mark) does not swallow the next record and its triples.
. tests/cli/lib.inc
EC=$(dirname "$DYAD")/tools/dyad-evalcoder
[ -x "$EC" ] || fail "$EC not built (make tools)"
if [ ! -r data/model/dyad-en.model ]; then
    echo "SKIP: data/model/dyad-en.model is absent"; exit 0
fi
# Record T-01's comment is closed by "/*", not "*/"; T-02 follows.
printf '%s\n' '950104  T-01' 'France strongly condemned Germany on Monday over the border closure.' '/*' \
  '\n{ FRA / DEU / 111 }   /*' '' '950104  T-02' 'Spain warmly praised Italy on Tuesday for the rescue at sea.' '/*' \
  '\n{ ESP / ITA / 051 } */' '' > "$T/v.text"
expect_exit 0 "$EC" --suite tabari --model data/model/dyad-en.model \
    --dict data/dict/dyad.dict "$T/v.text"
# two records, one expected triple each, both reproduced, nothing extra
expect_out '^| \*\*all\*\* | 2 | 2 | 100.0% | 2 | 0.0% |$' "two records, both reproduced"
expect_out '^| T | 2 | 2 |' "the category counts both records"
