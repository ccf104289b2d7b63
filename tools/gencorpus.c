/*
 * gencorpus.c - writes a synthetic JSON Lines news corpus of a given
 * size, for the streaming and memory benchmarks.
 *
 *   build/tools/gencorpus SIZE_MB [SEED] > corpus.jsonl
 *
 * Documents are assembled from sentence templates written for dyad
 * (no third-party text) with actors, verbs, places and dates drawn from
 * a fixed-seed generator, so the same arguments always give the same
 * bytes.  Each document has 4-12 paragraphs of 1-3 sentences; some
 * sentences carry quotes, abbreviations and numbers so that the
 * segmenter does representative work.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    /* xorshift64*: fast, deterministic, good enough for picking words. */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

#define PICK(a) (a[rnd((uint32_t)(sizeof(a) / sizeof(a[0])))])

static const char *actors[] = {
    "Russia", "China", "the United States", "Japan", "South Korea", "Iran",
    "Turkey", "the European Union", "NATO", "the U.N. Security Council",
    "Foreign Minister Sergei Lavrov", "President Vladimir Putin",
    "U.S. Secretary of State Rex Tillerson", "Chancellor Angela Merkel",
    "Prime Minister Shinzo Abe", "President Moon Jae-in", "Gov. Jerry Brown",
    "Sen. John McCain", "Lt. Gen. H.R. McMaster", "the Kremlin", "Pyongyang",
    "Washington", "Beijing", "rebel commanders", "opposition lawmakers",
    "Kurdish fighters", "protesters", "the Defense Ministry", "Iranian officials",
};

static const char *verbs[] = {
    "accused", "criticized", "praised", "met with", "warned", "urged",
    "rejected calls from", "threatened", "signed an agreement with",
    "imposed sanctions on", "called on", "condemned", "blamed",
    "pledged aid to", "expelled diplomats from", "hosted", "attacked",
    "negotiated with", "appealed to", "denied accusations by",
};

static const char *places[] = {
    "in Moscow", "in Geneva", "in Minsk", "in Seoul", "at the United Nations",
    "in Brussels", "in Ankara", "in Tokyo", "near the border", "in Vienna",
};

static const char *days[] = {
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
    "last week", "late on Sunday", "on Jan. 4", "on Sept. 11", "earlier this month",
};

static const char *quotes[] = {
    "We will not accept this",
    "The pressure of sanctions has been exhausted",
    "It's time for both sides to return to talks",
    "They don't want a solution, they want a crisis",
    "Our patience is not unlimited",
    "This is an act of aggression",
};

static const char *speakers[] = {
    "he said", "she told reporters", "the minister added",
    "a spokesman said", "Lavrov said", "according to a statement",
};

/* Writes an actor at the start of a sentence, capitalised. */
static void subject(FILE *out)
{
    const char *a = PICK(actors);

    fputc(a[0] >= 'a' && a[0] <= 'z' ? a[0] - 'a' + 'A' : a[0], out);
    fputs(a + 1, out);
}

static void sentence(FILE *out)
{
    switch (rnd(5)) {
    case 0:
        fprintf(out, "\\\"%s,\\\" %s.", PICK(quotes), PICK(speakers));
        break;
    case 1:
        subject(out);
        fprintf(out, " %s %s %s %s, officials said.", PICK(verbs), PICK(actors),
                PICK(places), PICK(days));
        break;
    case 2:
        fprintf(out, "The talks, which began at %u:%02u a.m., covered a $%u.%u billion package "
                "and %u%% of the U.S. shipments.",
                1 + rnd(11), rnd(60), 1 + rnd(90), rnd(10), rnd(100));
        break;
    default:
        subject(out);
        fprintf(out, " %s %s %s.", PICK(verbs), PICK(actors), PICK(days));
        break;
    }
}

int main(int argc, char **argv)
{
    unsigned long long limit, written = 0, ndocs = 0;
    char *end;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: gencorpus SIZE_MB [SEED] > corpus.jsonl\n");
        return 2;
    }
    limit = strtoull(argv[1], &end, 10) * 1024ULL * 1024ULL;
    if (*end != '\0' || limit == 0) {
        fprintf(stderr, "gencorpus: SIZE_MB must be a positive number\n");
        return 2;
    }
    rng_state = argc == 3 ? strtoull(argv[2], NULL, 10) : 20170905ULL;
    if (rng_state == 0)
        rng_state = 1;
    while (written < limit) {
        char *doc = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&doc, &len);
        unsigned npara = 4 + rnd(9);

        if (!m) {
            perror("gencorpus");
            return 1;
        }
        fprintf(m, "{\"id\":\"gen-%08llu\",\"date\":\"2017-%02u-%02u\",\"title\":\"", ndocs,
                1 + rnd(12), 1 + rnd(28));
        subject(m);
        fprintf(m, " %s %s", PICK(verbs), PICK(actors));
        fputs("\",\"source\":\"generated\",\"text\":\"", m);
        for (unsigned p = 0; p < npara; p++) {
            unsigned ns = 1 + rnd(3);
            for (unsigned s = 0; s < ns; s++) {
                sentence(m);
                if (s + 1 < ns)
                    fputc(' ', m);
            }
            if (p + 1 < npara)
                fputs("\\n\\n", m);
        }
        fputs("\"}\n", m);
        fclose(m);
        if (fwrite(doc, 1, len, stdout) != len) {
            perror("gencorpus: write");
            free(doc);
            return 1;
        }
        free(doc);
        written += len;
        ndocs++;
    }
    fprintf(stderr, "gencorpus: %llu documents, %llu bytes\n", ndocs, written);
    return 0;
}
