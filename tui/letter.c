/*
 * tui/letter.c — the thank-you letter as an RTL HTML page (see letter.h).
 *
 * Built in a growing buffer; the Persian wording comes from the catalog in
 * Persian (loc_gettext_lang "fa") so translators keep it with the other
 * messages while the letter stays Persian under --lang en.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/record.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/strbuf.h"
#include "locale/words.h"
#include "tui/cli.h"
#include "tui/html.h"
#include "tui/letter.h"

static const char *
fa(const char *msgid)
{
	return loc_gettext_lang("fa", msgid);
}

/* A text from the database (a name, a title, a place) escaped, its digits
 * Persian as the letter's dates are: stored text holds ASCII ones, and
 * «تالار ۲۲ بهمن» beside «۵ اسفند ۱۴۰۳» read «تالار 22 بهمن» before.  The
 * digits of a Latin word or code stay as written, as on the screens
 * («دوربین 4MP», not «۴MP»; «TBZ-HQ-01», not «TBZ-HQ-۰۱»):
 * loc_digits_to_fa_text. */
/* A run with no space of more than this many characters is no word a
 * line holds whole (a title typed with ZWNJs for its spaces, a long
 * code): see escape_runs. */
#define LETTER_LONG_RUN 24

/* Appends s escaped, a run of it longer than LETTER_LONG_RUN allowed to
 * break after each of its ZWNJs (<wbr>), where its parts' letters do not
 * join anyway: a long title then wraps at its parts rather than between
 * two letters.  A shorter run, a word, is never broken there («می‌شود»
 * stays whole); what still does not fit is broken by the page's
 * overflow-wrap, so nothing runs past the page or is cut. */
static void
escape_runs(struct loc_strbuf *b, const char *s)
{
	static const char zwnj[] = "\xE2\x80\x8C";

	while (*s) {
		const char *e = s, *q;
		size_t chars = 0;

		while (*e && *e != ' ') {
			if (((unsigned char)*e & 0xC0) != 0x80)
				chars++;
			e++;
		}
		while (s < e) {
			char *piece;

			q = e;
			if (chars > LETTER_LONG_RUN) {
				const char *z = strstr(s, zwnj);

				if (z != NULL && z < e)
					q = z + sizeof zwnj - 1;
			}
			if ((piece = strndup(s, (size_t)(q - s))) == NULL) {
				b->failed = 1;
				return;
			}
			tui_html_escape(b, piece);
			free(piece);
			if (q < e)
				loc_strbuf_str(b, "<wbr>");
			s = q;
		}
		for (; *s == ' '; s++)
			loc_strbuf_str(b, " ");
	}
}

static void
escape_fa(struct loc_strbuf *b, const char *s)
{
	char *p = loc_digits_to_fa_text(s);

	escape_runs(b, p ? p : s);
	free(p);
}

/* The same without <wbr>, for the page's <title>, where a tag is text. */
static void
escape_fa_plain(struct loc_strbuf *b, const char *s)
{
	char *p = loc_digits_to_fa_text(s);

	tui_html_escape(b, p ? p : s);
	free(p);
}

/* ---- what the donor gave ---- */

void
tui_letter_items_free(struct tui_letter_item *items, size_t n)
{
	size_t i;

	for (i = 0; items != NULL && i < n; i++) {
		free(items[i].title);
		free(items[i].in_kind);
	}
	free(items);
}

/* money received first, the largest first; then amounts pledged and not
 * yet paid; then the rest (hours, in kind), the most hours first */
static int
item_cmp(const void *va, const void *vb)
{
	const struct tui_letter_item *a = va, *b = vb;

	if (a->received != b->received)
		return a->received > b->received ? -1 : 1;
	if (a->has_amount != b->has_amount)
		return a->has_amount ? -1 : 1;
	if (a->pledged != b->pledged)
		return a->pledged > b->pledged ? -1 : 1;
	if (a->hours != b->hours)
		return a->hours > b->hours ? -1 : 1;
	return strcmp(a->title, b->title);	/* the same letter each time */
}

/* store_pledge_paid of pledge pid, but a payment its index names that is
 * not there (the sum said short, store_sum_short) is STORE_ECORRUPT, not
 * a sum short of it: a letter does not thank a donor for less than he
 * paid. */
static int
paid_whole(struct store_txn *t, const char *pid, int64_t *paid)
{
	int rc = store_pledge_paid(t, pid, NULL, paid);

	return rc == 0 && store_sum_short(t) ? STORE_ECORRUPT : rc;
}

