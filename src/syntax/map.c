/*
 * map.c - the growable hash map and string table used while training,
 * and their frozen, file-backed form (struct dy_syntax_kv).
 *
 * Keys are 64-bit hashes and 0 marks an empty slot (dy_syntax_hash
 * never returns 0).  The frozen form keeps the load factor at or below
 * one half, so a lookup of an absent key ends after a probe or two.
 */
#include <string.h>

#include "syntax/syntax_int.h"

void dy_syntax_map_init(struct dy_syntax_map *m)
{
    memset(m, 0, sizeof(*m));
}

void dy_syntax_map_release(struct dy_syntax_map *m)
{
    if (!m)
        return;
    dy_free(m->keys);
    dy_free(m->vals);
    memset(m, 0, sizeof(*m));
}

int dy_syntax_map_get(const struct dy_syntax_map *m, uint64_t key,
                      uint32_t *val)
{
    uint32_t i;

    if (!m->keys)
        return 0;
    i = (uint32_t)key & m->mask;
    for (;;) {
        if (m->keys[i] == key) {
            *val = m->vals[i];
            return 1;
        }
        if (m->keys[i] == 0)
            return 0;
        i = (i + 1) & m->mask;
    }
}

static int rehash(struct dy_syntax_map *m, uint32_t nslots)
{
    uint64_t *nk = dy_calloc(nslots, sizeof(*nk));
    uint32_t *nv = dy_calloc(nslots, sizeof(*nv));
    uint32_t i;

    if (!nk || !nv) {
        dy_free(nk);
        dy_free(nv);
        return DYAD_ENOMEM;
    }
    if (m->keys) {
        for (i = 0; i <= m->mask; i++) {
            uint32_t j;
            if (!m->keys[i])
                continue;
            j = (uint32_t)m->keys[i] & (nslots - 1);
            while (nk[j])
                j = (j + 1) & (nslots - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
    }
    dy_free(m->keys);
    dy_free(m->vals);
    m->keys = nk;
    m->vals = nv;
    m->mask = nslots - 1;
    return DYAD_OK;
}

int dy_syntax_map_put(struct dy_syntax_map *m, uint64_t key, uint32_t val)
{
    uint32_t i;

    if (key == 0)
        key = 1;
    if (!m->keys || (size_t)(m->n + 1) * 2 > (size_t)m->mask + 1) {
        uint32_t ns = m->keys ? (m->mask + 1) * 2 : 1024;
        int rc;
        if (m->n >= DY_SYNTAX_MAP_MAX)
            return DYAD_ETOOBIG;
        rc = rehash(m, ns);
        if (rc)
            return rc;
    }
    i = (uint32_t)key & m->mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & m->mask;
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->n++;
    }
    m->vals[i] = val;
    return DYAD_OK;
}

int dy_syntax_map_freeze(const struct dy_syntax_map *m, void **blob,
                         size_t *len)
{
    uint32_t nslots = 16, i;
    size_t total;
    unsigned char *b;
    uint64_t *keys;
    uint32_t *vals;

    while ((size_t)nslots < (size_t)m->n * 2)
        nslots *= 2;
    total = 8 + (size_t)nslots * 12;
    total = (total + 7) & ~(size_t)7;
    b = dy_calloc(1, total);
    if (!b)
        return DYAD_ENOMEM;
    memcpy(b, &nslots, 4);
    memcpy(b + 4, &m->n, 4);
    keys = (uint64_t *)(void *)(b + 8);
    vals = (uint32_t *)(void *)(b + 8 + (size_t)nslots * 8);
    if (m->keys) {
        for (i = 0; i <= m->mask; i++) {
            uint32_t j;
            if (!m->keys[i])
                continue;
            j = (uint32_t)m->keys[i] & (nslots - 1);
            while (keys[j])
                j = (j + 1) & (nslots - 1);
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
        }
    }
    *blob = b;
    *len = total;
    return DYAD_OK;
}

int dy_syntax_kv_open(const void *blob, size_t len, struct dy_syntax_kv *kv)
{
    const unsigned char *b = blob;
    uint32_t nslots;

    if (len < 8)
        return -1;
    memcpy(&nslots, b, 4);
    memcpy(&kv->n, b + 4, 4);
    if (nslots == 0 || (nslots & (nslots - 1)) || nslots > (1u << 30) ||
        kv->n >= nslots || 8 + (size_t)nslots * 12 > len)
        return -1;
    kv->mask = nslots - 1;
    kv->keys = (const uint64_t *)(const void *)(b + 8);
    kv->vals = (const uint32_t *)(const void *)(b + 8 + (size_t)nslots * 8);
    return 0;
}

void dy_syntax_strtab_init(struct dy_syntax_strtab *t)
{
    dy_buf_init(&t->buf, (size_t)1 << 30);
    dy_syntax_map_init(&t->map);
}

void dy_syntax_strtab_release(struct dy_syntax_strtab *t)
{
    if (!t)
        return;
    dy_buf_release(&t->buf);
    dy_syntax_map_release(&t->map);
}

int dy_syntax_strtab_add(struct dy_syntax_strtab *t, const char *s,
                         uint32_t *off)
{
    size_t n = strlen(s);
    uint64_t h = dy_syntax_hash(s, n, 99);
    int rc;

    if (dy_syntax_map_get(&t->map, h, off) &&
        strcmp(t->buf.data + *off, s) == 0)
        return DYAD_OK;
    if (t->buf.len > UINT32_MAX - n - 1)
        return DYAD_ETOOBIG;
    *off = (uint32_t)t->buf.len;
    rc = dy_buf_append(&t->buf, s, n + 1);
    if (rc)
        return rc;
    /* on a (practically impossible) hash collision the string is simply
     * stored twice and the map keeps the first one */
    if (!dy_syntax_map_get(&t->map, h, &(uint32_t){0}))
        rc = dy_syntax_map_put(&t->map, h, *off);
    return rc;
}
