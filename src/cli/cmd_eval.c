/*
 * cmd_eval.c - `dyad eval parse`: tagger and parser accuracy on gold
 * CoNLL-U files (the UD treebanks), with gold tokens or from raw text.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "run.h"

static const char eval_help[] =
    "NAME\n"
    "    dyad eval parse - accuracy of the tagger and parser on gold CoNLL-U\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad eval parse [--model FILE] [--raw] GOLD.conllu...\n"
    "\n"
    "DESCRIPTION\n"
    "    Tags and parses every sentence of each gold file and prints UPOS,\n"
    "    XPOS, lemma and UFeats accuracy, UAS and LAS by the CoNLL 2018\n"
    "    definitions (punctuation included, LAS on universal relations).\n"
    "    With --raw each document's '# text' goes through dyad's own\n"
    "    segmenter and tokenizer first; words are aligned by character\n"
    "    offsets and every score is an F1, with token and sentence F1 too.\n"
    "\n"
    "OPTIONS\n"
    "    --model FILE   model (default: data/model/dyad-en.model)\n"
    "    --raw          evaluate from raw text\n"
    "    -h, --help     this text\n"
    "\n"
    "EXIT STATUS\n"
    "    0 scores printed; 2 usage error, unreadable model or gold file.\n"
    "\n"
    "EXAMPLES\n"
    "    dyad eval parse ../shared/data/ud/UD_English-EWT/en_ewt-ud-test.conllu\n";

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');

    return s ? s + 1 : p;
}

static int eval_parse(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'M'},
        {"raw", no_argument, NULL, 'r'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    static char model_buf[4096];
    const char *model_path = NULL;
    struct dyad_model *m = NULL;
    struct dyad_error err;
    int raw = 0, c;

    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        if (c == 'M')
            model_path = optarg;
        else if (c == 'r')
            raw = 1;
        else if (c == 'h') {
            fputs(eval_help, stdout);
            return DY_EXIT_OK;
        } else {
            return dy_cli_fail("eval parse: unknown option or missing argument: %s\n"
                               "Try 'dyad eval --help'.", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return dy_cli_fail("eval parse: name one or more gold CoNLL-U files");
    if (!model_path)
        model_path = dy_cli_data_path("model/dyad-en.model", model_buf, sizeof(model_buf));
    if (!model_path)
        return dy_cli_fail("eval parse: no model found: give --model FILE");
    if (dyad_model_load(model_path, &m, &err))
        return dy_cli_fail("%s: %s", err.where[0] ? err.where : model_path, err.msg);
    if (raw)
        printf("%-26s %7s %7s %7s %7s %7s %7s %7s %7s\n", "file (raw text, F1)", "words",
               "Tokens", "Sents", "UPOS", "XPOS", "Lemma", "UAS", "LAS");
    else
        printf("%-26s %7s %7s %7s %7s %7s %7s %7s %9s\n", "file (gold tokens)", "words",
               "UPOS", "XPOS", "Lemma", "UFeats", "UAS", "LAS", "words/s");
    for (int i = optind; i < argc; i++) {
        struct dyad_parse_scores s;

        if (dyad_eval_parse(m, argv[i], raw, &s, &err)) {
            dyad_model_free(m);
            return dy_cli_fail("%s: %s", err.where[0] ? err.where : argv[i], err.msg);
        }
        if (raw)
            printf("%-26s %7zu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f\n", base_name(argv[i]),
                   s.words, s.tokens_f1, s.sentences_f1, s.upos, s.xpos, s.lemma, s.uas, s.las);
        else
            printf("%-26s %7zu %7.2f %7.2f %7.2f %7.2f %7.2f %7.2f %9.0f\n", base_name(argv[i]),
                   s.words, s.upos, s.xpos, s.lemma, s.feats, s.uas, s.las, s.words_per_second);
    }
    dyad_model_free(m);
    return DY_EXIT_OK;
}

int dy_cli_eval(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(eval_help, argc < 2 ? stderr : stdout);
        return argc < 2 ? DY_EXIT_FATAL : DY_EXIT_OK;
    }
    if (strcmp(argv[1], "parse") == 0)
        return eval_parse(argc - 1, argv + 1);
    return dy_cli_fail("eval: unknown evaluation '%s' (known: parse)", argv[1]);
}
