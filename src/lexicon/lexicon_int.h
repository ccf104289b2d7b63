/*
 * lexicon_int.h - internals of the lexicon module (prefix dy_lexicon_).
 *
 * The builder keeps every entry in growable arrays plus one token trie
 * shared by all phrase kinds (actors, agents, discards, issues); verb
 * patterns hang off verb groups, which are reached from head lemmas.
 * Readers (read_dyad.c for dyad's format, read_field.c for the TABARI
 * and PETRARCH formats) only call the dy_lexicon_add_* functions below,
 * so every format ends in the same structures and the converter can
 * print any of them in dyad's syntax.  After dyad_lexicon_build the same
 * memory becomes the read-only struct dyad_lexicon.
 */
#ifndef DY_LEXICON_INT_H
#define DY_LEXICON_INT_H

#include <stddef.h>
#include <stdint.h>

#include "dyad.h"
#include "util/util.h"

#define DY_LEX_NONE UINT32_MAX
#define DY_LEX_MAX_ROLES 64        /* roles per actor entry */
#define DY_LEX_MAX_ELEMS 24        /* elements per verb pattern */
#define DY_LEX_MAX_MEMBERS 4096    /* members per synonym set */
#define DY_LEX_TOKEN_MAX 128       /* longer tokens never match */
#define DY_LEX_GAP 4               /* words a pattern may skip between elements */
#define DY_LEX_SLOT_GAP 10         /* words an actor slot (+, $) may cover */
#define DY_LEX_MAX_HEAD_PATTERNS 4096

/* ---- hash maps -------------------------------------------------------- */

/* Interned strings: id <-> string, open addressing. */
struct dy_lexicon_strtab {
    uint32_t *slots;      /* id + 1, 0 = empty */
    size_t cap;           /* power of two */
    char **strs;
    uint32_t *hashes;
    size_t n, alloc;
};

/* uint64 -> uint32, open addressing; key 0 is reserved (never used). */
struct dy_lexicon_map {
    uint64_t *keys;
    uint32_t *vals;
    size_t cap, n;
};

/* ---- entries ---------------------------------------------------------- */

enum dy_lexicon_akind {
    DY_AK_ACTOR = 0, DY_AK_COUNTRY, DY_AK_DEMONYM, DY_AK_SEAT, DY_AK_CITY,
    DY_AK_ORG, DY_AK_GROUP, DY_AK_PARTY, DY_AK_PERSON, DY_AK__N
};

struct dy_lexicon_role {
    const char *code;
    int32_t from;           /* yyyymmdd inclusive, 0 = since always */
    int32_t to;             /* yyyymmdd exclusive, 0 = still */
    const char *note;       /* "(foreign minister)" or NULL */
    int joint;              /* holds with the role before it: [GME/GMW] */
};

struct dy_lexicon_actor {
    const char *name;       /* first name as written */
    uint64_t loc;           /* file id << 32 | line */
    uint32_t kind;          /* enum dy_lexicon_akind */
    uint32_t role0, nroles; /* into roles[] */
};

struct dy_lexicon_agent {
    const char *name, *code;
    uint64_t loc;
    int before;             /* PETRARCH [NGO~]: agent code goes before the actor's */
};

struct dy_lexicon_phrase {  /* discards and issues */
    const char *text, *code;
    uint64_t loc;
    int story;
};

/* A value hanging off a trie node: which entry this name is. */
struct dy_lexicon_val {
    uint32_t kind;          /* enum dyad_lex_kind */
    uint32_t idx;           /* into actors/agents/discards/issues */
    const char *alias;      /* spelling as written */
    uint64_t loc;
    uint32_t next;          /* next value of the same node, DY_LEX_NONE */
};

enum dy_lexicon_etype {
    DY_EL_WORD = 0,   /* id = token id */
    DY_EL_SET,        /* id = synset */
    DY_EL_SOURCE,     /* $ */
    DY_EL_TARGET,     /* + */
    DY_EL_SKIP,       /* ^ */
    DY_EL_ANY         /* % compound actor in TABARI; treated as a slot */
};

struct dy_lexicon_elem {
    uint32_t type, id;
    uint32_t adj;           /* TABARI "WORD~_": the next element (or the verb)
                             * follows this one with no word between */
};

struct dy_lexicon_pattern {
    const char *text;       /* as written */
    const char *code;
    uint64_t loc;
    uint32_t group;
    uint32_t pre0, npre;    /* into elems[], text order */
    uint32_t post0, npost;
    uint32_t seq;           /* load order, for ties */
    uint32_t next;          /* next pattern of the group */
    int words;              /* WORD/SET elements = specificity */
    int slots;              /* $ + % ^ elements: break ties when actors are known */
};

struct dy_lexicon_group {
    const char *name, *code;   /* code: block default, may be NULL */
    uint64_t loc;
    uint32_t first, last;              /* pattern list */
    uint32_t npatterns;
};

