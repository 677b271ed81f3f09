/*
 * store/search.c — the word index behind store_iter_search: a clerk finds a
 * donor by typing the start of ANY word of the name ("کریمی" finds
 * "علی کریمی"), several words in any order ("کریمی علی"), each of them
 * the start of a word ("کری عل", "نیکو مهر" finds "بنیاد نیکوکاری مهر").
 *
 * Words.  The search text of a field (loc_text_key: normalised and folded,
 * so ي/ك, hamza forms and ZWNJ do not matter) is split on spaces; a ZWNJ
 * joins the parts of ONE word ("نوروزی‌فر" is one word, found by "نور" and
 * by "نوروزیفر" typed with or without the ZWNJ).  Each part after a ZWNJ
 * is indexed too, with the rest of the word: "احمدی‌نژاد" is entered as
 * "احمدینژاد" and "نژاد", "قلی‌زاده‌اصل" as "قلیزادهاصل", "زادهاصل" and
 * "اصل", since Persian compound names (احمدی‌نژاد, عبدالله‌زاده,
 * حسین‌پور) are searched by their second part as often as by their first
 * (format 7; loc_text_key_zwnj tells where the parts start).  A word is
 * its letters: the level-1 part of its collation key (loc_collate_prefix,
 * locale/collate.h), cut at WORD_KEY_MAX bytes; a word or part without
 * letters (punctuation alone) is not indexed.  The names that share a
 * word follow each other by record key: in the order they were registered
 * at each station.
 *
 * Layout (sub-database "words", DB_WORDS, plain keys, no duplicates):
 *   key   = kind, field, word letters, 0x00, record key
 *   value = number of words, then per word of the name: length (PART_FLAG
 *           added for a part after a ZWNJ), letters
 * Collation keys hold no NUL byte, so the key sorts by word, then by
 * record key; the key is unique per (word, record), and a name that repeats
 * a word (or two spellings with the same letters, or a part that repeats
 * another word) has one entry for it.  The value lists every word and part
 * of the name (repeats too), so a query of several words is filtered, and
 * a record matched by two of its words returned once, without reading the
 * record.
 * Entries are small (about 60 bytes for a three-word name) so that a
 * range of them spans few pages and a bulk import dirties fewer.
 *
 * Bound.  A name has at most WORDS_MAX (128) words and parts in the index
 * (its entries, and the list of each value; a query's matching keeps a
 * bit per word: struct wmask): every word of any name a form or an import
 * takes.  Such a text is normalised (one space, one ZWNJ between words and
 * parts, none at the ends) and of 150 characters at most, a need's title
 * 200, so a word or part after the first takes two characters at least
 * (a space or ZWNJ and a letter): 101 at most.  Formats 4 to 8 kept 32,
 * and a group's, a unit's or a company's long name («کانون فرهنگی و
 * ورزشی بسیج خواهران مرند ... کوی نیک‌اندیش», 32 words and 34 entries
 * with its parts) lost its last words: a clerk who typed one found
 * nothing, and was not told.  Format 9 rebuilds an older database's index
 * on its first open that may write (store.c, migrate: 0.3 s for 20,000
 * donors, 0.65-0.9 s for 10^5 under load); opened read-only, that index
 * is read and verified as it is (st->shortwords, words_cap).  Names of 32
 * entries or fewer have the same entries as before.  A longer text put by
 * other means (the store itself takes any) still loses the words after
 * the 128th; its twin is then looked for as below ("Twins").
 *
 * Query.  The query is split the same way.  Every query word is a prefix:
 * a name word's letters start with it (qmatch), whether a space follows
 * it or not: the words typed before the last, and a space typed after the
 * last, are starts of words as the last one is ("نیکو مهر", "نیکو ").
 * Before, a word followed by a space had to be a whole word (or the head
 * of one up to a ZWNJ), and "نیکو مهر" found nothing where "نیکو" found
 * "بنیاد نیکوکاری مهر"; a whole word still comes first among the words
 * it starts, as its entries sort before theirs.  Every query word must
 * match a DIFFERENT written word of the name (itself or one of its parts),
 * in any order: "نژاد احمدی" does not find "احمدی‌نژاد" alone; but query
 * words next to each other, in order, each but the last the whole head of
 * a written word up to a ZWNJ, match one written word when they are its
 * parts between its ZWNJs ("احمدی نژاد", "قلی زاده اصل": a space typed
 * for the ZWNJ, on a keyboard without one; joins).  The
 * iterator walks the key range of one query word, the scan word: the
 * query word whose range holds the fewest entries (counted up to SCAN_CAP
 * each; ties, such as two common words, go to the longer word).  A record is returned at its
 * smallest word that matches the scan word (its other matching words are
 * skipped: no duplicates), if the whole query matches its word list.
 *
 * Two query words next to each other may also be one written word that has
 * no ZWNJ between them ("محمد رضا" typed for "محمدرضا", "امیر حسین" for
 * "امیرحسین"): after the scan word's range, the iterator walks the range of
 * their letters joined (a phase per such pair: wquery.ph, next_phase),
 * where a name is returned only if the query does not match it as typed
 * (it was returned already) nor by an earlier pair.  That range is walked
 * only once the scan word's is done, so a keystroke that fills its page
 * there costs nothing more.  The other way round, one query word may be
 * two written words next to each other ("محمدرضا" typed for "محمد رضا",
 * "علیرضا" for "علی رضا", and "محمدرض" as typing goes on): for each place
 * after a letter of a query word with two letters or more on each side (a
 * split, wquery.phase, add_splits), after those ranges the iterator walks
 * the range of the letters before it as a whole word (key kind, field,
 * letters, 0x00), where a name is returned if that word is followed by a
 * written word that the letters after it match as the query word would
 * (split_pairs), the other query words matching other written words, and
 * it was not returned in an earlier range.  Indexing two words joined
 * instead would grow a two-word name's entries from two to three, and
 * made bench_store's inserts and prefix search a third slower and up to
 * twice as slow.  A position keeps the range walked in 4 bits: the scan
 * word's, the joined pairs', then the splits with three letters or more on
 * each side (محمد رضا, امیر حسین, عبد الله) before those with two, up to
 * 16 ranges; a query of long words loses the last.  One query word is
 * split at a time ("امیرحسین محمدرضا" does not find "امیر حسین محمد رضا").
 *
 * Order: by the matched word of the scan word (Persian order), then by
 * record key (registration order).  The list screen sorts the rows of a
 * search by name on F6; browsing without a search is in name order (the
 * whole-name index of store.c).  A search
 * position (store_pos) is 'W', the scan word's number (and, times 16, the
 * range walked: wquery.ph) and the entry's key,
 * so a page resumes on the same scan word in a later transaction.
 *
 * Cost.  A record writes one entry per distinct word or part.  Within a
 * word the entries go by record key, so new records append at the end of each
 * word's range and a commit dirties about one page per word it touches.
 * Format 3 ordered a word's names by the whole name's letters, which put
 * every entry at a random place: a commit of 1,000 donors dirtied most of
 * the index, and inserts ran at half the rate (bench_store, 10^5 donors:
 * 23,000 rows/s against 46,000-49,000 now; SQLite 38,000-40,000).  A
 * database of an older format gets the index built once by store_open
 * (store.c, migrate), as a bulk write (its entries sorted, then put): 0.2 s
 * for 10^5 donors, the program's start included.  Formats 4 to 6 had no
 * entries for the parts: opened read-only (st->noparts) their index is
 * read, verified and kept as it is, and a compound word is found only by
 * its start.
 */
#include <stdlib.h>
#include <string.h>

#include "locale/collate.h"
#include "locale/hash.h"
#include "locale/text.h"
#include "store/store_int.h"

#define WORD_KEY_MAX	60	/* bytes of a word's letters kept */
#define WORDS_MAX	128	/* words and parts of one name indexed (see
				   "Bound"); wmask has a bit for each */
#define WORDS_MAX_8	32	/* ... by formats 4 to 8 (st->shortwords) */
#define SCAN_CAP	256	/* entries counted per query word to pick the scan word */

#define PART_FLAG	0x80	/* on a word's length in an entry value: a part
				   (WORD_KEY_MAX is below it) */

/* The words of one search text. */
struct wlist {
	size_t n;
	size_t len[WORDS_MAX];
	unsigned char part[WORDS_MAX];	/* 1: a part of the word before it */
	unsigned char own[WORDS_MAX];	/* 1: a written word's own entry (not a
					   part): the entries words_of makes
					   without parts */
	unsigned char key[WORDS_MAX][WORD_KEY_MAX];
};

/*
 * A bulk write's last words (t->words).  An import asks store_name_twin_if
 * about each row's name just after writing the row, whose word entries
 * words_field made from the same name: the twin lookup takes those words
 * from here instead of folding and collating the name again (a tenth of
 * the writer's work for 10^5 donors).  The words of a text are the same
 * in every transaction of a store (st->noparts does not change).
 */
/*
 * The distinct words of the word index as LMDB held them (each entry's key
 * up to its word: kind, field, the word's letters), made once in a bulk
 * write for its twin lookups.  In a database of 20,000 donors each row's
 * lookup probed LMDB once a letter of the name, 33,000 instructions a row,
 * four in ten of an import's writer (callgrind); a probe whose word is not
 * here finds nothing, and is not made.  Made after WSET_AFTER lookups (a
 * short import does not read the whole index), and given up for the rest
 * of the write once the index in LMDB changes (t->words_gen: the deferred
 * entries put, a name's old words deleted), when the probes are all made
 * again.
 *
 * Read with them: the entry of each name whose value lost words
 * (lossy_first), for twin_lossy, which then reads no range of LMDB; made
 * sooner, too, once twin_lossy has walked half as many entries as the
 * index holds (walked_much).
 */
