/*
 * model.c - the binary model file: writing it after training and
 * mapping it read-only with dyad_model_load.
 *
 * Layout (all integers little-endian; dyad refuses to load on a
 * big-endian host rather than byte-swap millions of weights):
 *
 *   offset 0   8 bytes  magic "DYADSYN\x1a"
 *          8   u32      format version (DY_SYNTAX_MODEL_VERSION)
 *         12   u32      number of sections
 *         16   u64      file size in bytes
 *         24   u32      CRC-32 (zlib) of bytes [32, file size)
 *         28   u32      CRC-32 of bytes [0, 28) (header)
 *         32   section table: per section u32 id, u32 reserved,
 *                             u64 offset, u64 size
 *   sections, each starting at a multiple of 64 bytes.
 *
 * Section ids are listed in enum below; unknown ids are ignored so a
 * later minor addition does not break older readers, while anything
 * that changes the meaning of an existing section bumps the version,
 * and newer versions are refused with a message saying so.  Loading
 * maps the file, checks sizes and both checksums (about 10 ms for
 * 30 MB) and points the tables straight into the mapping: no parsing,
 * no copies.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "syntax/model.h"

static const unsigned char MAGIC[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', 0x1a};

#define HDR 32
#define SECT 24
#define ALIGN 64

static int little_endian(void)
{
    uint16_t x = 1;
    unsigned char c;
    memcpy(&c, &x, 1);
    return c == 1;
}

static uint32_t crc(const void *p, size_t n)
{
    const unsigned char *b = p;
    uLong c = crc32(0L, Z_NULL, 0);
    while (n > 0) {
        uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, b, chunk);
        b += chunk;
        n -= chunk;
    }
    return (uint32_t)c;
}

static void put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

static void put64(unsigned char *p, uint64_t v)
{
    put32(p, (uint32_t)v);
    put32(p + 4, (uint32_t)(v >> 32));
}

static uint32_t get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static uint64_t get64(const unsigned char *p)
{
    return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

int dy_syntax_model_write(const char *path, const struct dy_syntax_section *s,
                          size_t ns, struct dyad_error *err)
{
    size_t i, off, total;
    unsigned char *img;
    char tmp[4096];
    FILE *f;
    int rc = DYAD_OK;

    if (ns == 0 || ns > 64)
        return dy_error(err, DYAD_EINVAL, path, "bad section count %zu", ns);
    off = HDR + ns * SECT;
    off = (off + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    for (i = 0; i < ns; i++) {
        off += s[i].len;
        off = (off + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    }
    total = off;
    img = dy_calloc(1, total);
    if (!img)
        return dy_error(err, DYAD_ENOMEM, path, "cannot allocate %zu bytes", total);
    memcpy(img, MAGIC, 8);
    put32(img + 8, DY_SYNTAX_MODEL_VERSION);
    put32(img + 12, (uint32_t)ns);
    put64(img + 16, total);
    off = HDR + ns * SECT;
    off = (off + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    for (i = 0; i < ns; i++) {
        unsigned char *e = img + HDR + i * SECT;
        put32(e, s[i].id);
        put32(e + 4, 0);
        put64(e + 8, off);
        put64(e + 16, s[i].len);
        if (s[i].len)
            memcpy(img + off, s[i].data, s[i].len);
        off += s[i].len;
        off = (off + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    }
    put32(img + 24, crc(img + HDR, total - HDR));
    put32(img + 28, crc(img, 28));
    dy_snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    f = fopen(tmp, "wb");
    if (!f) {
        rc = dy_error(err, DYAD_EIO, tmp, "cannot create: %s", strerror(errno));
        goto out;
    }
    if (fwrite(img, 1, total, f) != total) {
        fclose(f);
        remove(tmp);
        rc = dy_error(err, DYAD_EIO, tmp, "write failed: %s", strerror(errno));
        goto out;
    }
    if (fclose(f) != 0) {
        remove(tmp);
        rc = dy_error(err, DYAD_EIO, tmp, "close failed: %s", strerror(errno));
        goto out;
    }
    if (rename(tmp, path) != 0) {
        remove(tmp);
        rc = dy_error(err, DYAD_EIO, path, "cannot rename temp file: %s",
                      strerror(errno));
    }
out:
    dy_free(img);
    return rc;
}

/*
 * Reads the file into anonymous memory backed by transparent huge pages
 * when the kernel offers them.  Scoring does ~150 random lookups per
 * word in tens of megabytes of weights; with 4 KiB pages nearly each is
 * also a TLB miss, and 2 MiB pages make tagging+parsing markedly faster
 * (BENCHMARKS.md).  Costs one sequential read at load (~20 ms for
 * 50 MB from the page cache).  Returns NULL (caller falls back to a
 * plain file mapping) if anything fails.
 */
