/*
 * test_text.c - tests of module text: tokenisation, sentence
 * segmentation, normalisation, UTF-8 repair, limits.
 *
 * The table `cases` holds hand-checked news-style inputs with stable ids
 * ("tok-3.2", "seg-1.4", "art-5").  Each expected value was written from
 * the UD English (EWT/GUM) conventions described in docs/TEXT.md, never
 * by running the code: tokens (their normalised forms) are separated by
 * one space, " | " marks a sentence boundary inside a paragraph and
 * " || " one between paragraphs.  Every case is also checked for lost
 * bytes, span order and the form/raw agreement.  The article test reads
 * ../shared/examples/ (through t_shared_dir()) and checks facts counted
 * by hand from the file.
 */
#include <stdint.h>

#include "t.h"
#include "text/text.h"

struct tcase {
    const char *id;
    const char *in;
    const char *want;
};

static const struct tcase cases[] = {
    /* -- tok-1: clitics (UD splits them into their own words) -- */
    {"tok-1.1", "They don't know.", "They do n't know ."},
    {"tok-1.2", "We can't stay.", "We ca n't stay ."},
    {"tok-1.3", "It won't work.", "It wo n't work ."},
    {"tok-1.4", "Russia's army moved.", "Russia 's army moved ."},
    {"tok-1.5", "They're late.", "They 're late ."},
    {"tok-1.6", "I'm sure.", "I 'm sure ."},
    {"tok-1.7", "We've seen it.", "We 've seen it ."},
    {"tok-1.8", "She'll decide.", "She 'll decide ."},
    {"tok-1.9", "He'd left.", "He 'd left ."},
    {"tok-1.10", "They don\u2019t know.", "They do n't know ."},
    {"tok-1.11", "Moscow\u2019s view", "Moscow 's view"},
    {"tok-1.12", "the ministers' meeting", "the ministers ' meeting"},
    {"tok-1.13", "DON'T PANIC", "DO N'T PANIC"},
    {"tok-1.14", "Isn't it?", "Is n't it ?"},
    {"tok-1.15", "It ain't over.", "It ai n't over ."},
    {"tok-1.16", "You cannot win.", "You can not win ."},
    {"tok-1.17", "We're gonna win.", "We 're gon na win ."},
    {"tok-1.18", "at five o'clock", "at five o'clock"},
    {"tok-1.19", "O'Brien's plan", "O'Brien 's plan"},
    {"tok-1.20", "the U.S.'s role", "the U.S. 's role"},
    {"tok-1.21", "I\u2019ve seen", "I 've seen"},
    {"tok-1.22", "Let's go.", "Let 's go ."},
    {"tok-1.23", "back in the '90s", "back in the '90s"},
    {"tok-1.24", "They weren\u2019t there.", "They were n't there ."},

    /* -- tok-2: punctuation and quotes -- */
    {"tok-2.1", "He said, \"No.\"", "He said , \" No . \""},
    {"tok-2.2", "(AFP) - The", "( AFP ) - The"},
    {"tok-2.3", "Wait... what?", "Wait ... what ?"},
    {"tok-2.4", "Really?!", "Really ?!"},
    {"tok-2.5", "Stop!!!", "Stop !!!"},
    {"tok-2.6", "[sic]", "[ sic ]"},
    {"tok-2.7", "items: apples; pears", "items : apples ; pears"},
    {"tok-2.8", "the \u201coutrageous\u201d move", "the \" outrageous \" move"},
    {"tok-2.9", "\u2018Good\u2019", "' Good '"},
    {"tok-2.10", "and/or", "and / or"},
    {"tok-2.11", "w/o sugar", "w/o sugar"},
    {"tok-2.12", "**Update**", "** Update **"},
    {"tok-2.13", "end--and", "end -- and"},
    {"tok-2.14", "Hello , world", "Hello , world"},
    {"tok-2.15", "\u00abNon\u00bb", "\" Non \""},
    {"tok-2.16", "(Reuters)", "( Reuters )"},
    {"tok-2.17", "yes;no", "yes ; no"},
    {"tok-2.18", "he said:", "he said :"},
    {"tok-2.19", "a,b", "a , b"},
    {"tok-2.20", "``Quoted''", "`` Quoted ''"},
    {"tok-2.21", "(\"Yes\")", "( \" Yes \" )"},
    {"tok-2.22", "the word \"no\".", "the word \" no \" ."},

    /* -- tok-3: numbers, money, percent, time -- */
    {"tok-3.1", "It cost $5.", "It cost $ 5 ."},
    {"tok-3.2", "$1,000.50", "$ 1,000.50"},
    {"tok-3.3", "US$20 million", "US$ 20 million"},
    {"tok-3.4", "rose 3.5%", "rose 3.5 %"},
    {"tok-3.5", "at 10:30 a.m. Monday", "at 10:30 a.m. Monday"},
    {"tok-3.6", "in 2017.", "in 2017 ."},
    {"tok-3.7", "\u20ac50", "\u20ac 50"},
    {"tok-3.8", "-5 degrees", "- 5 degrees"},
    {"tok-3.9", "at 5pm", "at 5 pm"},
    {"tok-3.10", "the 1990s", "the 1990s"},
    {"tok-3.11", "21st century", "21st century"},
    {"tok-3.12", "1990-1995", "1990 - 1995"},
    {"tok-3.13", "call 713-853-5620", "call 713-853-5620"},
    {"tok-3.14", "01-Feb-02", "01-Feb-02"},
    {"tok-3.15", "3/4 of", "3/4 of"},
    {"tok-3.16", "07/17/2000", "07/17/2000"},
    {"tok-3.17", "No. 5", "No. 5"},
    {"tok-3.18", "#1 seed", "# 1 seed"},
    {"tok-3.19", "0.5", "0.5"},
    {"tok-3.20", ".5 percent", ".5 percent"},
    {"tok-3.21", "a 20-year-old man", "a 20 - year - old man"},
    {"tok-3.22", "10km", "10 km"},
    {"tok-3.23", "1,000,000", "1,000,000"},
    {"tok-3.24", "It was 3.5.", "It was 3.5 ."},
    {"tok-3.25", "\u00a34m", "\u00a3 4m"},
    {"tok-3.26", "(50%)", "( 50 % )"},

    /* -- tok-4: abbreviations keep their period -- */
    {"tok-4.1", "Sen. John Smith spoke.", "Sen. John Smith spoke ."},
    {"tok-4.2", "Lt. Gen. Ray Odom arrived.", "Lt. Gen. Ray Odom arrived ."},
    {"tok-4.3", "on Jan. 5", "on Jan. 5"},
    {"tok-4.4", "Acme Corp. said", "Acme Corp. said"},
    {"tok-4.5", "Acme Inc. and Beta Ltd. merged.", "Acme Inc. and Beta Ltd. merged ."},
    {"tok-4.6", "e.g. oil", "e.g. oil"},
    {"tok-4.7", "the U.N. Security Council", "the U.N. Security Council"},
    {"tok-4.8", "J. Smith", "J. Smith"},
    {"tok-4.9", "Mr. and Mrs. Lee", "Mr. and Mrs. Lee"},
    {"tok-4.10", "Dr. Rao", "Dr. Rao"},
    {"tok-4.11", "Gov. Ed Lee", "Gov. Ed Lee"},
    {"tok-4.12", "a Ph.D. student", "a Ph.D. student"},
    {"tok-4.13", "Washington, D.C., on", "Washington , D.C. , on"},
    {"tok-4.14", "He said no.", "He said no ."},
    {"tok-4.15", "vs. Spain", "vs. Spain"},
    {"tok-4.16", "St. Petersburg", "St. Petersburg"},
    {"tok-4.17", "He lives in Fresno, Calif.", "He lives in Fresno , Calif ."},
    {"tok-4.18", "apples, pears, etc.", "apples , pears , etc ."},
    {"tok-4.19", "They live in the U.S.", "They live in the U.S ."},
    {"tok-4.20", "(Sen. Lee)", "( Sen. Lee )"},

    /* -- tok-5: hyphens and dashes -- */
    {"tok-5.1", "Kim Jong-un", "Kim Jong - un"},
    {"tok-5.2", "U.S.-South Korean drills", "U.S. - South Korean drills"},
    {"tok-5.3", "by e-mail", "by e-mail"},
    {"tok-5.4", "a non-profit group", "a non-profit group"},
    {"tok-5.5", "was re-elected", "was re-elected"},
    {"tok-5.6", "anti-American", "anti-American"},
    {"tok-5.7", "mid-August", "mid-August"},
    {"tok-5.8", "a well-known man", "a well - known man"},
    {"tok-5.9", "Russian-American relations", "Russian - American relations"},
    {"tok-5.10", "self-defense", "self - defense"},
    {"tok-5.11", "technology\u2014and", "technology -- and"},
    {"tok-5.12", "the war \u2013 which", "the war -- which"},
    {"tok-5.13", "1990\u201395", "1990 - 95"},
    {"tok-5.14", "pre- and post-war", "pre- and post-war"},
    {"tok-5.15", "co-founder", "co-founder"},
    {"tok-5.16", "a tongue-lashing", "a tongue - lashing"},
    {"tok-5.17", "state-run media", "state - run media"},
    {"tok-5.18", "Lashkar-e-Taiba", "Lashkar - e - Taiba"},
    {"tok-5.19", "Minsk - Russia", "Minsk - Russia"},
    {"tok-5.20", "---", "---"},

    /* -- tok-6: web text -- */
    {"tok-6.1", "Visit https://www.example.com/a-b?x=1.", "Visit https://www.example.com/a-b?x=1 ."},
    {"tok-6.2", "see www.example.org,", "see www.example.org ,"},
    {"tok-6.3", "Mail press@example.com today", "Mail press@example.com today"},
    {"tok-6.4", "#NorthKorea trends", "#NorthKorea trends"},
    {"tok-6.5", "@POTUS said", "@POTUS said"},
    {"tok-6.6", "(http://example.com)", "( http://example.com )"},
    {"tok-6.7", "on example.com now", "on example.com now"},
    {"tok-6.8", "<press@example.com>", "< press@example.com >"},
    {"tok-6.9", "AT&T", "AT&T"},
    {"tok-6.10", "C++ code", "C++ code"},

    /* -- tok-7: normalisation of forms -- */
    {"tok-7.1", "\u201cYes,\u201d she said.", "\" Yes , \" she said ."},
    {"tok-7.2", "10\u00a0percent", "10 percent"},
    {"tok-7.3", "cafe\u0301", "caf\u00e9"},
    {"tok-7.4", "Wait\u2026 no", "Wait ... no"},
    {"tok-7.5", "it\u2019s", "it 's"},
    {"tok-7.6", "\u22125 degrees", "- 5 degrees"},
    {"tok-7.7", "co\u00adoperate", "cooperate"},
    {"tok-7.8", "\u2018scare\u2019 quotes", "' scare ' quotes"},
    {"tok-7.9", "a\u2009b", "a b"},
    {"tok-7.10", "\xEF\xBB\xBFHello", "Hello"},
    {"tok-7.11", "a\u200bb", "a b"},
    {"tok-7.12", "Dvor\u030ca\u0301k", "Dvo\u0159\u00e1k"},
    {"tok-7.13", "x\u3000y", "x y"},

    /* -- seg-1: final punctuation and abbreviations -- */
    {"seg-1.1", "He left. She stayed.", "He left . | She stayed ."},
    {"seg-1.2", "Sen. Smith spoke. He left.", "Sen. Smith spoke . | He left ."},
    {"seg-1.3", "It rose in the U.S. The drop hurt.", "It rose in the U.S . | The drop hurt ."},
    {"seg-1.4", "The U.S. Army left.", "The U.S. Army left ."},
    {"seg-1.5", "Lt. Gen. Ray Odom said so.", "Lt. Gen. Ray Odom said so ."},
    {"seg-1.6", "It was 3.5 percent. Then it fell.", "It was 3.5 percent . | Then it fell ."},
    {"seg-1.7", "At 10:30 a.m. Monday he spoke.", "At 10:30 a.m. Monday he spoke ."},
    {"seg-1.8", "They met at 9 a.m. The talks failed.", "They met at 9 a.m . | The talks failed ."},
    {"seg-1.9", "J. Smith won.", "J. Smith won ."},
    {"seg-1.10", "Acme Corp. said it grew.", "Acme Corp. said it grew ."},
    {"seg-1.11", "It was Acme Corp. The firm grew.", "It was Acme Corp . | The firm grew ."},
    {"seg-1.12", "Prices rose on Jan. 5. Sales fell.", "Prices rose on Jan. 5 . | Sales fell ."},
    {"seg-1.13", "Is it over? No.", "Is it over ? | No ."},
    {"seg-1.14", "Stop! Now.", "Stop ! | Now ."},
    {"seg-1.15", "the end... The next", "the end ... | The next"},
    {"seg-1.16", "wait... and see", "wait ... and see"},
    {"seg-1.17", "He won 2-1. Fans cheered.", "He won 2 - 1 . | Fans cheered ."},
    {"seg-1.18", "It ended. 2017 was bad.", "It ended . | 2017 was bad ."},
    {"seg-1.19", "It ended. then more", "It ended . then more"},
    {"seg-1.20", "No. 10 Downing St. is old.", "No. 10 Downing St. is old ."},
    {"seg-1.21", "The No. 2 official quit.", "The No. 2 official quit ."},
    {"seg-1.22", "He cited pp. 12 and 13.", "He cited pp. 12 and 13 ."},
    {"seg-1.23", "Mr. Smith went to Washington. He met Mrs. Jones.",
     "Mr. Smith went to Washington . | He met Mrs. Jones ."},
    {"seg-1.24", "He said no. But she agreed.", "He said no . | But she agreed ."},
    {"seg-1.25", "They sold 5 lbs. of rice.", "They sold 5 lbs. of rice ."},

    /* -- seg-2: quotations -- */
    {"seg-2.1", "\"We will win,\" he said.", "\" We will win , \" he said ."},
    {"seg-2.2", "\"We will win.\" He left.", "\" We will win . \" | He left ."},
    {"seg-2.3", "\"Why?\" he asked.", "\" Why ? \" he asked ."},
    {"seg-2.4", "\u201cIt ended,\u201d he added. \u201cNow we wait.\u201d",
     "\" It ended , \" he added . | \" Now we wait . \""},
    {"seg-2.5", "He said: \"Go.\" Then he left.", "He said : \" Go . \" | Then he left ."},
    {"seg-2.6", "(It failed.) Then it worked.", "( It failed . ) | Then it worked ."},
    {"seg-2.7", "\u2018No,\u2019 he said.", "' No , ' he said ."},
    /* a pair of single marks for a double quote, as word processors
     * leave them: one token (as UD EWT has it) that opens a quote, and
     * one that closes it after a word */
    {"seg-2.7b", "He left.) \u2018\u2019It rained,\u2019\u2019 he said.",
     "He left . ) | '' It rained , '' he said ."},
    {"seg-2.7c", "He left. \u2018\u2019it rained.", "He left . '' it rained ."},
    {"seg-2.7d", "He left. \u2019\u2019It rained.\u2019\u2019 Then",
     "He left . | '' It rained . '' | Then"},
    {"seg-2.7e", "the students\u2019 union", "the students ' union"},
    {"seg-2.8", "He called it an \u201cact of war.\u201d Others agreed.",
     "He called it an \" act of war . \" | Others agreed ."},
    {"seg-2.9", "\u201cFirst. Second,\u201d he said.", "\" First . | Second , \" he said ."},
    {"seg-2.10", "She said \"yes.\" and left", "She said \" yes . \" and left"},

    /* -- seg-3: headlines, line and paragraph breaks -- */
    {"seg-3.1", "Headline Here\n\nBody text starts.", "Headline Here || Body text starts ."},
    {"seg-3.2", "Chile Blames U.S. for Dispute\nSANTIAGO - Chile said.",
     "Chile Blames U.S. for Dispute | SANTIAGO - Chile said ."},
    {"seg-3.3", "The minister said that the\nPresident would come.",
     "The minister said that the President would come ."},
    {"seg-3.4", "A short line\nAnother line", "A short line | Another line"},
    {"seg-3.5", "First para.\n\nSecond para.", "First para . || Second para ."},
    {"seg-3.6", "One\r\n\r\nTwo", "One || Two"},
    {"seg-3.7", "Title\n \n\tBody", "Title || Body"},
    {"seg-3.8", "no period at end\n\nnext para", "no period at end || next para"},
    {"seg-3.9", "He said,\nThen", "He said , Then"},
    {"seg-3.10", "Paris (AFP) - France said.\n\nIt added.",
     "Paris ( AFP ) - France said . || It added ."},
    {"seg-3.11", "Lead in\u2029Next", "Lead in || Next"},
    {"seg-3.12", "1. First item\n2. Second item", "1. First item | 2. Second item"},
    {"seg-3.13", "The long line of wrapped prose goes on and on until\nMoscow said no.",
     "The long line of wrapped prose goes on and on until Moscow said no ."},
    {"seg-3.14", "One\r\nTwo", "One | Two"},

    /* -- seg-4: more sentence ends -- */
    {"seg-4.1", "It grew 3.5 percent.", "It grew 3.5 percent ."},
    {"seg-4.2", "Ellipsis \u2026 then", "Ellipsis ... then"},
    {"seg-4.3", "He said... Then left.", "He said ... | Then left ."},
    {"seg-4.4", "Really?! Yes.", "Really ?! | Yes ."},
    {"seg-4.5", "Done. [1] Next step.", "Done . [ 1 ] | Next step ."},
    {"seg-4.6", "Is it? (Maybe.) Yes.", "Is it ? | ( Maybe . ) | Yes ."},

    /* -- seg-5: news furniture without final punctuation -- */
    {"seg-5.1", "Thursday, May 7, 2015 On Tuesday, the cabinet met.",
     "Thursday , May 7 , 2015 | On Tuesday , the cabinet met ."},
    {"seg-5.2", "The new flag Image: Reuters.", "The new flag | Image : Reuters ."},
    {"seg-5.3", "On May 7, 2015 Google spoke.", "On May 7 , 2015 Google spoke ."},
    {"seg-5.4", "He saw the image: a map.", "He saw the image : a map ."},

    /* -- art: constructions of the example AFP-style article, in new words -- */
    {"art-1", "Chile Rejects Calls to Cut Ties with Peru, Blames U.S. for Dispute\n\nChile has rejected the calls.",
     "Chile Rejects Calls to Cut Ties with Peru , Blames U.S. for Dispute || Chile has rejected the calls ."},
    {"art-2", "Minister Ana Silva said the \"reckless\" plan was meant \"to hurt the talks\"\n\nThe talks resumed.",
     "Minister Ana Silva said the \" reckless \" plan was meant \" to hurt the talks \" || The talks resumed ."},
    {"art-3", "the regime\u2019s latest test", "the regime 's latest test"},
    {"art-4", "Minister Ana Silva \u201cpoured cold water on Lima\u2019s offer,\u201d according to a Reuters report.",
     "Minister Ana Silva \" poured cold water on Lima 's offer , \" according to a Reuters report ."},
    {"art-5", "\u201cWe have said this many times,\u201d Silva told reporters in Quito on Friday.",
     "\" We have said this many times , \" Silva told reporters in Quito on Friday ."},
    {"art-6", "\u201cIt is sad,\u201d he added, citing U.S.-Chilean naval drills as an example of \u201chostile acts.\u201d",
     "\" It is sad , \" he added , citing U.S. - Chilean naval drills as an example of \" hostile acts . \""},
    {"art-7", "It wants Kim Jong-un to stop.", "It wants Kim Jong - un to stop ."},
    {"art-8", "\u201cThe talks failed. We regret it. It is sad,\u201d he said.",
     "\" The talks failed . | We regret it . | It is sad , \" he said ."},
    {"art-9", "\u201cThey should say it plainly,\u201d said Silva.",
     "\" They should say it plainly , \" said Silva ."},
    {"art-10", "U.N. Ambassador Nikki Haley spoke.", "U.N. Ambassador Nikki Haley spoke ."},
    {"art-11", "missile technology\u2014and even if", "missile technology -- and even if"},
    {"art-12", "Haley said. \u201cWe are ready.\u201d", "Haley said . | \" We are ready . \""},
    {"art-13", "a self-proclaimed status", "a self - proclaimed status"},
    {"art-14", "\u201cI\u2019m sure that our envoys will go,\u201d he said.",
     "\" I 'm sure that our envoys will go , \" he said ."},
    {"art-15", "Please tell us if you're having trouble.",
     "Please tell us if you 're having trouble ."},
    {"art-16", "the 4 p.m. deadline", "the 4 p.m. deadline"},
    {"art-17", "End of story.\n\n\nPlease comment.", "End of story . || Please comment ."},
    {"art-18", "an \u201cact of aggression\u201d and urged", "an \" act of aggression \" and urged"},
    {"art-19", "Peru\u2019s stance during talks", "Peru 's stance during talks"},
    {"art-20", "it risks a \u201charsh retort\u201d from Chile at the United Nations",
     "it risks a \" harsh retort \" from Chile at the United Nations"},
    {"art-21", "\u201cWe will go on. It is hard,\u201d he said, adding that \u201cnothing changed.\u201d",
     "\" We will go on . | It is hard , \" he said , adding that \" nothing changed . \""},
    {"art-22", "the cessation of U.S.-Chilean drills, but there is no sign",
     "the cessation of U.S. - Chilean drills , but there is no sign"},
    {"art-23", "the deal; they merely complain", "the deal ; they merely complain"},
    {"art-24", "the sides only continue to fuel tensions, and this may hurt,\u201d he mused.",
     "the sides only continue to fuel tensions , and this may hurt , \" he mused ."},
};