#define WSET_AFTER	256

struct wset_ent {
	uint32_t h, off;	/* hash; offset in the arena (0: empty slot) */
	unsigned len;
};

/* A name whose entry value lost words (value_lossy), as the word index
 * held it: its first written word's entry, key and value. */
struct wlossy {
	unsigned char *key, *val;
	size_t klen, vlen;
};

struct wset {
	unsigned char *arena;	/* the words, one after another, from offset 1 */
	size_t alen, acap;
	struct wset_ent *tab;	/* open addressing, cap a power of 2 */
	size_t n, cap;
	struct wlossy *lossy;	/* the index's names whose values lost words */
	size_t nlossy, lcap;
};

struct wcache {
	struct wset *set;	/* the index's words, if set_state is 1 */
	int set_state;		/* 0 not made, 1 made, -1 not used in this write */
	unsigned set_gen;	/* t->words_gen when made */
	size_t lookups;		/* twin lookups so far */
	size_t walked;		/* entries twin_lossy walked in LMDB so far */
	char *text;		/* the text of w, if valid */
	size_t cap;
	char *fold;		/* its folding with ZWNJs (loc_text_key_zwnj), if
				   fold_ok */
	size_t fcap;
	int fold_ok;
	int valid;
	int parts;		/* w made with parts */
	struct wlist w, old;	/* old: words_field's other list */
};

/* The next word of the text at *rest, cut off where it is (the space
 * after it made a NUL), *rest moved past it; NULL when no word is left.
 * The words of a text are those between its spaces. */
static char *
cut_word(char **rest)
{
	char *p = *rest, *sp;

	while (*p == ' ')
		p++;
	if (*p == '\0')
		return NULL;
	if ((sp = strchr(p, ' ')) != NULL)
		*sp++ = '\0';
	else
		sp = p + strlen(p);
	*rest = sp;
	return p;
}

/* Splits text into words (see the file comment): each word, and with
 * parts, after it the rest of the word from each ZWNJ in it.  Returns 0,
 * STORE_ENOMEM; w->n is 0 for a text without a word. */
static int
words_of_keep(const char *text, struct wlist *w, int parts, size_t cap, struct wcache *c)
{
	char *folded, *p, *rest;
	char tmp[512];
	size_t n, i, o, nz, z, w0, at[WORDS_MAX];

	w->n = 0;
	if (text == NULL || *text == '\0')
		return 0;
	if ((folded = loc_text_key_zwnj(text)) == NULL)
		return STORE_ENOMEM;
	if (c != NULL) {	/* kept for store_twin_key */
		size_t fl = strlen(folded) + 1;

		if (fl > c->fcap) {
			char *q = realloc(c->fold, fl);

			if (q != NULL) {
				c->fold = q;
				c->fcap = fl;
			}
		}
		if (fl <= c->fcap) {
			memcpy(c->fold, folded, fl);
			c->fold_ok = 1;
		}
	}
	rest = folded;
	while (w->n < cap && (p = cut_word(&rest)) != NULL) {
		/* the ZWNJs taken out (the word as loc_text_key has it), where
		 * they were kept */
		for (i = o = nz = 0; p[i] != '\0'; ) {
			if ((unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] == 0x80 &&
			    (unsigned char)p[i + 2] == 0x8C) {	/* ZWNJ */
				if (nz < WORDS_MAX)
					at[nz++] = o;
				i += 3;
				continue;
			}
			p[o++] = p[i++];
		}
		p[o] = '\0';
		for (w0 = w->n, z = 0; z <= nz && w->n < cap; z++) {
			if (z > 0 && !parts)
				break;
			n = loc_collate_prefix(p + (z > 0 ? at[z - 1] : 0), tmp, sizeof tmp);
			if (n >= sizeof tmp)
				n = sizeof tmp - 1;
			if (n == 0)
				continue;	/* no letters */
			if (n > WORD_KEY_MAX)
				n = WORD_KEY_MAX;
			memcpy(w->key[w->n], tmp, n);
			w->part[w->n] = w->n > w0;	/* after its word's own entry */
			w->own[w->n] = z == 0;
			w->len[w->n++] = n;
		}
	}
	free(folded);
	return 0;
}

static int
words_of(const char *text, struct wlist *w, int parts, size_t cap)
{
	return words_of_keep(text, w, parts, cap, NULL);
}

/* The most entries st's word index holds of one name: WORDS_MAX, or
 * WORDS_MAX_8 in a database of format 4 to 8 opened read-only. */
static size_t
words_cap(const struct store *st)
{
	return st->shortwords ? WORDS_MAX_8 : WORDS_MAX;
}

int
store_search_short(const struct store *st)
{
	return st != NULL && !st->nowords && st->shortwords;
}

/* Entry key of word i of w for record rkey; returns its length. */
static size_t
entry_key(enum core_kind k, int f, const struct wlist *w, size_t i,
    const unsigned char *rkey, size_t rklen, unsigned char *key)
{
	size_t o = 0;

	key[o++] = (unsigned char)k;
	key[o++] = (unsigned char)f;
	memcpy(key + o, w->key[i], w->len[i]);
	o += w->len[i];
	key[o++] = 0;
	memcpy(key + o, rkey, rklen);
	return o + rklen;
}

/* Entry value of w into v (1 + WORDS_MAX * (1 + WORD_KEY_MAX) bytes). */
static size_t
entry_value(const struct wlist *w, unsigned char *v)
{
	size_t i, o = 0;

	v[o++] = (unsigned char)w->n;
	for (i = 0; i < w->n; i++) {
		v[o++] = (unsigned char)(w->len[i] | (w->part[i] ? PART_FLAG : 0));
		memcpy(v + o, w->key[i], w->len[i]);
		o += w->len[i];
	}
	return o;
}

#define VALUE_MAX (1 + WORDS_MAX * (1 + WORD_KEY_MAX))

/*
 * 1 if entry value v (vl bytes) may have lost words of its name: its list
 * cut at cap (words_cap), or a written word's letters cut at WORD_KEY_MAX
 * (a list of cap, or a word of WORD_KEY_MAX letters, uncut is taken as
 * cut too).  Such a value is longer than 1 + WORD_KEY_MAX bytes (a word
 * and its length byte, or cap words of a letter at least).
 */
static int
value_lossy(const unsigned char *v, size_t vl, size_t cap)
{
	size_t i, n, p = 1, wl;

	if (vl <= 1 + WORD_KEY_MAX)
		return 0;
	if ((n = v[0]) >= cap)
		return 1;
	for (i = 0; i < n && p < vl; i++) {
		wl = v[p] & (unsigned char)~PART_FLAG;
		if (!(v[p] & PART_FLAG) && wl >= WORD_KEY_MAX)
			return 1;
		p += 1 + wl;
	}
	return 0;
}

/* 1 if the written words of entry value v (vl bytes; parts aside), one
 * after another, are the start of letters let (xl bytes), up to a word of
 * WORD_KEY_MAX letters (cut maybe: what follows it is not known). */
static int
value_starts(const unsigned char *v, size_t vl, const unsigned char *let, size_t xl)
{
	size_t i, n, p = 1, o = 0, wl;

	if (vl < 1)
		return 0;
	n = v[0];
	for (i = 0; i < n; i++) {
		if (p >= vl)
			return 0;
		wl = v[p] & (unsigned char)~PART_FLAG;
		if (p + 1 + wl > vl)
			return 0;
		if (!(v[p] & PART_FLAG)) {
			if (o + wl > xl || memcmp(v + p + 1, let + o, wl) != 0)
				return 0;
			o += wl;
			if (wl >= WORD_KEY_MAX)
				return 1;
		}
		p += 1 + wl;
	}
	return 1;
}

/* 1 if entry key kp (its word wl bytes from kp + 2) is the entry of the
 * first word of its value v (vl bytes), which value_lossy takes (cap: see
 * there): the one entry of a name whose value lost words that a twin
 * lookup walks to. */
static int
lossy_first(const unsigned char *kp, size_t wl, const unsigned char *v, size_t vl, size_t cap)
{
	return vl > 1 + WORD_KEY_MAX && (size_t)(v[1] & (unsigned char)~PART_FLAG) == wl &&
	    !(v[1] & PART_FLAG) && memcmp(v + 2, kp + 2, wl) == 0 && value_lossy(v, vl, cap);
}

/* Puts (add) or deletes every entry of w for record rkey. */
static int
put_entries(struct store_txn *t, enum core_kind k, int f, const struct wlist *w,
    const unsigned char *rkey, size_t rklen, int add)
{
	unsigned char key[KEY_MAX], val[VALUE_MAX];
	MDB_val kv;
	size_t i, vl = add ? entry_value(w, val) : 0;
	int rc;

	if (rklen > RKEY_MAX)
		return STORE_EINVAL;
	if (!add && w->n > 0 && (rc = defer_flush_db(t, DB_WORDS)) != 0)
		return rc;
	for (i = 0; i < w->n; i++) {
		kv.mv_data = key;
		kv.mv_size = entry_key(k, f, w, i, rkey, rklen, key);
		if (add) {
			if ((rc = defer_put(t, DB_WORDS, key, kv.mv_size, val, vl, 0)) != 0)
				return rc;
			continue;
		}
		t->words_gen++;
		rc = mdb_del(t->txn, t->st->dbi[DB_WORDS], &kv, NULL);
		if (rc == MDB_NOTFOUND)	/* a repeated word: deleted already */
			rc = 0;
		if (rc != 0)
			return lmdb_err(t, rc);
	}
	return 0;
}