/* A head lemma reaching a group; `code` overrides the group default. */
struct dy_lexicon_head {
    uint32_t tok, group;
    const char *code;       /* NULL = group default */
    uint64_t loc;
    uint32_t next;          /* next head with the same token */
    int prefix;             /* TABARI stem: matches lemmas it prefixes */
};

struct dy_lexicon_synset {
    const char *name;
    uint64_t loc;
    uint32_t first;          /* into members[] (linked) */
    uint32_t nmembers;
};

struct dy_lexicon_member {
    uint32_t tok0, ntok;     /* into seqtoks[] */
    uint32_t next;
};

struct dy_lexicon_cameo_row {
    struct dyad_cameo_code pub;
    uint64_t loc;
};

/* ---- growable array helper -------------------------------------------- */

#define DY_LEX_ARRAY(T, name) T *name; size_t n##name, a##name

/* Locations are stored as (file id, line) and formatted on demand:
 * keeping "path:line" strings for every entry cost more memory than the
 * entries themselves. */
struct dy_lexicon_core {
    struct dy_arena *arena;
    struct dy_lexicon_strtab toks;      /* normalised tokens */
    struct dy_lexicon_strtab files;     /* dictionary paths, for locations */
    struct dy_lexicon_strtab setnames;  /* synset names -> id */
    struct dy_lexicon_map edges;        /* (node << 32 | tok) -> child node */
    struct dy_lexicon_map heads_exact;  /* tok -> first head */
    struct dy_lexicon_map heads_prefix; /* tok -> first head (stems) */
    struct dy_lexicon_map cameo_idx;    /* code string id -> row */
    struct dy_lexicon_strtab groupnames;  /* dyad-format group names */
    struct dy_lexicon_map groupidx;     /* group-name string id -> group (dyad format) */
    struct dy_lexicon_strtab cameo_codes;
    DY_LEX_ARRAY(uint32_t, nodes);      /* node -> first value */
    DY_LEX_ARRAY(struct dy_lexicon_val, vals);
    DY_LEX_ARRAY(struct dy_lexicon_actor, actors);
    DY_LEX_ARRAY(struct dy_lexicon_role, roles);
    DY_LEX_ARRAY(struct dy_lexicon_agent, agents);
    DY_LEX_ARRAY(struct dy_lexicon_phrase, discards);
    DY_LEX_ARRAY(struct dy_lexicon_phrase, issues);
    DY_LEX_ARRAY(struct dy_lexicon_pattern, patterns);
    DY_LEX_ARRAY(struct dy_lexicon_elem, elems);
    DY_LEX_ARRAY(struct dy_lexicon_group, groups);
    DY_LEX_ARRAY(struct dy_lexicon_head, heads);
    DY_LEX_ARRAY(struct dy_lexicon_synset, synsets);
    DY_LEX_ARRAY(struct dy_lexicon_member, members);
    DY_LEX_ARRAY(uint32_t, seqtoks);
    DY_LEX_ARRAY(struct dy_lexicon_cameo_row, cameo);
    struct dyad_dict_stats total;
    int name_stems;                     /* some name has a TABARI stem ("ERIADOR*") */
    int word_stems;                     /* a set member or pattern word is a TABARI
                                         * stem ("YEN*", "REAL~") */
    int member_gaps;                    /* a set member has a gap ("AUSTRIAN* ~ FLORIN*") */
    const char *default_source;         /* [defaults]: codes for missing actors */
    const char *default_target;
    int default_target_first;           /* before the conjoined-subjects rule */
};

/* Output sink for `dyad dict convert`: entries are echoed in dyad syntax. */
struct dy_lexicon_echo {
    struct dy_buf out;
    const char *section;     /* current [section] written, static string */
};

struct dyad_lexicon_builder {
    struct dyad_lexicon_options opts;
    struct dy_lexicon_core c;
    struct dy_lexicon_echo *echo;   /* non-NULL while converting */
    struct dyad_dict_stats *cur;    /* stats of the file being read */
    int depth;                       /* include depth */
    int line_reported;               /* current line already reported */
    /* Every rejecting report, also a second one on a line (which the
     * per-file `reported` count of lines does not count again): what
     * "did this call reject anything?" checks compare. */
    size_t nrejected;
    uint32_t seq;
    uint32_t last_fid;               /* cache for locations */
};

struct dyad_lexicon {
    struct dy_lexicon_core c;
};

/* ---- internal API (lexicon.c) ------------------------------------------ */

/* Normalises one token for matching into dst (cap DY_LEX_TOKEN_MAX);
 * returns its length, 0 when nothing matchable is left. */
size_t dy_lexicon_norm(const char *tok, size_t len, char *dst);

/* Reports a problem on the current line; loaded = 0 marks the line as
 * not loaded (counted once).  Returns DYAD_OK so readers go on. */
