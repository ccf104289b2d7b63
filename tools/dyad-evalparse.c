/*
 * dyad-evalparse - accuracy of the tagger/parser on gold CoNLL-U files.
 *
 *   dyad-evalparse [--model MODEL] [--raw] [--sys-out FILE] GOLD.conllu...
 *
 * Gold tokenisation (default): prints per file UPOS, XPOS, lemma, UFeats
 * accuracy, UAS and LAS by the CoNLL 2018 definitions (punctuation
 * included, LAS on the universal part of the relation).  --raw runs
 * dyad's own tokenizer on the sentences' "# text" and prints token and
 * sentence F1 and aligned F1 scores instead.  --sys-out writes the
 * system CoNLL-U of the (last) gold-tokenised file.  Exit 0 on success,
 * 1 on errors, 2 on misuse.
 */
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"
#include "util/util.h"

static double pct(size_t a, size_t b)
{
    return b ? 100.0 * (double)a / (double)b : 0.0;
}

static double f1(size_t correct, size_t gold, size_t sys)
{
    return gold + sys ? 200.0 * (double)correct / (double)(gold + sys) : 0.0;
}

static const char *base(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int main(int argc, char **argv)
{
    const char *model = DYAD_DEFAULT_MODEL, *sysout = NULL;
    int raw = 0, i, header = 0;
    struct dyad_model *m;
    struct dyad_error err;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
            model = argv[++i];
        else if (strcmp(argv[i], "--sys-out") == 0 && i + 1 < argc)
            sysout = argv[++i];
        else if (strcmp(argv[i], "--raw") == 0)
            raw = 1;
        else if (strcmp(argv[i], "--help") == 0) {
            puts("usage: dyad-evalparse [--model MODEL] [--raw] [--sys-out FILE] GOLD.conllu...");
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "dyad-evalparse: unknown option '%s'\n", argv[i]);
            return 2;
        }
    }
    if (dyad_model_load(model, &m, &err) != DYAD_OK) {
        fprintf(stderr, "dyad-evalparse: %s: %s\n", err.where, err.msg);
        return 1;
    }
    for (i = 1; i < argc; i++) {
        struct dy_syntax_corpus c;
        struct dy_syntax_eval e;
        FILE *so = NULL;
        int rc;
        if (argv[i][0] == '-') {
            if (strcmp(argv[i], "--raw") != 0)
                i++;
            continue;
        }
        dy_syntax_corpus_init(&c);
        if (dy_syntax_corpus_read(&c, argv[i], NULL, &err) != DYAD_OK) {
            fprintf(stderr, "dyad-evalparse: %s: %s\n", err.where, err.msg);
            return 1;
        }
        if (sysout && !raw) {
            so = fopen(sysout, "w");
            if (!so) {
                perror(sysout);
                return 1;
            }
        }
        rc = raw ? dy_syntax_eval_raw(m, &c, &e, &err)
                 : dy_syntax_eval_gold(m, &c, so, &e, &err);
        if (so)
            fclose(so);
        if (rc) {
            fprintf(stderr, "dyad-evalparse: %s: %s\n", argv[i], err.msg);
            return 1;
        }
        if (!header) {
            if (raw)
                printf("%-26s %7s %7s %7s %7s %7s %7s %7s %7s\n", "file (raw text)", "words",
                       "Tokens", "Sents", "UPOS", "XPOS", "Lemma", "UAS", "LAS");
            else
                printf("%-26s %7s %7s %7s %7s %7s %7s %7s %9s\n", "file (gold tok)", "words",
                       "UPOS", "XPOS", "Lemma", "UFeats", "UAS", "LAS", "tok/s");
            header = 1;
        }
        if (raw)
            printf("%-26s %7zu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f\n", base(argv[i]),
                   e.words, f1(e.aligned, e.words, e.sys_words),
                   f1(e.sent_match, e.gold_sents, e.sys_sents),
                   f1(e.upos, e.words, e.sys_words), f1(e.xpos, e.words, e.sys_words),
                   f1(e.lemma, e.words, e.sys_words), f1(e.uas, e.words, e.sys_words),
                   f1(e.las, e.words, e.sys_words));
        else
            printf("%-26s %7zu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %9.0f\n", base(argv[i]),
                   e.words, pct(e.upos, e.words), pct(e.xpos, e.words),
                   pct(e.lemma, e.words), pct(e.feats, e.words), pct(e.uas, e.words),
                   pct(e.las, e.words), e.seconds > 0 ? (double)e.words / e.seconds : 0.0);
        dy_syntax_corpus_release(&c);
    }
    dyad_model_free(m);
    return 0;
}