/* ---- helpers ------------------------------------------------------------ */

static int analyze(struct dy_arena *a, const char *s, size_t n, struct dy_text_result *r)
{
    dy_arena_reset(a);
    return dy_text_analyze(a, s, n, NULL, 0, r);
}

/* Renders forms with " | " / " || " between sentences / paragraphs. */
static void render(const struct dy_text_result *r, struct dy_buf *b)
{
    size_t i, k;

    dy_buf_clear(b);
    for (i = 0; i < r->nsentences; i++) {
        const struct dyad_sentence *s = &r->sentences[i];
        if (i > 0)
            dy_buf_puts(b, s->paragraph != r->sentences[i - 1].paragraph ? " || " : " | ");
        for (k = 0; k < s->ntokens; k++) {
            if (k)
                dy_buf_putc(b, ' ');
            dy_buf_puts(b, r->tokens[s->first_token + k].form);
        }
    }
}

/* Separator bytes the cases use: ASCII whitespace and controls, and the
 * UTF-8 of NBSP, thin space, ZWSP, BOM, ideographic space, U+2029. */
static size_t space_len(const unsigned char *p, size_t left)
{
    if (p[0] <= 0x20 || p[0] == 0x7F)
        return 1;
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0)
        return 2;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x89 || p[2] == 0x8B || p[2] == 0xA9))
        return 3;
    if (left >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return 3;
    if (left >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80)
        return 3;
    return 0;
}

