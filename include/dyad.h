/*
 * dyad.h - public API of libdyad, an open political event coder.
 *
 * dyad reads news documents, splits them into sentences and tokens,
 * parses them and codes who-did-what-to-whom events in the CAMEO
 * ontology.  This header is the whole contract between the library and
 * its users (the `dyad` program is one of them).
 *
 * Conventions, which hold for every function below unless its comment
 * says otherwise:
 *   - Functions return an int status: DYAD_OK (0) on success, a positive
 *     DYAD_E* code on failure.  Results come back through out-params.
 *   - Functions that can fail in a way a user must act on take an
 *     optional `struct dyad_error *` which, when not NULL, receives the
 *     code, a message and a location ("path:12", "doc 'x'", a byte
 *     offset).  Passing NULL is always allowed.
 *   - Objects are opaque handles created by *_new / *_open and released
 *     by *_free / *_close; every release function accepts NULL.
 *   - Strings are UTF-8.  Pointers returned by accessors are borrowed:
 *     they live as long as the object they came from.
 *   - The library never prints, never exits and keeps no global mutable
 *     state.  A dyad_pipeline is immutable once built and may be shared
 *     by any number of threads; every other handle belongs to one thread
 *     at a time.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION_MAJOR 0
#define DYAD_VERSION_MINOR 1
#define DYAD_VERSION_PATCH 0
#define DYAD_VERSION_STRING "0.1.0"

/* Version of the records dyad writes (JSONL "schema" field, SQLite
 * user_version).  Bumped whenever a field changes meaning. */
#define DYAD_SCHEMA_VERSION 1

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/*
 * One table generates the enum, dyad_errname() and dyad_strerror().
 * Codes are never renumbered; a retired code keeps its slot.
 */
#define DYAD_ERRORS(X)                                                      \
    X(OK, 0, "success")                                                     \
    X(ENOMEM, 1, "out of memory")                                           \
    X(EINVAL, 2, "invalid argument")                                        \
    X(EIO, 3, "input/output error")                                         \
    X(ENOENT, 4, "no such file or directory")                               \
    X(ETOOBIG, 5, "input exceeds a documented size limit")                  \
    X(EJSON, 6, "malformed JSON")                                           \
    X(EFIELD, 7, "required field missing or of the wrong type")             \
    X(EBINARY, 8, "input looks like a binary file, not text")               \
    X(EGZIP, 9, "corrupt or truncated gzip stream")                         \
    X(ESQLITE, 10, "SQLite error")                                          \
    X(EFORMAT, 11, "unknown or unsupported format")                         \
    X(EMODEL, 12, "model file is corrupt or of another version")            \
    X(EDICT, 13, "dictionary error")                                        \
    X(EEMPTY, 14, "document has no text")                                   \
    X(EINTERNAL, 15, "internal error (please report it)")                   \
    X(EDUPLICATE, 16, "duplicate entry")

enum dyad_status {
#define DYAD__ENUM(name, num, msg) DYAD_##name = num,
    DYAD_ERRORS(DYAD__ENUM)
#undef DYAD__ENUM
    DYAD__NERRORS
};

/* Static, never-NULL message for a status code ("unknown error" for
 * codes this build does not know). */
const char *dyad_strerror(int code);
/* Static symbolic name such as "EJSON"; "EUNKNOWN" for unknown codes. */
const char *dyad_errname(int code);

#define DYAD_ERRMSG_MAX 512

/* Error detail filled by functions that take a `struct dyad_error *`. */
struct dyad_error {
    int code;                   /* DYAD_OK when nothing went wrong */
    char where[256];            /* "path:line", "doc 'id'", or "" */
    char msg[DYAD_ERRMSG_MAX];  /* human-readable, actionable detail */
};

/* Library version string, same as DYAD_VERSION_STRING of the build. */
const char *dyad_version(void);

/* ------------------------------------------------------------------ */
/* Documents and input (module ingest)                                 */
/* ------------------------------------------------------------------ */

/* A byte range [start, end) into a document's text. */
struct dyad_span {
    uint32_t start;
    uint32_t end;
};

/*
 * One input document.  All strings are NUL-terminated and owned by the
 * document; fields that the input did not have are NULL (never "").
 * `text` may contain NUL bytes: use text_len.
 */
