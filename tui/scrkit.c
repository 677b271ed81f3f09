/*
 * tui/scrkit.c — what the work screens share (see screens.h): numbers and
 * dates in the user's digits and currency, the current user's role, rows of
 * columns laid out from the interface's start side, block-character bars,
 * and screen allocation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/pledge.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/collate.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

int tui_toman;


/* src into buf (size n) whole, or, when it does not fit, cut at a
 * character's start and ending with an ellipsis: a text cut to a screen's
 * buffer says so, as one cut to its column does (tui_draw_text). */
static void
copy_or_cut(char *buf, size_t n, const char *src)
{
	size_t cut;

	if (loc_utf8_copy(buf, n, src) < n || n < 4)
		return;
	cut = n - 4;	/* room for "…" (three bytes) and the NUL */
	while (cut > 0 && ((unsigned char)src[cut] & 0xC0) == 0x80)
		cut--;
	cut = tui_cut_trim(src, cut);	/* no «-…», « …» */
	memcpy(buf, src, cut);
	memcpy(buf + cut, "\xe2\x80\xa6", 4);
}

/* Replaces ASCII digits of buf in place by Persian ones when the user
 * reads Persian digits (those of a Latin word or code, "3B", stay:
 * loc_digits_to_fa_text). */
const char *
tui_fmt_digits(char *buf, size_t n)
{
	char *fa;

	if (!tui_fa_digits)
		return buf;
	if ((fa = loc_digits_to_fa_text(buf)) == NULL)
		return buf;
	copy_or_cut(buf, n, fa);	/* Persian digits take two bytes */
	free(fa);
	return buf;
}

/* src into buf, its digits turned by to_fa when the user reads Persian
 * digits (as it is if that fails). */
static const char *
fmt_digits(char *buf, size_t n, const char *src, char *(*to_fa)(const char *))
{
	char *fa = tui_fa_digits ? to_fa(src) : NULL;

	copy_or_cut(buf, n, fa != NULL ? fa : src);
	free(fa);
	return buf;
}

const char *
tui_fmt_text(char *buf, size_t n, const char *src)
{
	return fmt_digits(buf, n, src, loc_digits_to_fa_text);
}

const char *
tui_fmt_code(char *buf, size_t n, const char *src)
{
	/* as any text now: loc_digits_to_fa_text keeps a code's ASCII
	 * digits where Latin letters are joined to them */
	return tui_fmt_text(buf, n, src);
}

void
tui_rank_data_digits(struct store_rank_data *g)
{
	size_t i;

	if (!tui_fa_digits)
		return;
	for (i = 0; g->titles != NULL && i < g->nneeds; i++)
		tui_fmt_digits(g->titles[i], sizeof g->titles[i]);
	for (i = 0; g->dnames != NULL && i < g->ndonors; i++)
		tui_fmt_digits(g->dnames[i], sizeof g->dnames[i]);
}

const char *
tui_fmt_amount(int64_t rials, int with_unit, char *buf, size_t n)
{
	char num[64];

	/* toman exactly (a tenth shown), so that the rows add up to the
	 * totals, each worked out in rials: both were cut before, and a
	 * clerk adding ۱٬۵۰۰٬۰۰۰ and ۱۰٬۰۰۰٬۰۰۰ found a total of
	 * ۱۱٬۵۰۰٬۰۰۱ (15,000,005 + 100,000,005 rials) */
	loc_money_format(rials, tui_toman, LOC_FMT_GROUP | (tui_fa_digits ? LOC_FMT_FA_DIGITS : 0),
	    num, sizeof num);
	if (with_unit)
		snprintf(buf, n, "%s %s", num, tui_toman ? _("toman") : _("rials"));
	else
		snprintf(buf, n, "%s", num);
	return buf;
}

const char *
tui_fmt_int(int64_t v, char *buf, size_t n)
{
	/* grouped as amounts are (SPEC §5): a population of ۸۹٬۵۰۰ */
	loc_amount_format(v, LOC_FMT_GROUP | (tui_fa_digits ? LOC_FMT_FA_DIGITS : 0), buf, n);
	return buf;
}

const char *
tui_fmt_date(int32_t day, char *buf, size_t n)
{
	loc_date_format(day, tui_fa_digits ? LOC_FMT_FA_DIGITS : 0, buf, n);
	return buf;
}

/* CORE_MSG_PAYMENT_NONMATERIAL by the pledge's type, a whole sentence
 * each (the type's label, «انتظامی (داوطلبانه)», does not sit in the
 * sentence's brackets); the material types have none. */
static const char *const nonmaterial_msg[CORE_NPTYPES] = {
	[CORE_PT_INFORMATION] = N_("The pledge of this payment is non-material (information) and pledges no money"),
	[CORE_PT_SUPPORT] = N_("The pledge of this payment is non-material (support) and pledges no money"),
	[CORE_PT_OVERSIGHT] = N_("The pledge of this payment is non-material (oversight) and pledges no money"),
	[CORE_PT_POLICING] = N_("The pledge of this payment is non-material (volunteer policing) and pledges no money"),
};

/* A finding's arg as a date (a day number) into date, in the screen's
 * digits (ASCII if ascii); 1 if it is one. */
static int
issue_date(const struct core_issue *x, int ascii, char *date, size_t n)
{
	return x->arg > INT32_MIN && x->arg <= INT32_MAX &&
	    loc_date_format((int32_t)x->arg, ascii || !tui_fa_digits ? 0 : LOC_FMT_FA_DIGITS,
	    date, n) > 0;
}

