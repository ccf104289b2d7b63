/* test_util.c - the allocation seam, capped buffer, arena and errors. */
#include <stdint.h>
#include <string.h>

#include "t.h"
#include "util/util.h"

static void test_buf_append_and_cap(void)
{
    struct dy_buf b;

    dy_buf_init(&b, 10);
    T_EQ_INT(dy_buf_puts(&b, "hello"), DYAD_OK);
    T_EQ_INT(dy_buf_printf(&b, "%d", 1234), DYAD_OK);
    T_EQ_STR(b.data, "hello1234");
    T_EQ_INT(dy_buf_puts(&b, "xy"), DYAD_ETOOBIG);
    T_EQ_STR(b.data, "hello1234"); /* unchanged after a refused append */
    T_EQ_INT(dy_buf_putc(&b, '!'), DYAD_OK);
    T_EQ_INT(b.len, 10);
    dy_buf_release(&b);
    T_CHECK(b.data == NULL && b.len == 0);
}

static void test_buf_detach_empty(void)
{
    struct dy_buf b = DY_BUF_INIT;
    size_t n = 99;
    char *s = dy_buf_detach(&b, &n);

    T_CHECK(s != NULL);
    T_EQ_INT(n, 0);
    T_EQ_STR(s, "");
    dy_free(s);
}

static void test_buf_large_growth(void)
{
    struct dy_buf b = DY_BUF_INIT;
    char chunk[1000];

    memset(chunk, 'a', sizeof(chunk));
    for (int i = 0; i < 2000; i++)
        T_EQ_INT(dy_buf_append(&b, chunk, sizeof(chunk)), DYAD_OK);
    T_EQ_INT(b.len, 2000000);
    T_EQ_INT(b.data[b.len], '\0');
    dy_buf_release(&b);
}

static void test_arena_alignment_and_reset(void)
{
    struct dy_arena *a = dy_arena_new(256);
    char *p;

    T_CHECK(a != NULL);
    for (int i = 1; i < 100; i++) {
        p = dy_arena_alloc(a, (size_t)i);
        T_CHECK(p != NULL);
        T_EQ_INT((uintptr_t)p % 16, 0);
        memset(p, 0x5a, (size_t)i);
    }
    /* A request bigger than a block gets a block of its own. */
    p = dy_arena_alloc(a, 10000);
    T_CHECK(p != NULL);
    memset(p, 1, 10000);
    T_CHECK(dy_arena_used(a) >= 10000);
    dy_arena_reset(a);
    T_EQ_INT(dy_arena_used(a), 0);
    p = dy_arena_strndup(a, "abcdef", 3);
    T_EQ_STR(p, "abc");
    T_CHECK(dy_arena_calloc(a, SIZE_MAX / 2, 4) == NULL); /* overflow refused */
    dy_arena_free(a);
    dy_arena_free(NULL);
}

static void test_alloc_overflow(void)
{
    T_CHECK(dy_reallocarray(NULL, SIZE_MAX / 2, 3) == NULL);
    T_CHECK(dy_malloc(0) == NULL);
    dy_free(NULL);
    char *s = dy_strndup("abc\0def", 7);
    T_EQ_STR(s, "abc");
    dy_free(s);
}

static void test_error_table(void)
{
    struct dyad_error e;

    T_EQ_STR(dyad_errname(DYAD_EJSON), "EJSON");
    T_EQ_STR(dyad_strerror(DYAD_OK), "success");
    T_EQ_STR(dyad_strerror(9999), "unknown error");
    T_EQ_STR(dyad_errname(-1), "EUNKNOWN");
    /* Codes are part of the ABI: they must never move. */
    T_EQ_INT(DYAD_EJSON, 6);
    T_EQ_INT(DYAD_EMODEL, 12);
    T_EQ_INT(dy_error(&e, DYAD_EDICT, "x.txt:3", "bad code '%s'", "99x"), DYAD_EDICT);
    T_EQ_STR(e.where, "x.txt:3");
    T_EQ_STR(e.msg, "bad code '99x'");
    T_EQ_INT(dy_error(NULL, DYAD_EIO, NULL, "ignored"), DYAD_EIO);
}

static void test_parse_long(void)
{
    long v = 0;

    T_EQ_INT(dy_parse_long("42", 0, 100, &v), DYAD_OK);
    T_EQ_INT(v, 42);
    T_EQ_INT(dy_parse_long("101", 0, 100, &v), DYAD_EINVAL);
    T_EQ_INT(dy_parse_long("4x", 0, 100, &v), DYAD_EINVAL);
    T_EQ_INT(dy_parse_long("", 0, 100, &v), DYAD_EINVAL);
    T_EQ_INT(dy_parse_long("99999999999999999999999", 0, 100, &v), DYAD_EINVAL);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    T_RUN(test_buf_append_and_cap);
    T_RUN(test_buf_detach_empty);
    T_RUN(test_buf_large_growth);
    T_RUN(test_arena_alignment_and_reset);
    T_RUN(test_alloc_overflow);
    T_RUN(test_error_table);
    T_RUN(test_parse_long);
    T_END();
}