struct dyad_doc {
    char *id;          /* from the input, or derived ("file.txt", "file.jsonl:12") */
    char *date;        /* ISO 8601 as given ("2017-09-05"), or NULL */
    char *title;       /* headline: JSON "title" or first non-empty .txt line */
    char *url;
    char *source;      /* publisher ("AFP") */
    char *text;        /* body text, original bytes (not yet repaired) */
    size_t text_len;
    char *extra_json;  /* JSON object text of the input's unknown fields, or NULL */
    char *origin;      /* where it came from: "path", "path:line" or "-:line" */
    uint64_t seq;      /* 0-based position in the input stream */
    /* Lines of `text` recognised as site boilerplate ("Follow us on
     * Twitter"); they are kept out of coding and reported.  Each span
     * covers one whole line without its "\n" or "\r\n"; sorted. */
    struct dyad_span *boilerplate;
    size_t nboilerplate;
    /* NULL, or what the reader could not use in the input's metadata
     * ("date '5/9/17' is not ISO 8601; kept in extra_json").  The
     * unusable value itself is kept in extra_json under its own key. */
    char *warning;
};

void dyad_doc_free(struct dyad_doc *doc);

/* A rejected input: something that should have been a document but
 * could not be read.  It is reported, never dropped silently. */
struct dyad_reject {
    char *origin;      /* "path", "path:line" */
    char *id;          /* document id when known, else NULL */
    int code;          /* DYAD_E* */
    char *reason;      /* actionable message */
    uint64_t seq;      /* position in the input stream (shared with docs) */
};

void dyad_reject_free(struct dyad_reject *rej);

enum dyad_input_format {
    DYAD_INPUT_AUTO = 0, /* by extension: .txt, .jsonl/.json/.ndjson, .gz; stdin sniffed */
    DYAD_INPUT_TXT,      /* one document per file */
    DYAD_INPUT_JSONL     /* one document per line (gzip detected by magic bytes) */
};

struct dyad_reader_options {
    enum dyad_input_format format;
    const char *boilerplate_path; /* list of boilerplate lines; NULL = none */
    size_t max_doc_bytes;         /* 0 = default (DYAD_DEFAULT_MAX_DOC) */
};

#define DYAD_DEFAULT_MAX_DOC ((size_t)16 << 20) /* 16 MiB */

struct dyad_reader;

/*
 * Opens a reader over `paths` (files, directories walked recursively in
 * sorted order, or "-" for stdin).  The paths array is copied.  Fails
 * only for setup problems (bad options, unreadable boilerplate list);
 * an unreadable input path is reported later as a reject, in order.
 */
int dyad_reader_open(const char *const *paths, size_t npaths,
                     const struct dyad_reader_options *opts,
                     struct dyad_reader **out, struct dyad_error *err);

/*
 * Reads the next item.  Exactly one of *doc and *rej is set on DYAD_OK;
 * both are NULL at the end of the input.  The caller owns what it gets.
 * A non-OK return is fatal for the reader (out of memory).
 */
int dyad_reader_next(struct dyad_reader *r, struct dyad_doc **doc,
                     struct dyad_reject **rej, struct dyad_error *err);

void dyad_reader_close(struct dyad_reader *r);

/* ------------------------------------------------------------------ */
/* Text analysis (module text)                                         */
/* ------------------------------------------------------------------ */

enum dyad_token_flags {
    DYAD_TOK_SPACE_AFTER = 1u << 0, /* whitespace follows in the text */
    DYAD_TOK_SENT_START = 1u << 1,
    DYAD_TOK_PARA_START = 1u << 2,  /* first token after a blank line */
    DYAD_TOK_NORMALISED = 1u << 3   /* form differs from the raw bytes */
};

/* A token.  `form` is the normalised spelling used for matching and
 * parsing (straight quotes, ASCII dashes, NFC); `span` covers the
 * token's bytes in the original text. */
struct dyad_token {
    const char *form;   /* NUL-terminated, owned by the analysis */
    uint32_t form_len;
    struct dyad_span span;
    uint32_t flags;     /* dyad_token_flags */
};

struct dyad_sentence {
    struct dyad_span span;   /* in the original text */
    uint32_t first_token;    /* index into the analysis' token array */
    uint32_t ntokens;
    uint32_t paragraph;      /* 0-based paragraph number */
};

/* ------------------------------------------------------------------ */
/* Syntax (module syntax)                                              */
/* ------------------------------------------------------------------ */

/*
 * Morphosyntax and dependency attachment of one token, parallel to the
 * token array of a result (dyad's tokenizer emits UD syntactic words,
 * so tokens and words coincide).  Strings are static or owned by the
 * result.  head is 1-based within the sentence, 0 for the root.
 */
struct dyad_word {
    const char *upos;    /* "VERB" */
    const char *xpos;    /* "VBD" */
    const char *lemma;   /* "reject" */
    const char *feats;   /* "Mood=Ind|Tense=Past|VerbForm=Fin" or "_" */
    const char *deprel;  /* "nsubj", "obl:tmod", ... */
    uint32_t head;
};

