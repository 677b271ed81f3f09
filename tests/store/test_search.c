/*
 * tests/store/test_search.c — name search by any word (store/search.c):
 * family names, first names, several words in any order, a ZWNJ word as
 * one word also found by each part after a ZWNJ, Arabic ي/ك typed, a
 * trailing space completing a word, one row per record, the index
 * following updates and deactivation, paging across transactions, verify
 * on the word index, the one-time build of the index when a format-1
 * database (no word index) is opened, of a donor's mobile in the record
 * index when a format-4 one is, and of the ZWNJ parts when a format-6 one
 * is.
 *
 * Expected orders are worked out by hand from the Persian alphabet (CLDR
 * fa: آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی)
 * and the rule of store.h: by the matched word, then the record's id (the
 * order the names were put: people[] below, ids 1 to 10).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/record.h"
#include "locale/collate.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/store_int.h"	/* DB_WORDS, DB_META: damage and the old format */

static char tmpdir[256];
static int dbn;

static const char *
newdb(void)
{
	static char p[512];

	snprintf(p, sizeof p, "%s/db%d", tmpdir, ++dbn);
	return p;
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "ایستگاه تبریز");
}

struct names {
	const char *const *v;
	size_t n;
	char (*ids)[CORE_ID_MAX];
};

static int
put_fn(struct store_txn *t, void *ctx)
{
	struct names *c = ctx;
	size_t i;
	int rc;

	for (i = 0; i < c->n; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);

		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, c->v[i]);
		core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
		rc = store_put_new(t, r, c->ids ? c->ids[i] : NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* A new database (at path, if not NULL) holding names; ids of them into ids
 * (may be NULL). */
static struct store *
open_with(const char *path, const char *const *names, size_t n, char (*ids)[CORE_ID_MAX])
{
	struct store *st;
	struct names c = { names, n, ids };

	assert_int_equal(store_open(path ? path : newdb(), STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, "TBZ"), 0);
	assert_int_equal(store_user_set(st, "clerk1"), 0);
	assert_int_equal(store_write(st, put_fn, &c), 0);
	return st;
}

/* The names found for q, joined by "|", in the order returned. */
static void
found(struct store *st, const char *q, char *out, size_t outn)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t o = 0;

	out[0] = '\0';
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
	while (store_iter_next(it, id) == 0) {
		struct core_record *r;

		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		o += (size_t)snprintf(out + o, outn - o, "%s%s", o ? "|" : "",
		    core_record_text(r, CORE_DONOR_NAME));
		assert_true(o < outn);
		core_record_free(r);
	}
	store_iter_free(it);
	store_read_end(t);
}

#define FOUND(st, q, want) do {				\
	char got_[4096];					\
	found((st), (q), got_, sizeof got_);			\
	assert_string_equal(got_, (want));			\
} while (0)

static size_t
problems(struct store *st)
{
	size_t n = 99;

	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	return n;
}

static const char *const people[] = {
	"اکبر نوروزی‌فر",	/* ZWNJ inside the family name: one word */
	"علی کریمی",
	"کریمی علی",		/* family name first, as some lists write it */
	"علیرضا نوری",
	"زهرا کریمی",
	"حسن نوروزی",
	"علی‌اکبر دهخدا",	/* ZWNJ first name: one word "علی‌اکبر" */
	"علی علیزاده",		/* two words that start with علی */
	"رضا رضا",		/* a repeated word */
	"مریم کریم‌زاده",
};
#define NPEOPLE (sizeof people / sizeof people[0])

static void
test_family_and_first_names(void **state)
{
	struct store *st = open_with(NULL, people, NPEOPLE, NULL);

	(void)state;
	/* the family name alone; same word, so id order (2, 3, 5) */
	FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
	/* the start of a family name: کریم‌زاده (کریمزاده) before کریمی (ز before ی),
	 * each word's names by id */
	FOUND(st, "کریم", "مریم کریم‌زاده|علی کریمی|کریمی علی|زهرا کریمی");
	FOUND(st, "نوروزی", "حسن نوروزی|اکبر نوروزی‌فر");
	/* first names: علی (ids 2, 3, 8) < علی‌اکبر (علیاکبر) < علیرضا <
	 * علیزاده (id 8, already listed by its علی) */
	FOUND(st, "علی", "علی کریمی|کریمی علی|علی علیزاده|علی‌اکبر دهخدا|علیرضا نوری");
	FOUND(st, "دهخ", "علی‌اکبر دهخدا");
	FOUND(st, "پروین", "");
	store_close(st);
}

static void
test_trailing_space_and_many_words(void **state)
{
	struct store *st = open_with(NULL, people, NPEOPLE, NULL);

	(void)state;
	/* a space after the word: still its start (before, a whole word:
	 * علیرضا was left out); the whole word علی first */
	FOUND(st, "علی ", "علی کریمی|کریمی علی|علی علیزاده|علی‌اکبر دهخدا|علیرضا نوری");
	FOUND(st, "علی  ", "علی کریمی|کریمی علی|علی علیزاده|علی‌اکبر دهخدا|علیرضا نوری");
	FOUND(st, "علی -", "علی کریمی|کریمی علی|علی علیزاده|علی‌اکبر دهخدا|علیرضا نوری");	/* "-" has no letters */
	FOUND(st, "نوروزی ", "حسن نوروزی|اکبر نوروزی‌فر");
	/* every word the start of a word, the earlier ones too; any order */
	FOUND(st, "علی کری", "علی کریمی|کریمی علی");
	FOUND(st, "کریمی عل", "علی کریمی|کریمی علی");
	FOUND(st, "کریمی علی", "علی کریمی|کریمی علی");
	FOUND(st, "کری علی", "علی کریمی|کریمی علی");	/* before, none: کری had to be whole */
	FOUND(st, "علیر نو", "علیرضا نوری");
	FOUND(st, "علیرضا نو", "علیرضا نوری");
	/* scanned on دهخ (fewer names), علی checked: the head of علی‌اکبر */
	FOUND(st, "علی دهخ", "علی‌اکبر دهخدا");
	FOUND(st, "علیرضا دهخ", "");
	FOUND(st, "علی‌اکبر دهخ", "علی‌اکبر دهخدا");
	FOUND(st, "زهرا کریمی ", "زهرا کریمی");
	/* each query word needs its own word of the name */
	FOUND(st, "علی علی", "علی علیزاده");
	FOUND(st, "رضا رضا", "رضا رضا");
	FOUND(st, "کریمی کریمی", "");
	/* nothing typed but spaces: every name, in name order */
	{
		char got[4096];

		found(st, "  ", got, sizeof got);
		assert_int_equal(strncmp(got, "اکبر نوروزی‌فر|حسن نوروزی|", strlen("اکبر نوروزی‌فر|حسن نوروزی|")), 0);
	}
	store_close(st);
}

/* Every word typed is the start of a word of the name, the earlier ones
 * too, and a space after the last: «نیکو مهر» finds «بنیاد نیکوکاری مهر»
 * as «نیکو» does (before, a word followed by a space had to be a whole
 * word, and «نیکو مهر», «نیکو » found nothing).  A whole word comes
 * first among the words that start so. */
static void
test_every_word_a_prefix(void **state)
{
	static const char *const names[] = {
		"بنياد نیکوکاری مهر",	/* typed with an Arabic yeh */
		"کارگاه 12 برادران",
		"علی کریمی",
		"علیرضا نوری",
		"شرکت نیک‌اندیشان مهرگان",	/* a ZWNJ in a word */
		"نیکو مهرانی",
	};
	struct store *st = open_with(NULL, names, sizeof names / sizeof names[0], NULL);

	(void)state;
	FOUND(st, "نیکو", "نیکو مهرانی|بنياد نیکوکاری مهر");
	FOUND(st, "نیکو ", "نیکو مهرانی|بنياد نیکوکاری مهر");
	/* scanned on نیکو (fewer names than مهر): by that word */
	FOUND(st, "نیکو مهر", "نیکو مهرانی|بنياد نیکوکاری مهر");
	FOUND(st, "نیکو مهر ", "نیکو مهرانی|بنياد نیکوکاری مهر");
	FOUND(st, "مهر نیکو", "نیکو مهرانی|بنياد نیکوکاری مهر");
	FOUND(st, "بن نیکو مه", "بنياد نیکوکاری مهر");
	FOUND(st, "نيكو  مهر", "نیکو مهرانی|بنياد نیکوکاری مهر");	/* Arabic yeh and kaf, two spaces */
	FOUND(st, "نیک مهرگ", "شرکت نیک‌اندیشان مهرگان");	/* the head before the ZWNJ */
	FOUND(st, "اندی مهر", "شرکت نیک‌اندیشان مهرگان");	/* the part after it */
	FOUND(st, "نیکاندیش مهرگا", "شرکت نیک‌اندیشان مهرگان");
	FOUND(st, "کار ۱ برا", "کارگاه 12 برادران");	/* Persian digits */
	FOUND(st, "برا 1 کارگ", "کارگاه 12 برادران");
	FOUND(st, "کری عل", "علی کریمی");
	FOUND(st, "علیر نو", "علیرضا نوری");
	FOUND(st, "علی ", "علی کریمی|علیرضا نوری");	/* the whole word first */
	/* each word still needs a word of its own */
	FOUND(st, "نیکو نیکو", "");
	FOUND(st, "نیکو مهر بر", "");
	store_close(st);
}

