/*
 * fuzz_tabari.c - libFuzzer target for the TABARI and PETRARCH
 * dictionary readers (module lexicon, public API): byte 0 picks the
 * format (actors, agents, TABARI verbs, PETRARCH-1 and -2 verbs,
 * discards, issues, word lists, or AUTO sniffing), bit 4 the checks,
 * bit 5 conversion to dyad's format.  See fuzz_lexicon.h.
 */
#include "fuzz_lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const enum dyad_dict_format fmts[16] = {
        DYAD_DICT_ACTORS, DYAD_DICT_AGENTS, DYAD_DICT_VERBS_TABARI, DYAD_DICT_VERBS_PETR1,
        DYAD_DICT_VERBS_PETR2, DYAD_DICT_DISCARDS, DYAD_DICT_ISSUES, DYAD_DICT_WORDLIST,
        DYAD_DICT_AUTO, DYAD_DICT_ACTORS, DYAD_DICT_AGENTS, DYAD_DICT_VERBS_TABARI,
        DYAD_DICT_VERBS_PETR1, DYAD_DICT_VERBS_PETR2, DYAD_DICT_AUTO, DYAD_DICT_AUTO};
    uint8_t opt = fz_take(&data, &size);

    fz_lexicon_run(data, size, fmts[opt & 15], (opt >> 4) & 1, (opt >> 5) & 1);
    return 0;
}
