/*
 * run.c - the streaming document loop behind `dyad sentences`, `dyad
 * tokens`, `dyad parse` and `dyad code`.
 *
 * Threads: a reader thread pulls items (documents and rejects) from the
 * dyad_reader in input order and puts each in slot seq % nslots of a
 * ring; workers claim pending documents in order and process them with
 * their own dyad_session; the main thread waits for slot `next_write`
 * to be finished, writes it and frees the slot.  Because the reader
 * never gets more than nslots items ahead of the writer, at most nslots
 * documents are in memory at once, whatever the corpus size.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "run.h"

enum slot_state { SLOT_FREE = 0, SLOT_PENDING, SLOT_BUSY, SLOT_DONE };

struct slot {
    enum slot_state state;
    struct dyad_doc *doc;        /* PENDING/BUSY: input */
    struct dyad_reject *rej;     /* a reject passes straight to the writer */
    struct dyad_result *res;     /* DONE: output */
    struct dyad_error err;       /* DONE with res == NULL: processing failed */
    int rc;
};

struct ring {
    pthread_mutex_t mu;
    pthread_cond_t cv_reader;    /* a slot became free */
    pthread_cond_t cv_worker;    /* a slot became pending, or eof */
    pthread_cond_t cv_writer;    /* a slot became done, or eof */
    struct slot *slots;
    uint64_t nslots;
    uint64_t next_read;          /* seq the reader fills next */
    uint64_t next_work;          /* seq the workers claim next */
    uint64_t next_write;         /* seq the writer emits next */
    int reader_waiting;          /* threads blocked on each condition: */
    int workers_waiting;         /* signalling only when someone waits */
    int writer_waiting;          /* keeps futex traffic off the fast path */
    int eof;                     /* reader finished */
    int abort;                   /* writer hit a fatal error */
    int reader_rc;
    struct dyad_error reader_err;
};

struct worker {
    pthread_t tid;
    struct ring *ring;
    const struct dyad_pipeline *pipeline;
};

struct reader_ctx {
    pthread_t tid;
    struct ring *ring;
    struct dyad_reader *reader;
};

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *reader_main(void *arg)
{
    struct reader_ctx *rc = arg;
    struct ring *r = rc->ring;

    for (;;) {
        struct dyad_doc *doc = NULL;
        struct dyad_reject *rej = NULL;
        struct dyad_error err;
        struct slot *s;
        int st = dyad_reader_next(rc->reader, &doc, &rej, &err);

        pthread_mutex_lock(&r->mu);
        if (st != DYAD_OK || (!doc && !rej)) {
            r->reader_rc = st;
            r->reader_err = err;
            r->eof = 1;
            pthread_cond_broadcast(&r->cv_worker);
            pthread_cond_broadcast(&r->cv_writer);
            pthread_mutex_unlock(&r->mu);
            return NULL;
        }
        while (!r->abort && r->next_read - r->next_write >= r->nslots) {
            r->reader_waiting++;
            pthread_cond_wait(&r->cv_reader, &r->mu);
            r->reader_waiting--;
        }
        if (r->abort) {
            pthread_mutex_unlock(&r->mu);
            dyad_doc_free(doc);
            dyad_reject_free(rej);
            return NULL;
        }
        s = &r->slots[r->next_read % r->nslots];
        s->doc = doc;
        s->rej = rej;
        s->res = NULL;
        /* A reject needs no work: it goes straight to the writer. */
        s->state = rej ? SLOT_DONE : SLOT_PENDING;
        r->next_read++;
        if (rej && r->writer_waiting)
            pthread_cond_signal(&r->cv_writer);
        else if (!rej && r->workers_waiting)
            pthread_cond_signal(&r->cv_worker);
        pthread_mutex_unlock(&r->mu);
    }
}

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    struct ring *r = w->ring;
    struct dyad_session *sess = NULL;
    int sess_rc = dyad_session_new(w->pipeline, &sess);

    for (;;) {
        struct slot *s = NULL;

        pthread_mutex_lock(&r->mu);
        for (;;) {
            if (r->abort)
                break;
            /* Skip rejects (already DONE) when claiming work. */
            while (r->next_work < r->next_read &&
                   r->slots[r->next_work % r->nslots].state != SLOT_PENDING)
                r->next_work++;
            if (r->next_work < r->next_read) {
                s = &r->slots[r->next_work % r->nslots];
                s->state = SLOT_BUSY;
                r->next_work++;
                break;
            }
            if (r->eof)
                break;
            r->workers_waiting++;
            pthread_cond_wait(&r->cv_worker, &r->mu);
            r->workers_waiting--;
        }
        pthread_mutex_unlock(&r->mu);
        if (!s)
            break;
        if (sess_rc == DYAD_OK) {
            s->rc = dyad_session_process(sess, s->doc, &s->res, &s->err);
        } else {
            dyad_doc_free(s->doc);
            s->rc = sess_rc;
            snprintf(s->err.msg, sizeof(s->err.msg), "cannot create session");
        }
        s->doc = NULL; /* ownership moved into the result */
        pthread_mutex_lock(&r->mu);
        s->state = SLOT_DONE;
        /* The writer only ever waits for slot next_write. */
        if (r->writer_waiting && s == &r->slots[r->next_write % r->nslots])
            pthread_cond_signal(&r->cv_writer);
        pthread_mutex_unlock(&r->mu);
    }
    dyad_session_free(sess);
    return NULL;
}