const char *
tui_issue_text(const struct core_issue *x, int ascii, char *buf, size_t n)
{
	const char *fmt;
	char date[32];

	if (n == 0)
		return buf;
	if (x->msg == CORE_MSG_PAYMENT_NONMATERIAL && x->arg >= 0 && x->arg < CORE_NPTYPES &&
	    nonmaterial_msg[x->arg] != NULL) {
		snprintf(buf, n, "%s", _(nonmaterial_msg[x->arg]));
		return buf;
	}
	/* a pledge whose type does not fit its need's category: both named,
	 * by their labels, and which is material */
	if (x->msg == CORE_MSG_PLEDGE_TYPE_CATEGORY) {
		int type = CORE_ISSUE_PTYPE(x->arg), cat = CORE_ISSUE_CATEGORY(x->arg);
		const struct core_field *f = &core_schema_get(CORE_PLEDGE)->fields[CORE_PLEDGE_TYPE];

		if (type < CORE_NPTYPES && cat < CORE_NPTYPES &&
		    core_ptype_material(type) != core_ptype_material(cat)) {
			snprintf(buf, n, core_ptype_material(type) ?
			    _("This pledge's type, \"%s\", is material, but its need's category, \"%s\", is non-material: check the type or the need") :
			    _("This pledge's type, \"%s\", is non-material, but its need's category, \"%s\", is material: check the type or the need"),
			    _(core_choice_label(f, type)), _(core_choice_label(f, cat)));
			return buf;
		}
	}
	/* a need's category changed under its pledges: how many no
	 * longer fit, and which way */
	if (x->msg == CORE_MSG_NEED_CATEGORY_PLEDGES) {
		char num[32];

		loc_amount_format(CORE_ISSUE_MISFITS(x->arg),
		    ascii || !tui_fa_digits ? 0 : LOC_FMT_FA_DIGITS, num, sizeof num);
		snprintf(buf, n, core_ptype_material(CORE_ISSUE_NEW_CATEGORY(x->arg)) ?
		    _("%s active pledges of this need are non-material, but this category is material: check them or the category") :
		    _("%s active pledges of this need are material, but this category is non-material: check them or the category"),
		    num);
		return buf;
	}
	/* a message about a date: the pledge's a payment is dated before,
	 * the first payment a pledge is dated after */
	fmt = x->msg == CORE_MSG_PAYMENT_BEFORE_PLEDGE ?
	    _("The payment is dated before its pledge (%s): give that day or a later one") :
	    x->msg == CORE_MSG_PLEDGE_AFTER_PAYMENT ?
	    _("The pledge is dated after its first payment (%s): give that day or an earlier one") :
	    NULL;
	if (fmt != NULL && issue_date(x, ascii, date, sizeof date)) {
		snprintf(buf, n, fmt, date);
		return buf;
	}
	snprintf(buf, n, "%s", _(core_msg_text(x->msg)));
	return buf;
}

const char *
tui_issue_fact(const struct core_issue *x, int ascii, char *buf, size_t n)
{
	char date[32];

	if (n == 0)
		return buf;
	if (x->msg == CORE_MSG_PAYMENT_BEFORE_PLEDGE && issue_date(x, ascii, date, sizeof date)) {
		snprintf(buf, n, _("The payment is dated before its pledge (%s)"), date);
		return buf;
	}
	return tui_issue_text(x, ascii, buf, n);
}

const char *
tui_fmt_when(int64_t when, unsigned flags, char *buf, size_t n)
{
	time_t tt = (time_t)when;
	struct tm tm;
	int32_t day;
	char date[32];

	if (localtime_r(&tt, &tm) == NULL ||
	    loc_gregorian_to_day(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) != 0 ||
	    loc_date_format(day, 0, date, sizeof date) == 0) {
		snprintf(buf, n, "@%lld", (long long)when);
		return buf;
	}
	if (flags & TUI_WHEN_SECONDS)
		snprintf(buf, n, "%s %02d:%02d:%02d", date, tm.tm_hour, tm.tm_min, tm.tm_sec);
	else
		snprintf(buf, n, "%s %02d:%02d", date, tm.tm_hour, tm.tm_min);
	return (flags & TUI_WHEN_ASCII) ? buf : tui_fmt_digits(buf, n);
}

int32_t
tui_day_of(int64_t when)
{
	time_t tt = (time_t)when;
	struct tm tm;
	int32_t day;

	if (localtime_r(&tt, &tm) == NULL ||
	    loc_gregorian_to_day(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) != 0)
		return 0;
	return day;
}

const char *
tui_fmt_ago(int64_t when, unsigned flags, char *buf, size_t n)
{
	char at[64], num[32];
	int32_t day;

	if (when <= 0) {
		snprintf(buf, n, "%s", _("never"));
		return buf;
	}
	tui_fmt_when(when, flags, at, sizeof at);
	if ((day = tui_day_of(when)) == 0) {
		snprintf(buf, n, "%s", at);
		return buf;
	}
	day = loc_day_today() - day;
	if (day <= 0) {	/* (a clock set back: not "in 2 days") */
		snprintf(buf, n, _("%s (today)"), at);
		return buf;
	}
	snprintf(num, sizeof num, "%ld", (long)day);
	if (!(flags & TUI_WHEN_ASCII))
		tui_fmt_digits(num, sizeof num);
	if (day == 1)
		snprintf(buf, n, _("%s (yesterday)"), at);
	else
		snprintf(buf, n, _("%s (%s days ago)"), at, num);
	return buf;
}

