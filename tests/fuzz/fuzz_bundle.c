/*
 * Fuzz target: the sync bundle reader and verifier (tui/bundle.h).
 *
 * Set-up, once: two scratch databases, station TBZ (with a few records of
 * every kind, so it has a real bundle to make) and headquarters HQ, which
 * trusts TBZ's key.  TBZ makes one valid signed bundle for HQ.
 *
 * Input: byte 0 picks a mode, the rest is the payload.
 *   mode 0  the payload is the bundle, as is: arbitrary bytes must be
 *           refused cleanly (a TUI_BUNDLE_* or STORE_* code, nothing else);
 *   mode 1  the payload is a bundle body after a correct header ("from TBZ",
 *           "to HQ", TBZ's key) and it is signed with TBZ's secret key, so
 *           the parser past the signature check sees arbitrary bytes;
 *   mode 2  the valid bundle with the payload's bytes applied as edits
 *           (pairs: position, new byte), then signed again (so the edits
 *           reach the parser and the apply);
 *   mode 3  as mode 2 but not signed again: must fail with EBADSIG or
 *           EFORMAT unless the edits left it unchanged.
 * After an import that succeeded, HQ's store_verify must find no problem;
 * one that failed must have applied nothing (HQ's last change sequence
 * unchanged).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core/record.h"
#include "store/store.h"
#include "tui/bundle.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[256];
static struct store *hq;
static unsigned char sk[crypto_sign_SECRETKEYBYTES];
static char tbz_key[TUI_KEY_HEX];
static char *valid;
static size_t valid_len;
static unsigned long nok[4], nrun[4];	/* imports accepted / tried, per mode */

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "فاز");
}

static void
cleanup(void)
{
	char cmd[400];

	if (getenv("FUZZ_BUNDLE_STATS") != NULL)
		fprintf(stderr, "accepted/tried per mode: %lu/%lu %lu/%lu %lu/%lu %lu/%lu\n",
		    nok[0], nrun[0], nok[1], nrun[1], nok[2], nrun[2], nok[3], nrun[3]);
	store_close(hq);
	hq = NULL;
	free(valid);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return;
}

struct seed_ctx {
	int n;
};

static int
put_rec(struct store_txn *t, enum core_kind k, const char *const *fv, char *id)
{
	struct core_record *r = core_record_new(k);
	const struct core_schema *s = core_schema_get(k);
	size_t f;
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	for (f = 0; f < s->nfields && fv[f] != NULL; f++) {
		if (fv[f][0] == '\0')
			continue;
		if (core_ftype_is_text(s->fields[f].type))
			core_record_set_text(r, (int)f, fv[f]);
		else
			core_record_set_num(r, (int)f, strtoll(fv[f], NULL, 10));
	}
	rc = store_put_new(t, r, id);
	core_record_free(r);
	return rc;
}

/* One record of most kinds, linked: group, donor, unit, need, pledge,
 * payment, stage. */
static int
seed_fn(struct store_txn *t, void *ctx)
{
	char g[CORE_ID_MAX], d[CORE_ID_MAX], u[CORE_ID_MAX], n[CORE_ID_MAX], p[CORE_ID_MAX];
	char x[CORE_ID_MAX];
	int rc;

	(void)ctx;
	{ const char *v[] = { "", "0", "شورای شهر", "TBZ", "آقای اسدی", "04142223344", "1", NULL };
	  if ((rc = put_rec(t, CORE_GROUP, v, g)) != 0) return rc; }
	{ const char *v[] = { "", "0", "علی‌رضا کریمی", "0013456784", "", "09123456789", "", "TBZ",
	    "خیابان امام", "3", "1200000", g, "یادداشت\nدو خط", "1", NULL };
	  if ((rc = put_rec(t, CORE_DONOR, v, d)) != 0) return rc; }
	{ const char *v[] = { "", "0", "دبستان باکری", "TBZ", "", "1", NULL };
	  if ((rc = put_rec(t, CORE_UNIT, v, u)) != 0) return rc; }
	{ const char *v[] = { "", u, "2", "بازسازی سقف", "", "250000000", "5", "3", "120", "100", "2", "", NULL };
	  if ((rc = put_rec(t, CORE_NEED, v, n)) != 0) return rc; }
	{ const char *v[] = { "", d, n, "2", "1000000", "", "", "110", "0", NULL };
	  if ((rc = put_rec(t, CORE_PLEDGE, v, p)) != 0) return rc; }
	{ const char *v[] = { "", p, "120", "500000", "ر-۱۲", NULL };
	  if ((rc = put_rec(t, CORE_PAYMENT, v, x)) != 0) return rc; }
	{ const char *v[] = { "", n, "مرحله اول", "100", "130", "", "40", NULL };
	  if ((rc = put_rec(t, CORE_STAGE, v, x)) != 0) return rc; }
	return 0;
}