static void
test_variants_zwnj_dedupe(void **state)
{
	struct store *st = open_with(NULL, people, NPEOPLE, NULL);

	(void)state;
	/* Arabic yeh and kaf typed */
	FOUND(st, "كريمي", "علی کریمی|کریمی علی|زهرا کریمی");
	FOUND(st, "علي كريمي", "علی کریمی|کریمی علی");
	/* a ZWNJ word: found typed with or without the ZWNJ, by its start */
	FOUND(st, "نوروزی‌فر", "اکبر نوروزی‌فر");
	FOUND(st, "نوروزیفر", "اکبر نوروزی‌فر");
	FOUND(st, "علی‌اک", "علی‌اکبر دهخدا");
	/* ... and by its part after the ZWNJ, not by the middle of a word */
	FOUND(st, "فر", "اکبر نوروزی‌فر");
	FOUND(st, "زاده", "مریم کریم‌زاده");
	FOUND(st, "وزی", "");
	/* once per record, though two of its words match */
	FOUND(st, "علیز", "علی علیزاده");
	FOUND(st, "رض", "رضا رضا");
	FOUND(st, "رضا", "رضا رضا");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

struct upd {
	const char *id, *name;
	int deactivate;
};

static int
upd_fn(struct store_txn *t, void *ctx)
{
	struct upd *u = ctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_DONOR, u->id, &r, &m)) != 0)
		return rc;
	if (u->deactivate) {
		core_record_free(r);
		return store_deactivate(t, CORE_DONOR, u->id, m.rev);
	}
	core_record_set_text(r, CORE_DONOR_NAME, u->name);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

static void
test_update_and_deactivate(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX];
	struct store *st = open_with(NULL, people, NPEOPLE, ids);
	struct upd u = { ids[1], "علی محمدی", 0 };	/* was علی کریمی */

	(void)state;
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "کریمی", "کریمی علی|زهرا کریمی");
	FOUND(st, "محمد", "علی محمدی");
	FOUND(st, "علی ", "علی محمدی|کریمی علی|علی علیزاده|علی‌اکبر دهخدا|علیرضا نوری");
	assert_int_equal(problems(st), 0);
	/* a word dropped, one kept, one added */
	u.id = ids[0];
	u.name = "اکبر فرهادی";
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "نوروز", "حسن نوروزی");
	FOUND(st, "اکب", "اکبر فرهادی|علی‌اکبر دهخدا");	/* its part اکبر */
	FOUND(st, "فرها", "اکبر فرهادی");
	/* deactivated: kept, like every index (nothing is ever removed) */
	u.id = ids[5];
	u.deactivate = 1;
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "نوروزی", "حسن نوروزی");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* Pages of n ids for q, each page in its own transaction, resuming at the
 * position of the last row; between pages, ins (if not NULL) is inserted
 * once. */
static size_t
paged(struct store *st, const char *q, size_t n, char (*out)[CORE_ID_MAX], size_t max,
    const char *ins)
{
	struct store_pos pos;
	size_t got = 0, page;

	memset(&pos, 0, sizeof pos);
	do {
		struct store_txn *t;
		struct store_iter *it;

		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
		if (pos.len)
			assert_int_equal(store_iter_seek(it, &pos), 0);
		for (page = 0; page < n && got < max && store_iter_next(it, out[got]) == 0; page++) {
			got++;
			store_iter_pos(it, &pos);
		}
		store_iter_free(it);
		store_read_end(t);
		if (ins != NULL) {
			const char *v[1] = { ins };
			struct names c = { v, 1, NULL };

			assert_int_equal(store_write(st, put_fn, &c), 0);
			ins = NULL;
		}
	} while (page == n);
	return got;
}

static void
test_paging(void **state)
{
	static const char *first[] = { "آرش", "بهرام", "پروین", "جواد", "حمید", "داوود",
		"رضا", "ژاله", "سارا", "شهرام", "فاطمه", "مهدی", "نرگس", "یوسف" };
	const char *names[64];
	char buf[64][96], all[80][CORE_ID_MAX], pg[80][CORE_ID_MAX];
	struct store *st;
	size_t i, j, n = 0, na, np;

	(void)state;
	for (i = 0; i < 14; i++) {	/* 14 کریمی, 14 کریمیان, some with both */
		snprintf(buf[n], sizeof buf[n], "%s کریمی", first[i]);
		names[n] = buf[n];
		n++;
		snprintf(buf[n], sizeof buf[n], "%s کریمیان", first[13 - i]);
		names[n] = buf[n];
		n++;
		if (i % 3 == 0) {
			snprintf(buf[n], sizeof buf[n], "کریمی %s کریمیان", first[i]);
			names[n] = buf[n];
			n++;
		}
	}
	st = open_with(NULL, names, n, NULL);
	/* every record once, whatever the page size */
	na = paged(st, "کریم", 1000, all, 80, NULL);
	assert_int_equal(na, n);
	for (i = 0; i < na; i++)
		for (j = i + 1; j < na; j++)
			assert_string_not_equal(all[i], all[j]);
	for (j = 1; j <= 7; j += 3) {
		np = paged(st, "کریم", j, pg, 80, NULL);
		assert_int_equal(np, na);
		for (i = 0; i < na; i++)
			assert_string_equal(pg[i], all[i]);
	}
	/* two words: the scan word stays the one of the first page */
	na = paged(st, "کریمیان کریمی", 1000, all, 80, NULL);
	assert_int_equal(na, 5);	/* i = 0, 3, 6, 9, 12 */
	np = paged(st, "کریمیان کریمی", 2, pg, 80, NULL);
	assert_int_equal(np, na);
	for (i = 0; i < na; i++)
		assert_string_equal(pg[i], all[i]);
	/* a name added between two pages, after the position: seen once */
	na = paged(st, "کریمی ", 1000, all, 80, NULL);
	np = paged(st, "کریمی ", 4, pg, 80, "یاسر کریمی");
	assert_int_equal(np, na + 1);
	for (i = 0; i < np; i++)
		for (j = i + 1; j < np; j++)
			assert_string_not_equal(pg[i], pg[j]);
	store_close(st);
}

/* ---- verify and the old format ---- */

static int
damage_fn(struct store_txn *t, void *ctx)
{
	MDB_cursor *c;
	MDB_val k, d;
	unsigned char key[KEY_MAX];

	(void)ctx;
	/* one entry gone, and a copy of it under another word: stale */
	assert_int_equal(mdb_cursor_open(t->txn, t->st->dbi[DB_WORDS], &c), 0);
	assert_int_equal(mdb_cursor_get(c, &k, &d, MDB_FIRST), 0);
	assert_true(k.mv_size < KEY_MAX);
	memcpy(key, k.mv_data, k.mv_size);
	key[2] = (unsigned char)(key[2] + 1);	/* another first letter */
	k.mv_data = key;
	assert_int_equal(mdb_cursor_del(c, 0), 0);
	mdb_cursor_close(c);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_WORDS], &k, &d, 0), 0);
	return 0;
}

static void
test_verify(void **state)
{
	struct store *st = open_with(NULL, people, NPEOPLE, NULL);

	(void)state;
	assert_int_equal(problems(st), 0);
	assert_int_equal(store_write(st, damage_fn, NULL), 0);
	assert_int_equal(problems(st), 2);	/* one unindexed word, one stale entry */
	store_close(st);
}