/* ---- error stream ---------------------------------------------------- */

struct errstream {
    FILE *fp;
    int json;
};

static void json_str(FILE *fp, const char *s)
{
    fputc('"', fp);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(fp, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(fp, "\\u%04x", *p);
        else
            fputc(*p, fp);
    }
    fputc('"', fp);
}

static void report(struct errstream *es, const char *kind, const char *origin,
                   const char *id, int code, const char *reason)
{
    if (es->json) {
        fputs("{\"kind\":", es->fp);
        json_str(es->fp, kind);
        fputs(",\"origin\":", es->fp);
        json_str(es->fp, origin);
        if (id) {
            fputs(",\"id\":", es->fp);
            json_str(es->fp, id);
        }
        fputs(",\"code\":", es->fp);
        json_str(es->fp, dyad_errname(code));
        fputs(",\"reason\":", es->fp);
        json_str(es->fp, reason);
        fputs("}\n", es->fp);
    } else {
        fprintf(es->fp, "dyad: %s: %s%s%s%s: %s", kind, origin ? origin : "-",
                id ? " [" : "", id ? id : "", id ? "]" : "", reason ? reason : "");
        if (code != DYAD_OK)
            fprintf(es->fp, " (%s)", dyad_errname(code));
        fputc('\n', es->fp);
    }
}

/* ---- progress ---------------------------------------------------------- */

static void progress_line(const struct dy_run_stats *st, double elapsed, int final)
{
    double e = elapsed > 0 ? elapsed : 1e-9;

    fprintf(stderr, "\rdyad: %llu docs (%.0f/s), %llu sentences (%.0f/s), %llu rejected%s",
            (unsigned long long)st->read, (double)st->read / e,
            (unsigned long long)st->sentences, (double)st->sentences / e,
            (unsigned long long)st->rejected, final ? "\n" : "   ");
    fflush(stderr);
}

/* ---- the loop ------------------------------------------------------------ */

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

static int write_slot(struct dyad_writer *wr, struct slot *s, struct errstream *es,
                      struct dy_run_stats *st, struct dyad_error *werr)
{
    int skipped = 0;
    int rc;

    st->read++;
    if (s->rej) {
        st->rejected++;
        report(es, "reject", s->rej->origin, s->rej->id, s->rej->code, s->rej->reason);
        rc = dyad_writer_reject(wr, s->rej, werr);
        dyad_reject_free(s->rej);
        s->rej = NULL;
        return rc;
    }
    if (!s->res) {
        /* Processing failed (out of memory, internal error): the
         * document is still accounted for as rejected. */
        st->rejected++;
        report(es, "reject", s->err.where[0] ? s->err.where : "-", NULL, s->rc, s->err.msg);
        return DYAD_OK;
    }
    if (s->res->doc->warning) {
        st->warnings++;
        report(es, "warning", s->res->doc->origin, s->res->doc->id, DYAD_OK,
               s->res->doc->warning);
    }
    switch (s->res->status) {
    case DYAD_DOC_CODED:
        st->coded++;
        break;
    case DYAD_DOC_EMPTY:
        st->empty++;
        break;
    case DYAD_DOC_REJECTED:
        st->rejected++;
        report(es, "reject", s->res->doc->origin, s->res->doc->id, DYAD_ETOOBIG,
               s->res->status_reason);
        break;
    case DYAD_DOC_PARTIAL:
        st->partial++;
        report(es, "partial", s->res->doc->origin, s->res->doc->id, DYAD_OK,
               s->res->status_reason);
        break;
    }
    st->sentences += s->res->nsentences;
    st->events += s->res->nevents;
    st->quotes += s->res->nquotes;
    st->tokens += s->res->ntokens;
    st->bytes += s->res->doc->text_len;
    st->repaired += s->res->utf8_repaired;
    st->boilerplate += s->res->doc->nboilerplate;
    rc = dyad_writer_write(wr, s->res, &skipped, werr);
    if (skipped)
        st->skipped++;
    dyad_result_free(s->res);
    s->res = NULL;
    return rc;
}

