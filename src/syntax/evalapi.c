/*
 * evalapi.c - module syntax: the public evaluation entry point
 * (dyad_eval_parse), a thin layer over the corpus reader and the gold /
 * raw-text evaluations in eval code, for `dyad eval parse`.
 */
#include <string.h>

#include "syntax/syntax.h"

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

/* F1 when gold and system counts differ (raw text), CoNLL 2018 style. */
static double f1(size_t correct, size_t gold, size_t sys)
{
    return gold + sys ? 200.0 * (double)correct / (double)(gold + sys) : 0.0;
}

int dyad_eval_parse(const struct dyad_model *m, const char *conllu_path, int raw,
                    struct dyad_parse_scores *out, struct dyad_error *err)
{
    struct dy_syntax_corpus c;
    struct dy_syntax_eval e;
    int rc;

    dy_error_clear(err);
    if (!m || !conllu_path || !out)
        return dy_error(err, DYAD_EINVAL, NULL, "model, path and result are required");
    memset(out, 0, sizeof(*out));
    memset(&e, 0, sizeof(e));
    dy_syntax_corpus_init(&c);
    rc = dy_syntax_corpus_read(&c, conllu_path, NULL, err);
    if (!rc)
        rc = raw ? dy_syntax_eval_raw(m, &c, &e, err) : dy_syntax_eval_gold(m, &c, NULL, &e, err);
    if (!rc) {
        size_t sys = raw ? e.sys_words : e.words;

        out->words = e.words;
        out->sys_words = sys;
        out->sentences = raw ? e.gold_sents : e.sents;
        out->tokens_f1 = raw ? f1(e.aligned, e.words, sys) : 100.0;
        out->sentences_f1 = raw ? f1(e.sent_match, e.gold_sents, e.sys_sents) : 100.0;
        out->upos = raw ? f1(e.upos, e.words, sys) : pct(e.upos, e.words);
        out->xpos = raw ? f1(e.xpos, e.words, sys) : pct(e.xpos, e.words);
        out->lemma = raw ? f1(e.lemma, e.words, sys) : pct(e.lemma, e.words);
        out->feats = raw ? f1(e.feats, e.words, sys) : pct(e.feats, e.words);
        out->uas = raw ? f1(e.uas, e.words, sys) : pct(e.uas, e.words);
        out->las = raw ? f1(e.las, e.words, sys) : pct(e.las, e.words);
        out->words_per_second = e.seconds > 0 ? (double)e.words / e.seconds : 0.0;
    }
    dy_syntax_corpus_release(&c);
    return rc;
}