static int
same_words(const struct wlist *a, const struct wlist *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (a->len[i] != b->len[i] || a->part[i] != b->part[i] ||
		    memcmp(a->key[i], b->key[i], a->len[i]) != 0)
			return 0;
	return 1;
}

static const char *
field_text(const struct core_record *r, int f)
{
	if (r == NULL || !r->v[f].set || r->v[f].text == NULL)
		return NULL;
	return r->v[f].text;
}

static void
wset_free(struct wset *ws)
{
	size_t i;

	if (ws != NULL) {
		for (i = 0; i < ws->nlossy; i++) {
			free(ws->lossy[i].key);
			free(ws->lossy[i].val);
		}
		free(ws->lossy);
		free(ws->arena);
		free(ws->tab);
		free(ws);
	}
}

/* 1 if word p (n bytes) is in ws. */
static int
wset_has(const struct wset *ws, const unsigned char *p, size_t n)
{
	uint32_t h = loc_fnv32(p, n);
	size_t i;

	for (i = h & (ws->cap - 1); ws->tab[i].off != 0; i = (i + 1) & (ws->cap - 1))
		if (ws->tab[i].h == h && ws->tab[i].len == n &&
		    memcmp(ws->arena + ws->tab[i].off, p, n) == 0)
			return 1;
	return 0;
}

/* Adds the entry of key k (kl bytes) and value v (vl bytes) to ws's
 * lossy names.  Returns 0 or -1 (no memory). */
static int
wset_add_lossy(struct wset *ws, const unsigned char *k, size_t kl, const unsigned char *v,
    size_t vl)
{
	struct wlossy *l;

	if (ws->nlossy == ws->lcap) {
		size_t cap = ws->lcap ? 2 * ws->lcap : 16;

		if ((l = realloc(ws->lossy, cap * sizeof *l)) == NULL)
			return -1;
		ws->lossy = l;
		ws->lcap = cap;
	}
	l = &ws->lossy[ws->nlossy];
	if ((l->key = malloc(kl)) == NULL)
		return -1;
	if ((l->val = malloc(vl)) == NULL) {
		free(l->key);
		return -1;
	}
	memcpy(l->key, k, kl);
	memcpy(l->val, v, vl);
	l->klen = kl;
	l->vlen = vl;
	ws->nlossy++;
	return 0;
}

/* Adds word p (n bytes, not in ws yet).  Returns 0 or -1 (no memory). */
static int
wset_add(struct wset *ws, const unsigned char *p, size_t n)
{
	uint32_t h = loc_fnv32(p, n);
	size_t i;

	if (2 * (ws->n + 1) > ws->cap) {
		size_t cap = ws->cap ? 2 * ws->cap : 1024, j;
		struct wset_ent *tab = calloc(cap, sizeof *tab);

		if (tab == NULL)
			return -1;
		for (j = 0; j < ws->cap; j++) {
			if (ws->tab[j].off == 0)
				continue;
			for (i = ws->tab[j].h & (cap - 1); tab[i].off != 0; i = (i + 1) & (cap - 1))
				;
			tab[i] = ws->tab[j];
		}
		free(ws->tab);
		ws->tab = tab;
		ws->cap = cap;
	}
	if (ws->alen + n > ws->acap || ws->alen + n > UINT32_MAX) {
		size_t acap = ws->acap ? 2 * ws->acap : 65536;
		unsigned char *a;

		while (acap < ws->alen + n)
			acap *= 2;
		if (acap > UINT32_MAX || (a = realloc(ws->arena, acap)) == NULL)
			return -1;
		ws->arena = a;
		ws->acap = acap;
	}
	memcpy(ws->arena + ws->alen, p, n);
	for (i = h & (ws->cap - 1); ws->tab[i].off != 0; i = (i + 1) & (ws->cap - 1))
		;
	ws->tab[i].h = h;
	ws->tab[i].off = (uint32_t)ws->alen;
	ws->tab[i].len = (unsigned)n;
	ws->alen += n;
	ws->n++;
	return 0;
}

/* 1 if twin_lossy has walked as many entries of the word index in this
 * write as half of the index holds: reading it whole into the set, with
 * its cut names, then costs less than walking on (a long import of long
 * names into a large database walked the range of «محمد» for each). */
static int
walked_much(struct store_txn *t, const struct wcache *c)
{
	MDB_stat ms;

	return c->walked > 0 && mdb_stat(t->txn, t->st->dbi[DB_WORDS], &ms) == 0 &&
	    c->walked >= ms.ms_entries / 2;
}

/* The set of the index's words (see struct wset) for a twin lookup in t,
 * made now if it is time; NULL: the lookup probes LMDB for every word. */
static const struct wset *
wset_of(struct store_txn *t)
{
	struct wcache *c = t->words;
	struct wset *ws;
	MDB_cursor *cur;
	MDB_val k, d;
	const unsigned char *rk, *prev = NULL;
	size_t wl, rkl, pl = 0;
	int rc;

	if (c == NULL || c->set_state < 0 ||
	    (++c->lookups <= WSET_AFTER && !walked_much(t, c)))
		return NULL;
	if (c->set_state == 1) {
		if (c->set_gen == t->words_gen)
			return c->set;
		/* the index changed in LMDB: not made again in this write */
		wset_free(c->set);
		c->set = NULL;
		c->set_state = -1;
		return NULL;
	}
	c->set_state = -1;	/* unless made whole below */
	if ((ws = calloc(1, sizeof *ws)) == NULL)
		return NULL;
	ws->alen = 1;	/* offset 0 marks an empty slot */
	if (mdb_cursor_open(t->txn, t->st->dbi[DB_WORDS], &cur) != 0) {
		wset_free(ws);
		return NULL;
	}
	for (rc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); rc == 0;
	    rc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		const unsigned char *kp = k.mv_data;

		if (words_split_key(kp, k.mv_size, &wl, &rk, &rkl) != 0)
			break;	/* not well formed: probed as it is */
		if (lossy_first(kp, wl, d.mv_data, d.mv_size, words_cap(t->st)) &&
		    wset_add_lossy(ws, kp, k.mv_size, d.mv_data, d.mv_size) != 0)
			break;
		/* the entries of one word are next to each other */
		if (prev != NULL && pl == 2 + wl && memcmp(prev, kp, pl) == 0)
			continue;
		if (wset_add(ws, kp, 2 + wl) != 0)
			break;
		prev = ws->arena + ws->alen - (2 + wl);
		pl = 2 + wl;
	}
	mdb_cursor_close(cur);
	if (rc != MDB_NOTFOUND || ws->cap == 0) {
		wset_free(ws);
		return NULL;
	}
	c->set = ws;
	c->set_gen = t->words_gen;
	c->set_state = 1;
	return ws;
}

void
words_cache_free(struct store_txn *t)
{
	if (t->words != NULL) {
		wset_free(t->words->set);
		free(t->words->text);
		free(t->words->fold);
		free(t->words);
		t->words = NULL;
	}
}

/* Notes in c that c->w (made with parts or not) are the words of text;
 * without the memory, c stays not valid. */
static void
words_cache_set(struct wcache *c, const char *text, int parts)
{
	size_t n = strlen(text) + 1;

	if (n > c->cap) {
		char *p = realloc(c->text, n);

		if (p == NULL)
			return;	/* c->valid stays 0 */
		c->text = p;
		c->cap = n;
	}
	memcpy(c->text, text, n);
	c->parts = parts;
	c->valid = 1;
}

/* The own words (not parts) of list l into w; l and w may be the same. */
static void
words_own(const struct wlist *l, struct wlist *w)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (!l->own[i])
			continue;
		if (w != l || n != i)
			memcpy(w->key[n], l->key[i], l->len[i]);
		w->len[n] = l->len[i];
		w->part[n] = 0;
		w->own[n] = 1;
		n++;
	}
	w->n = n;
}

/* The words of text without parts into w, and in *cut whether the word
 * entries of text, as this store writes them (with parts or not), were
 * cut at words_cap: then the entry of a word is not there for every word.
 * Taken from t->words where it holds text's.  Returns 0 or STORE_ENOMEM. */
static int
words_twin(const struct store_txn *t, const char *text, struct wlist *w, int *cut)
{
	const struct wcache *c = t->words;
	int rc;

	if (c != NULL && c->valid && text != NULL && strcmp(c->text, text) == 0) {
		*cut = c->w.n >= words_cap(t->st);
		words_own(&c->w, w);
		return 0;
	}
	if ((rc = words_of(text, w, !t->st->noparts, words_cap(t->st))) != 0)
		return rc;
	*cut = w->n >= words_cap(t->st);
	words_own(w, w);
	return 0;
}

int
words_field(struct store_txn *t, const struct core_record *old, const struct core_record *r,
    int f, const unsigned char *rkey, size_t rklen)
{
	struct wcache *c = t->words;
	struct wlist *ow, *nw;
	const char *text = field_text(r, f);
	size_t cap = words_cap(t->st);
	int rc, parts = !t->st->noparts, own = 0;

	if (t->st->nowords)
		return 0;
	if (c == NULL && t->defer != NULL && (c = calloc(1, sizeof *c)) != NULL)
		t->words = c;
	if (c != NULL) {
		ow = &c->old;
		nw = &c->w;
		c->valid = 0;	/* c->w is about to change */
		c->fold_ok = 0;
	} else {
		if ((ow = malloc(2 * sizeof *ow)) == NULL)
			return STORE_ENOMEM;
		nw = ow + 1;
		own = 1;
	}
	if ((rc = words_of(field_text(old, f), ow, parts, cap)) == 0 &&
	    (rc = words_of_keep(text, nw, parts, cap, c)) == 0) {
		if (c != NULL && text != NULL)
			words_cache_set(c, text, parts);
		if (!same_words(ow, nw)) {
			rc = put_entries(t, r->kind, f, ow, rkey, rklen, 0);
			if (rc == 0)
				rc = put_entries(t, r->kind, f, nw, rkey, rklen, 1);
		}
	}
	if (own)
		free(ow);
	return rc;
}