static void *read_huge(int fd, size_t len)
{
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                   -1, 0);
    size_t got = 0;

    if (p == MAP_FAILED)
        return NULL;
#ifdef MADV_HUGEPAGE
    madvise(p, len, MADV_HUGEPAGE);
#endif
    while (got < len) {
        ssize_t r = read(fd, (char *)p + got, len - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            munmap(p, len);
            return NULL;
        }
        got += (size_t)r;
    }
    mprotect(p, len, PROT_READ);
    return p;
}

void dyad_model_free(struct dyad_model *m)
{
    if (!m)
        return;
    if (m->map) {
        if (m->mapped)
            munmap(m->map, m->map_len);
        else
            dy_free(m->map);
    }
    dy_free(m);
}

#define BAD(...) dy_error(err, DYAD_EMODEL, path, __VA_ARGS__)

static int str_ok(const struct dyad_model *m, uint32_t off)
{
    return off < m->strings_len;
}

/* Points m's tables into the image; sections already bounds-checked. */
static int bind(struct dyad_model *m, const char *path, const unsigned char *img,
                size_t len, struct dyad_error *err)
{
    uint32_t ns = get32(img + 12), i;
    const unsigned char *sec[DY_SYNTAX_SEC_MAX + 1] = {0};
    size_t slen[DY_SYNTAX_SEC_MAX + 1] = {0};

    if ((size_t)ns > (len - HDR) / SECT)
        return BAD("section table (%u entries) runs past the end of the file", ns);
    for (i = 0; i < ns; i++) {
        const unsigned char *e = img + HDR + (size_t)i * SECT;
        uint32_t id = get32(e);
        uint64_t off = get64(e + 8), sz = get64(e + 16);
        if (off > len || sz > len - off)
            return BAD("section %u (id %u) lies outside the file", i, id);
        if (off % 8)
            return BAD("section %u (id %u) is misaligned", i, id);
        if (id >= 1 && id <= DY_SYNTAX_SEC_MAX) {
            sec[id] = img + off;
            slen[id] = (size_t)sz;
        }
    }
    /* every section up to META is required; later ones are optional
     * additions (a model without TAGGER2 tags in one pass) */
    for (i = 1; i <= DY_SYNTAX_SEC_META; i++)
        if (!sec[i])
            return BAD("required section %u is missing", i);
    m->strings = (const char *)sec[DY_SYNTAX_SEC_STRINGS];
    m->strings_len = slen[DY_SYNTAX_SEC_STRINGS];
    if (m->strings_len == 0 || m->strings[m->strings_len - 1] != '\0')
        return BAD("string section is not NUL-terminated");
    /* tags: u32 count, then count x (upos, xpos, feats) offsets */
    {
        const unsigned char *t = sec[DY_SYNTAX_SEC_TAGS];
        uint32_t n;
        if (slen[DY_SYNTAX_SEC_TAGS] < 4)
            return BAD("tag section too short");
        n = get32(t);
        if (n == 0 || n > DY_SYNTAX_MAX_TAGS ||
            4 + (size_t)n * 12 > slen[DY_SYNTAX_SEC_TAGS])
            return BAD("bad tag count %u", n);
        m->ntags = n;
        for (i = 0; i < n; i++) {
            uint32_t u = get32(t + 4 + i * 12), x = get32(t + 8 + i * 12),
                     f = get32(t + 12 + i * 12);
            if (!str_ok(m, u) || !str_ok(m, x) || !str_ok(m, f))
                return BAD("tag %u names a string outside the string section", i);
            m->tags[i].upos = m->strings + u;
            m->tags[i].xpos = m->strings + x;
            m->tags[i].feats = m->strings + f;
            m->propn[i] = strcmp(m->tags[i].upos, "PROPN") == 0;
            m->coarse[i] = (unsigned char)dy_syntax_upos_id(m->tags[i].upos);
        }
    }
    {
        const unsigned char *t = sec[DY_SYNTAX_SEC_LABELS];
        uint32_t n;
        if (slen[DY_SYNTAX_SEC_LABELS] < 4)
            return BAD("label section too short");
        n = get32(t);
        if (n == 0 || n > DY_SYNTAX_MAX_LABELS ||
            4 + (size_t)n * 4 > slen[DY_SYNTAX_SEC_LABELS])
            return BAD("bad label count %u", n);
        m->nlabels = n;
        for (i = 0; i < n; i++) {
            uint32_t o = get32(t + 4 + i * 4);
            if (!str_ok(m, o))
                return BAD("label %u names a string outside the string section", i);
            m->labels[i] = m->strings + o;
        }
        if (strcmp(m->labels[0], "root") != 0)
            return BAD("label 0 is '%s', expected 'root'", m->labels[0]);
    }
    if (dy_syntax_table_open(sec[DY_SYNTAX_SEC_TAGGER], slen[DY_SYNTAX_SEC_TAGGER],
                             &m->tagger) != 0 || m->tagger.nclasses != m->ntags)
        return BAD("tagger weight table is malformed");
    if (sec[DY_SYNTAX_SEC_TAGGER2] &&
        (dy_syntax_table_open(sec[DY_SYNTAX_SEC_TAGGER2], slen[DY_SYNTAX_SEC_TAGGER2],
                              &m->tagger2) != 0 || m->tagger2.nclasses != m->ntags))
        return BAD("second-pass tagger weight table is malformed");
    if (dy_syntax_table_open(sec[DY_SYNTAX_SEC_PARSER], slen[DY_SYNTAX_SEC_PARSER],
                             &m->parser) != 0 ||
        m->parser.nclasses != dy_syntax_nclasses(m->nlabels))
        return BAD("parser weight table is malformed");
    if (dy_syntax_kv_open(sec[DY_SYNTAX_SEC_TAGDICT], slen[DY_SYNTAX_SEC_TAGDICT],
                          &m->tagdict) != 0)
        return BAD("tag dictionary is malformed");
    if (dy_syntax_kv_open(sec[DY_SYNTAX_SEC_LEMMA_EXC], slen[DY_SYNTAX_SEC_LEMMA_EXC],
                          &m->lemma_exc) != 0)
        return BAD("lemma exception table is malformed");
    if (dy_syntax_kv_open(sec[DY_SYNTAX_SEC_LEMMA_RULE], slen[DY_SYNTAX_SEC_LEMMA_RULE],
                          &m->lemma_rule) != 0)
        return BAD("lemma rule table is malformed");
    if (dy_syntax_kv_open(sec[DY_SYNTAX_SEC_FEATS_EXC], slen[DY_SYNTAX_SEC_FEATS_EXC],
                          &m->feats_exc) != 0)
        return BAD("feature exception table is malformed");
    {
        uint32_t fs = 1;
        if (sec[DY_SYNTAX_SEC_FEATSET] && slen[DY_SYNTAX_SEC_FEATSET] >= 4)
            fs = get32(sec[DY_SYNTAX_SEC_FEATSET]);
        if ((fs & ~DY_SYNTAX_FEATSET_WORDNET) != DY_SYNTAX_FEATURE_SET)
            return BAD("model was trained with feature set %u but this dyad "
                       "computes feature set %u: retrain with 'make model'", fs,
                       DY_SYNTAX_FEATURE_SET);
        if ((fs & DY_SYNTAX_FEATSET_WORDNET) && !sec[DY_SYNTAX_SEC_WORDNET])
            return BAD("WordNet table (section %d) is missing", DY_SYNTAX_SEC_WORDNET);
        if ((fs & DY_SYNTAX_FEATSET_WORDNET) &&
            (dy_syntax_wn_open(sec[DY_SYNTAX_SEC_WORDNET], slen[DY_SYNTAX_SEC_WORDNET],
                               &m->wn) != 0 || m->wn.kv.n == 0))
            return BAD("WordNet table is malformed");
    }
    if (sec[DY_SYNTAX_SEC_AMB] &&
        dy_syntax_kv_open(sec[DY_SYNTAX_SEC_AMB], slen[DY_SYNTAX_SEC_AMB], &m->amb) != 0)
        return BAD("ambiguity class table is malformed");
    if (DY_SYNTAX_FS_AMB && !sec[DY_SYNTAX_SEC_AMB])
        return BAD("ambiguity class table (section 14) is missing");
    m->beam = 1;
    if (sec[DY_SYNTAX_SEC_BEAM] && slen[DY_SYNTAX_SEC_BEAM] >= 4) {
        m->beam = get32(sec[DY_SYNTAX_SEC_BEAM]);
        if (m->beam < 1 || m->beam > DY_SYNTAX_MAX_BEAM)
            return BAD("parser beam width %u is outside 1..%d", m->beam,
                       DY_SYNTAX_MAX_BEAM);
    }
    {
        const char *meta = (const char *)sec[DY_SYNTAX_SEC_META];
        size_t ml = slen[DY_SYNTAX_SEC_META];
        if (ml == 0 || meta[ml - 1] != '\0')
            return BAD("meta section is not NUL-terminated");
        m->meta = meta;
    }
    return DYAD_OK;
}