/* A trained tagger + parser model, immutable after loading, shareable
 * by all threads. */
struct dyad_model;

#define DYAD_DEFAULT_MODEL "data/model/dyad-en.model"

int dyad_model_load(const char *path, struct dyad_model **out,
                    struct dyad_error *err);
void dyad_model_free(struct dyad_model *m);

/*
 * Accuracy of a model on a gold CoNLL-U file, by the CoNLL 2018 shared
 * task's definitions (punctuation included; LAS compares the universal
 * relation, the part before ':').  With raw = 0 the gold tokens are
 * tagged and parsed; with raw = 1 each document's "# text" lines go
 * through dyad's own segmenter and tokenizer first and system words are
 * aligned to gold words by character offsets, so every score is an F1.
 * Scores are percentages.
 */
struct dyad_parse_scores {
    size_t words;          /* gold words */
    size_t sys_words;      /* system words (raw mode; = words otherwise) */
    size_t sentences;      /* gold sentences */
    double tokens_f1, sentences_f1;   /* raw mode only, else 100 */
    double upos, xpos, lemma, feats, uas, las;
    double words_per_second;          /* tagging + parsing */
};

int dyad_eval_parse(const struct dyad_model *m, const char *conllu_path, int raw,
                    struct dyad_parse_scores *out, struct dyad_error *err);

/* ------------------------------------------------------------------ */
/* Lexicon (module lexicon)                                            */
/* ------------------------------------------------------------------ */

/*
 * Dictionaries: actors (names, aliases, demonyms, capitals, people with
 * date-bounded roles), agents (role nouns -> sector codes), verb patterns
 * (lemma + particles/objects/prepositions -> CAMEO codes), synonym sets,
 * discards, issues and the CAMEO code table.  dyad's own text format is
 * described in docs/DICTIONARIES.md; the TABARI and PETRARCH formats are
 * read too.  A builder loads files one by one (reporting every bad line
 * through a callback, never printing), then compiles them into an
 * immutable dyad_lexicon that any number of threads may share.
 */

enum dyad_dict_format {
    DYAD_DICT_AUTO = 0,      /* sniffed from the name and the first lines */
    DYAD_DICT_DYAD,          /* dyad's format (docs/DICTIONARIES.md) */
    DYAD_DICT_ACTORS,        /* TABARI/PETRARCH .actors (inline or tab-indented dates) */
    DYAD_DICT_AGENTS,        /* TABARI/PETRARCH agents ([~GOV], !PERSON! substitutions) */
    DYAD_DICT_VERBS_TABARI,  /* TABARI .verbs (stems, $ + % ^ patterns) */
    DYAD_DICT_VERBS_PETR1,   /* PETRARCH-1 CAMEO.verbpatterns (--- BLOCK [code] ---) */
    DYAD_DICT_VERBS_PETR2,   /* PETRARCH-2 CAMEO.2.0 ({NP}, (PP), ~ transformations) */
    DYAD_DICT_DISCARDS,      /* one phrase a line, '+' = story-level */
    DYAD_DICT_ISSUES,        /* PETRARCH <ISSUE CATEGORY=...> blocks */
    DYAD_DICT_WORDLIST       /* one word a line (Phoenix.prepositions.txt) */
};

/* Static name of a format ("dyad", "petrarch2-verbs", ...). */
const char *dyad_dict_format_name(enum dyad_dict_format f);

/* One problem found while loading or checking.  All strings are valid
 * only during the callback. */
struct dyad_dict_diag {
    const char *where;   /* "path:line" (or "path" for whole-file problems) */
    int code;            /* DYAD_EDICT (bad line), DYAD_EDUPLICATE, DYAD_ETOOBIG, ... */
    int loaded;          /* 1: the line was loaded anyway (a duplicate, a conflict) */
    const char *msg;     /* "unknown section 'vrebs'" */
};

struct dyad_lexicon_options {
    /* Called for every reported line; NULL = count only.  Called from
     * the thread that calls the builder functions. */
    void (*on_diag)(void *ctx, const struct dyad_dict_diag *d);
    void *ctx;
    /* Non-zero: dyad_lexicon_build also reports duplicates, names with
     * conflicting codes and unreachable verb patterns (dyad dict check). */
    int check;
};