char *
store_twin_key(struct store_txn *t, const char *name)
{
	const struct wcache *c = t->words;
	const char *p;
	char *key, *o;

	if (c == NULL || !c->valid || !c->fold_ok || name == NULL || strcmp(c->text, name) != 0)
		return loc_text_twin_key(name);
	/* loc_text_twin_key is the folding without ZWNJs (text_key drops
	 * them) and without its spaces */
	if ((key = malloc(strlen(c->fold) + 1)) == NULL)
		return NULL;
	for (p = c->fold, o = key; *p != '\0'; p++) {
		if (*p == ' ')
			continue;
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
		    (unsigned char)p[2] == 0x8C) {	/* ZWNJ */
			p += 2;
			continue;
		}
		*o++ = *p;
	}
	*o = '\0';
	return key;
}

/* rec_each: the word entries of one record. */
static int
words_record(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx)
{
	const struct core_schema *s = core_schema_get(r->kind);
	size_t i;
	int rc = 0;

	(void)ctx;
	for (i = 0; i < s->nfields && rc == 0; i++)
		if (search_only(s->fields[i].flags))
			rc = words_field(t, NULL, r, (int)i, rkey, rklen);
	return rc;
}

int
words_rebuild(struct store_txn *t)
{
	unsigned kinds = 0;
	size_t i;
	int k, rc;

	if ((rc = defer_flush_db(t, DB_WORDS)) != 0)
		return rc;
	t->words_gen++;
	if ((rc = mdb_drop(t->txn, t->st->dbi[DB_WORDS], 0)) != 0)
		return lmdb_err(t, rc);
	for (k = 0; k < CORE_NKINDS; k++) {
		const struct core_schema *s = core_schema_get((enum core_kind)k);

		for (i = 0; i < s->nfields; i++)
			if (search_only(s->fields[i].flags))
				kinds |= 1u << k;
	}
	return rec_each(t, kinds, words_record, NULL);
}

int
words_entries(const struct store *st, const struct core_record *r, int f,
    const unsigned char *rkey, size_t rklen,
    int (*fn)(const unsigned char *key, size_t klen, const unsigned char *val, size_t vlen,
    void *ctx), void *ctx)
{
	struct wlist *w;
	unsigned char key[KEY_MAX], val[VALUE_MAX];
	size_t i, vl;
	int rc = 0;

	if (rklen > RKEY_MAX)
		return STORE_EINVAL;
	if ((w = malloc(sizeof *w)) == NULL)
		return STORE_ENOMEM;
	if ((rc = words_of(field_text(r, f), w, !st->noparts, words_cap(st))) == 0) {
		vl = entry_value(w, val);
		for (i = 0; i < w->n && rc == 0; i++)
			rc = fn(key, entry_key(r->kind, f, w, i, rkey, rklen, key), val, vl, ctx);
	}
	free(w);
	return rc;
}

int
words_split_key(const unsigned char *key, size_t klen, size_t *wlen, const unsigned char **rkey,
    size_t *rklen)
{
	const unsigned char *a;

	if (klen < 4 || (a = memchr(key + 2, 0, klen - 2)) == NULL || a + 1 == key + klen)
		return STORE_ECORRUPT;
	*wlen = (size_t)(a - key) - 2;
	*rkey = a + 1;
	*rklen = klen - (size_t)(a + 1 - key);
	return 0;
}

/* ---- the query ---- */

#define QWORDS_MAX 8
#define PHASES_MAX 16	/* a position keeps the phase in 4 bits */

enum { PH_SCAN, PH_CAT, PH_SPLIT };

struct wquery {
	int nq, j;
	struct {
		unsigned char p[WORD_KEY_MAX];
		size_t len;
	} q[QWORDS_MAX];
	/* cat[i]: query words i and i + 1 typed as one ("محمد رضا" for
	 * "محمدرضا"): their letters joined, len 0 if none */
	struct {
		unsigned char p[WORD_KEY_MAX];
		size_t len;
	} cat[QWORDS_MAX];
	/* the ranges walked, one after the other (next_phase): 0 the scan
	 * word's, then one per cat[i], then one per split of a query word
	 * (two written words typed as one: a, whole, then b); np of them,
	 * at most PHASES_MAX (the phase is 4 bits of a position) */
	struct {
		unsigned char kind;	/* PH_SCAN, PH_CAT, PH_SPLIT */
		unsigned char i;	/* the query word (PH_CAT: cat[i]) */
		unsigned char al, bl;
		unsigned char a[WORD_KEY_MAX], b[WORD_KEY_MAX];
	} phase[PHASES_MAX];
	int np;
	int ph;		/* the phase walked (see words_next) */
	unsigned char lo[2 + WORD_KEY_MAX + 1];	/* the range walked */
	size_t lolen;
};

struct wv {
	size_t n;
	const unsigned char *k[WORDS_MAX];
	size_t len[WORDS_MAX];
	unsigned char word[WORDS_MAX];	/* the written word (space-separated) it is of */
};

/*
 * A set of the words of a name, entries or written words (bit w: word w),
 * as the query matches them (assign, joins, take).  A 32-bit mask held
 * the 32 entries format 8 kept of a name; every word of a long name is
 * WORDS_MAX bits.
 */
struct wmask {
	uint64_t b[2];
};

_Static_assert(WORDS_MAX <= 128, "a wmask has a bit for each word of a name");

static const struct wmask mask_none;

static struct wmask
mask_bit(size_t n)
{
	struct wmask r = mask_none;

	r.b[n >> 6] = (uint64_t)1 << (n & 63);
	return r;
}

static int
mask_has(struct wmask a, size_t n)
{
	return (a.b[n >> 6] >> (n & 63)) & 1;
}

static int
mask_any(struct wmask a)
{
	return (a.b[0] | a.b[1]) != 0;
}

static struct wmask
mask_or(struct wmask a, struct wmask b)
{
	a.b[0] |= b.b[0];
	a.b[1] |= b.b[1];
	return a;
}

static struct wmask
mask_and(struct wmask a, struct wmask b)
{
	a.b[0] &= b.b[0];
	a.b[1] &= b.b[1];
	return a;
}

/* a without the words of b */
static struct wmask
mask_minus(struct wmask a, struct wmask b)
{
	a.b[0] &= ~b.b[0];
	a.b[1] &= ~b.b[1];
	return a;
}

/* The lowest word of a alone (none if a is empty). */
static struct wmask
mask_low(struct wmask a)
{
	struct wmask r = mask_none;

	if (a.b[0] != 0)
		r.b[0] = a.b[0] & -a.b[0];
	else
		r.b[1] = a.b[1] & -a.b[1];
	return r;
}

/* a without its lowest word */
static struct wmask
mask_drop_low(struct wmask a)
{
	if (a.b[0] != 0)
		a.b[0] &= a.b[0] - 1;
	else
		a.b[1] &= a.b[1] - 1;
	return a;
}

/* the words after those of a (a shifted by one) */
static struct wmask
mask_next(struct wmask a)
{
	a.b[1] = a.b[1] << 1 | a.b[0] >> 63;
	a.b[0] <<= 1;
	return a;
}

/* 1 if word w of the name v matches query word i: its letters start with
 * the query word's (a space after the query word, typed or not, makes no
 * difference: see the file comment). */
static int
qmatch(const struct wquery *q, int i, const struct wv *v, size_t w)
{
	const unsigned char *p = q->q[i].p, *k = v->k[w];
	size_t n = q->q[i].len, wl = v->len[w], o;

	if (wl < n)
		return 0;
	for (o = 0; o < n; o++)	/* a few bytes, mostly differing at once */
		if (k[o] != p[o])
			return 0;
	return 1;
}

static int
parse_value(const MDB_val *d, struct wv *v)
{
	const unsigned char *p = d->mv_data;
	size_t o = 1, i;

	if (d->mv_size < 1 || p[0] > WORDS_MAX)
		return STORE_ECORRUPT;
	v->n = p[0];
	for (i = 0; i < v->n; i++) {
		size_t l;

		if (o >= d->mv_size || o + 1 + (l = p[o] & (PART_FLAG - 1)) > d->mv_size)
			return STORE_ECORRUPT;
		v->len[i] = l;
		v->k[i] = p + o + 1;
		v->word[i] = (unsigned char)(i == 0 ? 0 : v->word[i - 1] + !(p[o] & PART_FLAG));
		o += 1 + l;
	}
	return 0;
}

/* Can query words from i on be given distinct written words of the name
 * not in used?  m[i]: the written words query word i matches (itself or by
 * a part).  With j (not NULL), a run of query words from i on, each joined to the
 * next (j[i]: see joins), may share one written word: "قلی زاده اصل" is
 * "قلی‌زاده‌اصل". */
static int
assign(const struct wmask *m, const struct wmask *j, int nq, int i, struct wmask used)
{
	struct wmask c, run;
	int k;

	if (i == nq)
		return 1;
	for (c = mask_minus(m[i], used); mask_any(c); c = mask_drop_low(c))
		if (assign(m, j, nq, i + 1, mask_or(used, mask_low(c))))
			return 1;
	if (j == NULL)
		return 0;
	/* words i..k on one written word */
	for (k = i + 1, run = mask_minus(j[i], used); k < nq && mask_any(run);
	    run = mask_and(run, j[k++]))
		for (c = run; mask_any(c); c = mask_drop_low(c))
			if (assign(m, j, nq, k + 1, mask_or(used, mask_low(c))))
				return 1;
	return 0;
}

