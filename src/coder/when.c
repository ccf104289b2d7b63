/*
 * when.c - module coder: modality and dates.
 *
 * CAMEO does not code what has not happened as if it had.  Its manual
 * (1.1b3, section 2.3, code 030) says cooperative actions reported in
 * the future tense imply intentions and are coded under 03 "Express
 * intent to cooperate"; section 2.13 (code 130) says conflictual
 * behaviour forecast in the future tense is a threat ("will attack" is
 * "threaten to attack").  dy_coder_modal_code is that rule as a table.
 * Dates: the document date, moved by a relative expression ("on
 * Thursday", "yesterday", "last week") with civil-calendar arithmetic.
 */
#include <string.h>

#include "coder/coder.h"

struct modal_row {
    const char *from;  /* code prefix: the longest matching row wins */
    const char *to;
};

/* Future / intent: cooperative action -> 03x. */
static const struct modal_row intent_rows[] = {
    {"04", "036"}, {"045", "039"}, {"046", "036"},
    {"05", "032"},
    {"06", "031"}, {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"},
    {"07", "033"}, {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
    {"08", "035"}, {"081", "0351"}, {"082", "0352"}, {"083", "034"}, {"0831", "0341"},
    {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"084", "0353"}, {"085", "0354"},
    {"086", "0355"}, {"087", "0356"},
};

/* Future / threat: coercive action -> 13x. */
static const struct modal_row threat_rows[] = {
    {"14", "133"},
    {"15", "138"},
    {"16", "131"}, {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "1313"},
    {"165", "134"}, {"166", "136"},
    {"17", "137"}, {"172", "132"},
    {"18", "1383"},
    {"19", "1384"}, {"190", "138"},
    {"20", "1385"},
};

static const char *lookup(const struct modal_row *rows, size_t n, const char *code)
{
    const char *best = NULL;
    size_t bestlen = 0;

    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(rows[i].from);
        if (len > bestlen && strncmp(code, rows[i].from, len) == 0) {
            best = rows[i].to;
            bestlen = len;
        }
    }
    return best;
}

const char *dy_coder_modal_code(const char *code, enum dy_coder_mode mode)
{
    const char *to;

    if (!code || strlen(code) < 2 || mode == DY_CODER_ASSERTED)
        return code;
    to = lookup(intent_rows, DY_ARRAY_LEN(intent_rows), code);
    if (to)
        return mode == DY_CODER_THREAT ? "130" : to;
    to = lookup(threat_rows, DY_ARRAY_LEN(threat_rows), code);
    if (to)
        return to;
    /* Threatening a verbal act ("threatens to criticise"): a threat
     * nonetheless.  Future verbal acts stay what they are. */
    if (mode == DY_CODER_THREAT && strncmp(code, "13", 2) != 0 && strncmp(code, "01", 2) != 0)
        return "130";
    return code;
}

/* ---- statement rules: demands, appeals, refusals ------------------------ */

/* An intent code's family (03x, as dy_coder_modal_code gives it) read as
 * a refusal: the 12x code CAMEO 1.1b3 lists for refusing that kind of
 * cooperation (031 -> 121 "reject material cooperation", 036 -> 125
 * "refuse to meet, discuss, or negotiate", 035x -> 124x "refuse to
 * yield", ...).  Families with no refusal of their own (030, 032, 039)
 * are 120. */
static const struct modal_row refusal_rows[] = {
    {"03", "120"}, {"031", "121"}, {"033", "122"}, {"034", "123"}, {"035", "124"},
    {"036", "125"}, {"037", "127"}, {"038", "126"},
};

const char *dy_coder_statement_code(const char *code, enum dy_coder_stmt kind, char out[5])
{
    const char *intent, *to;
    size_t n;

    if (kind == DY_CODER_STMT_NONE)
        return code;
    intent = code && strlen(code) >= 3 ? code : NULL;
    if (intent && strncmp(intent, "03", 2) != 0)
        intent = lookup(intent_rows, DY_ARRAY_LEN(intent_rows), intent);
    if (kind == DY_CODER_STMT_REFUSAL) {
        if (!intent)
            return NULL; /* only cooperation is refused */
        to = lookup(refusal_rows, DY_ARRAY_LEN(refusal_rows), intent);
        if (!to)
            return NULL; /* an intent outside 03x: nothing to refuse */
        n = strlen(intent);
        if (strcmp(to, "120") == 0 || n < 4)
            return to;
        /* 4-digit forms follow the same order: 0311 -> 1211, 0356 -> 1246 */
        memcpy(out, to, 3);
        out[3] = intent[3];
        out[4] = '\0';
        return out;
    }
    /* Demands (10x) and appeals (02x) list the same families as intents
     * (03x): 031x -> 101x / 021x, ..., 037 -> 107 / 027; both 038
     * (accept mediation) and 039 (mediate) are 108 / 028. */
    if (!intent || strcmp(intent, "030") == 0)
        return kind == DY_CODER_STMT_DEMAND ? "100" : "020";
    n = strlen(intent);
    out[0] = kind == DY_CODER_STMT_DEMAND ? '1' : '0';
    out[1] = kind == DY_CODER_STMT_DEMAND ? '0' : '2';
    out[2] = intent[2] == '9' ? '8' : intent[2];
    out[3] = n >= 4 ? intent[3] : '\0';
    out[4] = '\0';
    return out;
}

/* ---- dates ------------------------------------------------------------ */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant). */
static long days_from_civil(long y, long m, long d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, long *m, long *d)
{
    long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, size_t n, long *out)
{
    long v = 0;

    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

/* "2017-09-05", "2017-09-05T10:00Z" or "20170905" -> days. */
static int parse_date(const char *s, long *days)
{
    long y, m, d;

    if (!s)
        return 0;
    if (strlen(s) >= 10 && s[4] == '-' && s[7] == '-') {
        if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
            return 0;
    } else if (strlen(s) == 8) {
        if (!digits(s, 4, &y) || !digits(s + 4, 2, &m) || !digits(s + 6, 2, &d))
            return 0;
    } else {
        return 0;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000)
        return 0;
    *days = days_from_civil(y, m, d);
    return 1;
}

static const char *const weekdays[7] = {"thursday", "friday", "saturday", "sunday",
                                        "monday", "tuesday", "wednesday"}; /* 1970-01-01 = Thu */

int dy_coder_resolve_date(const char *date, const char *const *words, size_t n, int future,
                          char *out)
{
    long days, y, m, d, delta = 0;
    int found = 0;

    if (!parse_date(date, &days) || n == 0)
        return 0;
    for (size_t i = 0; i < n && !found; i++) {
        const char *w = words[i];
        if (!w)
            continue;
        for (int k = 0; k < 7; k++) {
            if (strcmp(w, weekdays[k]) == 0) {
                long today = ((days % 7) + 7) % 7;
                int said_next = i > 0 && words[i - 1] && strcmp(words[i - 1], "next") == 0;
                delta = future || said_next ? ((k - today) % 7 + 7) % 7
                                            : -(((today - k) % 7 + 7) % 7);
                if (said_next && delta == 0)
                    delta = 7;   /* "next Monday" said on a Monday */
                found = 1;
            }
        }
        if (strcmp(w, "yesterday") == 0) {
            delta = -1;
            found = 1;
        } else if (strcmp(w, "today") == 0 || strcmp(w, "tonight") == 0) {
            found = 1;
        } else if (strcmp(w, "tomorrow") == 0) {
            delta = 1;
            found = 1;
        } else if ((strcmp(w, "last") == 0 || strcmp(w, "next") == 0) && i + 1 < n &&
                   words[i + 1]) {
            /* "last week" seven days back, "next week" seven on */
            static const struct {
                const char *unit;
                long days;
            } periods[] = {{"week", 7}, {"month", 30}, {"year", 365}};
            long sign = strcmp(w, "last") == 0 ? -1 : 1;
            for (size_t p = 0; p < DY_ARRAY_LEN(periods); p++)
                if (strcmp(words[i + 1], periods[p].unit) == 0)
                    delta = sign * periods[p].days, found = 1;
            if (sign < 0 && strcmp(words[i + 1], "night") == 0)
                delta = -1, found = 1;
        }
    }
    if (!found)
        return 0;
    civil_from_days(days + delta, &y, &m, &d);
    dy_snprintf(out, 11, "%04ld-%02ld-%02ld", y, m, d);
    return 1;
}