/* Counts for one load (or, from dyad_lexicon_stats, for everything). */
struct dyad_dict_stats {
    size_t lines;        /* physical lines read */
    size_t ignored;      /* blank lines, comments, section/block markers */
    size_t loaded;       /* lines that produced at least one entry */
    size_t reported;     /* lines reported and not loaded */
    size_t warnings;     /* diagnostics with loaded = 1 */
    size_t actors;       /* actor entries (a name line and its '+' aliases = 1) */
    size_t names;        /* actor names and aliases */
    size_t roles;        /* codes of actors, dated or not */
    size_t agents;       /* agent phrases (after !SUBST! expansion) */
    size_t verbs;        /* verb forms / head lemmas */
    size_t patterns;     /* verb patterns */
    size_t synsets;      /* synonym sets */
    size_t members;      /* synonym-set members */
    size_t discards;
    size_t issues;       /* issue phrases */
    size_t codes;        /* CAMEO table rows */
    size_t words;        /* word-list entries (<NOUN>, prepositions, ...) */
    size_t transforms;   /* PETRARCH-2 '~' transformation lines */
};

struct dyad_lexicon_builder;
struct dyad_lexicon;

int dyad_lexicon_builder_new(const struct dyad_lexicon_options *opts,
                             struct dyad_lexicon_builder **out);
void dyad_lexicon_builder_free(struct dyad_lexicon_builder *b);

/*
 * Loads one dictionary file.  Bad lines are reported through on_diag
 * and skipped; the call still returns DYAD_OK.  A non-OK return means
 * the file could not be used at all (ENOENT, EIO, EFORMAT when AUTO
 * recognises no dictionary format, ENOMEM); err says why.  `stats`
 * (may be NULL) receives this file's counts.  Files in dyad's format
 * may include others (depth <= DYAD_DICT_MAX_INCLUDE).
 */
int dyad_lexicon_builder_load(struct dyad_lexicon_builder *b, const char *path,
                              enum dyad_dict_format fmt,
                              struct dyad_dict_stats *stats,
                              struct dyad_error *err);

/* Same, from memory; `name` is used in "name:line" locations.  The text
 * is copied as needed.  Includes are resolved relative to the current
 * directory. */
int dyad_lexicon_builder_load_text(struct dyad_lexicon_builder *b,
                                   const char *name, const char *text,
                                   size_t len, enum dyad_dict_format fmt,
                                   struct dyad_dict_stats *stats,
                                   struct dyad_error *err);

/*
 * Compiles everything loaded so far into an immutable lexicon and
 * empties the builder (free it afterwards).  With opts.check, reports
 * duplicates, conflicts and unreachable patterns.
 */
int dyad_lexicon_build(struct dyad_lexicon_builder *b,
                       struct dyad_lexicon **out, struct dyad_error *err);

void dyad_lexicon_free(struct dyad_lexicon *lx);

/* Cumulative counts of everything the lexicon holds. */
void dyad_lexicon_stats(const struct dyad_lexicon *lx,
                        struct dyad_dict_stats *out);

#define DYAD_DICT_MAX_INCLUDE 8
#define DYAD_DICT_MAX_NAME_TOKENS 16  /* longer names are reported */
#define DYAD_DICT_MAX_LINE 8192       /* longer lines are reported */
#define DYAD_LEX_CODE_MAX 48
#define DYAD_LEX_WHERE_MAX 320

enum dyad_lex_kind {
    DYAD_LEX_NONE = 0,
    DYAD_LEX_ACTOR,
    DYAD_LEX_AGENT,
    DYAD_LEX_DISCARD,
    DYAD_LEX_ISSUE
};

enum dyad_lex_flags {
    DYAD_LEX_OUT_OF_ROLE = 1u << 0,  /* a known person, but no role at that date */
    DYAD_LEX_COMBINED = 1u << 1,     /* country/actor + agent ("Russian lawmakers") */
    DYAD_LEX_STORY = 1u << 2,        /* discard that drops the whole story */
    DYAD_LEX_AGENT_FIRST = 1u << 3,  /* agent whose code goes before the actor's
                                      * (PETRARCH [NGO~]): NGO + ARN = NGOARN */
    DYAD_LEX_FORMER = 1u << 4        /* a person whose every role ended before the
                                      * date: the roles' country + ELI (CAMEO's
                                      * former officials) */
};

/* A phrase match.  Strings are borrowed from the lexicon, except code
 * and the locations, which are stored in the match. */
struct dyad_lex_match {
    enum dyad_lex_kind kind;
    size_t start, len;         /* token range [start, start+len) */
    char code[DYAD_LEX_CODE_MAX]; /* "RUSGOV", "RUSLEG", "GOV", "ECONOMY"; "" out of role;
                                   * a coded compound actor ("THE_SHIRE [FRO/BIL/SAM]"
                                   * in TABARI/PETRARCH files) gives all its codes
                                   * joined by '/': "FRO/BIL/SAM" */
    const char *name;          /* the entry's first name ("Sergei Lavrov") */
    const char *alias;         /* the spelling that matched ("Lavrov") */
    const char *actor_kind;    /* "country", "demonym", "seat", "city", "person", ... */
    char where[DYAD_LEX_WHERE_MAX];       /* "path:line" of the entry */
    char agent_where[DYAD_LEX_WHERE_MAX]; /* COMBINED: "path:line" of the agent */
    uint32_t flags;            /* dyad_lex_flags */
    char country[4];           /* OUT_OF_ROLE: the country every role of the person
                                * names ("FRA" for FRAGOV then FRAELI), else "" */
};