/* A space typed where the name has a ZWNJ ("نیک نام" for "نیک‌نام",
 * "احمدی نژاد" for "احمدی‌نژاد", as clerks type a compound name on a
 * keyboard without the ZWNJ key): query words i and i + 1, in that order,
 * are one written word of the name when word i is the written word's head
 * up to one of its ZWNJs and word i + 1 matches the part after it.  Sets
 * j[i] to those written words (bit per word), for i < nq - 1 (j[nq - 1]
 * to 0); returns 1 if any is set.  Query words that are not next to each other, or out of
 * order ("نژاد احمدی"), are not joined. */
static int
joins(const struct wquery *q, const struct wv *v, struct wmask *j)
{
	size_t w, u;
	int i, any = 0;

	for (i = 0; i + 1 < q->nq; i++) {
		const unsigned char *p = q->q[i].p;
		size_t n = q->q[i].len;

		j[i] = mask_none;
		for (w = 0; w < v->n; w++) {
			/* w: a whole word, or a part ("زاده اصل" for
			 * "قلی‌زاده‌اصل"); u: a part after it */
			if (v->len[w] <= n || memcmp(v->k[w], p, n) != 0)
				continue;
			for (u = w + 1; u < v->n && v->word[u] == v->word[w]; u++)
				if (v->len[u] == v->len[w] - n &&
				    memcmp(v->k[w] + n, v->k[u], v->len[u]) == 0 &&
				    qmatch(q, i + 1, v, u)) {
					j[i] = mask_or(j[i], mask_bit(v->word[w]));
					any = 1;
					break;
				}
		}
	}
	j[q->nq - 1] = mask_none;
	return any;
}

static int
keycmp(const unsigned char *a, size_t al, const unsigned char *b, size_t bl)
{
	int c = memcmp(a, b, al < bl ? al : bl);

	return c ? c : (al > bl) - (al < bl);
}

static void
set_range(struct wquery *q, enum core_kind k, int f)
{
	int j = q->j;

	q->lo[0] = (unsigned char)k;
	q->lo[1] = (unsigned char)f;
	if (q->ph > 0 && q->phase[q->ph].kind == PH_CAT) {
		int i = q->phase[q->ph].i;

		memcpy(q->lo + 2, q->cat[i].p, q->cat[i].len);
		q->lolen = 2 + q->cat[i].len;
		return;
	}
	if (q->ph > 0) {
		/* a split: the words whose letters are exactly a's */
		memcpy(q->lo + 2, q->phase[q->ph].a, q->phase[q->ph].al);
		q->lolen = 2 + q->phase[q->ph].al;
		q->lo[q->lolen++] = 0;
		return;
	}
	memcpy(q->lo + 2, q->q[j].p, q->q[j].len);
	q->lolen = 2 + q->q[j].len;
}

/* Entries in the range of the current scan word, counted up to cap. */
static size_t
range_count(MDB_cursor *c, const struct wquery *q, size_t cap)
{
	MDB_val k = { q->lolen, (void *)q->lo }, d;
	size_t n = 0;
	int rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE);

	while (rc == 0 && n < cap && k.mv_size >= q->lolen &&
	    memcmp(k.mv_data, q->lo, q->lolen) == 0) {
		n++;
		rc = mdb_cursor_get(c, &k, &d, MDB_NEXT);
	}
	return n;
}

/* 1 if the character s (n bytes) has letters (a level-1 key). */
static int
is_letter(const char *s, size_t n)
{
	char one[8], k[64];

	if (n >= sizeof one)
		return 0;
	memcpy(one, s, n);
	one[n] = '\0';
	return loc_collate_prefix(one, k, sizeof k) > 0;
}

/* Kinds of character for digit_split: 1 a digit (ASCII, Persian,
 * Arabic-Indic), 2 another character with a collation key (a letter), 0
 * else (a space, a sign, a joiner). */
static int
char_kind(const char *s, size_t n)
{
	uint32_t cp;

	if (loc_utf8_decode(s, n, &cp) == 0)
		return 0;
	if ((cp >= '0' && cp <= '9') || (cp >= 0x06F0 && cp <= 0x06F9) ||
	    (cp >= 0x0660 && cp <= 0x0669))
		return 1;
	return is_letter(s, n) ? 2 : 0;
}

/* s (folded) with a space between a run of digits and letters touching it
 * ("اهر۴" is "اهر ۴"), newly allocated, NULL on failure.  The query's
 * words are then those a name writes apart, and a name that writes them
 * joined is found by the joined pairs (PH_CAT) as "محمد رضا" finds
 * "محمدرضا".  Before, "اهر۴" found none of the units «... اهر ۴». */
static char *
digit_split(const char *s)
{
	size_t n = strlen(s), b, c, o = 0;
	char *out = malloc(2 * n + 1);
	int prev = 0, k;

	if (out == NULL)
		return NULL;
	for (b = 0; b < n; b = c) {
		for (c = b + 1; c < n && ((unsigned char)s[c] & 0xC0) == 0x80; c++)
			;
		k = char_kind(s + b, c - b);
		if ((k == 1 && prev == 2) || (k == 2 && prev == 1))
			out[o++] = ' ';
		memcpy(out + o, s + b, c - b);
		o += c - b;
		prev = k;
	}
	out[o] = '\0';
	return out;
}

/* Adds to q's phases the splits of query word i, whose folded text is s:
 * for each place after a letter with at least two letters on each side,
 * the letters before (a) and after (b), as two written words next to each
 * other ("محمدرضا" typed for "محمد رضا"; split_pairs), while phases are
 * left.  Pass 0 adds the splits with three letters or more on each side
 * (محمد رضا, علی رضا, امیر حسین, عبد الله), pass 1 those with two on a
 * side (the rarer names: "مه لقا"), so that a query of long words loses
 * the rarer splits when phases run out. */
static void
add_splits(struct wquery *q, int i, const char *s, int pass)
{
	char tmp[256], *head;
	size_t n = strlen(s), b, c, la, lb, nl = 0, before = 0;
	unsigned char *pa;

	/* the letters of s: characters with letters of their own */
	for (b = 0; b < n; b = c) {
		for (c = b + 1; c < n && ((unsigned char)s[c] & 0xC0) == 0x80; c++)
			;
		nl += is_letter(s + b, c - b);
	}
	if (nl < 4 || (head = malloc(n + 1)) == NULL)
		return;
	for (b = 0; b < n && q->np < PHASES_MAX; b = c) {
		for (c = b + 1; c < n && ((unsigned char)s[c] & 0xC0) == 0x80; c++)
			;
		if (!is_letter(s + b, c - b))
			continue;
		if (++before < 2 || nl - before < 2 ||
		    (pass == 0) != (before >= 3 && nl - before >= 3))
			continue;
		/* after the letter s[b..c) */
		memcpy(head, s, c);
		head[c] = '\0';
		la = loc_collate_prefix(head, tmp, sizeof tmp);
		if (la == 0 || la > WORD_KEY_MAX)
			continue;
		pa = q->phase[q->np].a;
		memcpy(pa, tmp, la);
		lb = loc_collate_prefix(s + c, tmp, sizeof tmp);
		if (lb >= sizeof tmp)
			lb = sizeof tmp - 1;
		if (lb > WORD_KEY_MAX)
			lb = WORD_KEY_MAX;
		if (lb == 0)
			continue;
		memcpy(q->phase[q->np].b, tmp, lb);
		q->phase[q->np].kind = PH_SPLIT;
		q->phase[q->np].i = (unsigned char)i;
		q->phase[q->np].al = (unsigned char)la;
		q->phase[q->np].bl = (unsigned char)lb;
		q->np++;
	}
	free(head);
}

int
words_query(struct store_iter *it, int f, const char *query)
{
	struct wquery *q;
	char *folded, *p, *rest, *prev = NULL, *jt, *tok[QWORDS_MAX];
	size_t best = (size_t)-1;
	int i, many = 0;

	if ((q = calloc(1, sizeof *q)) == NULL)
		return STORE_ENOMEM;
	if ((folded = loc_text_key(query)) == NULL) {
		free(q);
		return STORE_ENOMEM;
	}
	if ((p = digit_split(folded)) == NULL) {
		free(folded);
		free(q);
		return STORE_ENOMEM;
	}
	free(folded);
	folded = p;
	rest = folded;
	while ((p = cut_word(&rest)) != NULL) {
		char tmp[256];
		size_t l;

		l = loc_collate_prefix(p, tmp, sizeof tmp);
		if (l == 0)
			continue;	/* no letters ("-"): matches anything */
		if (l > WORD_KEY_MAX)
			l = WORD_KEY_MAX;
		if (q->nq == QWORDS_MAX) {
			q->nq--;	/* too many words: the last one typed counts */
			many = 1;
		}
		memcpy(q->q[q->nq].p, tmp, l);
		q->q[q->nq].len = l;
		q->cat[q->nq].len = 0;
		if (q->nq > 0 && prev != NULL && (jt = malloc(strlen(prev) + strlen(p) + 1)) != NULL) {
			/* the word before and this one, joined */
			strcpy(jt, prev);
			strcat(jt, p);
			l = loc_collate_prefix(jt, tmp, sizeof tmp);
			free(jt);
			if (l >= sizeof tmp)
				l = sizeof tmp - 1;
			q->cat[q->nq - 1].len = l <= WORD_KEY_MAX ? l : 0;
			memcpy(q->cat[q->nq - 1].p, tmp, q->cat[q->nq - 1].len);
		}
		prev = p;
		tok[q->nq++] = p;
	}
	for (i = 0; i < QWORDS_MAX; i++)	/* no joining where words were lost */
		if (many || i + 1 >= q->nq)
			q->cat[i].len = 0;
	/* the phases: the scan word's range, the joined pairs', the splits'
	 * (as many as a position can tell) */
	q->np = 1;
	for (i = 0; i + 1 < q->nq; i++)
		if (q->cat[i].len > 0) {
			q->phase[q->np].kind = PH_CAT;
			q->phase[q->np++].i = (unsigned char)i;
		}
	for (i = 0; i < 2 * q->nq; i++)
		add_splits(q, i % q->nq, tok[i % q->nq], i >= q->nq);
	free(folded);
	/* the scan word: the fewest entries (counted up to SCAN_CAP), then
	 * the longest */
	for (i = 0; i < q->nq; i++) {
		size_t c;
		int j = q->j;

		q->j = i;
		set_range(q, it->kind, f);
		c = q->nq == 1 ? 0 : range_count(it->cur, q, best < SCAN_CAP ? best + 1 : SCAN_CAP);
		if (i == 0 || c < best || (c == best && q->q[i].len > q->q[j].len))
			best = c;
		else
			q->j = j;
	}
	set_range(q, it->kind, f);
	it->words = q;
	return q->nq;
}

