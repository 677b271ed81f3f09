/*
 * tests/store/put_raw.c — a helper of the screen tests, not a test: puts a
 * person donor whose name is taken as it is, past the validation that
 * import and the forms apply (core/validate.c refuses control characters).
 * It stands for text that reached a database another way (an older
 * version, a damaged file), which the screens must still show safely
 * (tests/screen/unsafe.sh).
 *
 * Usage: put_raw DBDIR NAME COUNTY; prints the new id.
 *        put_raw DBDIR --setting NAME VALUE: sets the store setting NAME
 *        to VALUE as it is (a stored value no screen or verb would write,
 *        such as ranking weights of "inf": tests/cli/rank_edges.sh).
 *        put_raw DBDIR --settings PREFIX VALUE: sets every setting whose
 *        name starts with PREFIX to VALUE, for a setting whose name the
 *        shell cannot compute (import.KIND.content.DIGEST, a digest of a
 *        file's rows' values: tests/cli/import_content_repeat.sh); fails
 *        if there is none.
 *        put_raw DBDIR --user LOGIN ROLE: records user LOGIN with ROLE
 *        (admin, hq, supervisor, clerk, auditor) and no county, as an
 *        older version let a clerk or supervisor be saved
 *        (tests/screen/user_nocounty.sh).
 *        put_raw DBDIR --stage NEED TITLE: puts a stage of NEED with its
 *        progress empty, as an older version wrote one (the store now
 *        writes 0 for it, CORE_FF_ZERO): the transaction is marked as
 *        applying another station's records, which the store keeps as
 *        they come; prints the new id (tests/cli/import_done_stages.sh).
 *        put_raw DBDIR --text KIND ID FIELD VALUE: sets text field FIELD
 *        (its English name, "title") of record ID of KIND ("need") to VALUE
 *        as it is, bidi controls and all, as an older version kept them
 *        (tests/cli/raw_bidi.sh).
 *        put_raw DBDIR --format8: makes the database one of format 8, its
 *        word index keeping 32 words and parts of a name, as versions
 *        before format 9 wrote it (tests/screen/search_long_short.sh).
 *        put_raw DBDIR --draft-nover USER FORM: drops the "ver=" line of
 *        USER's draft of FORM ("donor:MRD-5"), as a program before it
 *        wrote the draft (tests/screen/draft_stale_merge.sh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/record.h"
#include "store/store.h"
#include "store/store_int.h"

struct put {
	const char *name, *county;
	char id[CORE_ID_MAX];
};

struct setting {
	const char *name, *value;
	int prefix;			/* name is a prefix (--settings) */
};

struct user {
	const char *login;
	int role;
};

static int
user_fn(struct store_txn *t, void *vctx)
{
	struct user *u = vctx;
	struct core_record *r = core_record_new(CORE_USER);
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_text(r, CORE_USER_ID, u->login);
	core_record_set_num(r, CORE_USER_ROLE, u->role);
	rc = store_put_new(t, r, NULL);
	core_record_free(r);
	return rc;
}

/* The names of the settings a prefix matches, gathered before any is
 * written (no write under the cursor that lists them). */
struct names {
	char **v;
	size_t n;
};

static int
name_fn(const char *name, const void *data, size_t len, void *vctx)
{
	struct names *ns = vctx;
	char **nv;

	(void)data;
	(void)len;
	if ((nv = realloc(ns->v, (ns->n + 1) * sizeof *nv)) == NULL)
		return STORE_ENOMEM;
	ns->v = nv;
	if ((ns->v[ns->n] = strdup(name)) == NULL)
		return STORE_ENOMEM;
	ns->n++;
	return 0;
}

static int
setting_fn(struct store_txn *t, void *vctx)
{
	struct setting *x = vctx;
	struct names ns = { NULL, 0 };
	size_t i;
	int rc;

	if (!x->prefix)
		return store_setting_set(t, x->name, x->value, strlen(x->value));
	rc = store_setting_each(t, x->name, name_fn, &ns);
	if (rc == 0 && ns.n == 0)
		rc = STORE_ENOTFOUND;
	for (i = 0; rc == 0 && i < ns.n; i++)
		rc = store_setting_set(t, ns.v[i], x->value, strlen(x->value));
	for (i = 0; i < ns.n; i++)
		free(ns.v[i]);
	free(ns.v);
	return rc;
}

static int
put_fn(struct store_txn *t, void *vctx)
{
	struct put *p = vctx;
	struct core_record *r = core_record_new(CORE_DONOR);
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, p->name);
	core_record_set_text(r, CORE_DONOR_COUNTY, p->county);
	rc = store_put_new(t, r, p->id);
	core_record_free(r);
	return rc;
}

struct stage {
	const char *need, *title;
	char id[CORE_ID_MAX];
};

static int
stage_fn(struct store_txn *t, void *vctx)
{
	struct stage *g = vctx;
	struct core_record *r = core_record_new(CORE_STAGE);
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_text(r, CORE_STAGE_NEED, g->need);
	core_record_set_text(r, CORE_STAGE_TITLE, g->title);
	t->remote = 1;
	rc = store_put_new(t, r, g->id);
	t->remote = 0;
	core_record_free(r);
	return rc;
}