/* Makes the database a format-1 one: no word index, format 1. */
static int
old_format_fn(struct store_txn *t, void *ctx)
{
	unsigned char one[8] = { 0, 0, 0, 0, 0, 0, 0, 1 };
	MDB_val k = { 6, "format" }, d = { 8, one };

	(void)ctx;
	assert_int_equal(mdb_drop(t->txn, t->st->dbi[DB_WORDS], 1), 0);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

/* Makes it a format-N one (*ctx: 2 or 3): the word index there, with an
 * entry of an earlier layout (format 3: word, name letters, record key). */
static int
format_n_fn(struct store_txn *t, void *ctx)
{
	unsigned char v[8] = { 0, 0, 0, 0, 0, 0, 0, *(const unsigned char *)ctx };
	MDB_val k = { 6, "format" }, d = { 8, v };
	MDB_val wk = { 9, "\x01\x02old-entry" }, wd = { 1, "" };

	assert_int_equal(mdb_drop(t->txn, t->st->dbi[DB_WORDS], 0), 0);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_WORDS], &wk, &wd, 0), 0);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

static void
test_old_format(void **state)
{
	char path[512];
	struct store *st;
	unsigned char fmt;

	(void)state;
	snprintf(path, sizeof path, "%s", newdb());
	st = open_with(path, people, NPEOPLE, NULL);
	assert_int_equal(store_write(st, old_format_fn, NULL), 0);
	store_close(st);

	/* read only: searched by the start of the name, as format 1 was */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	FOUND(st, "کریمی", "کریمی علی");
	FOUND(st, "علی ک", "علی کریمی");
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* the first open that may write builds the word index */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
	FOUND(st, "نوروزی ", "حسن نوروزی|اکبر نوروزی‌فر");
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* and it stays: the current format now, read only too */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
	store_close(st);

	/* formats 2 and 3 (earlier layouts of the word index): rebuilt too */
	for (fmt = 2; fmt <= 3; fmt++) {
		assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
		assert_int_equal(store_write(st, format_n_fn, &fmt), 0);
		store_close(st);
		assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
		FOUND(st, "کریمی", "کریمی علی");	/* by the start of the name */
		store_close(st);
		assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
		FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
		assert_int_equal(problems(st), 0);	/* the old entry is gone */
		store_close(st);
	}
}

/* ---- format 4 -> 5: a donor's mobile in the record index ---- */

/* The first two donors (ids in ctx) given one mobile, as a family does. */
static int
mobiles_fn(struct store_txn *t, void *ctx)
{
	char (*ids)[CORE_ID_MAX] = ctx;
	int i;

	for (i = 0; i < 2; i++) {
		struct core_record *r;
		struct store_meta m;
		int rc;

		assert_int_equal(store_get(t, CORE_DONOR, ids[i], &r, &m), 0);
		assert_int_equal(core_record_set_text(r, CORE_DONOR_MOBILE, "09141234567"), 0);
		rc = store_update(t, r, m.rev);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* The word index as formats 4 to 6 had it: no entries for the parts after
 * a ZWNJ (the index of a database opened read-only at such a format). */
static void
words_without_parts(struct store_txn *t)
{
	t->st->noparts = 1;
	assert_int_equal(words_rebuild(t), 0);
	t->st->noparts = 0;
}

/* Makes the database a format-4 one: no mobile in DB_INDEX, no word entry
 * for a ZWNJ part. */
static int
format4_fn(struct store_txn *t, void *ctx)
{
	unsigned char four[8] = { 0, 0, 0, 0, 0, 0, 0, 4 };
	MDB_val k = { 6, "format" }, d = { 8, four }, ik, id;
	MDB_cursor *c;
	int gone = 0;

	(void)ctx;
	assert_int_equal(mdb_cursor_open(t->txn, t->st->dbi[DB_INDEX], &c), 0);
	while (mdb_cursor_get(c, &ik, &id, MDB_NEXT) == 0)
		if (ik.mv_size > 2 && ((unsigned char *)ik.mv_data)[0] == CORE_DONOR &&
		    ((unsigned char *)ik.mv_data)[1] == CORE_DONOR_MOBILE) {
			assert_int_equal(mdb_cursor_del(c, 0), 0);
			gone++;
		}
	mdb_cursor_close(c);
	assert_int_equal(gone, 2);
	words_without_parts(t);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

/* How many donors the record index gives for mobile m. */
static int
by_mobile(struct store *st, const char *m)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int n = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_index(t, CORE_DONOR, CORE_DONOR_MOBILE, m, &it), 0);
	while (store_iter_next(it, id) == 0)
		n++;
	store_iter_free(it);
	store_read_end(t);
	return n;
}

static void
test_format4_mobile(void **state)
{
	char path[512], ids[NPEOPLE][CORE_ID_MAX];
	struct store *st;

	(void)state;
	snprintf(path, sizeof path, "%s", newdb());
	st = open_with(path, people, NPEOPLE, ids);
	assert_int_equal(store_write(st, mobiles_fn, ids), 0);
	assert_int_equal(by_mobile(st, "09141234567"), 2);
	assert_int_equal(by_mobile(st, "09141234560"), 0);
	assert_int_equal(store_write(st, format4_fn, NULL), 0);
	store_close(st);

	/* read only: not found by mobile, but its word index is today's, and
	 * verify does not count the mobiles not indexed yet */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	assert_int_equal(by_mobile(st, "09141234567"), 0);
	FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* the first open that may write indexes the mobiles */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	assert_int_equal(by_mobile(st, "09141234567"), 2);
	FOUND(st, "کریمی", "علی کریمی|کریمی علی|زهرا کریمی");
	assert_int_equal(problems(st), 0);
	store_close(st);
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	assert_int_equal(by_mobile(st, "09141234567"), 2);
	store_close(st);
}

/* ---- the parts of a compound word (ZWNJ), format 6 -> 7 ---- */

static const char *const compound[] = {
	"مریم احمدی‌نژاد",
	"رضا نژادی",		/* a word that starts with نژاد */
	"زهرا عبدالله‌زاده",
	"حسن میرزا‌آقایی",
	"علی‌اکبر اکبرزاده",	/* اکبر: a part of one word, the start of another */
	"فاطمه قلی‌زاده‌اصل",	/* two ZWNJs */
	"علي حسين‌پور",	/* typed with Arabic yeh */
};
#define NCOMPOUND (sizeof compound / sizeof compound[0])

static void
test_zwnj_parts(void **state)
{
	char ids[NCOMPOUND][CORE_ID_MAX];
	struct store *st = open_with(NULL, compound, NCOMPOUND, ids);
	struct upd u = { ids[0], "مریم کریمی", 0 };

	(void)state;
	/* the part after the ZWNJ, whole or its start; once per record */
	FOUND(st, "نژاد", "مریم احمدی‌نژاد|رضا نژادی");
	FOUND(st, "نژ", "مریم احمدی‌نژاد|رضا نژادی");
	FOUND(st, "نژاد ", "مریم احمدی‌نژاد|رضا نژادی");	/* a space after it: its start still */
	FOUND(st, "زاده", "زهرا عبدالله‌زاده|فاطمه قلی‌زاده‌اصل");
	FOUND(st, "آقا", "حسن میرزا‌آقایی");
	FOUND(st, "پور", "علي حسين‌پور");	/* stored as typed */
	FOUND(st, "اصل", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "زاده‌اصل", "فاطمه قلی‌زاده‌اصل");	/* the rest of the word */
	FOUND(st, "ژاد", "");	/* not from the middle of a part */
	/* matched through two of its words (a part of علی‌اکبر, اکبرزاده):
	 * listed once */
	FOUND(st, "اکبر", "علی‌اکبر اکبرزاده");
	FOUND(st, "اکبر اکبر", "علی‌اکبر اکبرزاده");
	/* the whole word still, typed with the ZWNJ, without it, or its start */
	FOUND(st, "احمدی‌نژاد", "مریم احمدی‌نژاد");
	FOUND(st, "احمدینژاد", "مریم احمدی‌نژاد");
	FOUND(st, "احمدی‌نژ", "مریم احمدی‌نژاد");
	FOUND(st, "احمدی", "مریم احمدی‌نژاد");
	/* with other words, each its own written word: a part and its
	 * whole word are one */
	FOUND(st, "مریم نژ", "مریم احمدی‌نژاد");
	FOUND(st, "نژاد مر", "مریم احمدی‌نژاد");
	FOUND(st, "رضا نژاد", "رضا نژادی");
	FOUND(st, "نژاد احمدی", "");
	FOUND(st, "علی‌اکبر اکبر", "علی‌اکبر اکبرزاده");
	/* a space typed for the ZWNJ, as on a keyboard without one: the two
	 * words, in that order, are the one written word ("احمدی " finds
	 * it, and typing on did not lose it at "احمدی ن") */
	FOUND(st, "احمدی ", "مریم احمدی‌نژاد");
	FOUND(st, "احمدی ن", "مریم احمدی‌نژاد");
	FOUND(st, "احمدی نژاد", "مریم احمدی‌نژاد");
	FOUND(st, "احمدي نژاد ", "مریم احمدی‌نژاد");
	FOUND(st, "مریم احمدی نژاد", "مریم احمدی‌نژاد");
	FOUND(st, "احمدی نژاد مر", "مریم احمدی‌نژاد");
	FOUND(st, "عبدالله زاده", "زهرا عبدالله‌زاده");
	FOUND(st, "قلی زاده اصل", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "زاده اصل", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "قلی اصل", "");	/* not the part after the next */
	FOUND(st, "احمدی نژادی", "");
	FOUND(st, "حسین پور", "علي حسين‌پور");
	assert_int_equal(problems(st), 0);

	/* renamed: the parts' entries go with the old name */
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "نژاد", "رضا نژادی");
	FOUND(st, "احمدی", "");
	FOUND(st, "کریمی", "مریم کریمی");
	assert_int_equal(problems(st), 0);	/* no entry left behind */
	u.name = "مریم حسین‌پور";
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "پور", "مریم حسین‌پور|علي حسين‌پور");
	u.id = ids[5];
	u.name = "فاطمه قلی‌زاده";	/* one part less */
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	FOUND(st, "اصل", "");
	FOUND(st, "زاده", "زهرا عبدالله‌زاده|فاطمه قلی‌زاده");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* A word typed with a space after it finds a word of which it is the head
 * before a ZWNJ: "دوربین " finds "دوربین‌های", "می " finds "می‌شود", as
 * it finds every word it starts (a space after a word no longer makes it
 * a whole word: test_every_word_a_prefix).  Once, the head was no word
 * of the index and "دوربین " listed only the names with دوربین alone. */