int
tui_letter_items_load(struct store_txn *t, const char *donor,
    struct tui_letter_item **items, size_t *n)
{
	struct tui_letter_item *v = NULL, *it;
	struct store_iter *iter;
	char pid[CORE_ID_MAX];
	size_t cap = 0, k = 0;
	int rc;

	*items = NULL;
	*n = 0;
	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_DONOR, donor, &iter)) != 0)
		return rc;
	while ((rc = store_iter_next(iter, pid)) == 0) {
		struct core_record *p, *need;
		struct store_meta m;
		const char *nid;

		/* a pledge the donor's index names that is not there: the
		 * database damaged, and a letter without it would thank him
		 * for less than he gave (not written: STORE_ECORRUPT) */
		if ((rc = store_get(t, CORE_PLEDGE, pid, &p, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				rc = STORE_ECORRUPT;
			break;
		}
		/* what store_donor_live_pledge counts: a cancelled or a
		 * deactivated pledge is not thanked for */
		if (m.deleted || !p->v[CORE_PLEDGE_TYPE].set ||
		    (p->v[CORE_PLEDGE_STATUS].set &&
		    p->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED)) {
			core_record_free(p);
			continue;
		}
		if (k == cap) {
			struct tui_letter_item *nv;

			cap = cap ? cap * 2 : 8;
			if ((nv = realloc(v, cap * sizeof *v)) == NULL) {
				core_record_free(p);
				rc = STORE_ENOMEM;
				break;
			}
			v = nv;
		}
		it = &v[k];
		memset(it, 0, sizeof *it);
		it->type = (int)p->v[CORE_PLEDGE_TYPE].num;
		it->has_amount = store_pledge_counts(p, &m) && p->v[CORE_PLEDGE_AMOUNT].set;
		it->pledged = store_pledge_share(p, &m);
		it->hours = p->v[CORE_PLEDGE_HOURS].set ? p->v[CORE_PLEDGE_HOURS].num : 0;
		it->in_kind = strdup(core_record_text(p, CORE_PLEDGE_IN_KIND));
		nid = core_record_text(p, CORE_PLEDGE_NEED);
		if (*nid && (rc = store_get(t, CORE_NEED, nid, &need, NULL)) == 0) {
			it->title = strdup(core_record_text(need, CORE_NEED_TITLE));
			core_record_free(need);
		} else {
			it->title = strdup("");
		}
		k++;
		if (*nid && rc != 0) {	/* his pledge's need not there: as above */
			core_record_free(p);
			if (rc == STORE_ENOTFOUND)
				rc = STORE_ECORRUPT;
			break;
		}
		if (it->title == NULL || it->in_kind == NULL) {
			core_record_free(p);
			rc = STORE_ENOMEM;
			break;
		}
		if (it->has_amount && (rc = paid_whole(t, pid, &it->received)) != 0) {
			core_record_free(p);
			break;
		}
		/* the day of its first payment, for "from ... to this day" */
		if (it->received > 0 &&
		    (rc = store_pledge_first_paid(t, pid, &it->has_first, &it->first_paid)) != 0) {
			core_record_free(p);
			break;
		}
		core_record_free(p);
	}
	store_iter_free(iter);
	if (rc != STORE_ENOTFOUND && rc != 0) {
		tui_letter_items_free(v, k);
		return rc;
	}
	if (k > 1)
		qsort(v, k, sizeof *v, item_cmp);
	*items = v;
	*n = k;
	return 0;
}

/* An amount in the letter: Persian digits grouped with U+066C and the
 * unit word, in rials or (toman set) toman, as the screens write it. */
static void
money_digits(struct loc_strbuf *b, int64_t rials, int toman)
{
	char num[64];

	loc_money_format(rials, toman, LOC_FMT_GROUP | LOC_FMT_FA_DIGITS, num, sizeof num);
	tui_html_escape(b, num);
	loc_strbuf_str(b, " ");
	tui_html_escape(b, fa(toman ? N_("toman") : N_("rials")));
}

/* The same amount in words with its unit, «پنجاه میلیون ریال»: in toman
 * when it is whole toman, else (15 rials, ۱٫۵ toman) in rials, which
 * words say exactly. */
static void
money_words(struct loc_strbuf *b, int64_t rials, int toman)
{
	char w[1024];

	toman = toman && rials % 10 == 0;
	loc_words_fa(toman ? rials / 10 : rials, w, sizeof w);
	tui_html_escape(b, w);
	loc_strbuf_str(b, " ");
	tui_html_escape(b, fa(toman ? N_("toman") : N_("rials")));
}

/* An amount as a formal letter states it in its text: its digits, then
 * its words in brackets, «۵۰٬۰۰۰٬۰۰۰ ریال (پنجاه میلیون ریال)».  The
 * table's cells are figures and keep their digits alone: words under
 * each made every row two lines and the letter of five rows two pages. */
static void
money_stated(struct loc_strbuf *b, int64_t rials, int toman)
{
	/* the figure with its unit, and a date, kept on one line; the
	 * words wrap at their words as the line needs */
	loc_strbuf_str(b, "<span style=\"white-space:nowrap;\">");
	money_digits(b, rials, toman);
	loc_strbuf_str(b, "</span> <span class=\"words\">(");
	money_words(b, rials, toman);
	loc_strbuf_str(b, ")</span>");
}

/* A day as the letter writes it in its text: «۵ اسفند ۱۴۰۲». */
static void
long_date(struct loc_strbuf *b, int32_t day)
{
	char num[16], *p;
	const char *mn;
	int y = 0, m = 0, d = 0;

	loc_day_to_jalali(day, &y, &m, &d);
	snprintf(num, sizeof num, "%d", d);
	p = loc_digits_to_fa(num);
	tui_html_escape(b, p ? p : num);
	free(p);
	loc_strbuf_str(b, " ");
	mn = loc_jalali_month_name(m, 0);
	tui_html_escape(b, mn ? mn : "");
	loc_strbuf_str(b, " ");
	snprintf(num, sizeof num, "%d", y);
	p = loc_digits_to_fa(num);
	tui_html_escape(b, p ? p : num);
	free(p);
}

/* A number in Persian digits, not grouped (a count, hours). */
static void
number(struct loc_strbuf *b, int64_t v)
{
	char num[64];

	loc_amount_format(v, LOC_FMT_FA_DIGITS, num, sizeof num);
	tui_html_escape(b, num);
}

#define CELL "<td style=\"border:1px solid #b9a66a;padding:1px 6px;\">"
/* a need's title or a thing given in kind: wrapped at its words, and a
 * word wider than the column broken rather than pushing the table past
 * the page (anywhere, not break-word: the table's columns are sized by
 * it) */
#define CELL_TEXT "<td style=\"border:1px solid #b9a66a;padding:1px 6px;" \
	"word-wrap:break-word;overflow-wrap:anywhere;\">"
/* an amount is not broken over two lines */
#define CELL_AMOUNT "<td style=\"border:1px solid #b9a66a;padding:1px 6px;white-space:nowrap;\">"

/* The table of what the donor gave: the need, the participation type,
 * how much (the money received, or pledged when none is yet, the hours,
 * the thing given in kind), at most TUI_LETTER_ITEMS_MAX rows and a row
 * "and N more"; the money received in all under it, all his payments
 * to the day the letter is written (the table's are all of them too),
 * which the line says, from the day of the first of them: not the
 * period the "by giving" list counts. */
static void
contributions(struct loc_strbuf *b, const struct tui_letter *l)
{
	const struct core_schema *s = core_schema_get(CORE_PLEDGE);
	int64_t total = 0;
	int32_t first = 0;
	int has_first = 0;
	size_t i;

	if (l->items == NULL || l->nitems == 0)
		return;
	for (i = 0; i < l->nitems; i++) {
		const struct tui_letter_item *it = &l->items[i];

		total += it->received;
		if (it->received > 0 && it->has_first && (!has_first || it->first_paid < first)) {
			first = it->first_paid;
			has_first = 1;
		}
	}
	loc_strbuf_str(b, "<div style=\"font-size:17px;text-align:right;margin:10px 0 2px 0;\">");
	tui_html_escape(b, fa(N_("Contributions thanked for:")));
	loc_strbuf_str(b, "</div>\n<table id=\"gifts\" style=\"width:100%;border-collapse:collapse;"
	    "font-size:15px;line-height:1.5;text-align:right;\">\n<tr>");
	loc_strbuf_str(b, CELL "<b>");
	tui_html_escape(b, fa(N_("Need")));
	loc_strbuf_str(b, "</b></td>" CELL "<b>");
	tui_html_escape(b, fa(N_("Participation type")));
	loc_strbuf_str(b, "</b></td>" CELL "<b>");
	tui_html_escape(b, fa(N_("Amount given")));
	loc_strbuf_str(b, "</b></td></tr>\n");
	for (i = 0; i < l->nitems && i < TUI_LETTER_ITEMS_MAX; i++) {
		const struct tui_letter_item *it = &l->items[i];
		const char *type = core_choice_label(&s->fields[CORE_PLEDGE_TYPE], it->type);
		int kind, measure;

		loc_strbuf_str(b, "<tr>" CELL_TEXT);
		if (it->title != NULL && *it->title)
			escape_fa(b, it->title);
		else
			loc_strbuf_str(b, "—");
		loc_strbuf_str(b, "</td>" CELL);
		tui_html_escape(b, type != NULL ? fa(type) : "—");
		/* a thing given in kind is text, wrapped as the title is; an
		 * amount or hours are not broken.  A pledge with both (a
		 * motorcycle given, valued in rials) is thanked for both: the
		 * amount, then the thing, in one cell that wraps. */
		kind = it->in_kind != NULL && *it->in_kind;
		measure = it->received > 0 || it->has_amount || it->hours > 0;
		loc_strbuf_str(b, "</td>");
		loc_strbuf_str(b, kind ? CELL_TEXT : CELL_AMOUNT);
		if (measure && kind)
			loc_strbuf_str(b, "<span style=\"white-space:nowrap;\">");
		if (it->received > 0) {
			money_digits(b, it->received, l->toman);
		} else if (it->has_amount) {
			tui_html_escape(b, fa(N_("pledged:")));
			loc_strbuf_str(b, " ");
			money_digits(b, it->pledged, l->toman);
		} else if (it->hours > 0) {
			number(b, it->hours);
			loc_strbuf_str(b, " ");
			tui_html_escape(b, fa(N_("hours")));
		}
		if (measure && kind)
			loc_strbuf_str(b, "</span><br>");
		if (kind)
			escape_fa(b, it->in_kind);
		else if (!measure)
			loc_strbuf_str(b, "—");
		loc_strbuf_str(b, "</td></tr>\n");
	}
	if (l->nitems > TUI_LETTER_ITEMS_MAX) {
		char more[160], cnt[32], *p;

		snprintf(cnt, sizeof cnt, "%zu", l->nitems - TUI_LETTER_ITEMS_MAX);
		p = loc_digits_to_fa(cnt);
		snprintf(more, sizeof more, fa(N_("and %s more")), p ? p : cnt);
		free(p);
		loc_strbuf_str(b, "<tr><td colspan=\"3\" style=\"border:1px solid #b9a66a;padding:1px 6px;\">");
		tui_html_escape(b, more);
		loc_strbuf_str(b, "</td></tr>\n");
	}
	loc_strbuf_str(b, "</table>\n");
	if (total > 0) {
		loc_strbuf_str(b, "<div id=\"total\" style=\"font-size:17px;text-align:right;margin-top:4px;\">");
		if (has_first) {
			/* «جمع مبالغ دریافت‌شده از ۵ اسفند ۱۴۰۲ تا امروز:» */
			const char *fmt = fa(N_("Received in all, from %s to this day:"));
			const char *at = strstr(fmt, "%s");
			struct loc_strbuf d = { 0 };
			char *ds;

			long_date(&d, first);
			ds = loc_strbuf_take(&d);
			if (at != NULL && ds != NULL) {
				char *head = strndup(fmt, (size_t)(at - fmt));

				tui_html_escape(b, head != NULL ? head : "");
				free(head);
				loc_strbuf_str(b, "<span id=\"since\" style=\"white-space:nowrap;\">");
				loc_strbuf_str(b, ds);	/* escaped by long_date */
				loc_strbuf_str(b, "</span>");
				tui_html_escape(b, at + 2);
			} else {
				tui_html_escape(b, fa(N_("Received in all, to this day:")));
			}
			free(ds);
		} else {
			tui_html_escape(b, fa(N_("Received in all, to this day:")));
		}
		loc_strbuf_str(b, " ");
		money_stated(b, total, l->toman);
		loc_strbuf_str(b, "</div>\n");
	}
}

char *
tui_letter_html(const struct tui_letter *l)
{
	struct loc_strbuf b = { 0 };
	char date[48];

	loc_date_format(l->held_on, LOC_FMT_FA_DIGITS, date, sizeof date);
	loc_strbuf_str(&b, "<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"fa\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
	tui_html_escape(&b, fa(N_("Letter of thanks")));
	loc_strbuf_str(&b, " - ");
	escape_fa_plain(&b, l->donor_name);
	loc_strbuf_str(&b, "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#ffffff;color:#222222;"
	    "font-family:Vazirmatn,'Noto Naskh Arabic','DejaVu Sans',Tahoma,sans-serif;\">\n"
	    "<div style=\"box-sizing:border-box;width:720px;min-height:960px;margin:0 auto;padding:30px 60px;"
	    "border:8px double #8a6d1d;text-align:center;line-height:1.9;"
	    /* a long title, name or place wraps at its words inside the
	     * page; a word wider than the page is broken, never cut or
	     * run past the border */
	    "word-wrap:break-word;overflow-wrap:break-word;\">\n");
	/* date at the top, on the left as in Persian letters */
	loc_strbuf_str(&b, "<div style=\"text-align:left;font-size:16px;\">");
	tui_html_escape(&b, fa(N_("Date:")));
	loc_strbuf_str(&b, " <span id=\"date\">");
	tui_html_escape(&b, date);
	loc_strbuf_str(&b, "</span></div>\n<h1 style=\"font-size:46px;margin:8px 0 6px 0;color:#8a6d1d;\">");
	tui_html_escape(&b, fa(N_("Letter of thanks")));
	loc_strbuf_str(&b, "</h1>\n<div style=\"font-size:20px;margin-bottom:10px;\">");
	/* an organisation's letter goes to its management: «مدیریت محترم»
	 * above «شرکت فولاد آذر», not «خیّر گرامی», which is a person */
	tui_html_escape(&b, l->org ? fa(N_("To the honourable management of"))
	    : fa(N_("To the honourable benefactor")));
	loc_strbuf_str(&b, "</div>\n<div id=\"name\" style=\"font-size:34px;font-weight:bold;margin:6px 0 16px 0;\">");
	escape_fa(&b, l->donor_name);
	loc_strbuf_str(&b, "</div>\n<p style=\"font-size:20px;text-align:justify;\">");
	if (l->org) {
		tui_html_escape(&b, fa(N_("With greetings and respect: we thank your esteemed organisation "
		    "sincerely for its valuable participation in the public order and safety of the province.")));
		loc_strbuf_str(&b, " ");
		tui_html_escape(&b, fa(N_("We wish your organisation lasting success.")));
	} else {
		tui_html_escape(&b, fa(N_("With greetings and respect: we thank you sincerely for your "
		    "valuable participation in the public order and safety of the province.")));
		loc_strbuf_str(&b, " ");
		tui_html_escape(&b, fa(N_("We wish you lasting success and health.")));
	}
	loc_strbuf_str(&b, "</p>\n");
	contributions(&b, l);
	loc_strbuf_str(&b, "<p style=\"font-size:18px;margin-top:14px;\">");
	if (l->ceremony != NULL && *l->ceremony) {
		tui_html_escape(&b, fa(N_("Ceremony:")));
		loc_strbuf_str(&b, " «");
		escape_fa(&b, l->ceremony);
		loc_strbuf_str(&b, "»<br>");
	}
	if (l->place != NULL && *l->place) {
		tui_html_escape(&b, fa(N_("Place:")));
		loc_strbuf_str(&b, " ");
		escape_fa(&b, l->place);
		loc_strbuf_str(&b, "<br>");
	}
	tui_html_escape(&b, fa(N_("Held on:")));
	loc_strbuf_str(&b, " ");
	long_date(&b, l->held_on);
	loc_strbuf_str(&b, "</p>\n<div style=\"margin-top:24px;text-align:left;font-size:19px;\">");
	if (l->station != NULL && *l->station) {
		escape_fa(&b, l->station);
		loc_strbuf_str(&b, "<br>");
	}
	tui_html_escape(&b, fa(N_("Public participation in order and safety")));
	loc_strbuf_str(&b, "</div>\n</div>\n</body>\n</html>\n");
	return loc_strbuf_take(&b);
}

int
tui_letter_write(const char *path, const struct tui_letter *l,
    const struct cli_out_seen *over)
{
	char *html = tui_letter_html(l), tmp[4200];
	FILE *f;
	size_t n;
	int e;

	if (html == NULL) {
		errno = ENOMEM;
		return -1;
	}
	/* whole or not at all, as the verbs write (cli_out_open): beside it
	 * under a temporary name, synced, then renamed over it (or, with
	 * CLI_OUT_NEW, given the name only if it is still free; with
	 * CLI_OUT_SAME, only over the file seen); a letter already there
	 * stays as it was if this one cannot be written */
	if ((f = cli_out_open_here(path, tmp, sizeof tmp)) == NULL) {
		e = errno;
		free(html);
		errno = e;
		return -1;
	}
	n = strlen(html);
	e = fwrite(html, 1, n, f) == n ? 0 : errno != 0 ? errno : EIO;
	free(html);
	if (e != 0) {
		cli_out_close(f, tmp, path, 0, over);
		errno = e;
		return -1;
	}
	if ((e = cli_out_close(f, tmp, path, 1, over)) != 0) {
		errno = e;
		return -1;
	}
	return 0;
}
