/*
 * evalraw.c - end-to-end evaluation from raw text: the gold sentences'
 * "# text" lines are joined into documents, run through dyad's own
 * segmenter and tokenizer (dy_text_analyze) and the tagger/parser, and
 * compared with the gold trees after aligning words by character
 * offsets, as the CoNLL 2018 evaluation script does: a system token and
 * a gold word align when they cover exactly the same bytes.  Scores are
 * F1 over gold and system words, so tokenisation errors count against
 * tagging and attachment too.
 */
#include <string.h>
#include <time.h>

#include "syntax/syntax_int.h"
#include "text/text.h"

struct span {
    uint32_t start, end;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int same_universal(const char *a, const char *b)
{
    size_t la = strcspn(a, ":"), lb = strcspn(b, ":");
    return la == lb && memcmp(a, b, la) == 0;
}

/* Evaluates one document: gold sentences [s0, s1). */
static int eval_doc(const struct dyad_model *m, const struct dy_syntax_corpus *g,
                    size_t s0, size_t s1, struct dy_arena *arena,
                    struct dy_arena *warena, struct dy_syntax_eval *out)
{
    struct dy_buf text = DY_BUF_INIT;
    size_t s, i, ngw = 0, k;
    struct span *gsp = NULL;        /* per gold word */
    size_t *gsent0 = NULL;          /* global index of first word per sentence */
    size_t *gsent_of = NULL;        /* sentence (relative to s0) of each gold word */
    long *sys2gold = NULL, *gold2sys = NULL;
    struct dy_text_result tr;
    struct dyad_word *w = NULL;
    int rc = DYAD_OK;