static const char *const heads[] = {
	"نصب دوربین‌های مداربسته",
	"دوربین پلاک‌خوان",
	"دوربینی قدیمی",		/* a longer word, no ZWNJ after دوربین */
	"تعمیر می‌شود",
	"فاطمه قلی‌زاده‌اصل",	/* two ZWNJs */
};
#define NHEADS (sizeof heads / sizeof heads[0])

static void
test_zwnj_heads(void **state)
{
	struct store *st = open_with(NULL, heads, NHEADS, NULL);

	(void)state;
	FOUND(st, "دوربین ", "دوربین پلاک‌خوان|نصب دوربین‌های مداربسته|دوربینی قدیمی");
	FOUND(st, "دوربين ", "دوربین پلاک‌خوان|نصب دوربین‌های مداربسته|دوربینی قدیمی");	/* Arabic yeh */
	FOUND(st, "دوربین", "دوربین پلاک‌خوان|نصب دوربین‌های مداربسته|دوربینی قدیمی");
	FOUND(st, "می ", "تعمیر می‌شود");
	FOUND(st, "پلاک ", "دوربین پلاک‌خوان");
	/* the head up to either ZWNJ; the part between them */
	FOUND(st, "قلی ", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "قلی‌زاده ", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "قلیزاده ", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "زاده ", "فاطمه قلی‌زاده‌اصل");
	/* not a head, the start of a word all the same (its letters, the
	 * ZWNJ left out: دوربینهای) */
	FOUND(st, "دوربینه ", "نصب دوربین‌های مداربسته");
	FOUND(st, "قلیز ", "فاطمه قلی‌زاده‌اصل");
	FOUND(st, "تعمی ", "تعمیر می‌شود");
	FOUND(st, "مداربستهی ", "");
	/* with other words: the head is its written word's */
	FOUND(st, "دوربین مدار", "نصب دوربین‌های مداربسته");
	FOUND(st, "مداربسته دوربین ", "نصب دوربین‌های مداربسته");
	/* the two parts of one written word typed apart (a space for the
	 * ZWNJ): that word */
	FOUND(st, "دوربین های", "نصب دوربین‌های مداربسته");
	FOUND(st, "دوربین های مدار", "نصب دوربین‌های مداربسته");
	FOUND(st, "های دوربین", "");
	FOUND(st, "قلی اصل", "");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* A backup of a database of an older format, opened read only (backup
 * before the first program that may write has brought it up to date): the
 * copy is checked (store_backup) as the older format was, and written. */
static void
backed_up(struct store *st, const char *path)
{
	char file[600];
	struct store *c;

	snprintf(file, sizeof file, "%s.backup.mdb", path);
	assert_int_equal(store_backup(st, file), 0);
	assert_int_equal(store_open(file, STORE_RDONLY, &c), 0);
	store_close(c);
	unlink(file);
}

/* Makes the database a format-6 one: its word index without the parts. */
static int
format6_fn(struct store_txn *t, void *ctx)
{
	unsigned char six[8] = { 0, 0, 0, 0, 0, 0, 0, 6 };
	MDB_val k = { 6, "format" }, d = { 8, six };

	(void)ctx;
	words_without_parts(t);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

static void
test_format6_parts(void **state)
{
	char path[512];
	struct store *st;

	(void)state;
	snprintf(path, sizeof path, "%s", newdb());
	st = open_with(path, compound, NCOMPOUND, NULL);
	assert_int_equal(store_write(st, format6_fn, NULL), 0);
	store_close(st);

	/* read only: searched with the old index, as format 6 was */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	backed_up(st, path);
	FOUND(st, "نژاد", "رضا نژادی");
	FOUND(st, "احمدی", "مریم احمدی‌نژاد");
	FOUND(st, "عبدالله‌زا", "زهرا عبدالله‌زاده");
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* the first open that may write adds the parts */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	FOUND(st, "نژاد", "مریم احمدی‌نژاد|رضا نژادی");
	FOUND(st, "احمدی", "مریم احمدی‌نژاد");
	FOUND(st, "زاده", "زهرا عبدالله‌زاده|فاطمه قلی‌زاده‌اصل");
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* and they stay: read only too */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	FOUND(st, "نژ", "مریم احمدی‌نژاد|رضا نژادی");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* ---- the names' index: glibc's fa_IR order, آ a letter before ا ---- */

static const char *const alef_names[] = { "اکبر نوری", "ابوالفضل آقایی", "آذر اصغرزاده" };
#define NALEF (sizeof alef_names / sizeof alef_names[0])
#define ALEF_ORDER "آذر اصغرزاده|ابوالفضل آقایی|اکبر نوری"

/* Makes the names' index as format 5 had it (keys of the search text,
 * where آ is folded into ا) and the database format 5. */
static int
format5_fn(struct store_txn *t, void *ctx)
{
	unsigned char five[8] = { 0, 0, 0, 0, 0, 0, 0, 5 };
	MDB_val k = { 6, "format" }, d = { 8, five }, rk, rv;
	MDB_cursor *c;

	(void)ctx;
	assert_int_equal(mdb_drop(t->txn, t->st->dbi[DB_SEARCH], 0), 0);
	assert_int_equal(mdb_cursor_open(t->txn, t->st->dbi[DB_REC0 + CORE_DONOR], &c), 0);
	while (mdb_cursor_get(c, &rk, &rv, MDB_NEXT) == 0) {
		struct core_record *r;
		unsigned char key[KEY_MAX];
		char *folded;
		MDB_val sk, sd = rk;

		assert_int_equal(rec_decode(CORE_DONOR, rv.mv_data, rv.mv_size, &r, NULL), 0);
		assert_non_null(folded = loc_text_key(core_record_text(r, CORE_DONOR_NAME)));
		key[0] = CORE_DONOR;
		key[1] = CORE_DONOR_NAME;
		sk.mv_size = 2 + loc_collate_key(folded, (char *)key + 2, KEY_MAX - 2);
		sk.mv_data = key;
		assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_SEARCH], &sk, &sd, 0), 0);
		free(folded);
		core_record_free(r);
	}
	mdb_cursor_close(c);
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

static void
test_names_order(void **state)
{
	char path[512];
	struct store *st;

	(void)state;
	snprintf(path, sizeof path, "%s", newdb());
	st = open_with(path, alef_names, NALEF, NULL);
	FOUND(st, "", ALEF_ORDER);
	assert_int_equal(store_write(st, format5_fn, NULL), 0);
	FOUND(st, "", "ابوالفضل آقایی|آذر اصغرزاده|اکبر نوری");	/* آ read as ا */
	store_close(st);
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	assert_int_equal(problems(st), 0);	/* read only, as it is */
	backed_up(st, path);
	store_close(st);
	/* the first open that may write makes the index again */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	FOUND(st, "", ALEF_ORDER);
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* ---- a bare number ---- */

/* The ids found for q, joined by "|": forwards (fw), backwards from the
 * end (bw, reversed back to forward order), and in pages of n rows, each
 * page in its own transaction from the position of the page before (pg). */
static void
found_ids(struct store *st, const char *q, size_t n, char *fw, char *bw, char *pg, size_t outn)
{
	struct store_txn *t;
	struct store_iter *it;
	char ids[32][CORE_ID_MAX], id[CORE_ID_MAX];
	size_t i, nb = 0, o;

	fw[0] = bw[0] = pg[0] = '\0';
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
	for (o = 0; store_iter_next(it, id) == 0; )
		o += (size_t)snprintf(fw + o, outn - o, "%s%s", o ? "|" : "", id);
	assert_int_equal(store_iter_last(it), 0);
	while (nb < 32 && store_iter_prev(it, ids[nb]) == 0)
		nb++;
	for (i = nb, o = 0; i-- > 0; )
		o += (size_t)snprintf(bw + o, outn - o, "%s%s", o ? "|" : "", ids[i]);
	store_iter_free(it);
	store_read_end(t);
	nb = paged(st, q, n, ids, 32, NULL);
	for (i = 0, o = 0; i < nb; i++)
		o += (size_t)snprintf(pg + o, outn - o, "%s%s", o ? "|" : "", ids[i]);
}

#define FOUND_IDS(st, q, want) do {					\
	char fw_[1024], bw_[1024], pg_[1024];				\
	size_t n_;							\
	for (n_ = 1; n_ <= 3; n_++) {					\
		found_ids((st), (q), n_, fw_, bw_, pg_, sizeof fw_);	\
		assert_string_equal(fw_, (want));			\
		assert_string_equal(bw_, (want));			\
		assert_string_equal(pg_, (want));			\
	}								\
} while (0)

struct apply_ctx {
	struct core_record *r;
	struct store_meta m;
	int rc;
};

static int
apply_fn(struct store_txn *t, void *vctx)
{
	struct apply_ctx *c = vctx;

	return c->rc = store_apply(t, c->r, &c->m);
}

/* A donor registered at another station (sync). */
static void
apply_remote(struct store *st, const char *id, const char *name)
{
	struct apply_ctx c;

	memset(&c, 0, sizeof c);
	c.r = core_record_new(CORE_DONOR);
	core_record_set_text(c.r, CORE_DONOR_ID, id);
	core_record_set_num(c.r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(c.r, CORE_DONOR_NAME, name);
	core_record_set_text(c.r, CORE_DONOR_COUNTY, "TBZ");
	c.m.version.hlc = (uint64_t)1 << 60;
	snprintf(c.m.version.origin, sizeof c.m.version.origin, "%.*s",
	    (int)strcspn(id, "-"), id);
	assert_int_equal(store_write(st, apply_fn, &c), 0);
	assert_int_equal(c.rc, 0);
	core_record_free(c.r);
}

/* A bare number, in ASCII or Persian digits, finds the donors whose id
 * number it is, at every station (in station order), then the names with
 * a word starting with it, each record once; forwards, backwards and in
 * pages alike.  Other texts are searched by name as before. */
/* SPEC §5: stored text loses the harakat, the shadda among them
 * (loc_text_normalize), so خیّرین typed or imported is stored خیرین and a
 * search typed with a shadda finds it. */
static void
test_shadda(void **state)
{
	char *n = loc_text_normalize("مؤسسهٔ خیّرین مرند");
	const char *names[] = { n, "محمد خیری" };
	struct store *st;

	(void)state;
	assert_string_equal(n, "مؤسسهٔ خیرین مرند");
	st = open_with(NULL, names, 2, NULL);
	free(n);
	FOUND(st, "خیرین", "مؤسسهٔ خیرین مرند");
	FOUND(st, "خیّرین", "مؤسسهٔ خیرین مرند");
	FOUND(st, "خیّر", "محمد خیری|مؤسسهٔ خیرین مرند");	/* خیری before خیرین */
	FOUND(st, "محمّد خیّری ", "محمد خیری");
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* The names found for q walking backwards from the end (store_iter_last,
 * store_iter_prev), joined by "|" in the order of a forward walk. */
static void
found_back(struct store *st, const char *q, char *out, size_t outn)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX], tmp[4096];
	size_t o = 0;

	out[0] = '\0';
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
	assert_int_equal(store_iter_last(it), 0);
	while (store_iter_prev(it, id) == 0) {
		struct core_record *r;

		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		snprintf(tmp, sizeof tmp, "%s%s%s", core_record_text(r, CORE_DONOR_NAME),
		    o ? "|" : "", out);
		o = strlen(tmp);
		assert_true(o < outn);
		memcpy(out, tmp, o + 1);
		core_record_free(r);
	}
	store_iter_free(it);
	store_read_end(t);
}

/* Found forwards as want, and backwards the same. */
#define FOUND2(st, q, want) do {				\
	char back_[4096];					\
	FOUND((st), (q), (want));				\
	found_back((st), (q), back_, sizeof back_);		\
	assert_string_equal(back_, (want));			\
} while (0)

