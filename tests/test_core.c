/* test_core.c - the pipeline and session: ownership, statuses, spans. */
#include <string.h>

#include "t.h"
#include "util/util.h"

static struct dyad_doc *make_doc(const char *id, const char *text)
{
    struct dyad_doc *d = dy_calloc(1, sizeof(*d));

    d->id = dy_strdup(id);
    d->text = dy_strdup(text);
    d->text_len = strlen(text);
    d->origin = dy_strdup("test");
    return d;
}

static struct dyad_session *session(struct dyad_pipeline **p)
{
    struct dyad_pipeline_options o;
    struct dyad_session *s = NULL;

    memset(&o, 0, sizeof(o));
    T_EQ_INT(dyad_pipeline_new(&o, p, NULL), DYAD_OK);
    T_EQ_INT(dyad_session_new(*p, &s), DYAD_OK);
    return s;
}

static void test_two_sentences(void)
{
    struct dyad_pipeline *p;
    struct dyad_session *s = session(&p);
    struct dyad_result *r = NULL;
    const char *text = "Russia rejected the plan. China agreed.";

    T_EQ_INT(dyad_session_process(s, make_doc("d1", text), &r, NULL), DYAD_OK);
    T_CHECK(r != NULL);
    T_EQ_INT(r->status, DYAD_DOC_CODED);
    T_EQ_INT(r->nsentences, 2);
    T_EQ_INT(r->ntokens, 8); /* Russia rejected the plan . | China agreed . */
    if (r->nsentences == 2 && r->ntokens == 8) {
        T_EQ_INT(r->sentences[0].span.start, 0);
        T_EQ_INT(r->sentences[0].span.end, 25);
        T_EQ_INT(r->sentences[1].first_token, 5);
        T_EQ_INT(r->sentences[1].span.start, 26);
        T_EQ_STR(r->tokens[4].form, ".");
        T_EQ_INT(r->tokens[3].span.start, 20);
        T_EQ_INT(r->tokens[3].span.end, 24);
        T_CHECK(r->tokens[5].flags & DYAD_TOK_SENT_START);
    }
    T_EQ_INT(r->utf8_repaired, 0);
    dyad_result_free(r);
    dyad_session_free(s);
    dyad_pipeline_free(p);
}

static void test_boilerplate_only_is_empty(void)
{
    struct dyad_pipeline *p;
    struct dyad_session *s = session(&p);
    struct dyad_result *r = NULL;
    struct dyad_doc *d = make_doc("d2", "Follow us on Twitter\n");

    d->boilerplate = dy_calloc(1, sizeof(*d->boilerplate));
    d->boilerplate[0].start = 0;
    d->boilerplate[0].end = 20;
    d->nboilerplate = 1;
    T_EQ_INT(dyad_session_process(s, d, &r, NULL), DYAD_OK);
    T_EQ_INT(r->status, DYAD_DOC_EMPTY);
    T_EQ_INT(r->ntokens, 0);
    T_EQ_STR(r->status_reason, "only boilerplate lines");
    dyad_result_free(r);
    dyad_session_free(s);
    dyad_pipeline_free(p);
}

static void test_empty_and_repaired(void)
{
    struct dyad_pipeline *p;
    struct dyad_session *s = session(&p);
    struct dyad_result *r = NULL;

    T_EQ_INT(dyad_session_process(s, make_doc("d3", ""), &r, NULL), DYAD_OK);
    T_EQ_INT(r->status, DYAD_DOC_EMPTY);
    T_EQ_STR(r->status_reason, "no text");
    dyad_result_free(r);
    /* \xff is never valid UTF-8: one repair, the word still a token. */
    T_EQ_INT(dyad_session_process(s, make_doc("d4", "Talks\xff ended."), &r, NULL), DYAD_OK);
    T_EQ_INT(r->status, DYAD_DOC_CODED);
    T_EQ_INT(r->utf8_repaired, 1);
    dyad_result_free(r);
    dyad_session_free(s);
    dyad_pipeline_free(p);
}

static void test_null_arguments(void)
{
    struct dyad_result *r = (struct dyad_result *)1;
    struct dyad_error e;

    T_EQ_INT(dyad_session_process(NULL, NULL, &r, &e), DYAD_EINVAL);
    T_CHECK(r == NULL);
    T_EQ_INT(e.code, DYAD_EINVAL);
    dyad_result_free(NULL);
    dyad_session_free(NULL);
    dyad_pipeline_free(NULL);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    T_RUN(test_two_sentences);
    T_RUN(test_boilerplate_only_is_empty);
    T_RUN(test_empty_and_repaired);
    T_RUN(test_null_arguments);
    T_END();
}