const char *
tui_fmt_fixed(double v, int decimals, char *buf, size_t n)
{
	char tmp[64], *dot;

	snprintf(tmp, sizeof tmp, "%.*f", decimals, v);
	if (tui_fa_digits && (dot = strchr(tmp, '.')) != NULL) {
		/* U+066B ARABIC DECIMAL SEPARATOR */
		char out[80];

		*dot = '\0';
		snprintf(out, sizeof out, "%s\xd9\xab%s", tmp, dot + 1);
		snprintf(buf, n, "%s", out);
	} else {
		snprintf(buf, n, "%s", tmp);
	}
	return tui_fmt_digits(buf, n);
}

void
tui_append_surplus(char *line, size_t n, int64_t surplus, int with_unit)
{
	char d[64];
	size_t len = strlen(line);

	if (surplus > 0 && len < n)
		snprintf(line + len, n - len, "   %s %s", _("Over the estimate:"),
		    tui_fmt_amount(surplus, with_unit, d, sizeof d));
}

const char *
tui_fmt_shortest(double v, char *buf, size_t n)
{
	int prec;

	/* the stored form ("%.17g", store/stats.c) when nothing shorter
	 * reads back as the same number */
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, n, "%.*g", prec, v);
		if (prec == 17 || strtod(buf, NULL) == v)
			break;
	}
	return buf;
}

const char *
tui_choice(enum core_kind k, int field, int i)
{
	const struct core_schema *s = core_schema_get(k);
	const char *l;

	if (s == NULL || field < 0 || (size_t)field >= s->nfields)
		return "";
	l = core_choice_label(&s->fields[field], i);
	return l != NULL ? _(l) : "";
}

int
tui_user_actor(struct core_actor *actor)
{
	const struct store_identity *id = store_users_identity(tui_app.st);
	struct store_txn *t;
	size_t nusers = 0;
	int rc;

	memset(actor, 0, sizeof *actor);
	actor->role = -1;
	if (id != NULL) {
		*actor = id->actor;
		return actor->role >= 0 ? 0 : -1;
	}
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return -1;
	rc = store_users_get(t, tui_app.user, actor);
	if (rc != 0) {
		memset(actor, 0, sizeof *actor);
		actor->role = -1;
		/* no users yet: the database is its owner's, who is admin */
		if (store_count(t, CORE_USER, &nusers) == 0 && nusers == 0)
			actor->role = CORE_ROLE_ADMIN;
	}
	store_read_end(t);
	return actor->role >= 0 ? 0 : -1;
}

const char *
tui_actor_read_county(const struct core_actor *a, char *buf, size_t n)
{
	if (a == NULL || a->role != CORE_ROLE_CLERK)
		return NULL;
	/* a clerk saved with no county (by an older version) reads none */
	snprintf(buf, n, "%s", a->county[0] != '\0' ? a->county : TUI_NO_COUNTY);
	return buf;
}

const char *
tui_read_county(char *buf, size_t n)
{
	struct core_actor a;

	if (tui_user_actor(&a) != 0)
		return NULL;
	return tui_actor_read_county(&a, buf, n);
}

int
tui_may_read(struct store_txn *t, const struct core_record *r)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct core_access a;

	if (who == NULL || who->actor.role != CORE_ROLE_CLERK)
		return 1;
	return store_users_may(t, who, CORE_ACCESS_READ, r, &a) == 1;
}

void
tui_cols_draw(int y, int x, int w, const struct tui_col *c, int n, attr_t attr)
{
	tui_cols_draw_gap(y, x, w, c, n, 1, attr);
}

void
tui_cols_draw_gap(int y, int x, int w, const struct tui_col *c, int n, int gap, attr_t attr)
{
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int i, used = 0;

	tui_draw_blank(y, x, w, attr);
	for (i = 0; i < n && used < w; i++) {
		int cw = c[i].w > 0 ? c[i].w : w - used;
		int cx;

		if (cw > w - used)
			cw = w - used;
		cx = rtl ? x + w - used - cw : x + used;
		if (c[i].s != NULL && c[i].s[0] != '\0') {
			if (c[i].ltr)
				tui_draw_text(y, cx, cw, c[i].s, LOC_DIR_LTR,
				    rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, attr);
			else {
				/* a text too wide cut at a word's start
				 * (tui_fit_words), as the lists cut a name:
				 * «تأمین مصالح و…», not «تأمین مصالح و
				 * تجهیز…» in a need's stages at 80 columns */
				char cut[1024];

				tui_draw_ui(y, cx, cw, tui_text_width(c[i].s) > cw ?
				    tui_fit_words(c[i].s, cw, cut, sizeof cut) : c[i].s, attr);
			}
		}
		used += cw + gap;
	}
}