int dy_syntax_model_from_image(const char *path, void *img, size_t len,
                               int mapped, struct dyad_model **out,
                               struct dyad_error *err)
{
    const unsigned char *b = img;
    struct dyad_model *m;
    uint32_t ver;
    uint64_t fsize;
    int rc;

    *out = NULL;
    if (len < HDR)
        return BAD("file is %zu bytes, too short for a model header", len);
    if (memcmp(b, MAGIC, 8) != 0)
        return BAD("not a dyad model file (bad magic number)");
    if (get32(b + 28) != crc(b, 28))
        return BAD("header checksum mismatch: the file is corrupt");
    ver = get32(b + 8);
    if (ver > DY_SYNTAX_MODEL_VERSION)
        return BAD("model format version %u is newer than this dyad supports "
                   "(%u): upgrade dyad or use an older model", ver,
                   DY_SYNTAX_MODEL_VERSION);
    if (ver < DY_SYNTAX_MODEL_VERSION)
        return BAD("model format version %u is no longer supported (need %u): "
                   "retrain with 'make model'", ver, DY_SYNTAX_MODEL_VERSION);
    fsize = get64(b + 16);
    if (fsize != len)
        return BAD("file is %zu bytes but its header says %llu: truncated or "
                   "padded", len, (unsigned long long)fsize);
    if (get32(b + 24) != crc(b + HDR, len - HDR))
        return BAD("checksum mismatch: the file is corrupt");
    m = dy_calloc(1, sizeof(*m));
    if (!m)
        return dy_error(err, DYAD_ENOMEM, path, "out of memory");
    m->version = ver;
    rc = bind(m, path, b, len, err);
    if (rc) {
        dy_free(m);
        return rc;
    }
    m->map = img;
    m->map_len = len;
    m->mapped = mapped;
    *out = m;
    return DYAD_OK;
}

