/*
 * main.c - the `dyad` program: dispatches `dyad <command> [options]` to
 * the commands in cmd_*.c.  Kept thin on purpose: everything that
 * matters lives in libdyad, behind include/dyad.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "dyad.h"

const struct dy_cli_command dy_cli_commands[] = {
    {"sentences", "split documents into sentences (JSONL, CSV or SQLite)", dy_cli_sentences},
    {"tokens", "split documents into sentences and tokens (JSONL or CoNLL-U)", dy_cli_tokens},
    {"parse", "tag and parse documents into UD trees (CoNLL-U)", dy_cli_parse},
    {"code", "code CAMEO events, quotes and unknown actors from documents", dy_cli_code},
    {"explain", "show why a sentence is coded the way it is (tree, matches, predicates)",
     dy_cli_explain},
    {"dict", "check, look up and convert dictionaries (dyad, TABARI, PETRARCH)", dy_cli_dict},
    {"eval", "measure tagger/parser accuracy on gold CoNLL-U (eval parse)", dy_cli_eval},
    {NULL, NULL, NULL},
};

static const char main_help[] =
    "NAME\n"
    "    dyad - code political events (who did what to whom) from news text\n"
    "\n"
    "SYNOPSIS\n"
    "    dyad <command> [options] [inputs...]\n"
    "    dyad --help | --version\n"
    "\n"
    "DESCRIPTION\n"
    "    dyad reads news documents (.txt files, directories of them, JSON Lines,\n"
    "    gzip'd JSON Lines, or standard input as '-'), splits them into sentences\n"
    "    and tokens, and writes records as JSON Lines, CSV or SQLite. Every input\n"
    "    document ends up either in the output or in the error stream.\n"
    "\n"
    "COMMANDS\n";

static const char main_help_tail[] =
    "\n"
    "    Run 'dyad <command> --help' for a command's options.\n"
    "\n"
    "EXIT STATUS\n"
    "    0  success\n"
    "    1  finished, but some documents were rejected (see the error stream)\n"
    "    2  usage error or fatal error\n"
    "\n"
    "ENVIRONMENT\n"
    "    DYAD_DATA  directory of dyad's data files (default: ./data, then the\n"
    "               install prefix's share/dyad)\n";

int dy_cli_fail(const char *fmt, ...)
{
    va_list ap;

    fputs("dyad: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return DY_EXIT_FATAL;
}

static void print_help(void)
{
    fputs(main_help, stdout);
    for (const struct dy_cli_command *c = dy_cli_commands; c->name; c++)
        printf("    %-10s %s\n", c->name, c->summary);
    fputs(main_help_tail, stdout);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: dyad <command> [options] [inputs...]\nTry 'dyad --help'.\n", stderr);
        return DY_EXIT_FATAL;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        print_help();
        return DY_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("dyad %s (record schema %d)\n", dyad_version(), DYAD_SCHEMA_VERSION);
        return DY_EXIT_OK;
    }
    for (const struct dy_cli_command *c = dy_cli_commands; c->name; c++)
        if (strcmp(argv[1], c->name) == 0)
            return c->run(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\nTry 'dyad --help'.\n", argv[1]);
    return DY_EXIT_FATAL;
}