const char *
tui_bar(int64_t a, int64_t b, int64_t c, int64_t total, int w, char *buf, size_t n)
{
	/* U+2588 FULL BLOCK, U+2593 DARK SHADE, U+2591 LIGHT SHADE */
	static const char *const glyph[3] = { "\xe2\x96\x88", "\xe2\x96\x93", "\xe2\x96\x91" };
	int64_t part[3] = { a, b, c };
	int cells[3], k, i, filled = 0, shift = 0;
	size_t len = 0;

	buf[0] = '\0';
	if (total <= 0 || w <= 0)
		return buf;
	/* upto * w must not overflow on a wide bar: drop low bits of huge sums */
	while ((total >> shift) > INT64_MAX / ((int64_t)w + 1))
		shift++;
	for (k = 0; k < 3; k++) {
		int64_t upto = 0, tot = total >> shift;
		int end;

		for (i = 0; i <= k; i++)
			upto += part[i] > 0 ? part[i] : 0;
		if (upto > total)
			upto = total;
		upto >>= shift;
		/* cells up to this part, rounded, so the parts add up exactly */
		end = (int)((upto * w + tot / 2) / tot);
		if (end > w)
			end = w;
		cells[k] = end - filled;
		if (cells[k] < 0)
			cells[k] = 0;
		/* a part that is there but rounds to nothing still shows */
		if (cells[k] == 0 && part[k] > 0 && filled < w)
			cells[k] = 1;
		filled += cells[k];
	}
	/* ... also when the parts before it rounded up to the whole bar
	 * (a gap of 300,000,000 after 2,500,000,000,000 pledged): it takes a
	 * cell from the largest of them, if that has one to spare */
	for (k = 1; k < 3; k++) {
		int big = 0;

		if (cells[k] > 0 || part[k] <= 0)
			continue;
		for (i = 1; i < k; i++)
			if (cells[i] > cells[big])
				big = i;
		if (cells[big] > 1) {
			cells[big]--;
			cells[k] = 1;
		}
	}
	for (k = 0; k < 3; k++)
		for (i = 0; i < cells[k] && len + 4 <= n; i++) {
			memcpy(buf + len, glyph[k], 3);
			len += 3;
		}
	buf[len] = '\0';
	return buf;
}

struct tui_screen *
tui_screen_make(const char *title, size_t datasize, const struct tui_fkey *fkeys,
    const char *help)
{
	struct tui_screen *s = calloc(1, sizeof *s);

	if (s == NULL || (s->data = calloc(1, datasize ? datasize : 1)) == NULL) {
		free(s);
		return NULL;
	}
	loc_utf8_copy(s->title, sizeof s->title, title);
	s->fkeys = fkeys;
	s->help = help;
	s->destroy = tui_screen_free;
	s->cursor_y = s->cursor_x = -1;
	return s;
}

void
tui_screen_free(struct tui_screen *s)
{
	if (s == NULL)
		return;
	free(s->data);
	free(s);
}

int
tui_validate_new(const struct core_record *r, const struct core_record *parent,
    struct core_issue *worst)
{
	return tui_validate_payment(r, parent, 0, worst);
}

int
tui_validate_payment(const struct core_record *r, const struct core_record *parent,
    int64_t paid, struct core_issue *worst)
{
	struct core_issues is;
	size_t k;

	memset(worst, 0, sizeof *worst);
	worst->severity = CORE_SEV_OK;
	worst->field = -1;
	core_payment_validate(r, parent, paid, NULL, &is);	/* a new one */
	for (k = 0; k < is.n; k++) {
		if (is.v[k].field == 0)
			continue;
		if (is.v[k].severity > worst->severity)
			*worst = is.v[k];
	}
	return worst->severity;
}

int
tui_sel_move(int act, size_t *sel, size_t n, size_t page)
{
	size_t last = n > 0 ? n - 1 : 0;

	if (page < 1)
		page = 1;
	switch (act) {
	case TUI_ACT_UP:	*sel = *sel > 0 ? *sel - 1 : 0; break;
	case TUI_ACT_DOWN:	*sel = *sel < last ? *sel + 1 : last; break;
	case TUI_ACT_PGUP:	*sel = *sel > page ? *sel - page : 0; break;
	case TUI_ACT_PGDN:	*sel = *sel + page < last ? *sel + page : last; break;
	case TUI_ACT_HOME:	*sel = 0; break;
	case TUI_ACT_END:	*sel = last; break;
	default:		return 0;
	}
	return 1;
}

void
tui_sel_keep(size_t sel, size_t *top, size_t n, size_t rows)
{
	if (rows < 1)
		rows = 1;
	if (sel < *top)
		*top = sel;
	if (sel >= *top + rows)
		*top = sel - rows + 1;
	if (*top + rows > n)
		*top = n > rows ? n - rows : 0;
}

const char *
tui_fmt_range(size_t top, size_t rows, size_t n, char *buf, size_t sz)
{
	char a[32], b[32], c[32];
	size_t last = top + rows < n ? top + rows : n;

	buf[0] = '\0';
	if (n > rows)
		snprintf(buf, sz, _("%s-%s of %s"), tui_fmt_int((int64_t)top + 1, a, sizeof a),
		    tui_fmt_int((int64_t)last, b, sizeof b), tui_fmt_int((int64_t)n, c, sizeof c));
	return buf;
}

int
tui_sel_scroll(int act, size_t *sel, size_t *top, size_t n, size_t page)
{
	if (!tui_sel_move(act, sel, n, page))
		return 0;
	if (page < 1)
		page = 1;
	if (act == TUI_ACT_PGDN)
		*top += page;
	else if (act == TUI_ACT_PGUP)
		*top = *top > page ? *top - page : 0;
	return 1;
}

