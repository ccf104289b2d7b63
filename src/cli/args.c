/*
 * args.c - options shared by every document-processing command, and the
 * lookup of files shipped under data/.
 *
 * Each option is described once, in the OPTIONS_HELP text that every
 * command's --help includes, so the help and the parser cannot drift.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "run.h"

#ifndef DYAD_DATADIR
#define DYAD_DATADIR "/usr/local/share/dyad"
#endif

/*
 * Data files are looked for in $DYAD_DATA, then ./data (a source
 * checkout), then <dir of the dyad binary>/../share/dyad (an installed
 * tree, wherever it was moved), then the compiled-in install prefix.
 */
const char *dy_cli_data_path(const char *rel, char *buf, size_t n)
{
    const char *env = getenv("DYAD_DATA");
    char exe_share[4096];
    const char *dirs[4];
    size_t nd = 0;
    ssize_t len;

    if (env && *env)
        dirs[nd++] = env;
    dirs[nd++] = "data";
    len = readlink("/proc/self/exe", exe_share, sizeof(exe_share) - 32);
    if (len > 0) {
        char *slash;
        exe_share[len] = '\0';
        slash = strrchr(exe_share, '/');
        if (slash) {
            snprintf(slash, sizeof(exe_share) - (size_t)(slash - exe_share), "/../share/dyad");
            dirs[nd++] = exe_share;
        }
    }
    dirs[nd++] = DYAD_DATADIR;
    for (size_t i = 0; i < nd; i++) {
        snprintf(buf, n, "%s/%s", dirs[i], rel);
        if (access(buf, R_OK) == 0)
            return buf;
    }
    return NULL;
}

static int parse_threads(const char *s, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);

    if (*s == '\0' || *end != '\0' || v < 1 || v > 256)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_size(const char *s, size_t *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    unsigned long long mult = 1;

    if (*s == '\0' || *s == '-')
        return -1;
    if (*end == 'k' || *end == 'K')
        mult = 1024ULL, end++;
    else if (*end == 'm' || *end == 'M')
        mult = 1024ULL * 1024, end++;
    else if (*end == 'g' || *end == 'G')
        mult = 1024ULL * 1024 * 1024, end++;
    if (*end != '\0' || v == 0 || v > (unsigned long long)SIZE_MAX / mult)
        return -1;
    *out = (size_t)(v * mult);
    return 0;
}

static int usage_error(const struct dy_run_options *o, const char *msg, const char *arg)
{
    fprintf(stderr, "dyad %s: %s%s%s\nTry 'dyad %s --help'.\n", o->command, msg,
            arg ? " " : "", arg ? arg : "", o->command);
    return DY_EXIT_FATAL;
}

