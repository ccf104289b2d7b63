/*
 * cmd_docs.c - the document-processing commands: `dyad sentences`,
 * `dyad tokens` and `dyad code`.  They differ only in what each
 * document's record holds; the loop, the options and the accounting
 * are shared (run.c, args.c).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "run.h"

/* Common option text, included in every document command's --help. */
#define INPUT_HELP                                                             \
    "INPUTS\n"                                                                 \
    "    Files, directories (walked recursively, in sorted order) or '-' for\n"   \
    "    standard input.  A .txt file is one document: its first non-empty\n"      \
    "    line is the headline, the rest the body.  A .jsonl/.ndjson/.json file\n"  \
    "    (or any file starting with '{') has one JSON object per line with the\n"  \
    "    fields id, date (ISO 8601), title, text, url, source; other fields are\n" \
    "    passed through.  gzip'd input is recognised by its magic bytes.\n"      \
    "\n"

#define OPTIONS_HELP                                                           \
    "OPTIONS\n"                                                                \
    "    -f, --format FMT       output format: jsonl (default), csv, conllu\n"   \
    "    -o, --output FILE      write records to FILE instead of standard output\n" \
    "    -d, --db FILE          write to the SQLite database FILE instead; runs\n" \
    "                           append, and documents already there (same id)\n"  \
    "                           are skipped\n"                                   \
    "    -i, --input-format F   auto (default), txt or jsonl\n"                  \
    "    -e, --errors FILE      write rejected inputs as JSON Lines to FILE ('-'\n" \
    "                           = standard output) instead of text on stderr\n"  \
    "    -j, --jobs N           worker threads (default: number of cores);\n"    \
    "                           output order is input order whatever N is\n"     \
    "    -b, --boilerplate FILE list of boilerplate lines to keep out of coding\n" \
    "                           (default: data/boilerplate.txt)\n"              \
    "        --no-boilerplate   do not recognise boilerplate lines\n"           \
    "    -m, --max-doc-size N   reject documents larger than N bytes (K, M, G\n" \
    "                           suffixes; default 16M)\n"                       \
    "    -q, --quiet            no summary line on stderr\n"                    \
    "        --progress         progress line on stderr even when it is not a\n" \
    "                           terminal; --no-progress: never\n"              \
    "    -h, --help             this text\n"                                    \
    "\n"                                                                       \
    "EXIT STATUS\n"                                                            \
    "    0 all documents processed; 1 some documents rejected (each is\n"      \
    "    reported with its origin and reason); 2 usage or fatal error.\n"

static const char sentences_help[] =
    "NAME\n"
    "    dyad sentences - split news documents into sentences\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad sentences [options] INPUT...\n"
    "\n"
    "DESCRIPTION\n"
    "    Writes one record per sentence: document id, sentence number,\n"
    "    paragraph number, byte span in the document text and the sentence\n"
    "    text.  Boilerplate lines (\"Follow us on Twitter\") are not split.\n"
    "\n" INPUT_HELP OPTIONS_HELP
    "\n"
    "EXAMPLES\n"
    "    dyad sentences examples/\n"
    "    zcat news.jsonl.gz | dyad sentences -j 2 --db news.db -\n";

static const char tokens_help[] =
    "NAME\n"
    "    dyad tokens - split news documents into sentences and tokens\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad tokens [options] INPUT...\n"
    "\n"
    "DESCRIPTION\n"
    "    Writes one record per sentence with its tokens, tokenised the way\n"
    "    the Universal Dependencies English treebanks are (\"don't\" -> do\n"
    "    n't, \"Russia's\" -> Russia 's).  Each token has its normalised\n"
    "    form and its byte span in the original text.  With -f conllu the\n"
    "    output is CoNLL-U with # sent_id and # text lines.\n"
    "\n" INPUT_HELP OPTIONS_HELP
    "\n"
    "EXAMPLES\n"
    "    dyad tokens -f conllu examples/\n";

static const char parse_help[] =
    "NAME\n"
    "    dyad parse - tag and dependency-parse news documents\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad parse [options] INPUT...\n"
    "\n"
    "DESCRIPTION\n"
    "    Splits documents into sentences and tokens, tags every token (UPOS,\n"
    "    Penn XPOS, lemma, UD features) and parses each sentence into a\n"
    "    Universal Dependencies tree.  Writes CoNLL-U (# doc_id, # sent_id,\n"
    "    # text, ten columns, TokenRange=start:end byte offsets in MISC), so\n"
    "    the trees can be inspected with any UD tool; -f jsonl gives one JSON\n"
    "    record per sentence instead.\n"
    "\n"
    "    --model FILE         tagger/parser model (default:\n"
    "                         data/model/dyad-en.model)\n"
    "\n" INPUT_HELP OPTIONS_HELP
    "\n"
    "EXAMPLES\n"
    "    dyad parse examples/2017-09-05-un-sanctions.txt\n";