    for (s = s0; s < s1; s++)
        ngw += g->sents[s].n;
    gsp = dy_calloc(ngw + 1, sizeof(*gsp));
    gsent0 = dy_calloc(s1 - s0 + 1, sizeof(*gsent0));
    gold2sys = dy_calloc(ngw + 1, sizeof(*gold2sys));
    gsent_of = dy_calloc(ngw + 1, sizeof(*gsent_of));
    if (!gsp || !gsent0 || !gold2sys || !gsent_of) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    k = 0;
    for (s = s0; s < s1; s++) {
        const struct dy_syntax_sent *se = &g->sents[s];
        size_t base, cur = 0, tl = strlen(se->text);
        /* sentences of a paragraph are joined by a space, paragraphs
         * by a blank line, as the text module's own evaluation does */
        if (text.len && (rc = dy_buf_puts(&text, se->newpar ? "\n\n" : " ")) != DYAD_OK)
            goto done;
        base = text.len;
        if ((rc = dy_buf_puts(&text, se->text)) != DYAD_OK)
            goto done;
        gsent0[s - s0] = k;
        for (i = 0; i < se->n; i++, k++) {
            const char *f = se->w[i].form, *hit;
            size_t fl = strlen(f);
            gsent_of[k] = s - s0;
            while (cur < tl && se->text[cur] == ' ')
                cur++;
            hit = strstr(se->text + cur, f);
            if (fl && hit && (size_t)(hit - se->text) <= cur + 8) {
                gsp[k].start = (uint32_t)(base + (size_t)(hit - se->text));
                gsp[k].end = (uint32_t)(gsp[k].start + fl);
                cur = (size_t)(hit - se->text) + fl;
            } else {
                gsp[k].start = gsp[k].end = UINT32_MAX;   /* unalignable */
            }
        }
        if (se->n) {
            out->gold_sents++;
        }
    }
    rc = dy_text_analyze(arena, text.data ? text.data : "", text.len, NULL, 0, &tr);
    if (rc)
        goto done;
    out->sys_words += tr.ntokens;
    out->sys_sents += tr.nsentences;
    sys2gold = dy_calloc(tr.ntokens + 1, sizeof(*sys2gold));
    w = dy_calloc(DY_SYNTAX_MAX_WORDS, sizeof(*w));
    if (!sys2gold || !w) {
        rc = DYAD_ENOMEM;
        goto done;
    }
    /* align words by exact byte spans (both sequences are in text order) */
    for (i = 0; i < tr.ntokens; i++)
        sys2gold[i] = -1;
    for (i = 0; i < ngw; i++)
        gold2sys[i] = -1;
    {
        size_t a = 0, b = 0;
        while (a < ngw && b < tr.ntokens) {
            const struct dyad_span *ts = &tr.tokens[b].span;
            if (gsp[a].start == UINT32_MAX) {
                a++;
            } else if (gsp[a].start == ts->start && gsp[a].end == ts->end) {
                gold2sys[a] = (long)b;
                sys2gold[b] = (long)a;
                out->aligned++;
                a++;
                b++;
            } else if (gsp[a].end <= ts->start ||
                       (gsp[a].start < ts->start) ||
                       (gsp[a].start == ts->start && gsp[a].end < ts->end)) {
                a++;
            } else {
                b++;
            }
        }
    }
    /* sentences: exact span matches */
    {
        size_t a = 0, b;
        for (b = 0; b < tr.nsentences; b++) {
            const struct dyad_sentence *ss = &tr.sentences[b];
            uint32_t st, en;
            if (ss->ntokens == 0)
                continue;
            st = tr.tokens[ss->first_token].span.start;
            en = tr.tokens[ss->first_token + ss->ntokens - 1].span.end;
            while (a < s1 - s0) {
                const struct dy_syntax_sent *se = &g->sents[s0 + a];
                size_t f = gsent0[a];
                if (se->n == 0 || gsp[f].start == UINT32_MAX || gsp[f].start < st) {
                    a++;
                    continue;
                }
                if (gsp[f].start == st && gsp[f + se->n - 1].end == en)
                    out->sent_match++;
                break;
            }
        }
    }
    /* parse every system sentence */
    for (s = 0; s < tr.nsentences; s++) {
        const struct dyad_sentence *ss = &tr.sentences[s];
        size_t n = ss->ntokens, f = ss->first_token;
        double t0;
        if (n > DY_SYNTAX_MAX_WORDS)
            n = DY_SYNTAX_MAX_WORDS;   /* the pipeline splits such sentences */
        t0 = now();
        rc = dy_syntax_annotate(m, warena, tr.tokens + f, n, w);
        out->seconds += now() - t0;
        if (rc)
            goto done;
        for (i = 0; i < n; i++) {
            long gi = sys2gold[f + i];
            const struct dy_syntax_cword *gw;
            size_t gs;
            long ghead_glob, shead_gold;
            if (gi < 0)
                continue;
            gs = gsent_of[gi];
            gw = &g->sents[s0 + gs].w[(size_t)gi - gsent0[gs]];
            out->upos += strcmp(w[i].upos, gw->upos) == 0;
            out->xpos += strcmp(w[i].xpos, gw->xpos) == 0;
            out->lemma += strcmp(w[i].lemma, gw->lemma) == 0;
            out->feats += strcmp(w[i].feats, gw->feats) == 0;
            ghead_glob = gw->head ? (long)(gsent0[gs] + gw->head - 1) : -1;
            shead_gold = w[i].head ? sys2gold[f + w[i].head - 1] : -1;
            if (w[i].head && shead_gold < 0)
                continue;   /* system head is an unaligned token */
            if (ghead_glob == shead_gold) {
                out->uas++;
                out->las += same_universal(w[i].deprel, gw->deprel);
            }
        }
        dy_arena_reset(warena);
    }
    out->words += ngw;
done:
    dy_buf_release(&text);
    dy_free(gsp);
    dy_free(gsent0);
    dy_free(gsent_of);
    dy_free(gold2sys);
    dy_free(sys2gold);
    dy_free(w);
    return rc;
}

int dy_syntax_eval_raw(const struct dyad_model *m,
                       const struct dy_syntax_corpus *gold,
                       struct dy_syntax_eval *out, struct dyad_error *err)
{
    struct dy_arena *arena, *warena;
    size_t s = 0;
    int rc = DYAD_OK;

    dy_error_clear(err);
    if (!m || !gold || !out)
        return dy_error(err, DYAD_EINVAL, NULL, "missing model, corpus or result");
    memset(out, 0, sizeof(*out));
    arena = dy_arena_new(1 << 20);
    warena = dy_arena_new(1 << 16);
    if (!arena || !warena) {
        dy_arena_free(arena);
        dy_arena_free(warena);
        return dy_error(err, DYAD_ENOMEM, NULL, "out of memory");
    }
    while (s < gold->nsents && !rc) {
        size_t e = s + 1;
        while (e < gold->nsents && strcmp(gold->sents[e].doc_id, gold->sents[s].doc_id) == 0)
            e++;
        rc = eval_doc(m, gold, s, e, arena, warena, out);
        dy_arena_reset(arena);
        s = e;
    }
    dy_arena_free(arena);
    dy_arena_free(warena);
    if (rc)
        return dy_error(err, rc, NULL, "raw-text evaluation failed");
    return DYAD_OK;
}
