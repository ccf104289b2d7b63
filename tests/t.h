/*
 * t.h - the tiny test harness every tests/test_<module>.c uses.
 *
 * A test file defines functions `static void test_xxx(void)` and lists
 * them in main() with T_RUN(test_xxx).  Checks never abort the process:
 * a failed T_CHECK marks the current test failed and goes on, so one run
 * reports every broken case.  Each test has a stable id (its function
 * name); `./build/tests/test_text test_clitics` runs one test alone, for
 * gdb or valgrind.  The last line is "N passed, N failed", which CI and
 * tests/run.sh read.
 */
#ifndef DY_T_H
#define DY_T_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_passed, t_failed, t_cur_failed;
static const char *t_only;
static const char *t_name;

#define T_CHECK(cond)                                                       \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: %s: check failed: %s\n", __FILE__,       \
                    __LINE__, t_name, #cond);                                \
            t_cur_failed = 1;                                               \
        }                                                                   \
    } while (0)

#define T_CHECKF(cond, ...)                                                 \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: %s: check failed: %s: ", __FILE__,       \
                    __LINE__, t_name, #cond);                                \
            fprintf(stderr, __VA_ARGS__);                                   \
            fputc('\n', stderr);                                            \
            t_cur_failed = 1;                                               \
        }                                                                   \
    } while (0)

#define T_EQ_INT(a, b)                                                      \
    do {                                                                    \
        long long t_a_ = (long long)(a), t_b_ = (long long)(b);             \
        T_CHECKF(t_a_ == t_b_, "%lld != %lld", t_a_, t_b_);                 \
    } while (0)

#define T_EQ_STR(a, b)                                                      \
    do {                                                                    \
        const char *t_a_ = (a), *t_b_ = (b);                                \
        T_CHECKF(t_a_ && t_b_ && strcmp(t_a_, t_b_) == 0,                   \
                 "\"%s\" != \"%s\"", t_a_ ? t_a_ : "(null)",                \
                 t_b_ ? t_b_ : "(null)");                                   \
    } while (0)

#define T_RUN(fn)                                                           \
    do {                                                                    \
        if (t_only && strcmp(t_only, #fn) != 0)                             \
            break;                                                          \
        t_name = #fn;                                                       \
        t_cur_failed = 0;                                                   \
        fn();                                                               \
        if (t_cur_failed) {                                                 \
            t_failed++;                                                     \
            fprintf(stderr, "FAIL %s\n", #fn);                              \
        } else {                                                            \
            t_passed++;                                                     \
        }                                                                   \
    } while (0)

#define T_BEGIN(argc, argv)                                                 \
    do {                                                                    \
        t_only = (argc) > 1 ? (argv)[1] : NULL;                             \
    } while (0)

#define T_END()                                                             \
    do {                                                                    \
        printf("%d passed, %d failed\n", t_passed, t_failed);               \
        return t_failed ? 1 : 0;                                            \
    } while (0)

/* Directory of ../shared as seen from the project root, overridable. */
static inline const char *t_shared_dir(void)
{
    const char *e = getenv("DYAD_SHARED");
    return e && *e ? e : "../shared";
}

#endif