int dy_run_parse_args(int argc, char **argv, struct dy_run_options *o,
                      const char *help_text)
{
    static const struct option longopts[] = {
        {"help", no_argument, NULL, 'h'},
        {"format", required_argument, NULL, 'f'},
        {"input-format", required_argument, NULL, 'i'},
        {"output", required_argument, NULL, 'o'},
        {"db", required_argument, NULL, 'd'},
        {"errors", required_argument, NULL, 'e'},
        {"jobs", required_argument, NULL, 'j'},
        {"boilerplate", required_argument, NULL, 'b'},
        {"no-boilerplate", no_argument, NULL, 'B'},
        {"max-doc-size", required_argument, NULL, 'm'},
        {"model", required_argument, NULL, 'M'},
        {"quiet", no_argument, NULL, 'q'},
        {"progress", no_argument, NULL, 'p'},
        {"no-progress", no_argument, NULL, 'P'},
        {"dict", required_argument, NULL, 'D'},
        {"no-dict", no_argument, NULL, 'N'},
        {"negated", no_argument, NULL, 'n'},
        {"explain", no_argument, NULL, 'x'},
        {"stats", no_argument, NULL, 's'},
        {"no-title", no_argument, NULL, 'T'},
        {"require-target", no_argument, NULL, 'R'},
        {"literal-future", no_argument, NULL, 'L'},
        {"no-local-country", no_argument, NULL, 'K'},
        {"docs", no_argument, NULL, 'O'},
        {NULL, 0, NULL, 0},
    };
    static char boiler_buf[4096];
    int no_boiler = 0;
    int c;

    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":hf:i:o:d:e:j:b:Bm:M:qpP", longopts, NULL)) != -1) {
        switch (c) {
        case 'h':
            fputs(help_text, stdout);
            return -1;
        case 'f':
            if (strcmp(optarg, "jsonl") == 0)
                o->format = DYAD_OUT_JSONL;
            else if (strcmp(optarg, "csv") == 0)
                o->format = DYAD_OUT_CSV;
            else if (strcmp(optarg, "conllu") == 0)
                o->format = DYAD_OUT_CONLLU;
            else
                return usage_error(o, "unknown --format (jsonl, csv, conllu):", optarg);
            break;
        case 'i':
            if (strcmp(optarg, "auto") == 0)
                o->input_format = DYAD_INPUT_AUTO;
            else if (strcmp(optarg, "txt") == 0)
                o->input_format = DYAD_INPUT_TXT;
            else if (strcmp(optarg, "jsonl") == 0)
                o->input_format = DYAD_INPUT_JSONL;
            else
                return usage_error(o, "unknown --input-format (auto, txt, jsonl):", optarg);
            break;
        case 'o':
            o->output_path = optarg;
            break;
        case 'd':
            o->db_path = optarg;
            break;
        case 'e':
            o->errors_path = optarg;
            break;
        case 'j':
            if (parse_threads(optarg, &o->threads))
                return usage_error(o, "-j needs a number from 1 to 256, not", optarg);
            break;
        case 'b':
            o->boilerplate_path = optarg;
            break;
        case 'B':
            no_boiler = 1;
            break;
        case 'm':
            if (parse_size(optarg, &o->max_doc_bytes))
                return usage_error(o, "--max-doc-size needs a size such as 16M, not", optarg);
            break;
        case 'M':
            o->model_path = optarg;
            break;
        case 'q':
            o->quiet = 1;
            break;
        case 'p':
            o->progress = 1;
            break;
        case 'P':
            o->progress = 0;
            break;
        case 'D':
            if (o->ndict_paths >= sizeof(o->dict_paths) / sizeof(o->dict_paths[0]))
                return usage_error(o, "too many --dict files (at most 16):", optarg);
            o->dict_paths[o->ndict_paths++] = optarg;
            break;
        case 'N':
            o->no_dict = 1;
            break;
        case 'n':
            o->code_flags |= DYAD_CODE_NEGATED;
            break;
        case 'x':
            o->code_flags |= DYAD_CODE_EXPLAIN;
            break;
        case 's':
            o->stats = 1;
            break;
        case 'T':
            o->code_flags |= DYAD_CODE_NO_TITLE;
            break;
        case 'R':
            o->code_flags |= DYAD_CODE_REQUIRE_TARGET;
            break;
        case 'L':
            o->code_flags |= DYAD_CODE_LITERAL_FUTURE;
            break;
        case 'K':
            o->code_flags |= DYAD_CODE_NO_LOCAL_COUNTRY;
            break;
        case 'O':
            if (o->kind == DYAD_EMIT_EVENTS)
                o->kind = DYAD_EMIT_DOCUMENTS;
            break;
        case ':':
            return usage_error(o, "option needs an argument:", argv[optind - 1]);
        default:
            return usage_error(o, "unknown option:", argv[optind - 1]);
        }
    }
    if (no_boiler)
        o->boilerplate_path = NULL;
    else if (!o->boilerplate_path)
        o->boilerplate_path = dy_cli_data_path("boilerplate.txt", boiler_buf, sizeof(boiler_buf));
    if (optind >= argc)
        return usage_error(o, "no input given (name files, directories, or - for stdin)", NULL);
    o->inputs = (const char *const *)(argv + optind);
    o->ninputs = (size_t)(argc - optind);
    return 0;
}