/*
 * Longest match starting at tokens[start] (tokens are word forms as
 * they appear in the text; matching normalises case, dots, possessive
 * 's and plural -s, so "U.S." = "US" and "lawmakers" = "lawmaker").
 * Actors win over agents, agents over discards and issues at the same
 * length; an actor followed by an agent is combined ("Russian
 * lawmakers" -> RUSLEG).  `date` ("2019-03-07", "20190307" or NULL =
 * today's open-ended roles) picks people's roles.  Cost is O(length of
 * the match).  Sets out->kind = DYAD_LEX_NONE when nothing matches.
 * Thread-safe on a shared lexicon.
 */
int dyad_lexicon_match(const struct dyad_lexicon *lx,
                       const char *const *tokens, size_t ntokens,
                       size_t start, const char *date,
                       struct dyad_lex_match *out);

/* A verb-pattern match; strings borrowed from the lexicon. */
struct dyad_verb_match {
    const char *code;      /* "163"; "---" = known verb, no event; NULL = unknown verb */
    const char *pattern;   /* the pattern as written ("impose sanctions") */
    const char *group;     /* verb block / head lemma the pattern belongs to */
    char where[DYAD_LEX_WHERE_MAX];  /* "path:line" */
    int specificity;       /* words matched besides the head; 0 = the head alone */
};

/*
 * Best pattern for verb `lemma` given the lemmas before it (`pre`, text
 * order, nearest last) and after it (`post`, text order).  The most
 * specific matching pattern wins; among equals, the one loaded first.
 * TABARI stems ("BLAM") match lemmas they prefix.  Work is bounded by
 * the number of patterns of that lemma times the window (O(tokens)).
 */
int dyad_lexicon_match_verb(const struct dyad_lexicon *lx, const char *lemma,
                            const char *const *pre, size_t npre,
                            const char *const *post, size_t npost,
                            struct dyad_verb_match *out);

/* One word of a verb's clause, for the slot-aware matcher below. */
struct dyad_verb_word {
    const char *lemma;     /* lemma (the verb's own: its head lemma); NULL never matches */
    const char *form;      /* word form as written, or NULL; pattern words match either */
    uint32_t actor;        /* 0 = no actor; else the same non-zero id on every word of
                            * one actor mention (the caller's numbering) */
    int compound;          /* non-zero: that actor is conjoined with another one
                            * ("Syria and Jordan"); only such actors fill a % slot */
    int gap_before;        /* non-zero: text words the caller left out of the clause
                            * stand between this word and the one before it, so a
                            * pattern joining the two with no word between ("NEAT~_PLACE")
                            * does not match them ("the neat or cool place"); 0 when
                            * not known, as after memset */
};

#define DYAD_VERB_NOSLOT ((size_t)-1)
#define DYAD_VERB_MAX_MATCHED 32

/* Where the winning pattern's slots bound: an index into the words
 * (some word of the bound actor mention), or DYAD_VERB_NOSLOT; and
 * which words its own words matched ("did n't" in "- &NEGATVAUXVRB *
 * OVER EFFORTS"), so the caller knows that a pattern already covers a
 * negation or another modifier. */
struct dyad_verb_slots {
    size_t source;         /* $ */
    size_t target;         /* + */
    size_t compound;       /* % : a compound actor (see dyad_lexicon_match_verb_slots) */
    size_t matched[DYAD_VERB_MAX_MATCHED];  /* indices into the words, any order */
    size_t nmatched;
};

/*
 * Slot-aware dyad_lexicon_match_verb: `words` is the verb's clause in
 * text order (subject included) and words[verb] the verb.  Pattern
 * words match a word's lemma or its form ("WAS" matches "was" whose
 * lemma is "be").  A slot ($ source, + target, % compound, ^ skip)
 * binds the first actor mention within 10 words of the previous
 * element (forward after the verb, backward before it, as TABARI and
 * PETRARCH do) and consumes its words; % binds only a compound actor;
 * a pattern whose slot finds no (compound) actor fails, so "- + WAS * BY $" only matches a passive with both
 * actors in place.  `slots` (may be NULL) receives the bindings of the
 * winning pattern.  The nearest 64 words each side are used; work is
 * bounded by the head lemma's patterns times that window.  Thread-safe
 * on a shared lexicon.
 */