static int open_outputs(const struct dy_run_options *o, FILE **out, struct errstream *es)
{
    *out = stdout;
    es->fp = stderr;
    es->json = 0;
    if (o->output_path && strcmp(o->output_path, "-") != 0) {
        *out = fopen(o->output_path, "w");
        if (!*out)
            return dy_cli_fail("cannot write %s: %s", o->output_path, strerror(errno));
    }
    if (o->errors_path) {
        es->fp = strcmp(o->errors_path, "-") == 0 ? stdout : fopen(o->errors_path, "w");
        if (!es->fp) {
            if (*out != stdout)
                fclose(*out);
            return dy_cli_fail("cannot write %s: %s", o->errors_path, strerror(errno));
        }
        es->json = 1;
    }
    return 0;
}

int dy_run(const struct dy_run_options *o, struct dy_run_stats *st)
{
    struct dyad_reader_options ropts;
    struct dyad_pipeline_options popts;
    struct dyad_writer_options wopts;
    struct dyad_pipeline *pipe = NULL;
    struct dyad_reader *reader = NULL;
    struct dyad_writer *writer = NULL;
    struct dyad_error err;
    struct errstream es;
    struct ring ring;
    struct reader_ctx rctx;
    struct worker *workers = NULL;
    struct dy_cli_stats *stats = NULL;
    FILE *out = NULL;
    int nthreads = o->threads > 0 ? o->threads : 1;
    int exit_code = DY_EXIT_OK;
    int show_progress = o->progress < 0 ? isatty(STDERR_FILENO) : o->progress;
    double t0 = now_seconds(), last_progress = t0;
    int rc;

    memset(st, 0, sizeof(*st));
    memset(&ring, 0, sizeof(ring));
    if (open_outputs(o, &out, &es))
        return DY_EXIT_FATAL;

    memset(&popts, 0, sizeof(popts));
    popts.model_path = o->model_path;
    popts.dict_paths = o->dict_paths;
    popts.ndict_paths = o->no_dict ? 0 : o->ndict_paths;
    popts.code_flags = o->code_flags;
    if (o->stats) {
        stats = dy_cli_stats_new();
        if (!stats) {
            exit_code = dy_cli_fail("out of memory");
            goto done;
        }
    }
    rc = dyad_pipeline_new(&popts, &pipe, &err);
    if (rc) {
        exit_code = dy_cli_fail("%s%s%s", err.where, err.where[0] ? ": " : "", err.msg);
        goto done;
    }
    memset(&ropts, 0, sizeof(ropts));
    ropts.format = o->input_format;
    ropts.boilerplate_path = o->boilerplate_path;
    ropts.max_doc_bytes = o->max_doc_bytes;
    rc = dyad_reader_open(o->inputs, o->ninputs, &ropts, &reader, &err);
    if (rc) {
        exit_code = dy_cli_fail("%s%s%s", err.where, err.where[0] ? ": " : "", err.msg);
        goto done;
    }
    memset(&wopts, 0, sizeof(wopts));
    wopts.format = o->db_path ? DYAD_OUT_SQLITE : o->format;
    wopts.kind = o->kind;
    wopts.stream = out;
    wopts.db_path = o->db_path;
    rc = dyad_writer_open(&wopts, &writer, &err);
    if (rc) {
        exit_code = dy_cli_fail("%s%s%s", err.where, err.where[0] ? ": " : "", err.msg);
        goto done;
    }

    /* Four slots per worker keep every worker busy while the writer
     * waits on a slow document, and bound memory to a few dozen docs. */
    ring.nslots = (uint64_t)nthreads * 4 + 4;
    ring.slots = calloc(ring.nslots, sizeof(*ring.slots));
    workers = calloc((size_t)nthreads, sizeof(*workers));
    if (!ring.slots || !workers) {
        exit_code = dy_cli_fail("out of memory");
        goto done;
    }
    pthread_mutex_init(&ring.mu, NULL);
    pthread_cond_init(&ring.cv_reader, NULL);
    pthread_cond_init(&ring.cv_worker, NULL);
    pthread_cond_init(&ring.cv_writer, NULL);

    interrupted = 0;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);

    rctx.ring = &ring;
    rctx.reader = reader;
    pthread_create(&rctx.tid, NULL, reader_main, &rctx);
    for (int i = 0; i < nthreads; i++) {
        workers[i].ring = &ring;
        workers[i].pipeline = pipe;
        pthread_create(&workers[i].tid, NULL, worker_main, &workers[i]);
    }

    for (;;) {
        struct slot *s;
        struct dyad_error werr;
        int wrc;

        pthread_mutex_lock(&ring.mu);
        for (;;) {
            if (ring.next_write < ring.next_read &&
                ring.slots[ring.next_write % ring.nslots].state == SLOT_DONE)
                break;
            if (ring.eof && ring.next_write == ring.next_read)
                break;
            ring.writer_waiting++;
            pthread_cond_wait(&ring.cv_writer, &ring.mu);
            ring.writer_waiting--;
        }
        if (ring.next_write == ring.next_read) {
            pthread_mutex_unlock(&ring.mu);
            break;
        }
        s = &ring.slots[ring.next_write % ring.nslots];
        pthread_mutex_unlock(&ring.mu);

        memset(&werr, 0, sizeof(werr));
        if (stats && s->res)
            dy_cli_stats_add(stats, s->res);
        wrc = write_slot(writer, s, &es, st, &werr);

        pthread_mutex_lock(&ring.mu);
        s->state = SLOT_FREE;
        ring.next_write++;
        if (wrc || interrupted) {
            ring.abort = 1;
            pthread_cond_broadcast(&ring.cv_worker);
        }
        if (ring.reader_waiting)
            pthread_cond_signal(&ring.cv_reader);
        pthread_mutex_unlock(&ring.mu);
        if (wrc) {
            exit_code = dy_cli_fail("writing output: %s%s%s", werr.where,
                                    werr.where[0] ? ": " : "", werr.msg);
            break;
        }
        if (interrupted) {
            fprintf(stderr, "\ndyad: interrupted; output holds the first %llu documents whole\n",
                    (unsigned long long)st->read);
            exit_code = DY_EXIT_FATAL;
            break;
        }
        if (show_progress) {
            double t = now_seconds();
            if (t - t0 > 1.0 && t - last_progress > 0.5) {
                progress_line(st, t - t0, 0);
                last_progress = t;
            }
        }
    }

    pthread_mutex_lock(&ring.mu);
    if (exit_code)
        ring.abort = 1;
    pthread_cond_broadcast(&ring.cv_reader);
    pthread_cond_broadcast(&ring.cv_worker);
    pthread_mutex_unlock(&ring.mu);
    pthread_join(rctx.tid, NULL);
    for (int i = 0; i < nthreads; i++)
        pthread_join(workers[i].tid, NULL);
    /* After an abort some slots may still hold items: free them. */
    for (uint64_t i = 0; i < ring.nslots; i++) {
        dyad_doc_free(ring.slots[i].doc);
        dyad_reject_free(ring.slots[i].rej);
        dyad_result_free(ring.slots[i].res);
    }
    if (ring.reader_rc && !exit_code)
        exit_code = dy_cli_fail("reading input: %s%s%s", ring.reader_err.where,
                                ring.reader_err.where[0] ? ": " : "", ring.reader_err.msg);
    pthread_mutex_destroy(&ring.mu);
    pthread_cond_destroy(&ring.cv_reader);
    pthread_cond_destroy(&ring.cv_worker);
    pthread_cond_destroy(&ring.cv_writer);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);