void
tui_draw_range_heading(int y, int w, const char *text, size_t top, size_t rows, size_t n)
{
	char range[96];
	int rw = tui_text_width(tui_fmt_range(top, rows, n, range, sizeof range));
	struct tui_col h[2] = {
		{ rw ? w - rw - TUI_COL_GAP : 0, text, 0 }, { 0, range, 0 },
	};

	tui_cols_draw_gap(y, 1, w, h, rw ? 2 : 1, TUI_COL_GAP, A_BOLD);
}

/* msg wrapped in the error colour on the last rows of the rows from top,
 * as many as its words need while keep rows are left above it, cut
 * there with an ellipsis; drawn when it was before, its first 4 rows
 * (or fewer, all it needs) leaving keep rows: the rows it took, or 0.
 * Before, at most 4 rows, which cut the sentence at 40 columns (about 9
 * rows there) after the database's name, before what to do. */
static int
draw_at_foot(int top, int rows, int w, int keep, const char *msg)
{
	int dn, room = rows - keep;

	if ((dn = tui_wrapped_rows(w, rows > 0 ? rows : 1, msg)) < 1)
		dn = 1;
	if ((dn < 4 ? dn : 4) > room)
		return 0;
	if (dn > room)
		dn = room;
	tui_draw_wrapped(top + rows - dn, 1, w, dn, msg, tui_attr_error());
	return dn;
}

