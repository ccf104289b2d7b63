/*
 * fuzz_dict.c - libFuzzer target for dyad's own dictionary format
 * (module lexicon, public API), loaded from a scratch file.  Byte 0:
 * bit 0 turns on the checks of `dyad dict check`, bit 1 converts
 * instead of building.  See fuzz_lexicon.h for what is checked.
 */
#include "fuzz_lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t opt = fz_take(&data, &size);

    fz_lexicon_run(data, size, DYAD_DICT_DYAD, opt & 1, (opt >> 1) & 1);
    return 0;
}
