/*
 * t_lex.h - test helper shared by the coder and lexicon tests: builds a
 * lexicon from in-memory dictionary texts, every step checked with the
 * harness (include after dyad.h and t.h).
 */
#ifndef T_LEX_H
#define T_LEX_H

struct t_dict {
    const char *name;
    const char *text;
    enum dyad_dict_format fmt;
};

static inline struct dyad_lexicon *t_lexicon(const struct t_dict *d, size_t n)
{
    struct dyad_lexicon_builder *b = NULL;
    struct dyad_lexicon *lx = NULL;

    T_EQ_INT(dyad_lexicon_builder_new(NULL, &b), DYAD_OK);
    for (size_t i = 0; i < n; i++)
        T_EQ_INT(dyad_lexicon_builder_load_text(b, d[i].name, d[i].text, strlen(d[i].text),
                                                d[i].fmt, NULL, NULL),
                 DYAD_OK);
    T_EQ_INT(dyad_lexicon_build(b, &lx, NULL), DYAD_OK);
    dyad_lexicon_builder_free(b);
    return lx;
}

#endif