/* Two words typed for one written word: «محمد رضا» finds «محمدرضا» (and
 * «رضا محمدزاده», «محمد رضایی» as typed first: each word the start of
 * one), «امیر حسین» «امیرحسین». */
static void
test_joined_query(void **state)
{
	static const char *const names[] = {
		"محمدرضا کریمی", "محمد رضایی", "علی محمدی", "رضا محمدزاده", "امیرحسین نوری",
	};
	struct store *st;

	(void)state;
	st = open_with(NULL, names, sizeof names / sizeof names[0], NULL);
	FOUND2(st, "محمد رضا", "رضا محمدزاده|محمد رضایی|محمدرضا کریمی");
	FOUND2(st, "محمد رضا ", "رضا محمدزاده|محمد رضایی|محمدرضا کریمی");
	FOUND2(st, "محمد ر", "رضا محمدزاده|محمد رضایی|محمدرضا کریمی");
	FOUND2(st, "محمد رضا کریمی", "محمدرضا کریمی");
	FOUND2(st, "کریمی محمد رضا", "محمدرضا کریمی");
	FOUND2(st, "محمد رضا نوری", "");
	FOUND2(st, "امیر حسین", "امیرحسین نوری");
	FOUND2(st, "امير حسين نو", "امیرحسین نوری");	/* Arabic yeh */
	FOUND2(st, "رضا محمد", "رضا محمدزاده|محمد رضایی");
	FOUND2(st, "کریمی رضا", "");
	FOUND2(st, "محمد", "محمد رضایی|محمدرضا کریمی|رضا محمدزاده|علی محمدی");
	/* a page that ends in the joined range resumes there */
	{
		struct store_txn *t;
		struct store_iter *it;
		struct store_pos pos;
		char id[CORE_ID_MAX];
		struct core_record *r;

		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_search(t, CORE_DONOR, "محمد رضا", &it), 0);
		assert_int_equal(store_iter_next(it, id), 0);
		assert_int_equal(store_iter_next(it, id), 0);
		assert_int_equal(store_iter_next(it, id), 0);	/* محمدرضا کریمی */
		store_iter_pos(it, &pos);
		store_iter_free(it);
		store_read_end(t);
		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_search(t, CORE_DONOR, "محمد رضا", &it), 0);
		assert_int_equal(store_iter_seek(it, &pos), 0);
		assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
		assert_int_equal(store_iter_seek(it, &pos), 0);
		assert_int_equal(store_iter_prev(it, id), 0);
		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "محمد رضایی");
		core_record_free(r);
		store_iter_free(it);
		store_read_end(t);
	}
	assert_int_equal(problems(st), 0);
	store_close(st);
}

/* The names found for q one at a time, each in a transaction of its own
 * resumed from the position of the one before (as pages are), then the
 * same backwards from the end: both into out, the backward list reversed,
 * "|" between names, " / " between the lists. */