const char *
tui_damaged_text(char *buf, size_t n)
{
	snprintf(buf, n, _("This list does not show every record: a page of the database %s could not be read; it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
	    tui_app.db_path, tui_app.db_path);
	return buf;
}

int
tui_draw_damaged(int top, int rows, int w, int keep)
{
	char dmg[1200];

	return draw_at_foot(top, rows, w, keep, tui_damaged_text(dmg, sizeof dmg));
}

const char *
tui_short_sums_text(char *buf, size_t n)
{
	snprintf(buf, n, _("The sums shown may be short: a record they add up could not be read from the database %s; it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
	    tui_app.db_path, tui_app.db_path);
	return buf;
}

int
tui_draw_short_sums(int top, int rows, int w, int keep)
{
	char dmg[1200];

	return draw_at_foot(top, rows, w, keep, tui_short_sums_text(dmg, sizeof dmg));
}

const char *
tui_read_failed(int rc, char *buf, size_t n)
{
	char why[1000];

	if (rc == STORE_ECORRUPT && tui_app.db_path != NULL)
		snprintf(why, sizeof why, _("stopped on a page of the database %s that could not be read: it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
		    tui_app.db_path, tui_app.db_path);
	else
		snprintf(why, sizeof why, "%s", tui_store_strerror(rc));
	snprintf(buf, n, "%s %s", _("Cannot read the database:"), why);
	return buf;
}

void *
tui_grow(void *v, size_t *cap, size_t n, size_t sz)
{
	size_t nc = *cap ? *cap : 16;
	void *nv;

	if (n < *cap)
		return v;
	while (nc <= n)
		nc *= 2;
	if ((nv = realloc(v, nc * sz)) == NULL)
		tui_fatal(_("out of memory"));
	*cap = nc;
	return nv;
}

void
tui_data_changed(void)
{
	tui_list_generation++;
}

const char *
tui_write_why(int rc, char *buf, size_t n)
{
	/* what the user can do about it: a clerk calls the administrator
	 * (the limit's variable is the administrator's: the CLI's message,
	 * the README); the administrator, told to call himself, is given
	 * what to do instead */
	const struct store_identity *who = tui_app.st != NULL ? store_users_identity(tui_app.st) : NULL;
	int admin = who != NULL && (who->owner || who->actor.role == CORE_ROLE_ADMIN);

	if (rc == STORE_EFULL) {
		snprintf(buf, n, "%s", admin ?
		    _("The database has reached its size limit. What you typed is kept; raise the limit with HAMYAR_MAP_LIMIT (README), then F2 again.") :
		    _("The database has reached its size limit: nothing more can be saved in it. What you typed is kept; call the station's administrator."));
		return buf;
	}
	if (rc == STORE_ENOSPC) {
		/* the disk itself: the draft cannot be written either, so the
		 * typing is in the open form only */
		snprintf(buf, n, "%s", admin ?
		    _("The database's disk is full. What you typed stays on the screen; make room on the disk (df -h), then F2 again.") :
		    _("The database's disk is full: nothing is saved until room is made on it. What you typed stays on the screen; call the station's administrator."));
		return buf;
	}
	if (rc == STORE_ECORRUPT && tui_app.db_path != NULL) {
		/* a record an index names missing, or a page that cannot be
		 * read: what to do about it, as the verbs say it */
		snprintf(buf, n, _("stopped on a page of the database %s that could not be read: it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
		    tui_app.db_path, tui_app.db_path);
		return buf;
	}
	return tui_identity_why(tui_app.st, rc, buf, n);
}

void
tui_write_failed(int rc)
{
	char msg[512];

	tui_write_why(rc, msg, sizeof msg);
	tui_message(_("Not saved"), msg);
}

/* May the user change r?  1 if so, or on a read error the write will
 * meet; else 0, a filled with why. */
static int
may_update(const struct core_record *r, struct core_access *a)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct store_txn *t;
	int rc;

	if (who == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 1;
	memset(a, 0, sizeof *a);
	a->allowed = 1;
	rc = store_users_may(t, who, CORE_ACCESS_UPDATE, r, a);
	store_read_end(t);
	return rc != 0;
}

int
tui_may_change(const struct core_record *r)
{
	struct core_access a;
	char msg[512];

	if (may_update(r, &a))
		return 1;
	tui_message(_("Not allowed"), tui_access_message(&a, msg, sizeof msg));
	return 0;
}

int
tui_may_change_quiet(const struct core_record *r)
{
	struct core_access a;

	return may_update(r, &a);
}

int
tui_may_create(void)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct core_access a;
	char msg[512];

	if (who == NULL || core_access_check(&who->actor, CORE_ACCESS_CREATE, NULL, NULL, &a))
		return 1;
	tui_message(_("Not allowed"), tui_access_message(&a, msg, sizeof msg));
	return 0;
}

int
tui_user_reads_only(void)
{
	const struct store_identity *who = tui_app.st != NULL ? store_users_identity(tui_app.st) : NULL;

	return who != NULL && who->actor.role == CORE_ROLE_AUDITOR;
}

int
tui_county_cmp(const char *a, const char *b)
{
	const char *na, *nb;

	if (a[0] == '\0' || b[0] == '\0')	/* needs without a county: last */
		return (a[0] == '\0') - (b[0] == '\0');
	na = tui_county_name(a);
	nb = tui_county_name(b);
	if (strcmp(loc_lang(), "en") == 0)
		return strcmp(na, nb);
	return loc_collate_cmp(na, nb);
}

static int
county_code_cmp(const void *a, const void *b)
{
	return tui_county_cmp(*(const char *const *)a, *(const char *const *)b);
}

int
tui_county_pick_all(const char *title, const char *all, const char *cur, char *code)
{
	const char *codes[81], *items[81];
	int n, i, sel = 0, first = all != NULL;

	for (n = 0; core_counties_seed[n].code != NULL && n < 80; n++)
		codes[first + n] = core_counties_seed[n].code;
	qsort(codes + first, (size_t)n, sizeof codes[0], county_code_cmp);
	if (first) {
		codes[0] = "";
		items[0] = all;
	}
	for (i = first; i < first + n; i++) {
		items[i] = tui_county_name(codes[i]);
		if (cur != NULL && strcmp(codes[i], cur) == 0)
			sel = i;
	}
	if ((sel = tui_menu(title, items, first + n, sel)) < 0)
		return 0;
	strcpy(code, codes[sel]);
	return 1;
}

int
tui_county_pick(const char *title, const char *cur, char *code)
{
	return tui_county_pick_all(title, NULL, cur, code);
}

/* ---- drafts of popup sequences ---- */

static struct tui_seq *seq_now;	/* the sequence whose prompts are asked */

struct seq_put {
	struct tui_seq *q;
	const char *data;
	size_t len;
};

static int
seq_put_fn(struct store_txn *t, void *ctx)
{
	const struct seq_put *b = ctx;
	int rc;

	/* resumed in another session (tui_draft_takeover): its draft now */
	if ((rc = tui_draft_given_up(t, b->q->name)) != 0) {
		if (rc == 1)
			b->q->handed = 1;
		return rc < 0 ? rc : 0;
	}
	return store_draft_put(t, tui_app.user, b->q->name, b->data, b->len);
}

int
tui_seq_draft_del(struct store_txn *t, const struct tui_seq *q)
{
	int rc;

	if (q->handed || (rc = tui_draft_given_up(t, q->name)) == 1)
		return 0;	/* another session's draft now */
	if (rc < 0)
		return rc;
	rc = store_draft_del(t, tui_app.user, q->name);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

static int
seq_del_fn(struct store_txn *t, void *ctx)
{
	return tui_seq_draft_del(t, ctx);
}

const struct tui_seq_kind *
tui_seq_kind_of(const char *name, char *id)
{
	static const struct tui_seq_kind *const kinds[] = {
		&tui_seq_payment, &tui_seq_stage, &tui_seq_ceremony
	};
	const char *c = strchr(name, ':');
	size_t i;

	if (c == NULL || c[1] == '\0' || strlen(c + 1) >= CORE_ID_MAX)
		return NULL;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i]->name) == (size_t)(c - name) &&
		    strncmp(name, kinds[i]->name, (size_t)(c - name)) == 0) {
			strcpy(id, c + 1);
			return kinds[i];
		}
	return NULL;
}

/* Takes the lines of draft (see screens.h) into q's texts. */
static void
seq_load(struct tui_seq *q, const char *draft)
{
	const struct core_schema *sc = core_schema_get(q->kind->rec);
	char *copy = strdup(draft), *line, *save = NULL, *eq;
	int fi;

	if (copy == NULL)
		tui_fatal(_("out of memory"));
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if ((eq = strchr(line, '=')) == NULL)
			continue;
		*eq = '\0';
		tui_draft_unescape(eq + 1);
		if ((fi = core_field_find(sc, line)) < 0 || fi >= CORE_MAX_FIELDS)
			continue;
		free(q->text[fi]);
		if ((q->text[fi] = strdup(eq + 1)) == NULL)
			tui_fatal(_("out of memory"));
	}
	free(copy);
}

void
tui_seq_what(const struct tui_seq_kind *k, const char *id, const char *data,
    char *buf, size_t n)
{
	char what[300], name[400];

	snprintf(what, sizeof what, _(k->what), id);
	if (tui_draft_typed_name(k->rec, data, name, sizeof name))
		snprintf(buf, n, _("%s: \"%s\""), what, name);
	else
		snprintf(buf, n, "%s", what);
}