static int
get_secret(struct store *st)
{
	struct store_txn *t;
	char *hex = NULL;
	int rc;

	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	rc = store_setting_get(t, "sync.key.secret", &hex, NULL);
	store_read_end(t);
	if (rc != 0)
		return rc;
	rc = sodium_hex2bin(sk, sizeof sk, hex, strlen(hex), NULL, NULL, NULL);
	free(hex);
	return rc;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct store *tbz;
	char path[300], hq_key[TUI_KEY_HEX];
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	if (sodium_init() < 0)
		abort();
	snprintf(dir, sizeof dir, "%s/fuzz_bundle.XXXXXX", tmp ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL)
		abort();
	atexit(cleanup);
	setenv("HAMYAR_MAP_INIT", "64M", 1);
	snprintf(path, sizeof path, "%s/tbz", dir);
	if (store_open(path, STORE_CREATE | STORE_NOSYNC, &tbz) != 0 ||
	    store_write(tbz, init_fn, (void *)"TBZ") != 0 ||
	    store_write(tbz, seed_fn, NULL) != 0 ||
	    tui_sync_key(tbz, tbz_key) != 0 || get_secret(tbz) != 0)
		abort();
	snprintf(path, sizeof path, "%s/hq", dir);
	if (store_open(path, STORE_CREATE | STORE_NOSYNC, &hq) != 0 ||
	    store_write(hq, init_fn, (void *)"HQ") != 0 ||
	    tui_sync_key(hq, hq_key) != 0 ||
	    tui_sync_trust(hq, "TBZ", tbz_key, 0) != 0 ||
	    tui_sync_trust(tbz, "HQ", hq_key, 0) != 0 ||
	    tui_bundle_make(tbz, "HQ", &valid, &valid_len, NULL) != 0)
		abort();
	store_close(tbz);
	/* FUZZ_BUNDLE_DUMP=FILE writes the valid bundle (to make seeds). */
	if (getenv("FUZZ_BUNDLE_DUMP") != NULL) {
		FILE *f = fopen(getenv("FUZZ_BUNDLE_DUMP"), "wb");

		if (f == NULL || fwrite(valid, 1, valid_len, f) != valid_len || fclose(f) != 0)
			abort();
	}
	return 0;
}

/* Appends "sig HEX\n" for the first len bytes of b (which has room). */
static size_t
sign(char *b, size_t len)
{
	unsigned char sig[crypto_sign_BYTES];
	char hex[crypto_sign_BYTES * 2 + 1];

	crypto_sign_detached(sig, NULL, (const unsigned char *)b, len, sk);
	sodium_bin2hex(hex, sizeof hex, sig, sizeof sig);
	memcpy(b + len, "sig ", 4);
	memcpy(b + len + 4, hex, crypto_sign_BYTES * 2);
	b[len + 4 + crypto_sign_BYTES * 2] = '\n';
	return len + 4 + crypto_sign_BYTES * 2 + 1;
}

static uint64_t
last_seq(void)
{
	struct store_txn *t;
	uint64_t seq = 0;

	if (store_read_begin(hq, &t) != 0)
		abort();
	if (store_change_last(t, &seq) != 0)
		abort();
	store_read_end(t);
	return seq;
}

static int
known_code(int rc)
{
	return rc == 0 || (rc <= TUI_BUNDLE_EFORMAT && rc >= TUI_BUNDLE_EKEY) ||
	    (rc < 0 && rc >= STORE_EACCES);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tui_bundle_stats stats;
	const uint8_t *pl;
	size_t plen, len = 0, i, probs;
	char head[200], *b;
	uint64_t before;
	int mode, rc, changed = 0;

	if (size < 1)
		return 0;
	mode = data[0] & 3;
	pl = data + 1;
	plen = size - 1;
	b = malloc(plen + valid_len + sizeof head + 200);
	if (b == NULL)
		return 0;
	switch (mode) {
	case 0:
		memcpy(b, pl, plen);
		len = plen;
		break;
	case 1:
		len = (size_t)snprintf(head, sizeof head, "hamyar-bundle 1\nfrom TBZ\nto HQ\nkey %s\n",
		    tbz_key);
		memcpy(b, head, len);
		memcpy(b + len, pl, plen);
		len = sign(b, len + plen);
		break;
	default:
		/* The valid bundle without its signature line, edited. */
		len = valid_len - (4 + crypto_sign_BYTES * 2 + 1);
		memcpy(b, valid, valid_len);
		for (i = 0; i + 1 < plen; i += 2) {
			size_t at = ((size_t)pl[i] * 7919u + i) % len;

			if (b[at] != (char)pl[i + 1])
				changed = 1;
			b[at] = (char)pl[i + 1];
		}
		if (mode == 2)
			len = sign(b, len);
		else
			len = valid_len;
		break;
	}
	before = last_seq();
	rc = tui_bundle_import(hq, b, len, &stats, NULL);
	nrun[mode]++;
	if (rc == 0)
		nok[mode]++;
	if (!known_code(rc))
		abort();
	if (mode == 3 && changed && rc == 0)
		abort();	/* an altered bundle accepted without a signature */
	if (rc != 0 && last_seq() != before)
		abort();	/* a refused bundle applied something */
	if (rc == 0) {
		if (store_verify(hq, NULL, NULL, &probs) != 0 || probs != 0)
			abort();
	}
	free(b);
	return 0;
}