static void
found_resumed(struct store *st, const char *q, char *out, size_t outn)
{
	struct store_pos pos = { 0 };
	char id[CORE_ID_MAX], back[4096], tmp[4096];
	size_t o = 0, bo = 0;
	int dir, rc;

	out[0] = back[0] = '\0';
	for (dir = 1; dir >= -1; dir -= 2) {
		for (pos.len = 0;;) {
			struct store_txn *t;
			struct store_iter *it;
			struct core_record *r;

			assert_int_equal(store_read_begin(st, &t), 0);
			assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
			if (pos.len > 0)
				assert_int_equal(store_iter_seek(it, &pos), 0);
			else if (dir < 0)
				assert_int_equal(store_iter_last(it), 0);
			rc = dir > 0 ? store_iter_next(it, id) : store_iter_prev(it, id);
			if (rc == 0) {
				store_iter_pos(it, &pos);
				assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
				if (dir > 0) {
					o += (size_t)snprintf(out + o, outn - o, "%s%s", o ? "|" : "",
					    core_record_text(r, CORE_DONOR_NAME));
					assert_true(o < outn);
				} else {
					int n = snprintf(tmp, sizeof tmp, "%s%s%s",
					    core_record_text(r, CORE_DONOR_NAME), bo ? "|" : "", back);

					/* the list whole, as forwards */
					assert_true(n >= 0 && (size_t)n < sizeof tmp);
					bo = (size_t)n;
					memcpy(back, tmp, bo + 1);
				}
				core_record_free(r);
			}
			store_iter_free(it);
			store_read_end(t);
			if (rc != 0) {
				assert_int_equal(rc, STORE_ENOTFOUND);
				break;
			}
		}
	}
	o += (size_t)snprintf(out + o, outn - o, " / %s", back);
	assert_true(o < outn);
}

/* Found as want one at a time, forwards and backwards (found_resumed). */
#define FOUND_RESUMED(st, q, want) do {				\
	char got_[8192];					\
	found_resumed((st), (q), got_, sizeof got_);		\
	assert_string_equal(got_, want " / " want);		\
} while (0)

/* One word typed for two written words next to each other: «محمدرضا»
 * finds «محمد رضا کریمی», «علیرضا» «علی رضا», and as typing goes on
 * «محمدرض» finds «محمد رضا» too (a space typed after the word, too: the
 * second written word's start).  The names of the range walked
 * (the words «محمد», «علی») that do not follow with the rest are not
 * found, nor «محمدی» or «محمد‌حسین». */
static void
test_split_query(void **state)
{
	static const char *const names[] = {
		"محمدرضا کریمی", "محمد رضا کریمی", "محمدی رضایی", "محمد‌حسین رضوی",
		"محمد رضایی", "رضا محمد", "علی رضا نوروزی‌فر", "محمد علی رضا",
		"علی رضا‌پور", "امير حسين صمدی", "علی رضا علیرضایی", "زهرا کریمی",
		"مه لقا جعفری",
	};
	struct store *st;

	(void)state;
	st = open_with(NULL, names, sizeof names / sizeof names[0], NULL);
	/* as typed first, then the two written words */
	FOUND2(st, "محمدرضا", "محمدرضا کریمی|محمد رضا کریمی|محمد رضایی");
	FOUND2(st, "محمدرض", "محمدرضا کریمی|محمد رضا کریمی|محمد رضایی");
	FOUND2(st, "محمدرضا ", "محمدرضا کریمی|محمد رضا کریمی|محمد رضایی");
	FOUND2(st, "محمدرض ", "محمدرضا کریمی|محمد رضا کریمی|محمد رضایی");
	FOUND2(st, "محمدر", "محمدرضا کریمی");	/* «ر» alone is no word */
	/* Arabic yeh typed; a name found both ways listed once, as typed */
	FOUND2(st, "عليرضا", "علی رضا علیرضایی|علی رضا نوروزی‌فر|محمد علی رضا|علی رضا‌پور");
	FOUND2(st, "علیرضا ", "علی رضا علیرضایی|علی رضا نوروزی‌فر|محمد علی رضا|علی رضا‌پور");
	FOUND2(st, "امیرحسین", "امير حسين صمدی");
	FOUND2(st, "امیرحسین صمدی ", "امير حسين صمدی");
	FOUND2(st, "مهلقا", "مه لقا جعفری");	/* two letters on a side */
	/* with other words, in any order, each on a written word of its own */
	FOUND2(st, "محمدرضا کریمی", "محمدرضا کریمی|محمد رضا کریمی");
	FOUND2(st, "کریمی محمدرضا", "محمدرضا کریمی|محمد رضا کریمی");
	FOUND2(st, "نوروزی‌فر علیرضا", "علی رضا نوروزی‌فر");
	FOUND2(st, "نوروزی فر عليرضا", "علی رضا نوروزی‌فر");
	FOUND2(st, "محمدرضا رضا", "");	/* «رضا» used by the pair */
	FOUND2(st, "محمدرضا نوری", "");
	/* the written words in that order, next to each other */
	FOUND2(st, "محمدرضوی", "");
	FOUND2(st, "رضامحمد", "رضا محمد");
	FOUND2(st, "رضاکریمی", "محمد رضا کریمی");
	FOUND2(st, "کریمیرضا", "");
	FOUND2(st, "زهراکریمی", "زهرا کریمی");
	FOUND_RESUMED(st, "عليرضا",
	    "علی رضا علیرضایی|علی رضا نوروزی‌فر|محمد علی رضا|علی رضا‌پور");
	FOUND_RESUMED(st, "کریمی محمدرض", "محمدرضا کریمی|محمد رضا کریمی");
	/* a page that ends in a split's range resumes there */
	{
		struct store_txn *t;
		struct store_iter *it;
		struct store_pos pos, pos0;
		char id[CORE_ID_MAX];
		struct core_record *r;

		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_search(t, CORE_DONOR, "محمدرضا", &it), 0);
		assert_int_equal(store_iter_next(it, id), 0);	/* محمدرضا کریمی */
		store_iter_pos(it, &pos0);
		assert_int_equal(store_iter_next(it, id), 0);	/* محمد رضا کریمی */
		store_iter_pos(it, &pos);
		store_iter_free(it);
		store_read_end(t);
		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_search(t, CORE_DONOR, "محمدرضا", &it), 0);
		assert_int_equal(store_iter_seek(it, &pos), 0);
		assert_int_equal(store_iter_next(it, id), 0);
		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "محمد رضایی");
		core_record_free(r);
		assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
		assert_int_equal(store_iter_seek(it, &pos), 0);
		assert_int_equal(store_iter_prev(it, id), 0);
		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "محمدرضا کریمی");
		core_record_free(r);
		assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
		/* from the scan word's range on into the split's */
		assert_int_equal(store_iter_seek(it, &pos0), 0);
		assert_int_equal(store_iter_next(it, id), 0);
		assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
		assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "محمد رضا کریمی");
		core_record_free(r);
		store_iter_free(it);
		store_read_end(t);
	}
	assert_int_equal(problems(st), 0);
	store_close(st);
	/* long words: 16 ranges to walk (the most a position can tell), the
	 * splits with two letters on a side last; one query word is split
	 * at a time (the third name would need two) */
	{
		static const char *const long_names[] = {
			"امیرحسین عبدالله‌پور محمد رضا", "امیر حسین عبدالله‌پور محمدرضا",
			"امیر حسین عبدالله‌پور محمد رضا", "امیرحسین عبدالله‌پور محمدرضایی",
		};

		st = open_with(NULL, long_names, sizeof long_names / sizeof long_names[0], NULL);
		FOUND2(st, "امیرحسین عبدالله‌پور محمدرضا",
		    "امیرحسین عبدالله‌پور محمدرضایی|امیر حسین عبدالله‌پور محمدرضا|"
		    "امیرحسین عبدالله‌پور محمد رضا");
		/* محمدرضا the start of محمدرضایی, typed first */
		FOUND2(st, "محمدرضا امیرحسین عبدالله پور",
		    "امیرحسین عبدالله‌پور محمدرضایی|امیرحسین عبدالله‌پور محمد رضا|"
		    "امیر حسین عبدالله‌پور محمدرضا");
		FOUND_RESUMED(st, "محمدرضا امیرحسین عبدالله پور",
		    "امیرحسین عبدالله‌پور محمدرضایی|امیرحسین عبدالله‌پور محمد رضا|"
		    "امیر حسین عبدالله‌پور محمدرضا");
		store_close(st);
	}
}