void
words_query_free(struct store_iter *it)
{
	free(it->words);
	it->words = NULL;
}

/* The ranges a query walks, one after the other (q->phase): the scan
 * word's (phase 0), then for each two query words next to each other the
 * range of their letters joined, where a name written as one word is found
 * ("محمد رضا" finds "محمدرضا"), then for each split of a query word the
 * range of its letters before the split, where a name that writes it as
 * two words is found ("محمدرضا" finds "محمد رضا"; take).  The next (dir 1)
 * or previous (-1) phase after q->ph: 1 and q->ph and the range set, or 0
 * if none. */
static int
next_phase(struct wquery *q, int kind, int dir)
{
	int p = q->ph + dir;

	if (p < 0 || p >= q->np)
		return 0;
	q->ph = p;
	set_range(q, kind, q->lo[1]);
	return 1;
}

/* The scan word and phase of a position (it->last[1]: take), set in q;
 * 0 if the position is not of this query. */
static int
pos_phase(struct wquery *q, int kind, unsigned char b)
{
	int j = b & 0x0f, p = b >> 4;

	if (j >= q->nq || p >= q->np)
		return 0;
	if (q->j != j || q->ph != p) {
		q->j = j;
		q->ph = p;
		set_range(q, kind, q->lo[1]);
	}
	return 1;
}

/* Positions the cursor on the first entry to look at. */
static int
words_first(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	struct wquery *q = it->words;
	int rc;

	if (it->lastlen > 2 && it->last[0] == 'W' && pos_phase(q, it->kind, it->last[1])) {
		size_t kl = it->lastlen - 2;
		unsigned char lk[STORE_POS_MAX];

		memcpy(lk, it->last + 2, kl);
		k->mv_size = kl;
		k->mv_data = lk;
		rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
		if (rc == 0 && k->mv_size == kl && memcmp(k->mv_data, it->last + 2, kl) == 0)
			rc = mdb_cursor_get(it->cur, k, d, MDB_NEXT);
		return rc;
	}
	if (q->ph != 0) {
		q->ph = 0;
		set_range(q, it->kind, q->lo[1]);
	}
	k->mv_size = q->lolen;
	k->mv_data = q->lo;
	return mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
}

/* 1 if word w of the name v starts with the letters of query words i and
 * i + 1 joined (q->cat[i]): "محمد رضا" typed for "محمدرضا". */
static int
cmatch(const struct wquery *q, int i, const struct wv *v, size_t w)
{
	const unsigned char *p = q->cat[i].p, *k = v->k[w];
	size_t n = q->cat[i].len, wl = v->len[w];

	return n > 0 && wl >= n && memcmp(k, p, n) == 0;
}

/* 1 if the name v matches the query with query words i and i + 1 taken as
 * one written word (cmatch), the others each a written word of their own
 * (g: the written words each query word matches, see take). */
static int
cat_matches(const struct wquery *q, int i, const struct wv *v, const struct wmask *g)
{
	struct wmask h[QWORDS_MAX], c = mask_none;
	size_t w;
	int k, n = 0;

	for (w = 0; w < v->n; w++)
		if (cmatch(q, i, v, w))
			c = mask_or(c, mask_bit(v->word[w]));
	if (!mask_any(c))
		return 0;
	for (k = 0; k < q->nq; k++) {
		if (k == i + 1)
			continue;
		h[n] = k == i ? c : g[k];
		if (!mask_any(h[n++]))
			return 0;
	}
	return assign(h, NULL, n, 0, mask_none);
}

/* The written words W of the name v such that W ends with the letters a
 * of split phase p and the written word after it starts with b, as query
 * word i would match it (qmatch): bit W set.  "محمدرضا" typed for
 * "محمد رضا", or "محمدرض" as typing goes on. */
static struct wmask
split_pairs(const struct wquery *q, int p, const struct wv *v)
{
	const unsigned char *a = q->phase[p].a, *b = q->phase[p].b;
	size_t al = q->phase[p].al, bl = q->phase[p].bl, w, u;
	struct wmask r = mask_none;

	for (w = 0; w < v->n; w++) {
		/* w: a word or a part after a ZWNJ, either way the end of its
		 * written word; u: the next written word's own entry */
		if (v->len[w] != al || memcmp(v->k[w], a, al) != 0)
			continue;
		for (u = w + 1; u < v->n && v->word[u] == v->word[w]; u++)
			;
		if (u == v->n || v->len[u] < bl || memcmp(v->k[u], b, bl) != 0)
			continue;
		r = mask_or(r, mask_bit(v->word[w]));
	}
	return r;
}

/* 1 if the name v matches the query with query word i (of split phase p)
 * taken as two written words next to each other (split_pairs), the others
 * each a written word of their own, or parts of one between its ZWNJs
 * ("نوروزی فر علیرضا"; g: see take). */
static int
split_matches(const struct wquery *q, int p, const struct wv *v, const struct wmask *g)
{
	struct wmask h[QWORDS_MAX], jh[QWORDS_MAX], jn[QWORDS_MAX], c = split_pairs(q, p, v), two;
	int k, n = 0, i = q->phase[p].i, any;

	if (!mask_any(c))
		return 0;
	any = q->nq > 2 && joins(q, v, jn);
	for (k = 0; k < q->nq; k++)
		if (k != i) {
			h[n] = g[k];
			/* words i - 1 and i + 1 are not next to each other */
			jh[n++] = any && k != i - 1 ? jn[k] : mask_none;
		}
	for (; mask_any(c); c = mask_drop_low(c)) {
		/* the written word and the next, taken by query word i */
		two = mask_or(mask_low(c), mask_next(mask_low(c)));
		if (assign(h, NULL, n, 0, two) || (any && assign(h, jh, n, 0, two)))
			return 1;
	}
	return 0;
}

/* 1 if the name v is found in phase p > 0 (cat_matches, split_matches). */
static int
phase_matches(const struct wquery *q, int p, const struct wv *v, const struct wmask *g)
{
	if (q->phase[p].kind == PH_CAT)
		return cat_matches(q, q->phase[p].i, v, g);
	return split_matches(q, p, v, g);
}

/* Looks at the entry (k, d) of the scan word's range: 1 if the record is
 * returned there (id and it->last set), 0 if it is skipped, STORE_ENOTFOUND
 * if the entry is outside the range, STORE_ECORRUPT. */
static int
take(struct store_iter *it, const MDB_val *k, const MDB_val *d, char *id)
{
	struct wquery *q = it->words;
	const unsigned char *rk;
	size_t wl, rkl, w;
	struct wv v;
	struct wmask m, g[QWORDS_MAX], jn[QWORDS_MAX], sm = mask_none;
	int first = 1, here, c, i, none = 0, whole, split;

	if (k->mv_size < q->lolen || memcmp(k->mv_data, q->lo, q->lolen) != 0)
		return STORE_ENOTFOUND;
	if (words_split_key(k->mv_data, k->mv_size, &wl, &rk, &rkl) != 0 ||
	    parse_value(d, &v) != 0 || k->mv_size + 2 > STORE_POS_MAX)
		return STORE_ECORRUPT;
	split = q->phase[q->ph].kind == PH_SPLIT;
	if (split && !mask_any(split_pairs(q, q->ph, &v)))
		return 0;	/* most names of the range: at once */
	for (i = 0; i < q->nq; i++) {
		/* m: the words query word i matches, g: their written words */
		m = g[i] = mask_none;
		for (w = 0; w < v.n; w++)
			if (qmatch(q, i, &v, w)) {
				m = mask_or(m, mask_bit(w));
				g[i] = mask_or(g[i], mask_bit(v.word[w]));
			}
		if (!mask_any(m)) {
			if (q->ph == 0)
				return 0;	/* a query word matches no word */
			none = 1;
		}
		if (i == q->j && q->ph == 0)
			sm = m;
	}
	if (q->ph > 0 && !split) {
		for (sm = mask_none, w = 0; w < v.n; w++)
			if (cmatch(q, q->phase[q->ph].i, &v, w))
				sm = mask_or(sm, mask_bit(w));
	}
	/* returned once: at its smallest word matching the scan word (or
	 * the joined words).  A split's range is of one word's letters
	 * exactly, where a name has one entry. */
	for (w = 0, here = split; w < v.n && first && !split; w++) {
		if (!mask_has(sm, w))
			continue;
		c = keycmp(v.k[w], v.len[w], (const unsigned char *)k->mv_data + 2, wl);
		if (c < 0)
			first = 0;
		else if (c == 0)
			here = 1;
	}
	if (!first || !here)
		return 0;
	/* the query as typed: each query word a written word of its own, or
	 * parts of one between its ZWNJs */
	whole = !none && (q->nq == 1 || assign(g, NULL, q->nq, 0, mask_none) ||
	    (joins(q, &v, jn) && assign(g, jn, q->nq, 0, mask_none)));
	if (q->ph == 0 && !whole)
		return 0;
	if (q->ph > 0) {
		/* the range of query words i and i + 1 joined, or of a split
		 * query word: a name found so only (not as typed, nor in an
		 * earlier phase) */
		if (whole)
			return 0;
		for (i = 1; i < q->ph; i++)
			if (phase_matches(q, i, &v, g))
				return 0;
		if (!phase_matches(q, q->ph, &v, g))
			return 0;
	}
	it->last[0] = 'W';
	it->last[1] = (unsigned char)(q->j | q->ph << 4);
	memcpy(it->last + 2, k->mv_data, k->mv_size);
	it->lastlen = k->mv_size + 2;
	i = key_to_id(it->kind, rk, rkl, id);
	return i == 0 ? 1 : i;
}

