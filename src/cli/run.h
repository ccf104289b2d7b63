/*
 * run.h - the streaming, multi-threaded document loop shared by the
 * commands that process documents (sentences, tokens, parse, code).
 *
 * One reader (a thread of its own) feeds documents into a bounded ring
 * of slots; N worker threads each own a dyad_session and process the
 * next pending slot; the calling thread writes finished slots strictly
 * in input order.  The ring bounds the number of documents in flight,
 * so memory stays flat whatever the corpus size.
 */
#ifndef DY_CLI_RUN_H
#define DY_CLI_RUN_H

#include <stdint.h>
#include <stdio.h>

#include "dyad.h"

struct dy_run_options {
    const char *command;             /* for messages: "sentences" */
    const char *const *inputs;       /* paths or "-" */
    size_t ninputs;
    enum dyad_input_format input_format;
    const char *boilerplate_path;    /* NULL = none */
    size_t max_doc_bytes;
    enum dyad_output_format format;
    enum dyad_output_kind kind;
    const char *output_path;         /* NULL = stdout */
    const char *db_path;             /* SQLite output */
    const char *errors_path;         /* JSONL error stream; NULL = stderr text */
    const char *model_path;          /* NULL = no parsing */
    const char *dict_paths[16];      /* coder dictionaries, in load order */
    size_t ndict_paths;
    int no_dict;                     /* --no-dict: never code */
    uint32_t code_flags;             /* dyad_code_flags */
    int stats;                       /* --stats: summary tables on stderr */
    int threads;                     /* >= 1 */
    int quiet;                       /* no summary line */
    int progress;                    /* -1 auto (TTY), 0 off, 1 on */
};

struct dy_run_stats {
    uint64_t read, coded, empty, rejected, partial, skipped;
    uint64_t sentences, tokens, bytes, repaired, boilerplate, warnings;
    uint64_t events, quotes;
    double seconds;
};

/* Runs the loop; returns a process exit code (cli.h). */
int dy_run(const struct dy_run_options *o, struct dy_run_stats *stats);

/*
 * Parses the options every document command shares (inputs, formats,
 * -j, --db, ...) into *o, which the caller pre-fills with the command's
 * defaults.  Unknown options are a usage error.  Returns 0 on success,
 * DY_EXIT_FATAL after printing a usage message, or -1 when --help was
 * printed (the command then exits 0).
 */
int dy_run_parse_args(int argc, char **argv, struct dy_run_options *o,
                      const char *help_text);

/* --stats tables (stats.c): fed by the writer thread, printed at the end. */
struct dy_cli_stats;
struct dy_cli_stats *dy_cli_stats_new(void);
void dy_cli_stats_add(struct dy_cli_stats *st, const struct dyad_result *res);
void dy_cli_stats_print(const struct dy_cli_stats *st, FILE *fp);
void dy_cli_stats_free(struct dy_cli_stats *st);

/* Locates a file shipped under data/: $DYAD_DATA, ./data, then the
 * install prefix.  Returns a static buffer or NULL when not found. */
const char *dy_cli_data_path(const char *rel, char *buf, size_t n);

#endif