done:
    if (writer) {
        rc = dyad_writer_close(writer, &err);
        if (rc && !exit_code)
            exit_code = dy_cli_fail("finishing output: %s", err.msg);
    }
    dyad_reader_close(reader);
    dyad_pipeline_free(pipe);
    free(ring.slots);
    free(workers);
    st->seconds = now_seconds() - t0;
    if (show_progress && st->seconds > 1.0)
        progress_line(st, st->seconds, 1);
    if (out && out != stdout && fclose(out) != 0 && !exit_code)
        exit_code = dy_cli_fail("closing %s: %s", o->output_path, strerror(errno));
    if (out == stdout && fflush(stdout) != 0 && !exit_code)
        exit_code = dy_cli_fail("writing standard output: %s", strerror(errno));
    if (es.fp && es.fp != stderr && es.fp != stdout)
        fclose(es.fp);
    if (!o->quiet && !exit_code) {
        fprintf(stderr,
                "dyad %s: %llu documents read: %llu coded, %llu empty, %llu partial, "
                "%llu rejected",
                o->command, (unsigned long long)st->read, (unsigned long long)st->coded,
                (unsigned long long)st->empty, (unsigned long long)st->partial,
                (unsigned long long)st->rejected);
        if (o->db_path)
            fprintf(stderr, ", %llu already in the database", (unsigned long long)st->skipped);
        if (st->events || st->quotes)
            fprintf(stderr, "; %llu events, %llu quotes", (unsigned long long)st->events,
                    (unsigned long long)st->quotes);
        fprintf(stderr,
                "; %llu sentences, %llu tokens, %llu boilerplate lines, "
                "%llu bad UTF-8 sequences repaired, %llu metadata warnings; %.2f s\n",
                (unsigned long long)st->sentences, (unsigned long long)st->tokens,
                (unsigned long long)st->boilerplate, (unsigned long long)st->repaired,
                (unsigned long long)st->warnings,
                st->seconds);
    }
    if (stats) {
        if (!exit_code)
            dy_cli_stats_print(stats, stderr);
        dy_cli_stats_free(stats);
    }
    if (!exit_code && st->rejected)
        exit_code = DY_EXIT_REJECTS;
    return exit_code;
}