int dyad_lexicon_match_verb_slots(const struct dyad_lexicon *lx,
                                  const struct dyad_verb_word *words, size_t nwords,
                                  size_t verb, struct dyad_verb_match *out,
                                  struct dyad_verb_slots *slots);

/* One row of the CAMEO event-code table (from a [cameo] section). */
struct dyad_cameo_code {
    const char *code;      /* "0231" */
    const char *name;      /* "Appeal for economic aid" */
    const char *plover;    /* "AID" or "-" */
    int root;              /* 2 */
    int quad;              /* QuadClass 1..4 */
    double goldstein;
};

/* Sets *out to the row for `code`, or NULL (returns DYAD_ENOENT). */
int dyad_lexicon_cameo(const struct dyad_lexicon *lx, const char *code,
                       const struct dyad_cameo_code **out);

/*
 * Default actors (TABARI's DEFAULT: command, dyad's [defaults] section):
 * the code a coded verb takes as its source when no source actor is
 * found, and as its target when no target is.  NULL when not set.
 * *target_first = 1 (TABARI's AFTER): the default target is used
 * whenever the verb has no target of its own, before the rule that codes
 * conjoined subjects on each other; 0: only when that rule gives nothing.
 * Any out pointer may be NULL.
 */
void dyad_lexicon_default_actors(const struct dyad_lexicon *lx, const char **source,
                                 const char **target, int *target_first);

/*
 * Reads a TABARI/PETRARCH dictionary (or a dyad one) and writes it to
 * `out` in dyad's format, so users can migrate.  Bad lines are reported
 * as by dyad_lexicon_builder_load and written as comments.
 */
int dyad_dict_convert(const char *path, enum dyad_dict_format fmt, FILE *out,
                      const struct dyad_lexicon_options *opts,
                      struct dyad_dict_stats *stats, struct dyad_error *err);

/* ------------------------------------------------------------------ */
/* Coder (module coder)                                                */
/* ------------------------------------------------------------------ */

/*
 * The event coder reads each parsed sentence (struct dyad_word) with a
 * dyad_lexicon and produces CAMEO events, quotes and the list of named
 * entities no dictionary knows.  It runs inside dyad_session_process
 * when the pipeline has both a model and dictionaries; its records are
 * arrays of struct dyad_result.  docs/CODER.md describes every rule.
 */

/* Sentence index of events and quotes found in the headline (the
 * document's title), whose spans are offsets into doc->title. */
#define DYAD_SENT_TITLE UINT32_MAX
/* "No such record" for the index fields below. */
#define DYAD_NONE UINT32_MAX

/*
 * An actor as found in the text.  `code` is the full CAMEO actor code
 * ("RUSGOV", "USA", "IGOUNO"), NULL when the phrase is a named entity
 * no dictionary knows; `country` and `agent` are its parts ("RUS",
 * "GOV"), NULL when absent.  `text` is the phrase as written (the name
 * the code came from, or the pronoun / short name that was resolved);
 * `span` covers it in the text of the event's sentence (doc->text, or
 * doc->title for DYAD_SENT_TITLE).  `where` is the dictionary entry
 * ("path:line") or NULL.  `resolved` is 1 when a pronoun or a short
 * name was linked to an earlier actor of the document.
 */
struct dyad_actor {
    const char *text;
    const char *code;
    const char *country;
    const char *agent;
    const char *where;
    struct dyad_span span;
    int resolved;
};

/* A place: the phrase ("Minsk") and its country code ("BLR"). */
struct dyad_place {
    const char *text;
    const char *country;
};

/*
 * One coded event.  Strings are owned by the result.  `code` is the
 * CAMEO event code ("112"), root its two-digit root ("11"), quad the
 * QuadClass (1..4), goldstein and plover from the code table (plover
 * NULL when the table has "-").  target.code and target.text are NULL
 * for an event without a target (most statements).  `reported_by` is
 * the index (in the events array) of the statement event that reports
 * this one ("X said that Y did Z"), `quote` the index of the quote it
 * was found in; both DYAD_NONE when not applicable.  `date` is the
 * event date (the document date, or a relative expression such as "on
 * Thursday" resolved against it), NULL when the document has no date.
 * `explain` is filled only with DYAD_CODE_EXPLAIN: the verb pattern and
 * its "path:line", and the tree path that gave source and target.
 */