int
words_next(struct store_iter *it, char *id)
{
	MDB_val k, d;
	int rc;

	for (;;) {
		rc = it->started ? mdb_cursor_get(it->cur, &k, &d, MDB_NEXT) : words_first(it, &k, &d);
		it->started = 1;
		for (;;) {
			if (rc != 0 && rc != MDB_NOTFOUND)
				return lmdb_err(it->t, rc);
			rc = rc == 0 ? take(it, &k, &d, id) : STORE_ENOTFOUND;
			/* past the range: the next phase's, from its start */
			if (rc != STORE_ENOTFOUND || !next_phase(it->words, it->kind, 1))
				break;
			k.mv_size = ((struct wquery *)it->words)->lolen;
			k.mv_data = ((struct wquery *)it->words)->lo;
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET_RANGE);
		}
		if (rc != 0)
			return rc > 0 ? 0 : rc;
	}
}

/* Positions the cursor on the last entry whose key is below key (size n):
 * the entry before the first at or after it, or the last of all. */
static int
last_before(struct store_iter *it, MDB_val *k, MDB_val *d, unsigned char *key, size_t n)
{
	int rc;

	k->mv_size = n;
	k->mv_data = key;
	rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
	if (rc == 0)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	return rc == MDB_NOTFOUND ? mdb_cursor_get(it->cur, k, d, MDB_LAST) : rc;
}

/* Positions the cursor on the last entry of the range walked (or before
 * it: take says so). */
static int
range_last(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	struct wquery *q = it->words;
	unsigned char succ[STORE_POS_MAX];
	size_t n;

	/* the first key after the range: lo with its last byte below 0xff
	 * incremented */
	memcpy(succ, q->lo, q->lolen);
	for (n = q->lolen; n > 0 && succ[n - 1] == 0xff; n--)
		;
	if (n == 0)
		return mdb_cursor_get(it->cur, k, d, MDB_LAST);
	succ[n - 1]++;
	return last_before(it, k, d, succ, n);
}

/* Positions the cursor on the last entry to look at going backwards: the
 * entry before it->last, or the last of the scan word's range after
 * store_iter_last. */
static int
words_last(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	struct wquery *q = it->words;
	unsigned char succ[STORE_POS_MAX];
	size_t n;

	if (it->onlast)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	if (it->atend) {
		/* from the end of the last phase's range */
		while (next_phase(q, it->kind, 1))
			;
		return range_last(it, k, d);
	} else if (it->lastlen > 2 && it->last[0] == 'W' && pos_phase(q, it->kind, it->last[1])) {
		n = it->lastlen - 2;
		memcpy(succ, it->last + 2, n);	/* the first key >= last */
	} else {
		return MDB_NOTFOUND;	/* at the beginning */
	}
	return last_before(it, k, d, succ, n);
}


int
words_prev(struct store_iter *it, char *id)
{
	MDB_val k, d;
	int rc, first = 1;

	for (;;) {
		rc = first ? words_last(it, &k, &d) : mdb_cursor_get(it->cur, &k, &d, MDB_PREV);
		first = 0;
		for (;;) {
			if (rc != 0 && rc != MDB_NOTFOUND)
				return lmdb_err(it->t, rc);
			rc = rc == 0 ? take(it, &k, &d, id) : STORE_ENOTFOUND;
			/* before the range: the previous phase's, from its end
			 * (next_phase) */
			if (rc != STORE_ENOTFOUND || !next_phase(it->words, it->kind, -1))
				break;
			rc = range_last(it, &k, &d);
		}
		if (rc != 0)
			return rc > 0 ? 0 : rc;
	}
}

/*
 * Twins: another record of the same kind and county whose name has the
 * twin key of a name (loc_text_twin_key: Arabic ي/ك, hamza forms, ZWNJ
 * and spaces folded, so «امام جمعه», «امام‌جمعه» and «امامجمعه» are one),
 * the same group, unit or donor registered twice.
 *
 * Found in the word index, not by reading every record of the county: a
 * name's letters (its written words' letters, one after the other; the
 * parts after a ZWNJ aside) do not change with its spaces and ZWNJs, and
 * the last written word of any such name is a word of the index whose
 * letters end them.  So each end of the letters (the last one, the last
 * two, ...) is looked up as a whole word, and an entry is a candidate if
 * it is its name's last written word and its name's letters, in the
 * entry's value, are the same: no record is read but those.  A candidate
 * is then read, and taken if its county is the one given, its name has the
 * same twin key (the letters fold a little more: punctuation, Latin case)
 * and accept takes it.  A name of more than WORDS_MAX words, or with a
 * word over WORD_KEY_MAX bytes of letters, and a database without a word
 * index, are looked up by the county's records instead.
 *
 * The other way round, a stored name whose entries were cut (value_lossy:
 * more than WORDS_MAX words and parts, or a word's letters cut at
 * WORD_KEY_MAX) has no entry for its last written word, or not its
 * letters whole, and a name that is not cut may still be its twin: the
 * same name with fewer ZWNJs or spaces (31 entries where 35 were
 * stored).  Such a stored name is found by its first written word's
 * entry (twin_lossy), whose letters start the name's and whose value has
 * its first written words whole: each start of the letters is looked up
 * as a whole word, or in a bulk write that read the index's words into a
 * set (wset_of) the list of the cut names read with them is looked at.
 * Only a name of more than words_cap bytes of letters (each of its entries
 * has a letter, a byte at least), or of WORD_KEY_MAX at least, can be the
 * twin of one, so short names cost nothing more.  Before, such a stored name was never found.
 *
 * store_name_twin_if does not put a bulk write's deferred entries first
 * (defer_flush_db): an import of 10^5 donors asking it on every row ran a
 * third slower so (bench_import.sh, 46,000 rows/s against 31,000); the
 * import looks among its own rows itself.
 */

/* The candidate record cand read and judged (not except, of county, its
 * name's twin key key, accept taking it): 1 if taken, its id into id.
 * *rc: 0 or a store code. */
static int
twin_take(struct store_txn *t, enum core_kind k, int namef, int countyf, const char *county,
    const char *key, const char *except, const char *cand,
    int (*accept)(const struct core_record *r, void *ctx), void *ctx, char *id, int *rc)
{
	struct core_record *o;
	const char *on, *oc;
	char *okey;
	int take = 0;

	*rc = 0;
	if (except != NULL && strcmp(cand, except) == 0)
		return 0;
	if ((*rc = store_get(t, k, cand, &o, NULL)) != 0) {
		if (*rc == STORE_ENOTFOUND)
			*rc = 0;
		return 0;
	}
	on = core_record_text(o, namef);
	oc = core_record_text(o, countyf);
	if (on != NULL && oc != NULL && strcmp(oc, county) == 0) {
		if ((okey = loc_text_twin_key(on)) == NULL)
			*rc = STORE_ENOMEM;
		else if (strcmp(okey, key) == 0 && (accept == NULL || accept(o, ctx))) {
			loc_utf8_copy(id, CORE_ID_MAX, cand);
			take = 1;
		}
		free(okey);
	}
	core_record_free(o);
	return take;
}

/* The letters of an entry's value (its written words', parts aside) into
 * out (VALUE_MAX bytes), and where its last written word's start: 0, or -1
 * if the value is not well formed. */
static int
value_letters(const unsigned char *v, size_t vl, unsigned char *out, size_t *len, size_t *last)
{
	size_t n, i, o = 0, p = 1, wl;

	if (vl < 1)
		return -1;
	n = v[0];
	*last = 0;
	for (i = 0; i < n; i++) {
		if (p >= vl)
			return -1;
		wl = v[p] & (unsigned char)~PART_FLAG;
		if (p + 1 + wl > vl)
			return -1;
		if (!(v[p] & PART_FLAG)) {
			*last = o;
			memcpy(out + o, v + p + 1, wl);
			o += wl;
		}
		p += 1 + wl;
	}
	*len = o;
	return 0;
}

/*
 * The twin of letters let (xl bytes) among the names whose entry values
 * lost words (value_lossy), whose entry of the last written word, or its
 * letters whole, the lookup by the end of the letters does not find: by
 * their first written word's entry, which is there and a start of the
 * letters (lossy_first, value_starts).  Taken from ws's list where it was
 * made, else each start of the letters is looked up as a whole word with
 * cursor cur.  Returns and sets as twin_take.
 */