int
tui_seq_begin(struct tui_seq *q, const struct tui_seq_kind *k, const char *id,
    const char *draft)
{
	struct store_txn *t;
	char *stored = NULL, what[600];
	int ans;

	memset(q, 0, sizeof *q);
	q->asking = -1;
	snprintf(q->name, sizeof q->name, "%s:%s", k->name, id);
	if (draft == NULL && tui_app.st != NULL && store_read_begin(tui_app.st, &t) == 0) {
		if (store_draft_get(t, tui_app.user, q->name, &stored, NULL) != 0)
			stored = NULL;
		store_read_end(t);
	}
	if (stored != NULL) {
		/* left by a lost connection */
		tui_seq_what(k, id, stored, what, sizeof what);
		ans = tui_draft_ask(what);
		if (ans < 0) {
			free(stored);
			return 0;
		}
		if (ans == 0) {
			store_write(tui_app.st, seq_del_fn, q);
			free(stored);
			stored = NULL;
		} else
			tui_draft_takeover(q->name, stored);
		draft = stored;
	}
	q->kind = k;
	if (draft != NULL)
		seq_load(q, draft);
	free(stored);
	seq_now = q;
	return 1;
}

void
tui_seq_save(struct tui_seq *q)
{
	const struct core_schema *sc;
	const char *typing, *s;
	struct seq_put b;
	char *data = NULL;
	size_t len = 0, i;
	int n = 0;
	FILE *f;

	if (q->kind == NULL || tui_app.st == NULL || q->handed)
		return;
	sc = core_schema_get(q->kind->rec);
	typing = q->asking >= 0 ? tui_prompt_typing() : NULL;
	if ((f = open_memstream(&data, &len)) == NULL)
		return;
	for (i = 0; i < sc->nfields && i < CORE_MAX_FIELDS; i++) {
		s = (int)i == q->asking && typing != NULL ? typing : q->text[i];
		if (s == NULL)
			continue;
		fprintf(f, "%s=", sc->fields[i].name);
		tui_draft_escape(f, s);
		fputc('\n', f);
		n++;
	}
	fprintf(f, "session=%s\n", tui_draft_session());
	if (fclose(f) == 0 && n > 0) {
		b.q = q;
		b.data = data;
		b.len = len;
		store_write(tui_app.st, seq_put_fn, &b);
	}
	free(data);
}

void
tui_seq_again(struct tui_seq *q)
{
	q->asked = 0;
}

void
tui_seq_end(struct tui_seq *q, int discard)
{
	int i;

	/* kept: given up with F2 on the question whether to discard */
	if (q->kind != NULL && discard && !q->kept && tui_app.st != NULL)
		store_write(tui_app.st, seq_del_fn, q);
	for (i = 0; i < CORE_MAX_FIELDS; i++) {
		free(q->text[i]);
		q->text[i] = NULL;
	}
	q->kind = NULL;
	if (seq_now == q)
		seq_now = NULL;
}

/* An answer typed in the prompt of field of the sequence asked now: kept
 * in its draft. */
static void
seq_typed(int field, const char *in)
{
	char *dup;

	if (seq_now == NULL || field < 0 || field >= CORE_MAX_FIELDS)
		return;
	if ((dup = strdup(in)) == NULL)
		tui_fatal(_("out of memory"));
	free(seq_now->text[field]);
	seq_now->text[field] = dup;
	tui_seq_save(seq_now);
}

/* Whether an answer of sequence q was typed (or resumed from its draft). */
static int
seq_answered(const struct tui_seq *q)
{
	int i;

	for (i = 0; i < CORE_MAX_FIELDS; i++)
		if (q->text[i] != NULL)
			return 1;
	return 0;
}

/* A value refused in a one-field prompt: the popup hides the prompt, so its
 * title names the field ("Not accepted: Planned end"). */
static void
refused(const struct core_record *r, int field, const struct core_issue *is)
{
	const struct core_schema *sc = core_schema_get(r->kind);
	char title[200], said[600];

	if (sc != NULL && field >= 0 && (size_t)field < sc->nfields)
		snprintf(title, sizeof title, _("Not accepted: %s"), _(sc->fields[field].label));
	else
		snprintf(title, sizeof title, "%s", _("Not accepted"));
	tui_message(title, tui_issue_text(is, 0, said, sizeof said));
}

/* How field of r is asked for (tui_prompt_as): a date, an amount, a
 * number or an id laid out by its first letter, as a form's field of
 * them is (a date being typed, ۱۴۰۳/, or -5 showed «/۱۴۰۳», «5-»), a
 * number's sign alone too. */
static unsigned
prompt_how(const struct core_record *r, int field)
{
	const struct core_schema *sc = core_schema_get(r->kind);
	enum core_ftype t;

	if (sc == NULL || field < 0 || (size_t)field >= sc->nfields)
		return 0;
	t = sc->fields[field].type;
	if (t == CORE_FT_AMOUNT || t == CORE_FT_INT)
		return TUI_PROMPT_CODE | TUI_PROMPT_NUMBER;
	return t == CORE_FT_ID || t == CORE_FT_REF || t == CORE_FT_REFS || t == CORE_FT_NID ||
	    t == CORE_FT_LEGAL || t == CORE_FT_MOBILE || t == CORE_FT_PHONE ||
	    t == CORE_FT_DATE ? TUI_PROMPT_CODE : 0;
}