struct title {
	const char *id, *value;
	int kind, field;
};

static int
title_fn(struct store_txn *t, void *vctx)
{
	struct title *x = vctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, (enum core_kind)x->kind, x->id, &r, &m)) != 0)
		return rc;
	core_record_set_text(r, x->field, x->value);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

struct nover {
	const char *user, *form;
};

/* USER's draft of FORM without its "ver=" line. */
static int
nover_fn(struct store_txn *t, void *vctx)
{
	struct nover *d = vctx;
	char *data, *line, *end;
	size_t len;
	int rc;

	if ((rc = store_draft_get(t, d->user, d->form, &data, &len)) != 0)
		return rc;
	for (line = data; line != NULL && *line; line = end != NULL ? end + 1 : NULL) {
		end = strchr(line, '\n');
		if (strncmp(line, "ver=", 4) == 0) {
			size_t cut = end != NULL ? (size_t)(end + 1 - line) : strlen(line);

			memmove(line, line + cut, len - (size_t)(line - data) - cut + 1);
			len -= cut;
			break;
		}
	}
	rc = store_draft_put(t, d->user, d->form, data, len);
	free(data);
	return rc;
}

/* The word index as format 8 wrote it, and the format 8. */
static int
format8_fn(struct store_txn *t, void *vctx)
{
	unsigned char eight[8] = { 0, 0, 0, 0, 0, 0, 0, 8 };
	MDB_val k = { 6, "format" }, d = { 8, eight };
	int rc;

	(void)vctx;
	t->st->shortwords = 1;
	rc = words_rebuild(t);
	t->st->shortwords = 0;
	if (rc == 0 && (rc = mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0)) != 0)
		rc = lmdb_err(t, rc);
	return rc;
}

int
main(int argc, char **argv)
{
	struct store *st;
	struct put p = { NULL, NULL, "" };
	struct setting x = { NULL, NULL, 0 };
	struct user u = { NULL, -1 };
	struct stage g = { NULL, NULL, "" };
	struct title tt = { NULL, NULL, -1, -1 };
	struct nover nv = { NULL, NULL };
	int rc, format8 = 0;

	if (argc == 3 && strcmp(argv[2], "--format8") == 0) {
		format8 = 1;
	} else if (argc == 5 && strcmp(argv[2], "--draft-nover") == 0) {
		nv.user = argv[3];
		nv.form = argv[4];
	} else if (argc == 5 && (strcmp(argv[2], "--setting") == 0 ||
	    strcmp(argv[2], "--settings") == 0)) {
		x.name = argv[3];
		x.value = argv[4];
		x.prefix = strcmp(argv[2], "--settings") == 0;
	} else if (argc == 5 && strcmp(argv[2], "--user") == 0) {
		u.login = argv[3];
		if ((u.role = core_role_from_name(argv[4])) < 0) {
			fprintf(stderr, "put_raw: no role %s\n", argv[4]);
			return 2;
		}
	} else if (argc == 5 && strcmp(argv[2], "--stage") == 0) {
		g.need = argv[3];
		g.title = argv[4];
	} else if (argc == 7 && strcmp(argv[2], "--text") == 0) {
		if ((tt.kind = core_kind_from_name(argv[3])) < 0 ||
		    (tt.field = core_field_find(core_schema_get((enum core_kind)tt.kind), argv[5])) < 0) {
			fprintf(stderr, "put_raw: no kind %s or no field %s\n", argv[3], argv[5]);
			return 2;
		}
		tt.id = argv[4];
		tt.value = argv[6];
	} else if (argc != 4) {
		fprintf(stderr, "usage: put_raw DBDIR NAME COUNTY | DBDIR --setting NAME VALUE | "
		    "DBDIR --settings PREFIX VALUE | DBDIR --user LOGIN ROLE | DBDIR --stage NEED TITLE | "
		    "DBDIR --text KIND ID FIELD VALUE | DBDIR --format8 | DBDIR --draft-nover USER FORM\n");
		return 2;
	}
	p.name = argv[2];
	p.county = argv[3];
	if ((rc = store_open(argv[1], 0, &st)) != 0) {
		fprintf(stderr, "put_raw: %s\n", store_strerror(rc));
		return 3;
	}
	store_user_set(st, "test");
	rc = nv.user != NULL ? store_write(st, nover_fn, &nv) :
	    format8 ? store_write(st, format8_fn, NULL) : x.name != NULL ?
	    store_write(st, setting_fn, &x) : u.login != NULL ?
	    store_write(st, user_fn, &u) : g.need != NULL ? store_write(st, stage_fn, &g) :
	    tt.id != NULL ? store_write(st, title_fn, &tt) : store_write(st, put_fn, &p);
	store_close(st);
	if (rc != 0) {
		fprintf(stderr, "put_raw: %s\n", store_strerror(rc));
		return 1;
	}
	if (g.need != NULL)
		printf("%s\n", g.id);
	else if (x.name == NULL && u.login == NULL && tt.id == NULL && !format8 && nv.user == NULL)
		printf("%s\n", p.id);
	return 0;
}