static int
twin_lossy(struct store_txn *t, enum core_kind k, int namef, int countyf, const char *county,
    const char *key, const char *except,
    int (*accept)(const struct core_record *r, void *ctx), void *ctx, char *id,
    MDB_cursor *cur, const struct wset *ws, const unsigned char *let, size_t xl, int *rc)
{
	unsigned char probe[KEY_MAX];
	char cand[CORE_ID_MAX];
	const unsigned char *rk;
	size_t i, L, wl, rkl;

	*rc = 0;
	if (ws != NULL) {
		for (i = 0; i < ws->nlossy; i++) {
			const struct wlossy *l = &ws->lossy[i];

			if (l->key[0] != (unsigned char)k || l->key[1] != (unsigned char)namef ||
			    !value_starts(l->val, l->vlen, let, xl) ||
			    words_split_key(l->key, l->klen, &wl, &rk, &rkl) != 0 ||
			    key_to_id(k, rk, rkl, cand) != 0)
				continue;
			if (twin_take(t, k, namef, countyf, county, key, except, cand, accept, ctx,
			    id, rc))
				return 1;
			if (*rc != 0)
				return 0;
		}
		return 0;
	}
	for (L = 1; L <= xl && L <= WORD_KEY_MAX; L++) {
		MDB_val kv, dv;
		size_t plen = 0;
		int mrc;

		probe[plen++] = (unsigned char)k;
		probe[plen++] = (unsigned char)namef;
		memcpy(probe + plen, let, L);
		plen += L;
		probe[plen++] = 0;
		kv.mv_size = plen;
		kv.mv_data = probe;
		mrc = mdb_cursor_get(cur, &kv, &dv, MDB_SET_RANGE);
		/* the first key from the probe on not of a word that starts
		 * with these letters: no longer start is a word either */
		if (mrc == MDB_NOTFOUND ||
		    (mrc == 0 && (kv.mv_size < plen - 1 || memcmp(kv.mv_data, probe, plen - 1) != 0)))
			break;
		for (; mrc == 0; mrc = mdb_cursor_get(cur, &kv, &dv, MDB_NEXT)) {
			if (kv.mv_size < plen || memcmp(kv.mv_data, probe, plen) != 0)
				break;
			if (t->words != NULL)
				t->words->walked++;
			if (!lossy_first(kv.mv_data, L, dv.mv_data, dv.mv_size, words_cap(t->st)) ||
			    !value_starts(dv.mv_data, dv.mv_size, let, xl) ||
			    words_split_key(kv.mv_data, kv.mv_size, &wl, &rk, &rkl) != 0 ||
			    key_to_id(k, rk, rkl, cand) != 0)
				continue;
			if (twin_take(t, k, namef, countyf, county, key, except, cand, accept, ctx,
			    id, rc))
				return 1;
			if (*rc != 0)
				return 0;
		}
		if (mrc != 0 && mrc != MDB_NOTFOUND) {
			*rc = lmdb_err(t, mrc);
			return 0;
		}
	}
	return 0;
}

int
store_name_twin_if(struct store_txn *t, enum core_kind k, const char *county, const char *name,
    const char *except, int (*accept)(const struct core_record *r, void *ctx), void *ctx,
    char *id)
{
	return store_name_twin_key_if(t, k, county, name, NULL, except, accept, ctx, id);
}

int
store_name_twin_key_if(struct store_txn *t, enum core_kind k, const char *county,
    const char *name, const char *twin, const char *except,
    int (*accept)(const struct core_record *r, void *ctx), void *ctx, char *id)
{
	const struct core_schema *s = core_schema_get(k);
	const struct wset *ws;
	struct wlist words, *w = &words;
	struct store_iter *it = NULL;
	MDB_cursor *cur = NULL;
	unsigned char let[VALUE_MAX], vlet[VALUE_MAX], probe[KEY_MAX];
	const char *key;
	char *made = NULL, cand[CORE_ID_MAX];
	size_t i, xl = 0, L, vlen, last;
	int rc = 0, namef = -1, countyf = -1, found = 0, scan = 0, cut = 0;

	if (s == NULL)
		return STORE_EINVAL;
	for (i = 0; i < s->nfields; i++) {
		if (namef < 0 && (s->fields[i].flags & CORE_FF_SEARCH))
			namef = (int)i;
		if (countyf < 0 && s->fields[i].type == CORE_FT_COUNTY)
			countyf = (int)i;
	}
	if (namef < 0 || countyf < 0)
		return STORE_EINVAL;
	if (name == NULL || *name == '\0' || county == NULL || *county == '\0')
		return STORE_ENOTFOUND;
	if ((key = twin != NULL ? twin : (made = loc_text_twin_key(name))) == NULL)
		return STORE_ENOMEM;
	if (*key == '\0')
		goto out;
	if ((rc = words_twin(t, name, w, &cut)) != 0)
		goto out;
	/* a name whose entries were cut: its last word may have none */
	scan = t->st->nowords || cut;
	for (i = 0; i < w->n && !scan; i++) {
		if (w->len[i] >= WORD_KEY_MAX)
			scan = 1;
		memcpy(let + xl, w->key[i], w->len[i]);
		xl += w->len[i];
	}
	if (!scan && xl == 0)
		goto out;	/* no letters: not a name to tell apart */
	if (scan) {
		/* the county's records, one by one */
		if ((rc = store_iter_index(t, k, countyf, county, &it)) != 0)
			goto out;
		while (!found && rc == 0 && store_iter_next(it, cand) == 0)
			found = twin_take(t, k, namef, countyf, county, key, except, cand, accept,
			    ctx, id, &rc);
		goto out;
	}
	/* no defer_flush_db: see store.h */
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[DB_WORDS], &cur)) != 0) {
		rc = lmdb_err(t, rc);
		goto out;
	}
	/* No name of kind k in the word index yet (a first import into a
	 * new database, whose own rows' entries wait in the bulk write):
	 * no probe can find one, so none is made. */
	{
		MDB_val kv, dv;
		int mrc;

		probe[0] = (unsigned char)k;
		probe[1] = (unsigned char)namef;
		kv.mv_size = 2;
		kv.mv_data = probe;
		mrc = mdb_cursor_get(cur, &kv, &dv, MDB_SET_RANGE);
		if (mrc != 0 && mrc != MDB_NOTFOUND) {
			rc = lmdb_err(t, mrc);
			goto out;
		}
		if (mrc == MDB_NOTFOUND || kv.mv_size < 2 || memcmp(kv.mv_data, probe, 2) != 0)
			goto out;
	}
	ws = wset_of(t);
	for (L = 1; L <= xl && L < WORD_KEY_MAX && !found && rc == 0; L++) {
		MDB_val kv, dv;
		const unsigned char *rk;
		size_t plen = 0, wl, rkl;
		int mrc;

		probe[plen++] = (unsigned char)k;
		probe[plen++] = (unsigned char)namef;
		memcpy(probe + plen, let + xl - L, L);
		plen += L;
		if (ws != NULL && !wset_has(ws, probe, plen))
			continue;	/* no entry of that word */
		probe[plen++] = 0;
		kv.mv_size = plen;
		kv.mv_data = probe;
		for (mrc = mdb_cursor_get(cur, &kv, &dv, MDB_SET_RANGE); mrc == 0;
		    mrc = mdb_cursor_get(cur, &kv, &dv, MDB_NEXT)) {
			if (kv.mv_size < plen || memcmp(kv.mv_data, probe, plen) != 0)
				break;
			/* the entry's word its name's last written word, and
			 * the name's letters the same */
			if (value_letters(dv.mv_data, dv.mv_size, vlet, &vlen, &last) != 0 ||
			    vlen != xl || vlen - last != L || memcmp(vlet, let, xl) != 0)
				continue;
			if (words_split_key(kv.mv_data, kv.mv_size, &wl, &rk, &rkl) != 0 ||
			    key_to_id(k, rk, rkl, cand) != 0)
				continue;
			if ((found = twin_take(t, k, namef, countyf, county, key, except, cand,
			    accept, ctx, id, &rc)) || rc != 0)
				break;
		}
		if (rc == 0 && mrc != 0 && mrc != MDB_NOTFOUND)
			rc = lmdb_err(t, mrc);
	}
	/* A name whose entry value lost words (more than words_cap words
	 * and parts, each with a letter, or a word of WORD_KEY_MAX letters)
	 * has no entry for its last word, or not its letters whole, and this
	 * one, not cut, may be its twin: written with fewer spaces or ZWNJs.
	 * Its letters are as many as that: more than the cap, or
	 * WORD_KEY_MAX bytes at least (the cap is above it since format 9,
	 * and a word cut at WORD_KEY_MAX letters the one way left). */
	if (!found && rc == 0 && (xl > words_cap(t->st) || xl >= WORD_KEY_MAX))
		found = twin_lossy(t, k, namef, countyf, county, key, except, accept, ctx, id,
		    cur, ws, let, xl, &rc);
out:
	if (cur != NULL)
		mdb_cursor_close(cur);
	store_iter_free(it);
	free(made);
	if (found)
		return 0;
	return rc == 0 || rc == STORE_ENOTFOUND ? STORE_ENOTFOUND : rc;
}

int
store_name_twin(struct store_txn *t, enum core_kind k, const char *county, const char *name,
    const char *except, char *id)
{
	int rc;

	if ((rc = defer_flush_db(t, DB_WORDS)) != 0)
		return rc;
	return store_name_twin_if(t, k, county, name, except, NULL, NULL, id);
}