/* The invariants every analysis must hold. */
static void check_invariants(const char *id, const char *s, size_t n,
                             const struct dy_text_result *r, int strict_spaces)
{
    size_t i, pos = 0, tok_total = 0;

    for (i = 0; i < r->ntokens; i++) {
        const struct dyad_token *t = &r->tokens[i];
        T_CHECKF(t->span.start < t->span.end && t->span.end <= n, "%s: token %zu span", id, i);
        T_CHECKF(t->span.start >= pos, "%s: token %zu overlaps", id, i);
        T_CHECKF(t->form && strlen(t->form) == t->form_len, "%s: token %zu form", id, i);
        if (!(t->flags & DYAD_TOK_NORMALISED))
            T_CHECKF(t->form_len == t->span.end - t->span.start &&
                     memcmp(t->form, s + t->span.start, t->form_len) == 0,
                     "%s: token %zu form != raw", id, i);
        if (strict_spaces) {
            /* bytes between tokens are separators only: nothing lost */
            while (pos < t->span.start) {
                size_t k = space_len((const unsigned char *)s + pos, n - pos);
                T_CHECKF(k > 0, "%s: byte %zu (0x%02x) not in any token", id, pos,
                         (unsigned char)s[pos]);
                pos += k ? k : 1;
            }
        }
        pos = t->span.end;
        if (i + 1 < r->ntokens)
            T_CHECKF(!!(t->flags & DYAD_TOK_SPACE_AFTER) ==
                     (r->tokens[i + 1].span.start > t->span.end),
                     "%s: SPACE_AFTER of token %zu", id, i);
    }
    if (strict_spaces)
        while (pos < n) {
            size_t k = space_len((const unsigned char *)s + pos, n - pos);
            T_CHECKF(k > 0, "%s: trailing byte %zu not in any token", id, pos);
            pos += k ? k : 1;
        }
    for (i = 0; i < r->nsentences; i++) {
        const struct dyad_sentence *st = &r->sentences[i];
        T_CHECKF(st->first_token == tok_total, "%s: sentence %zu first token", id, i);
        T_CHECKF(st->ntokens > 0 && st->ntokens <= DY_TEXT_MAX_SENT_TOKENS, "%s: sentence %zu size", id, i);
        if (st->ntokens > 0 && st->first_token + st->ntokens <= r->ntokens) {
            T_CHECKF(r->tokens[st->first_token].flags & DYAD_TOK_SENT_START, "%s: SENT_START", id);
            T_CHECKF(st->span.start == r->tokens[st->first_token].span.start &&
                     st->span.end == r->tokens[st->first_token + st->ntokens - 1].span.end,
                     "%s: sentence %zu span", id, i);
        }
        if (i > 0)
            T_CHECK(st->paragraph >= r->sentences[i - 1].paragraph);
        tok_total += st->ntokens;
    }
    T_CHECKF(tok_total == r->ntokens, "%s: sentences cover %zu of %zu tokens", id, tok_total, r->ntokens);
}

