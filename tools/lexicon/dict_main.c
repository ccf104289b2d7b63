/*
 * dict_main.c - a stand-alone `dyad-dict` program around cmd_dict.c, so
 * that `make eval-dict` and the lexicon's shell checks work whether or
 * not the `dict` command is registered in the main CLI yet.
 */
#include <stdarg.h>
#include <stdio.h>

#include "cli/cli.h"

int dy_cli_dict(int argc, char **argv);

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

int main(int argc, char **argv)
{
    return dy_cli_dict(argc, argv);
}
