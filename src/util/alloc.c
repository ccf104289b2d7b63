/*
 * alloc.c - the only place in libdyad that calls the libc allocator.
 *
 * Tests can set DY_FAIL_ALLOC_AFTER in a build with -DDY_FAULT_INJECTION
 * to make the N-th allocation fail, which exercises every out-of-memory
 * path without a real memory shortage.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifdef DY_FAULT_INJECTION
#include <stdatomic.h>
static atomic_long dy__alloc_countdown = -1;

void dy__fail_alloc_after(long n)
{
    atomic_store(&dy__alloc_countdown, n);
}

static int should_fail(void)
{
    long v = atomic_load(&dy__alloc_countdown);
    if (v < 0)
        return 0;
    if (v == 0)
        return 1;
    atomic_fetch_sub(&dy__alloc_countdown, 1);
    return 0;
}
#else
static int should_fail(void)
{
    return 0;
}
#endif

void *dy_malloc(size_t n)
{
    if (n == 0 || should_fail())
        return NULL;
    return malloc(n);
}

void *dy_calloc(size_t count, size_t size)
{
    if (count == 0 || size == 0 || should_fail())
        return NULL;
    return calloc(count, size);
}

void *dy_realloc(void *p, size_t n)
{
    if (n == 0 || should_fail())
        return NULL;
    return realloc(p, n);
}

void *dy_reallocarray(void *p, size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    return dy_realloc(p, count * size);
}

void dy_free(void *p)
{
    free(p);
}

char *dy_strndup(const char *s, size_t n)
{
    const char *nul = memchr(s, '\0', n);
    size_t len = nul ? (size_t)(nul - s) : n;
    char *d;

    if (len == SIZE_MAX)
        return NULL;
    d = dy_malloc(len + 1);
    if (!d)
        return NULL;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

char *dy_strdup(const char *s)
{
    return dy_strndup(s, strlen(s));
}