/* ---- tests ----------------------------------------------------------- */

static void test_table(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_buf b = DY_BUF_INIT;
    size_t i;

    T_CHECK(DY_ARRAY_LEN(cases) >= 150);
    for (i = 0; i < DY_ARRAY_LEN(cases); i++) {
        struct dy_text_result r;
        const struct tcase *c = &cases[i];
        int rc = analyze(a, c->in, strlen(c->in), &r);
        T_CHECKF(rc == DYAD_OK, "%s: rc %d", c->id, rc);
        if (rc)
            continue;
        render(&r, &b);
        T_CHECKF(strcmp(b.data ? b.data : "", c->want) == 0, "%s:\n   got  [%s]\n   want [%s]",
                 c->id, b.data ? b.data : "", c->want);
        check_invariants(c->id, c->in, strlen(c->in), &r, 1);
    }
    dy_buf_release(&b);
    dy_arena_free(a);
}

/* Ids are unique, so a failure report names one case. */
static void test_ids_unique(void)
{
    size_t i, j;

    for (i = 0; i < DY_ARRAY_LEN(cases); i++)
        for (j = i + 1; j < DY_ARRAY_LEN(cases); j++)
            T_CHECKF(strcmp(cases[i].id, cases[j].id) != 0, "duplicate id %s", cases[i].id);
}