static void
test_bare_number(void **state)
{
	static const char *const names[] = {
		"علی کریمی", "زهرا نوری", "حسن رضایی", "مریم احمدی‌نژاد",
		"شرکت ۱۲ فروردین",	/* TBZ-5: a name with the number as a word */
		"رضا حسینی", "کارگاه ۱۲۰ تبریز",	/* TBZ-7: a word starting with it */
		"سارا کریمی", "یوسف نوروزی‌فر", "جواد صمدی", "فاطمه امامی",
		"بنیاد ۱۲ بهمن",	/* TBZ-12: found by its number, listed once */
		"اکبر دهخدا",
	};
	struct store *st = open_with(NULL, names, sizeof names / sizeof names[0], NULL);

	(void)state;
	apply_remote(st, "MRG-12", "رضا نوری");
	apply_remote(st, "AZS-12", "سارا حسینی");
	apply_remote(st, "MRG-120", "مریم كريمي");
	FOUND_IDS(st, "12", "AZS-12|MRG-12|TBZ-12|TBZ-5|TBZ-7");
	FOUND_IDS(st, "۱۲", "AZS-12|MRG-12|TBZ-12|TBZ-5|TBZ-7");
	FOUND_IDS(st, " ۱۲ ", "AZS-12|MRG-12|TBZ-12|TBZ-5|TBZ-7");	/* spaces: as 12 */
	FOUND_IDS(st, "۱۲۰", "MRG-120|TBZ-7");
	FOUND_IDS(st, "7", "TBZ-7");
	FOUND_IDS(st, "999", "");
	FOUND_IDS(st, "0", "");
	/* not a bare number: by name alone */
	FOUND_IDS(st, "کریمی", "MRG-120|TBZ-1|TBZ-8");	/* by record key */
	FOUND_IDS(st, "۱۲ بهمن", "TBZ-12");
	store_close(st);
}

/* store_name_twin's answer for name in county (except: a record left
 * out), its id or "" (none). */
static const char *
twin(struct store *st, enum core_kind k, const char *county, const char *name,
    const char *except)
{
	static char id[CORE_ID_MAX];
	struct store_txn *t;
	int rc;

	assert_int_equal(store_read_begin(st, &t), 0);
	rc = store_name_twin(t, k, county, name, except, id);
	store_read_end(t);
	if (rc == STORE_ENOTFOUND)
		return "";
	assert_int_equal(rc, 0);
	return id;
}

static int
refuse_all(const struct core_record *r, void *ctx)
{
	(void)r;
	++*(int *)ctx;
	return 0;
}

struct twin_put {
	const char *name, *county;
	char id[CORE_ID_MAX], found[CORE_ID_MAX];
};

/* A donor put, then his twin looked for in the same (bulk) write: the
 * entries written are found. */
static int
twin_put_fn(struct store_txn *t, void *ctx)
{
	struct twin_put *p = ctx;
	struct core_record *r = core_record_new(CORE_DONOR);
	int rc;

	store_txn_bulk(t);
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, p->name);
	core_record_set_text(r, CORE_DONOR_COUNTY, p->county);
	rc = store_put_new(t, r, p->id);
	core_record_free(r);
	if (rc != 0)
		return rc;
	p->found[0] = '\0';
	rc = store_name_twin(t, CORE_DONOR, p->county, "مهسا  صمدي", p->id, p->found);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* A name registered twice in one county (store_name_twin): the same name
 * with its spaces, ZWNJs, Arabic ي/ك and hamza forms written another way,
 * found in the word index; a name that only starts or ends the same, the
 * record itself, another county, a record accept refuses, are not. */
static void
test_name_twin(void **state)
{
	static const char *const names[] = {
		"علی کریمی", "هیئت امام\u200cجمعه", "محمد رئیسی", "آقایی زاده",
		"محمدرضا احمدی\u200cنژاد", "مهدی کریمی", "کریمی علی", "خیریه\u200cها",
	};
	char ids[8][CORE_ID_MAX];
	struct store *st = open_with(NULL, names, 8, ids);
	struct twin_put p = { "مهسا صمدی", "TBZ", "", "" };
	struct store_txn *t;
	char id[CORE_ID_MAX];
	int asked = 0;

	(void)state;
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "علي  كريمي", NULL), ids[0]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "هیئت امام جمعه", NULL), ids[1]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "هيئت امامجمعه", NULL), ids[1]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "هیئت\u200cامام جمعه", NULL), ids[1]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "محمد رییسی", NULL), ids[2]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "اقایی\u200cزاده", NULL), ids[3]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "محمد رضا احمدی نژاد", NULL), ids[4]);
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "خیریه ها", NULL), ids[7]);
	/* only the start, only the end, the words in another order */
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "علی", NULL), "");
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "کریمی", NULL), "");
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "رضا کریمی", NULL), "");
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "علی کریمی زاده", NULL), "");
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "کریمی علی", NULL), ids[6]);
	/* itself; another county; a group of that name; nothing typed */
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "علی کریمی", ids[0]), "");
	assert_string_equal(twin(st, CORE_DONOR, "MRG", "علی کریمی", NULL), "");
	assert_string_equal(twin(st, CORE_GROUP, "TBZ", "علی کریمی", NULL), "");
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", " \u200c ", NULL), "");
	/* accept asked of the candidate, who is then left out */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_name_twin_if(t, CORE_DONOR, "TBZ", "علی کریمی", NULL, refuse_all,
	    &asked, id), STORE_ENOTFOUND);
	store_read_end(t);
	assert_int_equal(asked, 1);
	/* a kind without a name and a county */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_name_twin(t, CORE_PAYMENT, "TBZ", "x", NULL, id), STORE_EINVAL);
	store_read_end(t);
	/* in a bulk write, the donor just put is found */
	assert_int_equal(store_write(st, twin_put_fn, &p), 0);
	assert_string_equal(p.found, "");	/* himself */
	p.name = "مهسا\u200cصمدی";
	assert_int_equal(store_write(st, twin_put_fn, &p), 0);
	assert_string_not_equal(p.found, "");
	assert_string_not_equal(p.found, p.id);
	store_close(st);
}

/* Names of many words and parts: more than WORDS_MAX (128) entries with
 * the parts of their ZWNJ words, not without; over 128 words; 126
 * entries.  No form takes them (150 characters at most: 101 entries), but
 * the store does. */
#define MIHA "می\u200cها "
#define MIHA8 MIHA MIHA MIHA MIHA MIHA MIHA MIHA MIHA
#define MIHA8_JOINED "میها میها میها میها میها میها میها میها "
#define BITA "بی\u200cتا "
#define BITA8 BITA BITA BITA BITA BITA BITA BITA BITA
#define ALPHABET "ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی آ ئ"
static const char *const cached_names[] = {
	"علی کریمی", "هیئت امام\u200cجمعه",
	MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA "می\u200cها",
	ALPHABET " " ALPHABET " " ALPHABET " " ALPHABET,
	BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA BITA BITA BITA BITA BITA "بی\u200cتا",
};
static const char *const cached_queries[] = {
	"علي  كريمي", "علی کریمی", "هیئت امام جمعه", "هيئت امامجمعه", "کریمی علی",
	"می ها " MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 "میها",
	MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA8 MIHA "می\u200cها",
	ALPHABET " " ALPHABET " " ALPHABET " " ALPHABET,
	"بیتا " BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA BITA BITA BITA BITA "بی تا",
	BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA8 BITA BITA BITA BITA BITA BITA "بی\u200cتا",
	"بی\u200cتا", "رضا",
	/* 66 entries (not cut) for a stored name cut at 128 */
	MIHA8_JOINED MIHA8_JOINED MIHA8_JOINED MIHA8_JOINED MIHA8_JOINED MIHA8_JOINED
	    MIHA8_JOINED MIHA8_JOINED "میها میها",
};
#define NCACHED (sizeof cached_queries / sizeof cached_queries[0])

struct cached_ctx {
	char got[NCACHED][CORE_ID_MAX];
};

/* Each query put as a donor of MRG in a bulk write (its words made and
 * kept), then its twin in TBZ looked for with the words kept. */
static int
twin_cached_fn(struct store_txn *t, void *ctx)
{
	struct cached_ctx *c = ctx;
	char id[CORE_ID_MAX];
	size_t i;
	int rc;

	store_txn_bulk(t);
	for (i = 0; i < NCACHED; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);

		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, cached_queries[i]);
		core_record_set_text(r, CORE_DONOR_COUNTY, "MRG");
		rc = store_put_new(t, r, id);
		core_record_free(r);
		if (rc != 0)
			return rc;
		rc = store_name_twin_if(t, CORE_DONOR, "TBZ", cached_queries[i], id, NULL, NULL,
		    c->got[i]);
		if (rc == STORE_ENOTFOUND)
			c->got[i][0] = '\0';
		else if (rc != 0)
			return rc;
		/* given the twin key the import made already: the same */
		{
			char *key = loc_text_twin_key(cached_queries[i]), other[CORE_ID_MAX];

			assert_non_null(key);
			rc = store_name_twin_key_if(t, CORE_DONOR, "TBZ", cached_queries[i], key, id,
			    NULL, NULL, other);
			free(key);
			if (rc == STORE_ENOTFOUND)
				other[0] = '\0';
			else if (rc != 0)
				return rc;
			assert_string_equal(other, c->got[i]);
		}
	}
	return 0;
}

