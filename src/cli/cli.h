/*
 * cli.h - the `dyad` program's commands.  Each command lives in its own
 * src/cli/cmd_<name>.c, takes the arguments after its name (argv[0] is
 * the command name) and returns the process exit code:
 *   0  success
 *   1  finished, but some documents were rejected or some input lines
 *      were reported (see the error stream)
 *   2  usage error or fatal error (nothing useful was produced)
 * Commands use only the public API in include/dyad.h.  Records go to
 * stdout, diagnostics and progress to stderr.
 */
#ifndef DY_CLI_H
#define DY_CLI_H

#include <stdio.h>

#define DY_EXIT_OK 0
#define DY_EXIT_REJECTS 1
#define DY_EXIT_FATAL 2

struct dy_cli_command {
    const char *name;
    const char *summary;     /* one line for `dyad --help` */
    int (*run)(int argc, char **argv);
};

/* Registered commands, terminated by a {NULL} entry (main.c). */
extern const struct dy_cli_command dy_cli_commands[];

/* The commands (one cmd_*.c each; register new ones in main.c). */
int dy_cli_sentences(int argc, char **argv);
int dy_cli_tokens(int argc, char **argv);
int dy_cli_parse(int argc, char **argv);
int dy_cli_code(int argc, char **argv);
int dy_cli_explain(int argc, char **argv);
int dy_cli_dict(int argc, char **argv);
int dy_cli_eval(int argc, char **argv);

/* Prints "dyad: <msg>" to stderr; returns DY_EXIT_FATAL. */
int dy_cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