static void test_lists_sorted(void)
{
    T_CHECK(dy_text_lists_sorted());
    T_EQ_INT(dy_text_abbrev_kind("Sen.", 4), DY_ABBR_TITLE);
    T_EQ_INT(dy_text_abbrev_kind("Inc.", 4), DY_ABBR_OTHER);
    T_EQ_INT(dy_text_abbrev_kind("No.", 3), DY_ABBR_NUMPRE);
    T_EQ_INT(dy_text_abbrev_kind("Bob.", 4), DY_ABBR_NONE);
    T_CHECK(dy_text_is_hyphen_prefix("Non", 3));
    T_CHECK(!dy_text_is_hyphen_prefix("self", 4));
}

static void test_empty(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;

    T_EQ_INT(analyze(a, "", 0, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 0);
    T_EQ_INT(r.nsentences, 0);
    T_EQ_INT(analyze(a, NULL, 0, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 0);
    T_EQ_INT(analyze(a, " \n\t\r\n  \n", 8, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 0);
    T_EQ_INT(r.nsentences, 0);
    /* NBSP and BOM only: still nothing */
    T_EQ_INT(analyze(a, "\xC2\xA0\xEF\xBB\xBF", 5, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 0);
    T_EQ_INT(dy_text_analyze(a, NULL, 5, NULL, 0, &r), DYAD_EINVAL);
    T_EQ_INT(dy_text_analyze(NULL, "x", 1, NULL, 0, &r), DYAD_EINVAL);
    /* The length is checked before any byte is read. */
    T_EQ_INT(dy_text_analyze(a, "x", (size_t)UINT32_MAX + 1, NULL, 0, &r), DYAD_ETOOBIG);
    dy_arena_free(a);
}

static void test_invalid_utf8(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    /* overlong '/' (C0 AF), surrogate U+D800 (ED A0 80), F5 never valid,
     * a stray continuation byte, and a 3-byte sequence cut by the end. */
    static const char in[] = "a\xC0\xAF" "b \xED\xA0\x80 c\xF5 \x80x \xE2\x82";
    size_t n = sizeof(in) - 1;

    T_EQ_INT(analyze(a, in, n, &r), DYAD_OK);
    /* C0, AF, ED, A0, 80 are each maximal subparts of length 1 (C0 is
     * never a lead; ED A0 is invalid after ED); F5; 80; E2 82 is one. */
    T_EQ_INT(r.utf8_repaired, 8);
    T_EQ_INT(r.ntokens, 5);
    if (r.ntokens == 5) {
        T_EQ_STR(r.tokens[0].form, "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
        T_EQ_INT(r.tokens[0].span.start, 0);
        T_EQ_INT(r.tokens[0].span.end, 4);
        T_CHECK(r.tokens[0].flags & DYAD_TOK_NORMALISED);
        T_EQ_STR(r.tokens[1].form, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
        T_EQ_STR(r.tokens[2].form, "c\xEF\xBF\xBD");
        T_EQ_STR(r.tokens[3].form, "\xEF\xBF\xBDx");
        T_EQ_STR(r.tokens[4].form, "\xEF\xBF\xBD");
        T_EQ_INT(r.tokens[4].span.start, n - 2);
        T_EQ_INT(r.tokens[4].span.end, n);
    }
    check_invariants("invalid", in, n, &r, 0);
    /* A lone lead byte at the very end must not be read past. */
    {
        char *p = dy_malloc(1);
        p[0] = (char)0xF0;
        T_EQ_INT(analyze(a, p, 1, &r), DYAD_OK);
        T_EQ_INT(r.utf8_repaired, 1);
        T_EQ_INT(r.ntokens, 1);
        dy_free(p);
    }
    dy_arena_free(a);
}

static void test_utf8_decoder(void)
{
    uint32_t cp;
    int bad;
    const unsigned char e_acute[] = {0xC3, 0xA9};
    const unsigned char max[] = {0xF4, 0x8F, 0xBF, 0xBF};
    const unsigned char over[] = {0xF4, 0x90, 0x80, 0x80};
    const unsigned char ovl3[] = {0xE0, 0x80, 0xAF};

    T_EQ_INT(dy_utf8_next(e_acute, 2, 0, &cp, &bad), 2);
    T_EQ_INT(cp, 0xE9);
    T_EQ_INT(bad, 0);
    T_EQ_INT(dy_utf8_next(max, 4, 0, &cp, &bad), 4);
    T_EQ_INT(cp, 0x10FFFF);
    T_EQ_INT(dy_utf8_next(over, 4, 0, &cp, &bad), 1);
    T_EQ_INT(bad, 1);
    T_EQ_INT(cp, 0xFFFD);
    T_EQ_INT(dy_utf8_next(ovl3, 3, 0, &cp, &bad), 1);
    T_EQ_INT(bad, 1);
    T_EQ_INT(dy_utf8_next(e_acute, 1, 0, &cp, &bad), 1);   /* truncated */
    T_EQ_INT(bad, 1);
}

static void test_nul_crlf_bom(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    static const char nul[] = "One\0two.";
    static const char crlf[] = "\xEF\xBB\xBFTitle\r\n\r\nBody one.\r\nMore text here.\r\n";

    T_EQ_INT(analyze(a, nul, sizeof(nul) - 1, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 3);
    if (r.ntokens == 3) {
        T_EQ_STR(r.tokens[0].form, "One");
        T_CHECK(r.tokens[0].flags & DYAD_TOK_SPACE_AFTER);
        T_EQ_INT(r.tokens[1].span.start, 4);
    }
    T_EQ_INT(analyze(a, crlf, sizeof(crlf) - 1, &r), DYAD_OK);
    T_EQ_INT(r.nsentences, 3);
    T_EQ_INT(r.ntokens, 8);
    if (r.nsentences == 3 && r.ntokens == 8) {
        T_EQ_STR(r.tokens[0].form, "Title");
        T_EQ_INT(r.tokens[0].span.start, 3);
        T_EQ_INT(r.sentences[0].paragraph, 0);
        T_EQ_INT(r.sentences[1].paragraph, 1);
        T_EQ_INT(r.sentences[2].paragraph, 1);
        T_CHECK(r.tokens[1].flags & DYAD_TOK_PARA_START);
        T_CHECK(!(r.tokens[4].flags & DYAD_TOK_PARA_START));
        T_CHECK(r.tokens[4].flags & DYAD_TOK_SENT_START);
    }
    check_invariants("crlf", crlf, sizeof(crlf) - 1, &r, 1);
    dy_arena_free(a);
}

static void test_flags_and_spans(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    const char *s = "He said \u201cno.\u201d\n\nThey left.";
    size_t i;

    T_EQ_INT(analyze(a, s, strlen(s), &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 9);
    T_EQ_INT(r.nsentences, 2);
    if (r.ntokens == 9) {
        /* He said " no . " || They left . */
        T_EQ_INT(r.tokens[0].flags, DYAD_TOK_SPACE_AFTER | DYAD_TOK_SENT_START | DYAD_TOK_PARA_START);
        T_EQ_INT(r.tokens[2].flags, DYAD_TOK_NORMALISED);
        T_EQ_INT(r.tokens[2].span.start, 8);
        T_EQ_INT(r.tokens[2].span.end, 11);
        T_EQ_INT(r.tokens[3].flags, 0);
        T_EQ_INT(r.tokens[5].flags, DYAD_TOK_NORMALISED | DYAD_TOK_SPACE_AFTER);
        T_EQ_INT(r.tokens[6].flags, DYAD_TOK_SPACE_AFTER | DYAD_TOK_SENT_START | DYAD_TOK_PARA_START);
        T_EQ_INT(r.tokens[8].flags, 0);
        T_EQ_INT(r.sentences[1].paragraph, 1);
        T_EQ_INT(r.sentences[0].span.start, 0);
        T_EQ_INT(r.sentences[0].span.end, 17);
    }
    /* span round trip: raw bytes equal form wherever not normalised */
    for (i = 0; i < r.ntokens; i++)
        if (!(r.tokens[i].flags & DYAD_TOK_NORMALISED))
            T_CHECK(strncmp(s + r.tokens[i].span.start, r.tokens[i].form, r.tokens[i].form_len) == 0);
    dy_arena_free(a);
}

static void test_skip_ranges(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    const char *s = "The talks went on\nFollow us on Twitter\nand ended.";
    /* skip the middle line (bytes 18..38, without its newline) */
    struct dyad_span sk[1] = {{18, 38}};
    struct dyad_span bad[3] = {{40, 30}, {45, 1000}, {0, 2}};

    T_EQ_INT(dy_text_analyze(a, s, strlen(s), sk, 1, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 7);
    T_EQ_INT(r.nsentences, 2);
    if (r.nsentences == 2) {
        T_EQ_INT(r.sentences[0].ntokens, 4);
        T_EQ_INT(r.sentences[1].paragraph, 1);   /* a skip range is a paragraph break */
        T_EQ_INT(r.tokens[4].span.start, 39);
        T_CHECK(r.tokens[4].flags & DYAD_TOK_PARA_START);
    }
    /* nonsense ranges never crash: reversed, past the end, out of order */
    T_EQ_INT(dy_text_analyze(a, s, strlen(s), bad, 3, &r), DYAD_OK);
    check_invariants("skip-bad", s, strlen(s), &r, 0);
    dy_arena_free(a);
}

static void test_long_line(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    size_t n = (size_t)1 << 20, i;
    char *s = dy_malloc(n);

    /* 1 MiB of "word " without a newline or final punctuation */
    for (i = 0; i < n; i++)
        s[i] = "word "[i % 5];
    T_EQ_INT(analyze(a, s, n, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, (n + 4) / 5);
    /* one paragraph, cut into sentences of DY_TEXT_MAX_SENT_TOKENS */
    T_EQ_INT(r.nsentences, (r.ntokens + DY_TEXT_MAX_SENT_TOKENS - 1) / DY_TEXT_MAX_SENT_TOKENS);
    T_EQ_INT(r.sentences[0].ntokens, DY_TEXT_MAX_SENT_TOKENS);
    T_EQ_INT(r.sentences[r.nsentences - 1].paragraph, 0);
    check_invariants("long-line", s, n, &r, 1);

    /* 1 MiB with no space at all: tokens of at most 1024 bytes */
    memset(s, 'x', n);
    T_EQ_INT(analyze(a, s, n, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, n / DY_TEXT_MAX_TOKEN_BYTES);
    T_EQ_INT(r.tokens[0].form_len, DY_TEXT_MAX_TOKEN_BYTES);
    T_CHECK(!(r.tokens[0].flags & DYAD_TOK_SPACE_AFTER));
    check_invariants("no-space", s, n, &r, 1);
    dy_free(s);
    dy_arena_free(a);
}

static void test_long_token_utf8(void)
{
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    size_t n = 3 * 1000, i;
    char *s = dy_malloc(n);

    /* 1000 x "é" (2 bytes) + 1000 x "a": cut only at character bounds */
    for (i = 0; i < 1000; i++) {
        s[2 * i] = (char)0xC3;
        s[2 * i + 1] = (char)0xA9;
        s[2000 + i] = 'a';
    }
    T_EQ_INT(analyze(a, s, n, &r), DYAD_OK);
    T_EQ_INT(r.ntokens, 3);
    T_EQ_INT(r.tokens[0].span.end, 1024);
    T_EQ_INT(r.tokens[1].span.end, 2048);
    T_EQ_INT(r.utf8_repaired, 0);
    check_invariants("long-utf8", s, n, &r, 1);
    dy_free(s);
    dy_arena_free(a);
}

static void test_norm_string(void)
{
    struct dy_buf b = DY_BUF_INIT;

    T_EQ_INT(dy_norm_string("\u201cHi\u201d", strlen("\u201cHi\u201d"), &b), DYAD_OK);
    T_EQ_STR(b.data, "\"Hi\"");
    dy_buf_clear(&b);
    T_EQ_INT(dy_norm_string("n\u2019t", strlen("n\u2019t"), &b), DYAD_OK);
    T_EQ_STR(b.data, "n't");
    dy_buf_clear(&b);
    T_EQ_INT(dy_norm_string("\u2014", 3, &b), DYAD_OK);
    T_EQ_STR(b.data, "--");
    dy_buf_release(&b);
}

/* Reads the real article and checks facts counted by hand in the file:
 * 23 paragraphs (one line each, blank lines between); sentences per
 * paragraph for the first seven are 1,1,2,1,1,3,2. */
static void test_article(void)
{
    char path[512];
    FILE *f;
    struct dy_buf text = DY_BUF_INIT;
    struct dy_arena *a = dy_arena_new(0);
    struct dy_text_result r;
    char chunk[4096];
    size_t n, i;
    static const unsigned want[7] = {1, 1, 2, 1, 1, 3, 2};
    unsigned per[32] = {0};
    int found_jong = 0, found_us_south = 0, found_dash = 0, found_poss = 0;

    dy_snprintf(path, sizeof(path), "%s/examples/000_e0bd6af364f49ac1.txt", t_shared_dir());
    f = fopen(path, "rb");
    T_CHECKF(f != NULL, "cannot open %s", path);
    if (!f) {
        dy_arena_free(a);
        return;
    }
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        dy_buf_append(&text, chunk, n);
    fclose(f);
    T_EQ_INT(analyze(a, text.data, text.len, &r), DYAD_OK);
    check_invariants("article", text.data, text.len, &r, 1);
    T_CHECK(r.nsentences > 0);
    T_EQ_INT(r.sentences[r.nsentences - 1].paragraph, 22);
    for (i = 0; i < r.nsentences; i++)
        if (r.sentences[i].paragraph < 32)
            per[r.sentences[i].paragraph]++;
    for (i = 0; i < 7; i++)
        T_CHECKF(per[i] == want[i], "paragraph %zu: %u sentences, want %u", i, per[i], want[i]);
    /* the boilerplate-like last line is one sentence of its own */
    T_EQ_INT(per[22], 1);
    T_EQ_INT(r.utf8_repaired, 0);
    for (i = 0; i + 2 < r.ntokens; i++) {
        const struct dyad_token *t = r.tokens;
        if (strcmp(t[i].form, "Jong") == 0 && strcmp(t[i + 1].form, "-") == 0 &&
            strcmp(t[i + 2].form, "un") == 0)
            found_jong = 1;
        if (strcmp(t[i].form, "U.S.") == 0 && strcmp(t[i + 1].form, "-") == 0 &&
            strcmp(t[i + 2].form, "South") == 0)
            found_us_south = 1;
        if (strcmp(t[i].form, "technology") == 0 && strcmp(t[i + 1].form, "--") == 0)
            found_dash = 1;
        if (strcmp(t[i].form, "dictatorship") == 0 && strcmp(t[i + 1].form, "'s") == 0 &&
            (t[i + 1].flags & DYAD_TOK_NORMALISED))
            found_poss = 1;
    }
    T_CHECK(found_jong);
    T_CHECK(found_us_south);
    T_CHECK(found_dash);
    T_CHECK(found_poss);
    /* sentence 0 is the headline: ends at "Tensions", 14 tokens */
    T_EQ_INT(r.sentences[0].ntokens, 14);
    dy_buf_release(&text);
    dy_arena_free(a);
}

/* Seeded pseudo-random documents built from tricky pieces (quotes,
 * abbreviations, invalid bytes, NUL, CRLF, long runs) must keep every
 * invariant: nothing lost, spans ordered, sentences cover all tokens. */
static void test_random_invariants(void)
{
    static const char *const pieces[] = {
        "a", "Bo", ".", "\"", "'", "-", "(", ")", " ", "\n", "\r\n", "U.S.", "Mr.",
        "\u2019", "\u201c", "\u201d", "\u2014", "\u2026", "\u00a0", "1", ",", "$", "%",
        "@", "#", "/", ":", "?", "!", "n't", "'s", "\xff", "\xe2\x82", "e\u0301", "*",
        "[", "]", "--", "...", "http://x.org/", "\xef\xbb\xbf", "\t", "\n\n", "No.",
    };
    struct dy_arena *a = dy_arena_new(0);
    struct dy_buf b = DY_BUF_INIT;
    uint32_t seed = 12345;
    int doc;

    for (doc = 0; doc < 300; doc++) {
        struct dy_text_result r;
        int k, n = 1 + doc * 7;
        char id[32];

        dy_buf_clear(&b);
        for (k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            dy_buf_puts(&b, pieces[(seed >> 16) % DY_ARRAY_LEN(pieces)]);
        }
        if (doc % 50 == 0)
            dy_buf_append(&b, "\0x\0", 3);
        T_EQ_INT(analyze(a, b.data, b.len, &r), DYAD_OK);
        dy_snprintf(id, sizeof(id), "random-%d", doc);
        /* random docs contain invalid bytes: check the structure only */
        check_invariants(id, b.data, b.len, &r, 0);
    }
    dy_buf_release(&b);
    dy_arena_free(a);
}

int main(int argc, char **argv)
{
    T_BEGIN(argc, argv);
    T_RUN(test_table);
    T_RUN(test_ids_unique);
    T_RUN(test_lists_sorted);
    T_RUN(test_empty);
    T_RUN(test_invalid_utf8);
    T_RUN(test_utf8_decoder);
    T_RUN(test_nul_crlf_bom);
    T_RUN(test_flags_and_spans);
    T_RUN(test_skip_ranges);
    T_RUN(test_long_line);
    T_RUN(test_long_token_utf8);
    T_RUN(test_norm_string);
    T_RUN(test_article);
    T_RUN(test_random_invariants);
    T_END();
}