struct dyad_event {
    uint32_t sentence;          /* index, or DYAD_SENT_TITLE */
    uint32_t verb_token;        /* index into tokens (or title_tokens) */
    struct dyad_actor source;
    struct dyad_actor target;
    const char *code;
    const char *root;
    int quad;
    double goldstein;
    const char *plover;
    const char *verb;           /* lemma of the predicate */
    int negated;                /* only kept with DYAD_CODE_NEGATED */
    int modality;               /* 0 asserted, 1 future/intent, 2 threat */
    uint32_t reported_by;
    uint32_t quote;
    const char *date;
    struct dyad_place place;    /* place.text NULL when unknown */
    struct dyad_span span;      /* the clause */
    int is_root;                /* headline or lead paragraph */
    const char *explain;
};

/* A direct quote and who said it.  speaker.text is NULL when no
 * speaker was found; `event` is the statement event that introduces
 * it (DYAD_NONE if none).  `span` covers the quoted text without the
 * quote marks (it may cross sentences); `sentence` is where it starts. */
struct dyad_quote {
    uint32_t sentence;
    struct dyad_actor speaker;
    const char *verb;           /* "say", "add", "according to", NULL */
    struct dyad_span span;
    uint32_t event;
};

/* A named entity (a run of proper nouns) that matched no dictionary
 * entry, with the number of times the document uses it. */
struct dyad_unknown {
    const char *text;
    uint32_t count;
    uint32_t sentence;          /* first occurrence */
    struct dyad_span span;
};

/*
 * Why a predicate was or was not coded (DYAD_CODE_EXPLAIN only): one
 * record per candidate verb of every sentence, for `dyad explain`.
 */
enum dyad_pred_status {
    DYAD_PRED_CODED = 0,
    DYAD_PRED_NO_PATTERN,      /* the verb is in no dictionary */
    DYAD_PRED_NON_EVENT,       /* its pattern is coded '---' */
    DYAD_PRED_NO_SOURCE,       /* no actor found as the subject */
    DYAD_PRED_NEGATED,         /* negated, not kept */
    DYAD_PRED_SAME_ACTOR,      /* source and target are the same actor */
    DYAD_PRED_MERGED,          /* coded as part of its governing verb */
    DYAD_PRED_DISCARDED,       /* a discard phrase matched */
    DYAD_PRED_NO_CODE          /* the pattern's code is not in the code table */
};

/* Static name of a status ("coded", "no pattern", ...). */
const char *dyad_pred_status_name(enum dyad_pred_status s);

struct dyad_predicate {
    uint32_t sentence;
    uint32_t verb_token;
    const char *verb;           /* lemma */
    enum dyad_pred_status status;
    const char *detail;         /* readable reason, with pattern and source */
};

/* Coder flags, for dyad_pipeline_options.code_flags. */
enum dyad_code_flags {
    DYAD_CODE_NEGATED = 1u << 0,    /* keep negated events (negated = 1) */
    DYAD_CODE_EXPLAIN = 1u << 1,    /* fill explain strings and predicates */
    DYAD_CODE_NO_TITLE = 1u << 2,   /* do not code the headline */
    DYAD_CODE_REQUIRE_TARGET = 1u << 3, /* drop events without a target */
    DYAD_CODE_LITERAL_FUTURE = 1u << 4, /* code "will X", "may/could X" and X under
                                           "if/unless" as X, not as intent/threat or
                                           as no event (the TABARI/PETRARCH
                                           validation convention) */
    DYAD_CODE_NO_LOCAL_COUNTRY = 1u << 5 /* an agent alone ("officials") takes no
                                           country from the two sentences before
                                           it, only the document's focus
                                           (TABARI's convention) */
};

/* Caps on what one document may produce (more is dropped, and the
 * document marked partial). */
#define DYAD_MAX_EVENTS_PER_DOC 4096
#define DYAD_MAX_QUOTES_PER_DOC 1024
#define DYAD_MAX_UNKNOWN_PER_DOC 512

/* ------------------------------------------------------------------ */
/* Pipeline and sessions (module core)                                 */
/* ------------------------------------------------------------------ */

struct dyad_pipeline_options {
    /* Tagger/parser model: loaded from model_path when not NULL, or
     * borrowed from `model` (caller keeps it alive); neither = no
     * parsing (sentences and tokens only). */
    const char *model_path;
    const struct dyad_model *model;
    /* Dictionaries for the coder: `lexicon` is borrowed (caller keeps it
     * alive); otherwise dict_paths[0..ndict_paths) are loaded in order
     * (format sniffed; see DYAD_DEFAULT_DICT).  Neither, or no model:
     * no coding.  Bad dictionary lines are counted, not fatal. */
    const struct dyad_lexicon *lexicon;
    const char *const *dict_paths;
    size_t ndict_paths;
    uint32_t code_flags;        /* dyad_code_flags */
};

#define DYAD_DEFAULT_DICT "data/dict/dyad.dict"

/* Immutable, shareable configuration (later: model and dictionaries). */
struct dyad_pipeline;