/* In a bulk write, store_name_twin_if takes the words of the name just
 * written from what words_field kept; it answers as a read does, which
 * makes them anew, for names of many words and of many parts. */
static void
test_name_twin_cached(void **state)
{
	char ids[5][CORE_ID_MAX], want[NCACHED][CORE_ID_MAX];
	struct store *st = open_with(NULL, cached_names, 5, ids);
	static struct cached_ctx c;
	size_t i, hits = 0;

	(void)state;
	for (i = 0; i < NCACHED; i++) {
		snprintf(want[i], sizeof want[i], "%s",
		    twin(st, CORE_DONOR, "TBZ", cached_queries[i], NULL));
		hits += want[i][0] != '\0';
	}
	/* the names of many parts too, whose entries were cut at WORDS_MAX,
	 * the last word's with them: the county's records are read (before,
	 * they were not found) */
	assert_int_equal(hits, 10);
	assert_string_equal(want[5], ids[2]);
	assert_string_equal(want[6], ids[2]);
	assert_string_equal(want[7], ids[3]);
	assert_string_equal(want[8], ids[4]);
	assert_string_equal(want[9], ids[4]);
	assert_string_equal(want[12], ids[2]);	/* by its first word's entry */
	memset(&c, 0, sizeof c);
	assert_int_equal(store_write(st, twin_cached_fn, &c), 0);
	for (i = 0; i < NCACHED; i++)
		assert_string_equal(c.got[i], want[i]);
	store_close(st);
}

/* ---- a long name: every word indexed, format 8 -> 9 ---- */

/* 32 written words, 34 entries with the parts after its ZWNJs: a group's
 * or a company's name as clerks register them (147 characters, a form
 * takes 150).  Format 8 indexed the first 32 entries, and «نیک‌اندیش»,
 * the last word, was not found. */
#define LONG_NAME "کانون فرهنگی و ورزشی بسیج خواهران مرند و بخش\u200cهای یامچی و " \
	"زنوز به یاد شهدا و ایثارگران و آزادگان در کوی و برزن و ده و شهر با یاری " \
	"خیّر کوی نیک\u200cاندیش"
/* 74 written words in 150 characters: the most a name's words can be */
#define VAV8 "و و و و و و و و "
#define MANY_WORDS VAV8 VAV8 VAV8 VAV8 VAV8 VAV8 VAV8 VAV8 VAV8 "و بیتا"
static const char *const long_names[] = {
	LONG_NAME,
	"شرکت نیک\u200cاندیشان مهرگان",
	"علی کریمی",
	MANY_WORDS,
};
#define NLONG (sizeof long_names / sizeof long_names[0])

/* The word index as format 8 had it: 32 entries of a name at most. */
static int
format8_fn(struct store_txn *t, void *ctx)
{
	unsigned char eight[8] = { 0, 0, 0, 0, 0, 0, 0, 8 };
	MDB_val k = { 6, "format" }, d = { 8, eight };

	(void)ctx;
	t->st->shortwords = 1;
	assert_int_equal(words_rebuild(t), 0);
	t->st->shortwords = 0;
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0), 0);
	return 0;
}

#define LONG_AND_NIK LONG_NAME "|شرکت نیک\u200cاندیشان مهرگان"

static void
test_long_name(void **state)
{
	char path[512], ids[NLONG][CORE_ID_MAX];
	struct store *st;

	(void)state;
	snprintf(path, sizeof path, "%s", newdb());
	st = open_with(path, long_names, NLONG, ids);
	/* the last word, with its ZWNJ, without, with Arabic ي/ك; its part
	 * after the ZWNJ; with a word of the first 32 */
	FOUND(st, "نیک\u200cاندیش", LONG_AND_NIK);
	FOUND(st, "نيك\u200cانديش", LONG_AND_NIK);
	FOUND(st, "نیکاندیش ", LONG_AND_NIK);
	FOUND(st, "اندیش", LONG_AND_NIK);
	FOUND(st, "زنوز نیک\u200cاندیش", LONG_NAME);
	FOUND(st, "اندیش مهرگ", "شرکت نیک\u200cاندیشان مهرگان");
	FOUND(st, "خیر", LONG_NAME);	/* the 31st word: found before too */
	FOUND(st, "بیتا", MANY_WORDS);
	FOUND(st, "و و بیت", MANY_WORDS);
	assert_int_equal(problems(st), 0);
	/* the twin of a long name, with a space for a ZWNJ */
	assert_string_equal(twin(st, CORE_DONOR, "TBZ", "کانون فرهنگی و ورزشی بسیج خواهران "
	    "مرند و بخش های یامچی و زنوز به یاد شهدا و ایثارگران و آزادگان در کوی و برزن و ده "
	    "و شهر با یاری خیّر کوی نیک اندیش", NULL), ids[0]);
	assert_int_equal(store_write(st, format8_fn, NULL), 0);
	store_close(st);

	/* a format-8 database read only: its index read as it is, the last
	 * word not found, and verify content with it */
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	FOUND(st, "اندیش", "شرکت نیک\u200cاندیشان مهرگان");
	FOUND(st, "خیر", LONG_NAME);
	assert_int_equal(problems(st), 0);
	store_close(st);

	/* the first open that may write indexes every word */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	FOUND(st, "نيك\u200cانديش", LONG_AND_NIK);
	FOUND(st, "بیتا", MANY_WORDS);
	assert_int_equal(problems(st), 0);
	store_close(st);
	assert_int_equal(store_open(path, STORE_RDONLY, &st), 0);
	FOUND(st, "اندیش", LONG_AND_NIK);
	assert_int_equal(problems(st), 0);
	store_close(st);
}

static int
setup(void **state)
{
	const char *base = getenv("HAMYAR_TEST_TMP");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/search.XXXXXX", base && *base ? base : "/tmp");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

/* A digit run touching letters in the query is a word of its own: "اهر۴"
 * finds the names that write «اهر ۴» (before: none, while "اهر ۴" found
 * them), and a name that writes them joined is still found, by either
 * query; Persian, Arabic-Indic and ASCII digits alike. */
static const char *const digits_joined[] = {
	"پاسگاه اهر ۴",
	"کلانتری اهر ۴",
	"کلانتری اهر۴۲",
	"دوربین 4MP ورودی",
	"پاسگاه مرند ۱۲",
};
static void
test_digit_touching(void **state)
{
	struct store *st = open_with(NULL, digits_joined, 5, NULL);

	(void)state;
	FOUND(st, "اهر ۴", "پاسگاه اهر ۴|کلانتری اهر ۴|کلانتری اهر۴۲");
	FOUND(st, "اهر۴", "پاسگاه اهر ۴|کلانتری اهر ۴|کلانتری اهر۴۲");
	FOUND(st, "اهر4 ", "پاسگاه اهر ۴|کلانتری اهر ۴|کلانتری اهر۴۲");
	FOUND(st, "كلانتري اهر٤٢", "کلانتری اهر۴۲");
	FOUND(st, "4mp", "دوربین 4MP ورودی");
	FOUND(st, "مرند۱۲", "پاسگاه مرند ۱۲");
	FOUND(st, "پاسگاه۱۲", "پاسگاه مرند ۱۲");	/* as "پاسگاه ۱۲" */
	FOUND(st, "اهر۵", "");
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_family_and_first_names),
		cmocka_unit_test(test_trailing_space_and_many_words),
		cmocka_unit_test(test_every_word_a_prefix),
		cmocka_unit_test(test_variants_zwnj_dedupe),
		cmocka_unit_test(test_update_and_deactivate),
		cmocka_unit_test(test_paging),
		cmocka_unit_test(test_verify),
		cmocka_unit_test(test_old_format),
		cmocka_unit_test(test_format4_mobile),
		cmocka_unit_test(test_names_order),
		cmocka_unit_test(test_zwnj_parts),
		cmocka_unit_test(test_zwnj_heads),
		cmocka_unit_test(test_format6_parts),
		cmocka_unit_test(test_bare_number),
		cmocka_unit_test(test_shadda),
		cmocka_unit_test(test_joined_query),
		cmocka_unit_test(test_split_query),
		cmocka_unit_test(test_name_twin),
		cmocka_unit_test(test_name_twin_cached),
		cmocka_unit_test(test_digit_touching),
		cmocka_unit_test(test_long_name),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
