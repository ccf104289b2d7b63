/* TEMPORARY scaffold so the tree builds while src/ingest is written. */
#include "util/util.h"

void dyad_doc_free(struct dyad_doc *doc)
{
    if (!doc)
        return;
    dy_free(doc->id);
    dy_free(doc->date);
    dy_free(doc->title);
    dy_free(doc->url);
    dy_free(doc->source);
    dy_free(doc->text);
    dy_free(doc->extra_json);
    dy_free(doc->origin);
    dy_free(doc->boilerplate);
    dy_free(doc);
}