int dyad_model_load(const char *path, struct dyad_model **out,
                    struct dyad_error *err)
{
    int fd, rc;
    struct stat sb;
    void *map;

    dy_error_clear(err);
    if (!out)
        return dy_error(err, DYAD_EINVAL, path, "no output pointer");
    *out = NULL;
    if (!path)
        return dy_error(err, DYAD_EINVAL, NULL, "no model path");
    if (!little_endian())
        return BAD("this build runs on a big-endian host; model files are "
                   "little-endian and mapped directly");
    fd = open(path, O_RDONLY);
    if (fd < 0)
        return dy_error(err, errno == ENOENT ? DYAD_ENOENT : DYAD_EIO, path,
                        "cannot open model: %s", strerror(errno));
    if (fstat(fd, &sb) != 0) {
        rc = dy_error(err, DYAD_EIO, path, "cannot stat model: %s", strerror(errno));
        close(fd);
        return rc;
    }
    if (!S_ISREG(sb.st_mode)) {
        close(fd);
        return BAD("not a regular file");
    }
    if ((uint64_t)sb.st_size < HDR) {
        close(fd);
        return BAD("file is %lld bytes, too short for a model header",
                   (long long)sb.st_size);
    }
    map = read_huge(fd, (size_t)sb.st_size);
    if (!map)
        map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return dy_error(err, DYAD_EIO, path, "cannot map model: %s", strerror(errno));
    rc = dy_syntax_model_from_image(path, map, (size_t)sb.st_size, 1, out, err);
    if (rc)
        munmap(map, (size_t)sb.st_size);
    return rc;
}

int dy_syntax_model_set_beam(struct dyad_model *m, uint32_t beam)
{
    if (!m || beam < 1 || beam > DY_SYNTAX_MAX_BEAM)
        return DYAD_EINVAL;
    m->beam = beam;
    return DYAD_OK;
}

int dy_syntax_model_info(const struct dyad_model *m,
                         struct dy_syntax_model_info *out)
{
    if (!m || !out)
        return DYAD_EINVAL;
    out->file_size = m->map_len;
    out->version = m->version;
    out->ntags = m->ntags;
    out->nlabels = m->nlabels;
    out->tagger_features = m->tagger.nfeatures;
    out->parser_features = m->parser.nfeatures;
    out->meta = m->meta;
    out->beam = m->beam;
    return DYAD_OK;
}
