/*
 * arena.c - bump allocator for data that lives exactly as long as one
 * document.  dy_arena_reset keeps the first block so that a session
 * processing many documents reaches a steady state with no malloc calls.
 */
#include <string.h>

#include "util.h"

struct block {
    struct block *next;
    size_t size;
    size_t used;
    /* data follows, 16-byte aligned */
};

#define HDR ((sizeof(struct block) + 15) & ~(size_t)15)

struct dy_arena {
    struct block *head;    /* current block (newest) */
    struct block *first;   /* kept across resets */
    size_t block_size;
    size_t total_used;
#ifdef DY_ARENA_MALLOC
    void **ptrs;
    size_t nptrs, aptrs;
#endif
};

static struct block *block_new(size_t size)
{
    struct block *b;

    if (size > SIZE_MAX - HDR)
        return NULL;
    b = dy_malloc(HDR + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

struct dy_arena *dy_arena_new(size_t block_size)
{
    struct dy_arena *a = dy_calloc(1, sizeof(*a));

    if (!a)
        return NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->first = block_new(a->block_size);
    if (!a->first) {
        dy_free(a);
        return NULL;
    }
    a->head = a->first;
    return a;
}

void *dy_arena_alloc(struct dy_arena *a, size_t n)
{
    struct block *b;
    size_t need;

    if (n == 0)
        n = 1;
    if (n > SIZE_MAX - 15)
        return NULL;
    need = (n + 15) & ~(size_t)15;
#ifdef DY_ARENA_MALLOC
    {
        void *p;
        if (a->nptrs == a->aptrs) {
            size_t na = a->aptrs ? a->aptrs * 2 : 64;
            void **np = dy_reallocarray(a->ptrs, na, sizeof(*np));
            if (!np)
                return NULL;
            a->ptrs = np;
            a->aptrs = na;
        }
        p = dy_malloc(need);
        if (!p)
            return NULL;
        a->ptrs[a->nptrs++] = p;
        a->total_used += need;
        return p;
    }
#endif
    b = a->head;
    if (b->size - b->used < need) {
        size_t sz = need > a->block_size ? need : a->block_size;
        struct block *nb = block_new(sz);
        if (!nb)
            return NULL;
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    {
        void *p = (char *)b + HDR + b->used;
        b->used += need;
        a->total_used += need;
        return p;
    }
}

void *dy_arena_calloc(struct dy_arena *a, size_t count, size_t size)
{
    void *p;

    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    p = dy_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *dy_arena_strndup(struct dy_arena *a, const char *s, size_t n)
{
    char *d;

    if (n == SIZE_MAX)
        return NULL;
    d = dy_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void dy_arena_reset(struct dy_arena *a)
{
    struct block *b = a->head;

    while (b && b != a->first) {
        struct block *next = b->next;
        dy_free(b);
        b = next;
    }
    a->head = a->first;
    a->first->used = 0;
    a->total_used = 0;
#ifdef DY_ARENA_MALLOC
    for (size_t i = 0; i < a->nptrs; i++)
        dy_free(a->ptrs[i]);
    a->nptrs = 0;
#endif
}

void dy_arena_free(struct dy_arena *a)
{
    if (!a)
        return;
    dy_arena_reset(a);
    dy_free(a->first);
#ifdef DY_ARENA_MALLOC
    dy_free(a->ptrs);
#endif
    dy_free(a);
}

size_t dy_arena_used(const struct dy_arena *a)
{
    return a->total_used;
}