int dy_lexicon_report(struct dyad_lexicon_builder *b, const char *where,
                      int code, int loaded, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/*
 * The line loop every dictionary reader shares: for each line of
 * text[0..len), counts it, sets `where` ("path:line", WHERE_MAX bytes),
 * reports over-long lines and NUL bytes itself, and otherwise calls
 * fn(ctx, line) with a NUL-terminated copy (a trailing CR removed when
 * strip_cr).  fn returns a status and sets *produced when the line gave
 * an entry; the line then counts as loaded, else as ignored (unless it
 * was reported).  Stops at the first error; DYAD_ENOMEM is reported in
 * err with the line's place.
 */
#define DY_LEXICON_WHERE_MAX 300
typedef int (*dy_lexicon_line_fn)(void *ctx, char *line, int *produced);
int dy_lexicon_each_line(struct dyad_lexicon_builder *b, const char *path, const char *text,
                         size_t len, int strip_cr, char *where, dy_lexicon_line_fn fn,
                         void *ctx, struct dyad_error *err);

const char *dy_lexicon_strdup(struct dyad_lexicon_builder *b, const char *s,
                              size_t n);

/* Parses "2004-03-09", "2004-03", "2004", "20040309" or TABARI "040309";
 * returns 0 on success. */
int dy_lexicon_parse_date(const char *s, size_t n, int32_t *out);

/* Is `s` a valid CAMEO event code ("010", "0231", "---", "042:043")? */
int dy_lexicon_valid_event_code(const char *s);
/* Actor/agent code: [A-Z0-9]{3,} or "---"/"###". */
int dy_lexicon_valid_actor_code(const char *s);

/* Adds an actor entry; names are added with dy_lexicon_add_name. */
int dy_lexicon_add_actor(struct dyad_lexicon_builder *b, const char *where,
                         uint32_t kind, const char *name, uint32_t *id);
/* Adds a phrase (space- or underscore-separated words) to the trie. */
int dy_lexicon_add_name(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t lexkind, uint32_t idx, const char *phrase);
int dy_lexicon_add_role(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t actor, const char *code, int32_t from,
                        int32_t to, const char *note);
int dy_lexicon_add_agent(struct dyad_lexicon_builder *b, const char *where,
                         const char *phrase, const char *code, int before);
int dy_lexicon_add_discard(struct dyad_lexicon_builder *b, const char *where,
                           const char *phrase, int story);
int dy_lexicon_add_issue(struct dyad_lexicon_builder *b, const char *where,
                         const char *phrase, const char *code);
int dy_lexicon_add_synset(struct dyad_lexicon_builder *b, const char *where,
                          const char *name, uint32_t *id);
int dy_lexicon_add_member(struct dyad_lexicon_builder *b, const char *where,
                          uint32_t set, const char *phrase);
int dy_lexicon_add_group(struct dyad_lexicon_builder *b, const char *where,
                         const char *name, const char *code, uint32_t *id);
/* Finds or creates the group named `name` (dyad format: one per head). */
int dy_lexicon_group_for(struct dyad_lexicon_builder *b, const char *where,
                         const char *name, uint32_t *id);
int dy_lexicon_add_head(struct dyad_lexicon_builder *b, const char *where,
                        uint32_t group, const char *lemma, const char *code,
                        int prefix);
/*
 * Adds a pattern to a group.  `text` is the element list in dyad syntax
 * (words, &set, $, +, ^, % and '*' marking the verb when words precede
 * it); code may be NULL (group default).
 */
int dy_lexicon_add_pattern(struct dyad_lexicon_builder *b, const char *where,
                           uint32_t group, const char *text, const char *code);
int dy_lexicon_add_cameo(struct dyad_lexicon_builder *b, const char *where,
                         const char *code, int quad, double goldstein,
                         const char *plover, const char *name);

/* Sets the default source (role "source") or target ("target") code;
 * `first` only for the target (see dyad_lexicon_default_actors). */
int dy_lexicon_set_default(struct dyad_lexicon_builder *b, const char *where,
                           const char *role, const char *code, int first);

/* Echo helpers for convert (no-ops when not converting). */
void dy_lexicon_echo_section(struct dyad_lexicon_builder *b, const char *sec);
void dy_lexicon_echo_line(struct dyad_lexicon_builder *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- readers ------------------------------------------------------------ */

/* `text` is NUL-terminated, owned by the caller; `path` names it. */
int dy_lexicon_read_dyad(struct dyad_lexicon_builder *b, const char *path,
                         const char *text, size_t len, struct dyad_error *err);
int dy_lexicon_read_field(struct dyad_lexicon_builder *b, const char *path,
                          const char *text, size_t len,
                          enum dyad_dict_format fmt, struct dyad_error *err);
/* Guesses a format from the path and the text; DYAD_DICT_AUTO = unknown. */
enum dyad_dict_format dy_lexicon_sniff(const char *path, const char *text,
                                       size_t len);
/* Reads a whole file (cap 64 MiB) into a NUL-terminated buffer. */
int dy_lexicon_slurp(const char *path, char **out, size_t *len,
                     struct dyad_error *err);

#endif