int dyad_pipeline_new(const struct dyad_pipeline_options *opts,
                      struct dyad_pipeline **out, struct dyad_error *err);
void dyad_pipeline_free(struct dyad_pipeline *p);

/* Per-thread working state. */
struct dyad_session;

int dyad_session_new(const struct dyad_pipeline *p, struct dyad_session **out);
void dyad_session_free(struct dyad_session *s);

enum dyad_doc_status {
    DYAD_DOC_CODED = 0,   /* processed, may have zero events */
    DYAD_DOC_EMPTY,       /* no text left after boilerplate */
    DYAD_DOC_REJECTED,    /* could not be read (see dyad_reject) */
    DYAD_DOC_PARTIAL      /* processed with parts skipped (see reason) */
};

/*
 * What a session made of one document.  Result structs show their
 * fields; all memory belongs to the result and is released by
 * dyad_result_free.  `doc` is owned by the result.
 */
struct dyad_result {
    struct dyad_doc *doc;
    enum dyad_doc_status status;
    const char *status_reason;     /* NULL or static/owned text */
    size_t utf8_repaired;          /* invalid byte sequences replaced by U+FFFD */
    const struct dyad_token *tokens;
    size_t ntokens;
    const struct dyad_sentence *sentences;
    size_t nsentences;
    const struct dyad_word *words;  /* parallel to tokens, NULL if not parsed */
    /* The headline (doc->title) analysed like the text, when coded;
     * spans are offsets into doc->title. */
    const struct dyad_token *title_tokens;
    const struct dyad_word *title_words;
    size_t ntitle_tokens;
    /* Coder output (empty unless the pipeline codes). */
    const struct dyad_event *events;
    size_t nevents;
    const struct dyad_quote *quotes;
    size_t nquotes;
    const struct dyad_unknown *unknown;
    size_t nunknown;
    /* DYAD_CODE_EXPLAIN only: every candidate predicate, and every
     * actor phrase the dictionaries matched. */
    const struct dyad_predicate *predicates;
    size_t npredicates;
    const struct dyad_actor *mentions;
    size_t nmentions;
    const uint32_t *mention_sentence;  /* parallel to mentions */
    void *internal;                /* module data; do not touch */
};

/*
 * Processes `doc` (ownership moves into the result, even on failure).
 * Stages run now: UTF-8 repair, normalisation, segmentation,
 * tokenisation.  On success *out is a new result.
 */
int dyad_session_process(struct dyad_session *s, struct dyad_doc *doc,
                         struct dyad_result **out, struct dyad_error *err);

void dyad_result_free(struct dyad_result *res);

/* ------------------------------------------------------------------ */
/* Output (module out)                                                 */
/* ------------------------------------------------------------------ */

enum dyad_output_format {
    DYAD_OUT_JSONL = 0,
    DYAD_OUT_CSV,
    DYAD_OUT_SQLITE,
    DYAD_OUT_CONLLU    /* sentences/tokens as CoNLL-U-like text */
};

/* What a writer emits per document. */
enum dyad_output_kind {
    DYAD_EMIT_SENTENCES = 0,  /* one record per sentence */
    DYAD_EMIT_TOKENS,         /* one record per sentence with its tokens */
    DYAD_EMIT_DOCUMENTS,      /* one record per document (status) */
    DYAD_EMIT_EVENTS          /* one record per event, plus quote and unknown-actor records */
};

struct dyad_writer_options {
    enum dyad_output_format format;
    enum dyad_output_kind kind;
    FILE *stream;            /* JSONL/CSV/CoNLL-U: where to write (borrowed) */
    const char *db_path;     /* SQLite: database file, created if absent */
};

struct dyad_writer;

int dyad_writer_open(const struct dyad_writer_options *opts,
                     struct dyad_writer **out, struct dyad_error *err);

/*
 * Writes one processed document.  Call in input order from one thread.
 * For SQLite, a document whose id is already in the database is skipped
 * and *skipped (when not NULL) is set to 1.
 */
int dyad_writer_write(struct dyad_writer *w, const struct dyad_result *res,
                      int *skipped, struct dyad_error *err);

/* Records a rejected input (SQLite: a row in the `rejects` table;
 * JSONL/CSV/CoNLL-U write nothing here: rejects go to the error
 * stream).  See docs/FORMATS.md. */
int dyad_writer_reject(struct dyad_writer *w, const struct dyad_reject *rej,
                       struct dyad_error *err);

/* Flushes and closes; returns the first error of the flush/commit. */
int dyad_writer_close(struct dyad_writer *w, struct dyad_error *err);

#ifdef __cplusplus
}
#endif

#endif /* DYAD_H */