/* Returns 1 once the field is taken, 0 if given up, 2 if the clerk went
 * back to the previous prompt (back: allowed), the text typed kept in the
 * sequence's draft. */
static int
ask_field(struct core_record *r, int field, const char *title, const char *label,
    const char *init, int propose, int back)
{
	struct tui_seq *q = seq_now;
	char *in, *again = NULL;
	struct core_issue is;
	int went_back;
	unsigned how = prompt_how(r, field);

	/* a resumed sequence's prompt starts from the text typed in it, as
	 * typed: a date is no proposal then */
	if (q != NULL && field >= 0 && field < CORE_MAX_FIELDS && !(q->asked & 1u << field)) {
		q->asked |= 1u << field;
		if (q->text[field] != NULL && (again = strdup(q->text[field])) == NULL)
			tui_fatal(_("out of memory"));
	}
	for (;;) {
		/* a refused answer comes back to be corrected, not typed over */
		if (q != NULL)
			q->asking = field;
		tui_prompt_back(back);
		in = again != NULL ? tui_prompt_as(title, label, again, how) :
		    tui_prompt_as(title, label, init, how | (propose ? TUI_PROMPT_PROPOSE : 0));
		went_back = tui_prompt_went_back();
		tui_prompt_back(0);
		if (q != NULL)
			q->asking = -1;
		free(again);
		again = NULL;
		if (in == NULL) {
			/* Esc threw away every answer of the sequence with
			 * its draft; a clerk who pressed it by mistake on the
			 * third prompt lost the first two.  Asked first, as a
			 * form's changes are: F2 keeps the draft (the next F5
			 * offers it), no goes back to this prompt. */
			if (q == NULL || !seq_answered(q))
				return 0;
			switch (tui_confirm_discard(_("The answers typed in these prompts will be lost.\n"
			    "Discard them and go back?\n(F2 keeps them: the next F5 offers them again.)"))) {
			case 1:
				return 0;
			case 2:
				q->kept = 1;
				return 0;
			default:
				if (q->text[field] != NULL && (again = strdup(q->text[field])) == NULL)
					tui_fatal(_("out of memory"));
				continue;
			}
		}
		seq_typed(field, in);
		if (went_back) {
			/* taken as typed if it parses; else the field is
			 * empty, its text kept in the draft for the way back */
			if (core_field_parse(r, field, in, &is) == CORE_SEV_ERROR)
				core_record_unset(r, field);
			free(in);
			return 2;
		}
		if (core_field_parse(r, field, in, &is) != CORE_SEV_ERROR) {
			free(in);
			return 1;
		}
		again = in;
		refused(r, field, &is);
	}
}

int
tui_ask_field(struct core_record *r, int field, const char *title, const char *label,
    const char *init)
{
	return ask_field(r, field, title, label, init, 0, 0);
}

int
tui_ask_proposed(struct core_record *r, int field, const char *title, const char *label,
    const char *init)
{
	return ask_field(r, field, title, label, init, 1, 0);
}

int
tui_ask_date_today(struct core_record *r, int field, const char *title, const char *label)
{
	char today[32];

	tui_fmt_date(loc_day_today(), today, sizeof today);
	return ask_field(r, field, title, label, today, 1, 0);
}

int
tui_ask_steps(struct core_record *r, const int *fields, int n, const char *title,
    const char *(*label_of)(int field), int today_field)
{
	struct core_issue is;
	char today[32], *cur;
	const char *typed;
	int i = 0, got;

	tui_fmt_date(loc_day_today(), today, sizeof today);
	for (;;) {
		while (i < n) {
			/* asked again (after going back, or refused): its
			 * value as a form shows it, else what was typed in it */
			typed = seq_now != NULL ? seq_now->text[fields[i]] : NULL;
			cur = NULL;
			if (r->v[fields[i]].set && (cur = tui_value_display(r, fields[i])) == NULL)
				tui_fatal(_("out of memory"));
			got = ask_field(r, fields[i], title, label_of(fields[i]),
			    cur != NULL ? cur : typed != NULL ? typed :
			    fields[i] == today_field ? today : NULL,
			    cur == NULL && typed == NULL && fields[i] == today_field, i > 0);
			free(cur);
			if (got == 0)
				return 0;
			i = got == 2 ? i - 1 : i + 1;
		}
		if (tui_validate_new(r, NULL, &is) != CORE_SEV_ERROR)
			return 1;
		/* the field at fault asked again, from where Shift-Tab
		 * goes back to the one before it (a planned end before the
		 * start whose year was the typo) */
		for (i = 0; i < n && fields[i] != is.field; i++)
			;
		if (i == n)
			return tui_ask_until_valid(r, NULL, title, label_of);
		refused(r, is.field, &is);
	}
}

int
tui_ask_until_valid(struct core_record *r, const struct core_record *parent,
    const char *title, const char *(*label_of)(int field))
{
	struct core_issue is;
	const char *label;
	char *cur;
	int ok;

	while (tui_validate_new(r, parent, &is) == CORE_SEV_ERROR) {
		refused(r, is.field, &is);
		if ((label = label_of(is.field)) == NULL)
			return 0;
		if ((cur = tui_value_display(r, is.field)) == NULL)
			tui_fatal(_("out of memory"));
		ok = tui_ask_field(r, is.field, title, label, cur);
		free(cur);
		if (!ok)
			return 0;
	}
	return 1;
}