static const char code_help[] =
    "NAME\n"
    "    dyad code - code political events (who did what to whom) from news\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad code [options] INPUT...\n"
    "\n"
    "DESCRIPTION\n"
    "    Runs the whole pipeline on each document (sentences, tokens, tags,\n"
    "    dependency trees) and codes CAMEO events from the trees with the\n"
    "    dictionaries.  Writes one record per event (source and target\n"
    "    actors with CAMEO codes, event code, root, QuadClass, Goldstein,\n"
    "    PLOVER category, date, place), then one per direct quote with its\n"
    "    speaker, then the document's unknown named entities.  With\n"
    "    -f csv: one row per event in GDELT-like column order; with --db:\n"
    "    tables events, quotes and actors next to documents and sentences.\n"
    "    docs/CODER.md explains the coding rules; 'dyad explain' shows why\n"
    "    a sentence was coded the way it was.\n"
    "\n"
    "CODER OPTIONS\n"
    "        --model FILE       tagger/parser model (default:\n"
    "                           data/model/dyad-en.model)\n"
    "        --dict FILE        dictionary to load (repeat for several; format\n"
    "                           sniffed: dyad, TABARI, PETRARCH); default:\n"
    "                           data/dict/dyad.dict\n"
    "        --negated          also write negated events (\"negated\":true)\n"
    "        --explain          add the matched rule and tree path to each event\n"
    "        --require-target   write only events that have a target actor\n"
    "        --literal-future   code \"will meet\" as meeting (040), not as the\n"
    "                           intent CAMEO prescribes (036); as TABARI and\n"
    "                           PETRARCH's validation records do\n"
    "        --no-local-country an agent alone (\"officials\", \"rebels\") takes\n"
    "                           only the document's focus country, not the\n"
    "                           country the two sentences before it name\n"
    "                           (TABARI's convention)\n"
    "        --no-title         do not code the headline\n"
    "        --docs             write document records instead of events\n"
    "        --stats            print counts by root code, top unknown actors\n"
    "                           and top uncoded verbs on stderr at the end\n"
    "\n" INPUT_HELP OPTIONS_HELP
    "\n"
    "EXAMPLES\n"
    "    dyad code examples/\n"
    "    dyad code --stats -j 2 --db events.db corpus/\n";

static int default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

enum model_use { MODEL_NONE, MODEL_IF_PRESENT, MODEL_REQUIRED };

static int run_command(int argc, char **argv, enum dyad_output_kind kind,
                       enum dyad_output_format format, enum model_use use,
                       const char *help)
{
    static char model_buf[4096];
    struct dy_run_options o;
    struct dy_run_stats st;
    int rc;

    memset(&o, 0, sizeof(o));
    o.command = argv[0];
    o.kind = kind;
    o.format = format;
    o.threads = default_threads();
    o.progress = -1;
    rc = dy_run_parse_args(argc, argv, &o, help);
    if (rc < 0)
        return DY_EXIT_OK;
    if (rc)
        return rc;
    if (use != MODEL_NONE && !o.model_path)
        o.model_path = dy_cli_data_path("model/dyad-en.model", model_buf, sizeof(model_buf));
    if (use == MODEL_REQUIRED && !o.model_path)
        return dy_cli_fail("%s: no model found: give --model FILE or set DYAD_DATA "
                           "to the directory holding model/dyad-en.model", o.command);
    if (kind == DYAD_EMIT_EVENTS && !o.no_dict && o.ndict_paths == 0) {
        static char dict_buf[4096];
        const char *d = dy_cli_data_path("dict/dyad.dict", dict_buf, sizeof(dict_buf));
        if (d)
            o.dict_paths[o.ndict_paths++] = d;
    }
    if (o.stats)
        o.code_flags |= DYAD_CODE_EXPLAIN;
    if (kind == DYAD_EMIT_EVENTS && o.kind == DYAD_EMIT_EVENTS && !o.model_path) {
        /* Without a parser there is nothing to code from: say so once
         * and still account for every document. */
        if (!o.quiet)
            fprintf(stderr, "dyad %s: no model found (give --model FILE or set DYAD_DATA); "
                            "writing document records only\n", o.command);
        o.kind = DYAD_EMIT_DOCUMENTS;
    }
    if (kind == DYAD_EMIT_EVENTS && o.kind == DYAD_EMIT_EVENTS && !o.no_dict && o.ndict_paths == 0)
        return dy_cli_fail("%s: no dictionaries: give --dict FILE or set DYAD_DATA "
                           "to the directory holding dict/dyad.dict", o.command);
    if (o.format == DYAD_OUT_CONLLU && kind != DYAD_EMIT_TOKENS)
        return dy_cli_fail("%s: -f conllu needs tokens; use 'dyad tokens -f conllu'", o.command);
    return dy_run(&o, &st);
}

int dy_cli_sentences(int argc, char **argv)
{
    return run_command(argc, argv, DYAD_EMIT_SENTENCES, DYAD_OUT_JSONL, MODEL_NONE,
                       sentences_help);
}

int dy_cli_tokens(int argc, char **argv)
{
    return run_command(argc, argv, DYAD_EMIT_TOKENS, DYAD_OUT_JSONL, MODEL_NONE, tokens_help);
}

int dy_cli_parse(int argc, char **argv)
{
    return run_command(argc, argv, DYAD_EMIT_TOKENS, DYAD_OUT_CONLLU, MODEL_REQUIRED,
                       parse_help);
}

int dy_cli_code(int argc, char **argv)
{
    return run_command(argc, argv, DYAD_EMIT_EVENTS, DYAD_OUT_JSONL, MODEL_IF_PRESENT,
                       code_help);
}
