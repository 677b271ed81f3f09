/*
 * tui/verb_store.c — the store's verbs (SPEC §12): init, demo, rank, match,
 * backup and verify.
 *
 * rank and match gather plain structs from the store (store_rank_gather of
 * store/stats.h, the same as the ranking screen) in one short read
 * transaction and hand them to core/ (core/rank.h, core/match.h): a
 * need's criteria are its urgency, impact, population, gap (estimated cost
 * minus non-cancelled material pledges, store_need_sums), days waiting and
 * donor interest (active donors of its county interested in its category).
 * The weights are the setting "rank.weights" (six numbers in enum core_crit
 * order) or, when unset, core_weights_default().
 *
 * demo writes realistic Persian sample data in a few transactions, one per
 * phase; each phase's function starts from a saved random state so that a
 * rerun after map growth (store_write) produces the same records.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "core/access.h"
#include "core/match.h"
#include "core/pledge.h"
#include "core/rank.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/sync.h"
#include "store/users.h"
#include "tui/bundle.h"
#include "tui/cli.h"
#include "tui/identity.h"
#include "tui/form.h"
#include "tui/json.h"
#include "tui/report.h"
#include "tui/screens.h"

/* ---- shared ---- */

static const char *
real_login(void)
{
	struct passwd *pw = getpwuid(getuid());

	return pw != NULL && pw->pw_name != NULL ? pw->pw_name : "?";
}

int
cli_clerk_without_county(struct store *st)
{
	const struct store_identity *id = store_users_identity(st);
	struct core_scope s;
	struct core_access a;
	char msg[400];

	if (id == NULL || id->actor.role != CORE_ROLE_CLERK || id->actor.county[0] != '\0')
		return 0;
	memset(&s, 0, sizeof s);
	core_scope_add(&s, "-");	/* a county not his: NOSCOPE, as he has none */
	if (core_access_check(&id->actor, CORE_ACCESS_READ, &s, NULL, &a))
		return 0;
	cli_error("%s", tui_access_message(&a, msg, sizeof msg));
	return 1;
}

/* A clerk reads his own county only (SPEC §11, core/access.h): *county
 * (NULL: every county) becomes his, copied into buf; naming another county,
 * or having none set, is refused with who may.  Returns 0 or EXIT_INVALID
 * after saying why. */
static int
read_scope(struct store *st, const char **county, char *buf, size_t n)
{
	const struct store_identity *id = store_users_identity(st);
	struct core_scope s;
	struct core_access a;
	char msg[400];

	if (id == NULL || id->actor.role != CORE_ROLE_CLERK)
		return 0;
	if (cli_clerk_without_county(st))
		return EXIT_INVALID;
	memset(&s, 0, sizeof s);
	core_scope_add(&s, *county != NULL ? *county : id->actor.county);
	if (*county != NULL && strcmp(*county, id->actor.county) != 0) {
		if (!core_access_check(&id->actor, CORE_ACCESS_READ, &s, NULL, &a)) {
			cli_error("%s", tui_access_message(&a, msg, sizeof msg));
			return EXIT_INVALID;
		}
	}
	snprintf(buf, n, "%s", id->actor.county);
	*county = buf;
	return 0;
}

/* Opens the database and gathers what rank and match need (county's only
 * when not NULL; a clerk's own county in any case, copied into scope, else
 * scope is ""), with the stored weights; for need pledges_for (not NULL)
 * the past pledges and open sums of its county's donors, for donor
 * open_for (not NULL) his (store_rank_donor_history): what their free
 * capacity is their capacity less, their past pledges by type (the fit
 * for a non-material need) and the needs of their open pledges; *flags
 * how the user's whole figures are written (tui_text_amount_flags).
 * Returns 0, or an exit code after saying why (g then empty). */
static int
gather_scoped(const struct hamyar_opts *o, const char *county, char *scope, size_t n,
    struct core_weights *w, struct store_rank_data *g, const char *pledges_for,
    const char *open_for, unsigned *flags)
{
	struct store *st;
	struct store_txn *t;
	char msg[600];
	int rc, bad = -1;

	memset(g, 0, sizeof *g);
	scope[0] = '\0';
	if ((rc = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return rc;
	if ((rc = read_scope(st, &county, scope, n)) != 0) {
		store_close(st);
		return rc;
	}
	/* and the amounts in messages (tui_fmt_amount: match's «no money
	 * left free»), which took the screens' default, Persian digits,
	 * under --lang en and for a user who chose ASCII digits too */
	*flags = cli_person_digits(st);
	if ((rc = store_read_begin(st, &t)) == 0) {
		bad = store_rank_weights(t, w);
		rc = store_rank_gather(t, county, loc_day_today(), g);
		if (rc == 0 && pledges_for != NULL) {
			size_t i;

			/* the past pledges of the donors of need pledges_for's
			 * county, which order donors who fit it alike */
			for (i = 0; i < g->nneeds; i++)
				if (strcmp(g->needs[i].id, pledges_for) == 0)
					rc = store_rank_donor_pledges(t, g, g->needs[i].county);
		}
		if (rc == 0 && open_for != NULL) {
			size_t i;

			/* what donor open_for's open pledges take of his
			 * capacity (the rest is free for matching), and his
			 * past participation */
			for (i = 0; rc == 0 && i < g->ndonors; i++)
				if (strcmp(g->donors[i].id, open_for) == 0)
					rc = store_rank_donor_history(t, &g->donors[i]);
		}
		/* a sum the figures printed rest on that left out a record
		 * its index names that is not there (store_sum_short): the
		 * database is damaged, not ranked or matched as if whole.
		 * rank prints the gaps alone (the pledges); match the free
		 * capacity too (the payments). */
		if (rc == 0 && (store_sum_short(t) & (open_for != NULL || pledges_for != NULL ?
		    STORE_SHORT_PLEDGE | STORE_SHORT_PAYMENT : STORE_SHORT_PLEDGE)))
			rc = STORE_ECORRUPT;
		if (rc != 0)
			store_rank_data_free(g);
		store_read_end(t);
	}
	store_close(st);
	if (rc == STORE_ECORRUPT) {
		tui_identity_damaged(cli_db_path(o));
		return EXIT_SYSTEM;
	}
	if (rc != 0) {
		cli_error(_("cannot read the database: %s"), tui_store_strerror(rc));
		return EXIT_SYSTEM;
	}
	if (bad >= 0) {
		/* Stored weights the ranking cannot use: said, not replaced by
		 * the default in silence. */
		store_rank_data_free(g);
		cli_error("%s", tui_rank_weights_fault(bad, msg, sizeof msg));
		return EXIT_INVALID;
	}
	return 0;
}

static int
bad_option(const char *verb, const char *arg)
{
	cli_error(_("%s: unknown argument '%s'"), verb, arg);
	return EXIT_USAGE;
}

/* ---- init ---- */

struct init_ctx {
	const char *station, *name, *login;
};

int
cli_init_store(struct store_txn *t, const char *station, const char *name, const char *login)
{
	struct core_record *u;
	int rc;

	if ((rc = store_init(t, station, name)) != 0)
		return rc;
	/* No bundle made yet: its records made before the first bundle it
	 * takes may be renumbered there (tui/bundle.c, "numbers taken"); a
	 * database of an older program, without it, never renumbers. */
	if ((rc = store_setting_set(t, "sync.sent", "0", 1)) != 0)
		return rc;
	/* The owner is the database's admin (SPEC §11). */
	if (login == NULL || strcmp(login, "?") == 0)
		return 0;
	if ((u = core_record_new(CORE_USER)) == NULL)
		return STORE_ENOMEM;
	if (core_record_set_text(u, CORE_USER_ID, login) != 0) {
		core_record_free(u);
		return STORE_ENOMEM;
	}
	core_record_set_num(u, CORE_USER_ROLE, CORE_ROLE_ADMIN);
	rc = store_put_new(t, u, NULL);
	core_record_free(u);
	return rc;
}

static int
init_fn(struct store_txn *t, void *vctx)
{
	struct init_ctx *c = vctx;

	return cli_init_store(t, c->station, c->name, c->login);
}

/* Creates and initialises the database at the resolved path; the open
 * handle in *out if not NULL.  Returns an exit code. */
static int
create_db(const struct hamyar_opts *o, const char *station, const char *name, struct store **out)
{
	const char *path = cli_db_path(o);
	struct store *st;
	struct init_ctx c;
	struct stat sb;
	char *norm = NULL, msg[1024];
	int rc;

	if (path == NULL) {
		cli_error("%s", _("no database path: use --db DIR or set HAMYAR_DB"));
		return EXIT_SYSTEM;
	}
	if (name != NULL && (norm = loc_text_normalize(name)) == NULL) {
		cli_error("%s", _("the name is not valid UTF-8"));
		return EXIT_INVALID;
	}
	if (norm != NULL && norm[0] == '\0') {
		/* blank (' ', a ZWNJ): the title bar and the letters would
		 * name no station; the settings screen refuses it alike */
		free(norm);
		cli_error("%s", _("--name is the station's name: it cannot be blank (leave --name out to give none)"));
		return EXIT_USAGE;
	}
	if ((rc = tui_identity_open_store(path, STORE_CREATE, &st, msg, sizeof msg)) != 0) {
		free(norm);
		if (rc == STORE_EEXIST && stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
			/* not "a database already exists": a CSV given to --db */
			cli_error(_("%s is a file, not a folder: init makes the database in a folder, which it makes if there is none"), path);
			return EXIT_INVALID;
		}
		if (rc == STORE_EEXIST) {
			cli_error(_("a database already exists at %s; it was left as it is"), path);
			return EXIT_INVALID;
		}
		cli_error("%s", msg);
		/* refused as not the folder's owner: a rule, not the disk */
		return rc == STORE_EPERM && tui_identity_create_refused(path) ?
		    EXIT_INVALID : EXIT_SYSTEM;
	}
	c.station = station;
	c.name = norm;
	c.login = real_login();
	store_user_set(st, c.login);
	rc = store_write(st, init_fn, &c);
	free(norm);
	if (rc != 0) {
		cli_error(_("cannot make the database %s: %s"), path, tui_store_strerror(rc));
		store_close(st);
		return EXIT_SYSTEM;
	}
	if (out)
		*out = st;
	else
		store_close(st);
	return EXIT_OK;
}

int
verb_init(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *station = NULL, *name = NULL;
	char code[CORE_STATION_MAX + 1];
	int i, got, rc;

	for (i = 1; i < argc; i++) {
		if ((got = cli_opt(argc, argv, &i, "--station", &station)) == 0)
			got = cli_opt(argc, argv, &i, "--name", &name);
		if (got < 0)
			return EXIT_USAGE;
		if (got == 0)
			return bad_option("init", argv[i]);
	}
	if (station == NULL) {
		cli_error("%s", _("usage: hamyar init --station CODE [--name TEXT]"));
		return EXIT_USAGE;
	}
	/* "mrd" is MRD: one form everywhere (sync trust, bundles, ids). */
	if (core_station_normalize(station, code) != 0) {
		/* «مرند» for MRD: the county's code suggested, as sync
		 * trust does (core_county_station) */
		if (core_county_station(station, code))
			cli_error(_("'%s' is not a station code but a county's name: its code is %s (hamyar init --station %s), if the station is that county's"),
			    station, code, code);
		else
			cli_error(_("'%s' is not a station code: 2 to 8 ASCII letters or digits"), station);
		return EXIT_INVALID;
	}
	if ((rc = create_db(o, code, name, NULL)) != EXIT_OK)
		return rc;
	printf(_("New database for station %s at %s\n"), code, cli_db_path(o));
	return EXIT_OK;
}

/* ---- demo ---- */

/* xorshift64*: small, deterministic, good enough for sample data. */
static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545F4914F6CDD1DULL;
}

static unsigned
pick(uint64_t *s, unsigned n)
{
	return n ? (unsigned)(rnd(s) >> 33) % n : 0;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const char *const male[] = {
	"محمد", "علی", "حسین", "رضا", "مهدی", "امیرحسین", "محمدرضا", "ابوالفضل", "یوسف",
	"جواد", "حمید", "سعید", "بهروز", "پرویز", "رحیم", "صمد", "اکبر", "داوود", "کریم",
	"عبدالله", "مصطفی", "مرتضی", "یعقوب", "ناصر", "بهزاد", "فرهاد", "سیدجواد",
};
static const char *const female[] = {
	"فاطمه", "زهرا", "مریم", "معصومه", "سیده‌زهرا", "نرگس", "لیلا", "پروین", "ژیلا",
	"سمیه", "طاهره", "شهلا", "رقیه", "آذر", "گلناز", "سارا", "الهه", "ملیحه",
};
static const char *const family[] = {
	"حسین‌زاده", "عبدالله‌پور", "نوروزی‌فر", "رضایی", "قربانی", "جعفری", "صمدی", "اسدی",
	"کریمی", "آقایی", "محمدی", "ابراهیمی", "علیزاده", "پورمحمدی", "امامی‌نیا",
	"خلیل‌زاده", "نجف‌پور", "باقری", "صادقی", "رسولی", "فتحی", "ولی‌زاده", "شیخ‌الاسلامی",
	"حق‌شناس", "میرزایی", "تقی‌زاده", "اصغرزاده", "آذربایجانی", "بنابی", "مرندی",
};
static const char *const org_kind[] = {
	"شرکت صنایع غذایی", "کارخانه فولاد", "شرکت حمل‌ونقل", "شرکت ساختمانی",
	"بنیاد خیریه", "مجتمع تجاری", "شرکت فرش دستباف", "کارخانه لبنیات",
	"شرکت داروسازی", "صندوق قرض‌الحسنه",
};
static const char *const org_name[] = {
	"آذر", "سهند", "ائل‌گلی", "ارک", "شمس", "تبریز نو", "مهر", "آفتاب", "کوثر",
	"ارس", "قره‌داغ", "سبلان", "آینده", "امید", "نیک‌اندیشان",
};
static const char *const group_tpl[] = {
	"دفتر امام جمعه %s", "شورای اسلامی شهر %s", "هیئت امنای مسجد جامع %s",
	"اتاق بازرگانی %s", "انجمن خیّرین %s",
};
static const int group_kind_of[] = { 0, 1, 2, 3, 4 };
static const char *const need_tpl[CORE_NPTYPES][4] = {
	{ "احداث ساختمان جدید برای %s", "توسعه ساختمان %s", "بازسازی سالن اجتماعات %s",
	  "ساخت پارکینگ %s" },
	{ "خرید خودروی گشت برای %s", "نصب دوربین‌های نظارتی محدوده %s",
	  "تجهیز اتاق مخابرات %s", "خرید موتورسیکلت گشت %s" },
	{ "تأمین هزینه سوخت خودروهای %s", "هزینه نگهداری ساختمان %s",
	  "تأمین روشنایی معابر اطراف %s", "هزینه‌های خدماتی %s" },
	{ "راه‌اندازی سامانه گزارش‌های مردمی %s", "شبکه اطلاع‌رسانی محله‌ها برای %s",
	  "آموزش همیاران اطلاعاتی %s", "تهیه بروشورهای پیشگیری %s" },
	{ "حمایت از خانواده‌های نیازمند همکاران %s", "کمک‌هزینه درمان کارکنان %s",
	  "بسته‌های معیشتی کارکنان %s", "حمایت از ورزش محله‌ای %s" },
	{ "تشکیل شورای نظارت محله %s", "نظارت مردمی بر طرح‌های %s",
	  "پایش کیفیت خدمات %s", "بازدیدهای دوره‌ای معتمدان از %s" },
	{ "طرح پلیس افتخاری محلات %s", "گشت مشترک داوطلبان با %s",
	  "همیاران ترافیک %s", "داوطلبان ایمنی مدارس %s" },
};
static const char *const stage_titles[] = {
	"برآورد و طراحی", "تأمین مصالح و تجهیزات", "اجرا", "نصب و راه‌اندازی", "تحویل و بازدید نهایی",
};
static const char *const in_kind[] = {
	"دو دستگاه رایانه", "ده تخته فرش", "مصالح ساختمانی", "یک دستگاه موتورسیکلت", "لوازم اداری",
};

#define DEMO_PART 5000	/* needs per part (see verb_demo) */

struct demo {
	size_t size;
	uint64_t rng;
	int32_t today;
	/* ids made in this run, for references */
	char (*units)[CORE_ID_MAX], (*groups)[CORE_ID_MAX], (*donors)[CORE_ID_MAX],
	    (*needs)[CORE_ID_MAX];
	size_t nunits, ngroups, ndonors, nneeds;
	size_t cunits, cgroups, cdonors, cneeds;
	/* per need, its pledgeable info */
	int32_t *need_day;
	int *need_cat;
	int64_t *need_cost;
	size_t made[CORE_NKINDS];
	size_t skipped;
};

/* Sets a text field to the normalised form of s. */
static int
set_norm(struct core_record *r, int f, const char *s)
{
	char *n = loc_text_normalize(s);
	int rc;

	if (n == NULL)
		return STORE_ENOMEM;
	rc = core_record_set_text(r, f, n) == 0 ? 0 : STORE_ENOMEM;
	free(n);
	return rc;
}

static int
push_id(char (**arr)[CORE_ID_MAX], size_t *n, size_t *cap, const char *id)
{
	if (*n == *cap) {
		size_t nc = *cap ? *cap * 2 : 64;
		char (*p)[CORE_ID_MAX] = realloc(*arr, nc * sizeof **arr);

		if (p == NULL)
			return STORE_ENOMEM;
		*arr = p;
		*cap = nc;
	}
	strcpy((*arr)[(*n)++], id);
	return 0;
}

/* National id: a Tabriz-area prefix, six digits, the check digit (SPEC §4). */
static void
demo_nid(uint64_t *s, char *out)
{
	static const char *const pre[] = { "136", "137", "138", "150", "152", "153", "162", "163" };
	int d[10], i, sum = 0, r;
	const char *p = pre[pick(s, NELEM(pre))];

	for (i = 0; i < 3; i++)
		d[i] = p[i] - '0';
	for (i = 3; i < 9; i++)
		d[i] = (int)pick(s, 10);
	for (i = 0; i < 9; i++)
		sum += d[i] * (10 - i);
	r = sum % 11;
	d[9] = r < 2 ? r : 11 - r;
	for (i = 0; i < 10; i++)
		out[i] = (char)('0' + d[i]);
	out[10] = '\0';
}

/* Legal id: "10" and eight digits, the check digit (SPEC §4). */
static void
demo_legal(uint64_t *s, char *out)
{
	static const int w[5] = { 29, 27, 23, 19, 17 };
	int d[11], i, k, sum = 0, r;

	d[0] = 1;
	d[1] = 0;
	for (i = 2; i < 10; i++)
		d[i] = (int)pick(s, 10);
	k = d[9] + 2;
	for (i = 0; i < 10; i++)
		sum += (d[i] + k) * w[i % 5];
	r = sum % 11;
	if (r == 10)
		r = 0;
	d[10] = r;
	for (i = 0; i < 11; i++)
		out[i] = (char)('0' + d[i]);
	out[11] = '\0';
}

static size_t
ncounties(void)
{
	size_t n = 0;

	while (core_counties_seed[n].code != NULL)
		n++;
	return n;
}

/* Puts r after validating it; a record the validator refuses is skipped
 * (counted), so the demo never stores what a form would not. */
static int
demo_put(struct store_txn *t, struct demo *d, struct core_record *r, char *id)
{
	struct core_issues is;
	size_t i;
	int rc;

	core_record_validate(r, NULL, &is);
	for (i = 0; i < is.n; i++) {
		/* the id is assigned by the store */
		if (is.v[i].severity < CORE_SEV_ERROR || is.v[i].field == 0)
			continue;
		d->skipped++;
		return 1;
	}
	rc = store_put_new(t, r, id);
	if (rc == 0)
		d->made[r->kind]++;
	return rc;
}

/* Phase 1: groups and units over the counties. */
static int
demo_places(struct store_txn *t, void *vctx)
{
	struct demo *d = vctx;
	size_t nc = ncounties(), i, ng = d->size / 10 + 5, nu = d->size / 4 + 6;
	char buf[256], id[CORE_ID_MAX];
	int rc = 0;

	for (i = 0; i < ng && rc == 0; i++) {
		const struct core_county *c = &core_counties_seed[i < nc ? i : pick(&d->rng, (unsigned)nc)];
		unsigned g = pick(&d->rng, NELEM(group_tpl));
		struct core_record *r = core_record_new(CORE_GROUP);

		if (r == NULL)
			return STORE_ENOMEM;
		snprintf(buf, sizeof buf, group_tpl[g], c->name_fa);
		/* one group of a name in a county, on a second run too: a
		 * twin is what the group form and import warn about */
		if ((rc = store_name_twin(t, CORE_GROUP, c->code, buf, NULL, id)) == 0) {
			core_record_free(r);
			continue;
		}
		if (rc != STORE_ENOTFOUND) {
			core_record_free(r);
			return rc;
		}
		rc = 0;
		core_record_set_num(r, CORE_GROUP_KIND, group_kind_of[g]);
		set_norm(r, CORE_GROUP_NAME, buf);
		core_record_set_text(r, CORE_GROUP_COUNTY, c->code);
		snprintf(buf, sizeof buf, "%s %s", male[pick(&d->rng, NELEM(male))],
		    family[pick(&d->rng, NELEM(family))]);
		set_norm(r, CORE_GROUP_CONTACT, buf);
		snprintf(buf, sizeof buf, "041%08u", 30000000u + pick(&d->rng, 9999999));
		core_record_set_text(r, CORE_GROUP_PHONE, buf);
		rc = demo_put(t, d, r, id);
		core_record_free(r);
		if (rc == 0)
			rc = push_id(&d->groups, &d->ngroups, &d->cgroups, id);
		else if (rc == 1)
			rc = 0;
	}
	for (i = 0; i < nu && rc == 0; i++) {
		const struct core_county *c = &core_counties_seed[i < nc ? i : pick(&d->rng, (unsigned)nc)];
		unsigned w = pick(&d->rng, 20);
		unsigned kind = w < 10 ? 0 : w < 15 ? 1 : w < 18 ? 2 : 3, tw;
		struct core_record *r = core_record_new(CORE_UNIT);

		if (r == NULL)
			return STORE_ENOMEM;
		switch (kind) {
		case 0:
			snprintf(buf, sizeof buf, "کلانتری %u %s", 10 + pick(&d->rng, 30), c->name_fa);
			break;
		case 1:
			snprintf(buf, sizeof buf, "پاسگاه انتظامی %s %u", c->name_fa, 1 + pick(&d->rng, 9));
			break;
		case 2:
			snprintf(buf, sizeof buf, "فرماندهی انتظامی شهرستان %s", c->name_fa);
			break;
		default:
			snprintf(buf, sizeof buf, "پلیس راه %s", c->name_fa);
			break;
		}
		/* one unit of a name in a county, on a second run too: a
		 * twin is what the unit form and import warn about.  Renamed
		 * («پلیس راه اهر 2»), not left out, so that the ids and the
		 * random choices after it stay as they were. */
		for (tw = 2; tw < 100 && (rc = store_name_twin(t, CORE_UNIT, c->code, buf, NULL, id)) == 0;
		    tw++) {
			size_t e = strlen(buf);

			if (tw > 2)	/* the number added last time */
				while (e > 0 && buf[e - 1] != ' ')
					e--;
			snprintf(buf + (tw > 2 ? e - 1 : e), sizeof buf - e, " %u", tw);
		}
		if (rc != STORE_ENOTFOUND) {
			core_record_free(r);
			return rc == 0 ? STORE_EINVAL : rc;
		}
		rc = 0;
		core_record_set_num(r, CORE_UNIT_KIND, kind);
		set_norm(r, CORE_UNIT_NAME, buf);
		core_record_set_text(r, CORE_UNIT_COUNTY, c->code);
		snprintf(buf, sizeof buf, "%s، خیابان %s", c->name_fa, i % 2 ? "امام" : "شهید بهشتی");
		set_norm(r, CORE_UNIT_ADDRESS, buf);
		rc = demo_put(t, d, r, id);
		core_record_free(r);
		if (rc == 0)
			rc = push_id(&d->units, &d->nunits, &d->cunits, id);
		else if (rc == 1)
			rc = 0;
	}
	return rc;
}

/* Phase 2: donors, people and organisations. */
static int
demo_donors(struct store_txn *t, void *vctx)
{
	struct demo *d = vctx;
	size_t nc = ncounties(), i, n = d->size * 2 + 10;
	char buf[256], id[CORE_ID_MAX];
	int rc = 0, tries;

	for (i = 0; i < n && rc == 0; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);
		int org = pick(&d->rng, 5) == 0;
		const struct core_county *c = &core_counties_seed[pick(&d->rng, 3) ? 0 : pick(&d->rng, (unsigned)nc)];
		unsigned interests = 0, k;

		if (r == NULL)
			return STORE_ENOMEM;
		core_record_set_num(r, CORE_DONOR_KIND, org ? CORE_DONOR_ORG : CORE_DONOR_PERSON);
		if (org)
			snprintf(buf, sizeof buf, "%s %s", org_kind[pick(&d->rng, NELEM(org_kind))],
			    org_name[pick(&d->rng, NELEM(org_name))]);
		else if (pick(&d->rng, 2))
			snprintf(buf, sizeof buf, "%s %s", male[pick(&d->rng, NELEM(male))],
			    family[pick(&d->rng, NELEM(family))]);
		else
			snprintf(buf, sizeof buf, "%s %s", female[pick(&d->rng, NELEM(female))],
			    family[pick(&d->rng, NELEM(family))]);
		set_norm(r, CORE_DONOR_NAME, buf);
		snprintf(buf, sizeof buf, "0914%07u", pick(&d->rng, 10000000));
		core_record_set_text(r, CORE_DONOR_MOBILE, buf);
		core_record_set_text(r, CORE_DONOR_COUNTY, c->code);
		snprintf(buf, sizeof buf, "%s، کوی %s، پلاک %u", c->name_fa,
		    org_name[pick(&d->rng, NELEM(org_name))], 1 + pick(&d->rng, 200));
		set_norm(r, CORE_DONOR_ADDRESS, buf);
		for (k = 0; k < 1 + pick(&d->rng, 3); k++)
			interests |= 1u << pick(&d->rng, CORE_NPTYPES);
		core_record_set_num(r, CORE_DONOR_INTERESTS, interests);
		core_record_set_num(r, CORE_DONOR_CAPACITY,
		    (int64_t)(1 + pick(&d->rng, org ? 500 : 50)) * 10000000);
		if (d->ngroups && pick(&d->rng, 2))
			core_record_set_text(r, CORE_DONOR_INTRODUCED_BY,
			    d->groups[pick(&d->rng, (unsigned)d->ngroups)]);
		if (pick(&d->rng, 20) == 0)
			core_record_set_num(r, CORE_DONOR_ACTIVE, 0);
		for (tries = 0; tries < 5; tries++) {
			if (org)
				demo_legal(&d->rng, buf);
			else
				demo_nid(&d->rng, buf);
			core_record_set_text(r, org ? CORE_DONOR_LEGAL_ID : CORE_DONOR_NATIONAL_ID, buf);
			if ((rc = demo_put(t, d, r, id)) != STORE_EDUP)
				break;
		}
		core_record_free(r);
		if (rc == 0)
			rc = push_id(&d->donors, &d->ndonors, &d->cdonors, id);
		else if (rc == 1 || rc == STORE_EDUP)
			rc = 0;
	}
	return rc;
}

/* Phase 3: needs of every category and status, with stages. */
static int
demo_needs(struct store_txn *t, void *vctx)
{
	struct demo *d = vctx;
	size_t i;
	char buf[512], id[CORE_ID_MAX];
	int rc = 0;

	if (d->nunits == 0)
		return 0;
	free(d->need_day);
	free(d->need_cat);
	free(d->need_cost);
	d->need_day = calloc(d->size + 1, sizeof *d->need_day);
	d->need_cat = calloc(d->size + 1, sizeof *d->need_cat);
	d->need_cost = calloc(d->size + 1, sizeof *d->need_cost);
	if (!d->need_day || !d->need_cat || !d->need_cost)
		return STORE_ENOMEM;
	for (i = 0; i < d->size && rc == 0; i++) {
		struct core_record *r = core_record_new(CORE_NEED), *u = NULL;
		const char *unit = d->units[pick(&d->rng, (unsigned)d->nunits)];
		int cat = (int)(i % CORE_NPTYPES), status = (int)((i / CORE_NPTYPES) % 6);
		int material = (1u << cat) & CORE_PT_MATERIAL_MASK;
		int32_t day = d->today - 20 - (int32_t)pick(&d->rng, 900);
		int64_t cost = material ? (int64_t)(5 + pick(&d->rng, 400)) * 10000000 :
		    (int64_t)pick(&d->rng, 30) * 10000000;
		unsigned k, ns;

		if (r == NULL)
			return STORE_ENOMEM;
		/* a done need's stages (at most 4, 45 days apart, each ending
		 * within 55 days of its start) all ended by today */
		if (status == CORE_NEED_DONE && day > d->today - 30 - 4 * 45 - 10)
			day = d->today - 30 - 4 * 45 - 10;
		if ((rc = store_get(t, CORE_UNIT, unit, &u, NULL)) != 0) {
			core_record_free(r);
			return rc;
		}
		snprintf(buf, sizeof buf, need_tpl[cat][pick(&d->rng, 4)], core_record_text(u, CORE_UNIT_NAME));
		core_record_free(u);
		core_record_set_text(r, CORE_NEED_UNIT, unit);
		core_record_set_num(r, CORE_NEED_CATEGORY, cat);
		set_norm(r, CORE_NEED_TITLE, buf);
		set_norm(r, CORE_NEED_DESCRIPTION, "برآورد اولیه کارشناس شهرستان؛ نیازمند بازدید و تأیید.");
		if (cost > 0)
			core_record_set_num(r, CORE_NEED_ESTIMATED_COST, cost);
		core_record_set_num(r, CORE_NEED_URGENCY, 1 + pick(&d->rng, 5));
		core_record_set_num(r, CORE_NEED_IMPACT, 1 + pick(&d->rng, 5));
		core_record_set_num(r, CORE_NEED_POPULATION, (int64_t)(1 + pick(&d->rng, 200)) * 500);
		core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, day);
		core_record_set_num(r, CORE_NEED_STATUS, status);
		rc = demo_put(t, d, r, id);
		core_record_free(r);
		if (rc == 1) {
			rc = 0;
			continue;
		}
		if (rc != 0)
			break;
		d->need_day[d->nneeds] = day;
		d->need_cat[d->nneeds] = cat;
		d->need_cost[d->nneeds] = cost;
		if ((rc = push_id(&d->needs, &d->nneeds, &d->cneeds, id)) != 0)
			break;
		/* stages for needs under way or done */
		if (status != CORE_NEED_IN_PROGRESS && status != CORE_NEED_DONE)
			continue;
		ns = 2 + pick(&d->rng, 3);
		for (k = 0; k < ns && rc == 0; k++) {
			struct core_record *s = core_record_new(CORE_STAGE);
			int32_t start = day + 30 + (int32_t)k * 45, end;

			if (s == NULL)
				return STORE_ENOMEM;
			core_record_set_text(s, CORE_STAGE_NEED, id);
			set_norm(s, CORE_STAGE_TITLE, stage_titles[k % NELEM(stage_titles)]);
			core_record_set_num(s, CORE_STAGE_PLANNED_START, start);
			core_record_set_num(s, CORE_STAGE_PLANNED_END, start + 40);
			end = start + 35 + (int32_t)pick(&d->rng, 20);
			if ((status == CORE_NEED_DONE || k == 0) && end <= d->today) {
				/* finished, and not on a day still to come */
				core_record_set_num(s, CORE_STAGE_ACTUAL_END, end);
				core_record_set_num(s, CORE_STAGE_PROGRESS, 100);
			} else {
				core_record_set_num(s, CORE_STAGE_PROGRESS, k == 1 ? 40 + pick(&d->rng, 50) : 0);
			}
			rc = demo_put(t, d, s, NULL);
			core_record_free(s);
			if (rc == 1)
				rc = 0;
		}
	}
	return rc;
}

/* Phase 4: pledges (material ones with amounts, others with in-kind text
 * or hours) and payments against some of them; a recognition ceremony.
 * A need's pledges stay within its estimated cost, as a clerk keeps them
 * (the pledge form warns of one that passes it): a pledge is cut to what
 * is left, and none is made once nothing is. */
static int
demo_pledges(struct store_txn *t, void *vctx)
{
	struct demo *d = vctx;
	size_t i, n = d->nneeds + d->nneeds / 2;
	char id[CORE_ID_MAX], buf[256];
	int64_t *pledged;	/* per need: its counting pledges so far */
	unsigned char *gave;	/* per donor: a pledge not cancelled */
	int rc = 0;

	if (d->nneeds == 0 || d->ndonors == 0)
		return 0;
	if ((pledged = calloc(d->nneeds, sizeof *pledged)) == NULL)
		return STORE_ENOMEM;
	if ((gave = calloc(d->ndonors, 1)) == NULL) {
		free(pledged);
		return STORE_ENOMEM;
	}
	for (i = 0; i < n && rc == 0; i++) {
		size_t ni = pick(&d->rng, (unsigned)d->nneeds);
		struct core_record *p = core_record_new(CORE_PLEDGE);
		int cat = d->need_cat[ni], material = (1u << cat) & CORE_PT_MATERIAL_MASK;
		int32_t day = d->need_day[ni] + 5 + (int32_t)pick(&d->rng, 15);
		int64_t amount = 0;
		unsigned st = pick(&d->rng, 10), k, np;
		size_t di;

		if (p == NULL) {
			free(pledged);
			free(gave);
			return STORE_ENOMEM;
		}
		di = pick(&d->rng, (unsigned)d->ndonors);
		core_record_set_text(p, CORE_PLEDGE_DONOR, d->donors[di]);
		core_record_set_text(p, CORE_PLEDGE_NEED, d->needs[ni]);
		core_record_set_num(p, CORE_PLEDGE_TYPE, cat);
		if (material) {
			amount = d->need_cost[ni] / (2 + pick(&d->rng, 4));
			amount -= amount % 1000000;
			if (amount <= 0)
				amount = 5000000;
			if (d->need_cost[ni] > 0 && st < 9) {	/* counts: not cancelled */
				if (amount > d->need_cost[ni] - pledged[ni])
					amount = d->need_cost[ni] - pledged[ni];
				if (amount <= 0) {
					core_record_free(p);
					continue;
				}
			}
			core_record_set_num(p, CORE_PLEDGE_AMOUNT, amount);
			if (cat == CORE_PT_EQUIPMENT && pick(&d->rng, 3) == 0)
				set_norm(p, CORE_PLEDGE_IN_KIND, in_kind[pick(&d->rng, NELEM(in_kind))]);
		} else if (pick(&d->rng, 2)) {
			core_record_set_num(p, CORE_PLEDGE_HOURS, 10 + pick(&d->rng, 200));
		} else {
			snprintf(buf, sizeof buf, "همکاری %s", pick(&d->rng, 2) ? "در جلسات محله" : "در برنامه‌های آموزشی");
			set_norm(p, CORE_PLEDGE_IN_KIND, buf);
		}
		core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, day);
		core_record_set_num(p, CORE_PLEDGE_STATUS, st < 5 ? CORE_PLEDGE_PLEDGED :
		    st < 7 ? CORE_PLEDGE_PARTIAL : st < 9 ? CORE_PLEDGE_FULFILLED : CORE_PLEDGE_CANCELLED);
		rc = demo_put(t, d, p, id);
		core_record_free(p);
		if (rc == 1) {
			rc = 0;
			continue;
		}
		if (rc == 0 && material && st < 9)
			pledged[ni] += amount;
		if (rc == 0 && st < 9)
			gave[di] = 1;
		if (rc != 0 || !material || st >= 9 || st < 5)
			continue;
		/* partial: one payment of about a third; fulfilled: payments
		 * adding up to the amount.  Whole millions of rials, as people
		 * pay, the last payment of a fulfilled pledge what is left: a
		 * division's dropped rials would leave it owing 1 or 2 rials. */
		np = st < 7 ? 1 : 1 + pick(&d->rng, 3);
		if (st >= 7 && amount / np < 1000000)
			np = 1;
		for (k = 0; k < np && rc == 0; k++) {
			struct core_record *y = core_record_new(CORE_PAYMENT);
			int64_t share = (st < 7 ? amount / 3 : amount / np) / 1000000 * 1000000;
			int64_t part = st >= 7 && k == np - 1 ? amount - share * (np - 1) : share;

			if (part <= 0)	/* a partial payment of a small pledge */
				part = amount / 2 / 1000 * 1000;

			if (y == NULL) {
				rc = STORE_ENOMEM;
				break;
			}
			core_record_set_text(y, CORE_PAYMENT_PLEDGE, id);
			/* paid by today: a payment is not recorded ahead */
			core_record_set_num(y, CORE_PAYMENT_PAID_ON, day + 10 + (int32_t)k * 30 < d->today ?
			    day + 10 + (int32_t)k * 30 : d->today);
			core_record_set_num(y, CORE_PAYMENT_AMOUNT, part > 0 ? part : 1000000);
			snprintf(buf, sizeof buf, "%u", 100000 + pick(&d->rng, 899999));
			core_record_set_text(y, CORE_PAYMENT_RECEIPT, buf);
			rc = demo_put(t, d, y, NULL);
			core_record_free(y);
			if (rc == 1)
				rc = 0;
		}
	}
	free(pledged);
	if (rc == 0) {
		struct core_record *g = core_record_new(CORE_RECOGNITION);
		size_t k, nd = 0, len = 0;

		if (g == NULL) {
			free(gave);
			return STORE_ENOMEM;
		}
		core_record_set_num(g, CORE_RECOGNITION_HELD_ON, d->today - 10);
		set_norm(g, CORE_RECOGNITION_TITLE, "همایش تجلیل از خیّرین مشارکت‌های مردمی");
		set_norm(g, CORE_RECOGNITION_PLACE, "تالار فرهنگ تبریز");
		/* Honoured: up to five active donors of Tabriz, where it is
		 * held, with a pledge not cancelled, as the program asks before
		 * honouring one with none (tui_donor_has_contribution) or an
		 * inactive one (tui_donor_inactive); the first five
		 * donors made, whatever they gave, got letters thanking them
		 * for a participation that was not recorded. */
		buf[0] = '\0';
		for (k = 0; k < d->ndonors && nd < 5; k++) {
			struct core_record *x;

			if (!gave[k] || store_get(t, CORE_DONOR, d->donors[k], &x, NULL) != 0)
				continue;
			if (strcmp(core_record_text(x, CORE_DONOR_COUNTY), core_counties_seed[0].code) == 0 &&
			    !core_donor_inactive(x)) {
				len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", nd ? " " : "",
				    d->donors[k]);
				nd++;
			}
			core_record_free(x);
		}
		core_record_set_text(g, CORE_RECOGNITION_DONORS, buf);
		rc = demo_put(t, d, g, NULL);
		core_record_free(g);
		if (rc == 1)
			rc = 0;
	}
	free(gave);
	return rc;
}

/* Runs one demo phase; on a rerun (map growth) it starts again from the
 * same random state and id lists. */
struct phase {
	struct demo *d;
	int (*fn)(struct store_txn *, void *);
	uint64_t rng;
	size_t nunits, ngroups, ndonors, nneeds, made[CORE_NKINDS], skipped;
};

static int
phase_fn(struct store_txn *t, void *vctx)
{
	struct phase *p = vctx;

	p->d->rng = p->rng;
	p->d->nunits = p->nunits;
	p->d->ngroups = p->ngroups;
	p->d->ndonors = p->ndonors;
	p->d->nneeds = p->nneeds;
	p->d->skipped = p->skipped;
	memcpy(p->d->made, p->made, sizeof p->made);
	return p->fn(t, p->d);
}

static int
run_phase(struct store *st, struct demo *d, int (*fn)(struct store_txn *, void *))
{
	struct phase p;

	p.d = d;
	p.fn = fn;
	p.rng = d->rng;
	p.nunits = d->nunits;
	p.ngroups = d->ngroups;
	p.ndonors = d->ndonors;
	p.nneeds = d->nneeds;
	p.skipped = d->skipped;
	memcpy(p.made, d->made, sizeof p.made);
	return store_write(st, phase_fn, &p);
}

int
verb_demo(int argc, char **argv, const struct hamyar_opts *o)
{
	struct demo d;
	struct store *st = NULL;
	struct store_txn *t;
	const char *v = NULL;
	int i, got, rc;
	size_t before = 0, done;
	long n = 200;

	for (i = 1; i < argc; i++) {
		if ((got = cli_opt(argc, argv, &i, "--size", &v)) < 0)
			return EXIT_USAGE;
		if (got == 0)
			return bad_option("demo", argv[i]);
		if (cli_parse_long(v, 1, 1000000, &n) != 0) {
			cli_error(_("--size takes a number of needs from 1 to 1000000, not '%s'"), v);
			return EXIT_USAGE;
		}
	}
	{
		const char *path = cli_db_path(o);
		char msg[1024];

		if (path == NULL) {
			cli_error("%s", _("no database path: use --db DIR or set HAMYAR_DB"));
			return EXIT_SYSTEM;
		}
		rc = tui_identity_open_store(path, 0, &st, msg, sizeof msg);
		if (rc == STORE_ENODB) {
			if ((rc = create_db(o, "DEMO", "نمونه", &st)) != EXIT_OK)
				return rc;
		} else if (rc != 0) {
			cli_error("%s", msg);
			return EXIT_SYSTEM;
		}
	}
	memset(&d, 0, sizeof d);
	d.size = (size_t)n;
	d.today = loc_day_today();
	if (store_read_begin(st, &t) == 0) {
		store_count(t, CORE_NEED, &before);
		store_read_end(t);
	}
	/* a different sample each run: seeded by what is already there */
	d.rng = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)before * 0x100000001B3ULL) ^ (uint64_t)n;
	if (d.rng == 0)
		d.rng = 1;
	/* In parts of at most DEMO_PART needs, each a complete sample (places,
	 * donors, needs, pledges), so no transaction outgrows LMDB's limit on
	 * a transaction's dirty pages whatever --size is. */
	for (done = 0, rc = 0; rc == 0 && done < (size_t)n; done += d.size) {
		d.size = (size_t)n - done < DEMO_PART ? (size_t)n - done : DEMO_PART;
		d.nunits = d.ngroups = d.ndonors = d.nneeds = 0;
		if ((rc = run_phase(st, &d, demo_places)) == 0 &&
		    (rc = run_phase(st, &d, demo_donors)) == 0 &&
		    (rc = run_phase(st, &d, demo_needs)) == 0)
			rc = run_phase(st, &d, demo_pledges);
	}
	free(d.units);
	free(d.groups);
	free(d.donors);
	free(d.needs);
	free(d.need_day);
	free(d.need_cat);
	free(d.need_cost);
	if (rc != 0) {
		char why[1024];

		/* a refusal says who may (the policy's sentence) */
		const struct store_identity *me = store_users_identity(st);
		/* an auditor's handle is read-only (tui/identity.c): his
		 * refusal is a refusal too, exit 1, not a storage failure */
		int refused = rc == STORE_EACCES || (rc == STORE_ERDONLY && me != NULL &&
		    me->actor.role == CORE_ROLE_AUDITOR);

		cli_error(_("sample data not written: %s"), tui_identity_why(st, rc, why, sizeof why));
		store_close(st);
		return refused ? EXIT_INVALID : EXIT_SYSTEM;
	}
	{
		/* each count with its noun in the form the language gives it
		 * (English "1 need", "2 needs"; Persian the singular), in the
		 * digits of what a person reads («۲۴ گروه»; before, «24 گروه»
		 * in the Persian sentence) */
		unsigned flags = cli_person_digits(st);
		const size_t *m = d.made;
		const size_t count[] = { m[CORE_GROUP], m[CORE_UNIT], m[CORE_DONOR], m[CORE_NEED],
		    m[CORE_STAGE], m[CORE_PLEDGE], m[CORE_PAYMENT] };
		const char *part[] = {
			P_("%zu group", "%zu groups", m[CORE_GROUP]),
			P_("%zu unit", "%zu units", m[CORE_UNIT]),
			P_("%zu donor", "%zu donors", m[CORE_DONOR]),
			P_("%zu need", "%zu needs", m[CORE_NEED]),
			P_("%zu stage", "%zu stages", m[CORE_STAGE]),
			P_("%zu pledge", "%zu pledges", m[CORE_PLEDGE]),
			P_("%zu payment", "%zu payments", m[CORE_PAYMENT]),
		};
		size_t j;

		fputs(_("Sample data added: "), stdout);
		for (j = 0; j < sizeof part / sizeof part[0]; j++) {
			if (j > 0)
				fputs(_(", "), stdout);
			cli_printf(stdout, flags, part[j], count[j]);
		}
		putchar('\n');
		store_close(st);
	}
	return EXIT_OK;
}

/* Resolves a county given as code, Persian or English name, as import and
 * report --county take it (core_check_county: «بستان آباد» for
 * «بستان‌آباد», an Arabic yeh, شهرستان before it) into buf (size n);
 * NULL if unknown. */
static const char *
county_code(const char *s, char *buf, size_t n)
{
	enum core_msg msg;

	if (core_check_county(s, NULL, buf, n, &msg) != CORE_SEV_OK)
		return NULL;
	return buf;
}

/* Prints a number: integers without decimals, others with six. */
static void
print_num(FILE *f, double v)
{
	if (v == floor(v) && fabs(v) < 1e15)
		fprintf(f, "%.0f", v);
	else
		fprintf(f, "%.6f", v);
}

/* A figure for a person (rank --explain's raw values, match's amounts):
 * a whole one grouped by threes in the user's digits (flags, as the text
 * report writes its figures and the screens theirs: ۱۶۰٬۰۰۰٬۰۰۰, or
 * 160,000,000), any other as print_num writes it. */
static const char *
fig_text(double v, unsigned flags, char *buf, size_t n)
{
	if (v == floor(v) && fabs(v) < 1e15)
		loc_amount_format((int64_t)v, flags, buf, n);
	else
		snprintf(buf, n, "%.6f", v);
	return buf;
}

/* ---- rank ---- */

static int other_county(const struct hamyar_opts *o, enum core_kind k, const char *id, char *msg,
    size_t n);
static int other_kind(const struct hamyar_opts *o, enum core_kind want, const char *id, char *msg,
    size_t n);

/* rank --id: why need id is not among the needs ranked (g), into msg: its
 * status, no gap, its unit inactive (as the ranking screen's F3 says it);
 * one not read: deactivated, another county's (a clerk's, or --county's),
 * a record of another kind, or none. */
static void
rank_not_ranked(const struct hamyar_opts *o, const struct store_rank_data *g, const char *id,
    const char *county, char *msg, size_t n)
{
	const struct core_field *sf = &core_schema_get(CORE_NEED)->fields[CORE_NEED_STATUS];
	struct store *st;
	struct store_txn *t;
	struct core_record *r;
	struct store_meta m;
	size_t i;

	for (i = 0; i < g->nneeds; i++) {
		const struct core_match_need *x = &g->needs[i];

		if (strcmp(x->id, id) != 0)
			continue;
		if (!core_rank_eligible(x->status, 1))
			snprintf(msg, n, _("%s is not ranked: its status is \"%s\", and only needs identified, assessed or approved are ranked."),
			    id, cli_word(sf->choices[x->status], core_choice_label(sf, x->status)));
		else if (x->unit_inactive)
			snprintf(msg, n, _("%s is not ranked: its unit %s is marked inactive."), id, x->unit);
		else
			snprintf(msg, n, _("%s is not ranked: it has no gap (its estimated cost is pledged in full, or it has none)."),
			    id);
		return;
	}
	if (other_county(o, CORE_NEED, id, msg, n) || other_kind(o, CORE_NEED, id, msg, n))
		return;
	snprintf(msg, n, _("There is no need %s."), id);
	if (tui_identity_open_verb(o, STORE_RDONLY, &st) != 0)
		return;
	if (store_read_begin(st, &t) == 0) {
		if (store_get(t, CORE_NEED, id, &r, &m) == 0) {
			const char *c = core_record_text(r, CORE_NEED_COUNTY);

			if (m.deleted)
				snprintf(msg, n, _("%s is not ranked: the need is deactivated."), id);
			else if (county != NULL && strcmp(c, county) != 0)
				snprintf(msg, n, _("%s is a need of %s, and --county ranks the needs of %s alone."),
				    id, cli_county_name(c), cli_county_name(county));
			core_record_free(r);
		}
		store_read_end(t);
	}
	store_close(st);
}

int
verb_rank(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *county = NULL, *method_s = NULL, *county_s = NULL, *top_s = NULL, *id_s = NULL;
	char cbuf[CORE_COUNTY_MAX], cobuf[CORE_COUNTY_MAX], *id = NULL;
	size_t r0 = 0;
	int i, k, got, explain = 0, json = 0, rc;
	long top = -1;
	enum core_rank_method method = CORE_RANK_TOPSIS;
	struct store_rank_data g;
	struct core_weights w;
	struct core_rank_result *res;
	struct core_rank_norm norm;
	double wsum = 0;
	size_t n, r, left = 0, left_unit = 0;
	unsigned flags = 0;

	for (i = 1; i < argc; i++) {
		if ((got = cli_opt(argc, argv, &i, "--method", &method_s)) > 0) {
			/* "TOPSIS", "SAW": as rank's first line and the
			 * screens name the method */
			char lower[16];
			size_t j;

			for (j = 0; method_s[j] != '\0' && j + 1 < sizeof lower; j++)
				lower[j] = (char)tolower((unsigned char)method_s[j]);
			lower[j] = '\0';
			if (method_s[j] != '\0' || (k = core_rank_method_from_name(lower)) < 0) {
				cli_error(_("--method takes topsis or saw, not '%s'"), method_s);
				return EXIT_USAGE;
			}
			method = (enum core_rank_method)k;
		} else if (got == 0 && (got = cli_opt(argc, argv, &i, "--county", &county_s)) > 0) {
			if ((county = county_code(county_s, cobuf, sizeof cobuf)) == NULL) {
				cli_no_county(county_s);
				return EXIT_USAGE;
			}
		} else if (got == 0 && (got = cli_opt(argc, argv, &i, "--top", &top_s)) > 0) {
			if ((rc = cli_parse_long(top_s, 1, LONG_MAX, &top)) == CLI_TOO_LARGE) {
				/* "1 or more" read as if the number were short
				 * of something */
				cli_error(_("--top: '%s' is too large, at most %ld (a --top beyond the number of needs ranks them all)"),
				    top_s, LONG_MAX);
				return EXIT_USAGE;
			} else if (rc != 0) {
				cli_error(_("--top takes a number of needs, 1 or more, not '%s'"), top_s);
				return EXIT_USAGE;
			}
		} else if (got == 0 && (got = cli_opt(argc, argv, &i, "--id", &id_s)) > 0) {
			;
		} else if (got < 0) {
			return EXIT_USAGE;
		} else if (strcmp(argv[i], "--explain") == 0) {
			explain = 1;
		} else if (strcmp(argv[i], "--json") == 0) {
			json = 1;
		} else {
			return bad_option("rank", argv[i]);
		}
	}
	/* --id: one need, "tbz-۱۲" or "12" (this station's) as match takes
	 * it, its place and explanation, or why it is not ranked */
	if (id_s != NULL) {
		char station[CORE_STATION_MAX + 1], tmp[CORE_ID_MAX];
		const char *typed;

		station[0] = '\0';
		if (core_id_bare(cli_trim((char *)id_s), "XX", tmp))
			(void)cli_db_station(o, station);
		if ((id = cli_id_arg((char *)id_s, station, &typed)) == NULL) {
			cli_error(_("cannot read the database: %s"), tui_store_strerror(STORE_ENOMEM));
			return EXIT_SYSTEM;
		}
		if (id[0] == '\0') {
			free(id);
			cli_error(_("option %s needs a value"), "--id");
			return EXIT_USAGE;
		}
	}
	if ((rc = gather_scoped(o, county, cbuf, sizeof cbuf, &w, &g, NULL, NULL, &flags)) != 0) {
		free(id);
		return rc;
	}
	if ((res = calloc(g.nitems + 1, sizeof *res)) == NULL ||
	    core_rank(g.items, g.nitems, &w, method, res) != 0 ||
	    core_rank_norm_init(g.items, g.nitems, method, &norm) != 0) {
		free(res);
		free(id);
		store_rank_data_free(&g);
		cli_error("%s", _("cannot rank the needs"));
		return EXIT_SYSTEM;
	}
	for (k = 0; k < CORE_NCRIT; k++)
		wsum += w.w[k];
	n = top >= 0 && (size_t)top < g.nitems ? (size_t)top : g.nitems;
	if (id != NULL) {
		char why[700];

		for (r = 0; r < g.nitems && strcmp(g.items[res[r].item].id, id) != 0; r++)
			;
		if (r == g.nitems) {
			rank_not_ranked(o, &g, id, county != NULL ? county : cbuf[0] ? cbuf : NULL,
			    why, sizeof why);
			cli_error("%s", why);
			free(id);
			free(res);
			store_rank_data_free(&g);
			return EXIT_INVALID;
		}
		/* that need alone, whatever --top says */
		r0 = r;
		n = r + 1;
		free(id);
	}
	/* the open needs left out, and why: a supervisor looking for an
	 * approved need that is not there (SPEC §8 ranks only a gap above 0;
	 * a unit marked inactive takes no help now); the ranking screen
	 * counts them alike (tui/rankscr.c, rank_load) */
	for (r = 0; r < g.nneeds; r++)
		if (!core_rank_eligible(g.needs[r].status, 1))
			;
		else if (g.needs[r].unit_inactive)
			left_unit++;
		else if (g.needs[r].gap <= 0)
			left++;
	if (json) {
		printf("{\"method\": \"%s\", \"weights\": {", core_rank_method_name(method));
		for (k = 0; k < CORE_NCRIT; k++) {
			printf("%s\"%s\": %.6f", k ? ", " : "", core_crit_names[k], w.w[k] / wsum);
		}
		/* what the text's first line says: how many were ranked (all
		 * of them, whatever --top printed) and the open needs left out,
		 * by why */
		printf("}, \"ranked\": %zu, \"left_out\": {\"no_gap\": %zu, \"unit_inactive\": %zu}",
		    g.nitems, left, left_unit);
		printf(", \"needs\": [");
		for (r = r0; r < n; r++) {
			const struct core_rank_item *x = &g.items[res[r].item];
			double score, part[CORE_NCRIT];

			/* shown to six places, the parts add up to the score */
			core_rank_explain_round(&res[r], 6, &score, part);
			printf("%s\n  {\"id\": ", r > r0 ? "," : "");
			tui_json_string(stdout, x->id);
			printf(", \"rank\": %zu, \"score\": %.6f", res[r].rank, score);
			/* TOPSIS: the distances the score is made of, as
			 * --explain prints them; SAW has none: null.  Before
			 * "criteria", so that a reader taking the
			 * contributions up to the line's end still can */
			if (method == CORE_RANK_TOPSIS)
				printf(", \"distance_best\": %.6f, \"distance_worst\": %.6f",
				    res[r].dist_best, res[r].dist_worst);
			else
				printf(", \"distance_best\": null, \"distance_worst\": null");
			/* a value nobody entered (a blank population): null
			 * among the raw values, and under "unknown" the value
			 * ranked in its place (the median of the known ones);
			 * {} when every value is known */
			printf(", \"unknown\": {");
			for (k = 0, i = 0; k < CORE_NCRIT; k++) {
				if (!x->missing[k])
					continue;
				printf("%s\"%s\": ", i++ ? ", " : "", core_crit_names[k]);
				print_num(stdout, x->crit[k]);
			}
			printf("}, \"criteria\": {");
			for (k = 0; k < CORE_NCRIT; k++) {
				printf("%s\"%s\": ", k ? ", " : "", core_crit_names[k]);
				if (x->missing[k])
					fputs("null", stdout);
				else
					print_num(stdout, x->crit[k]);
			}
			printf("}, \"contributions\": {");
			for (k = 0; k < CORE_NCRIT; k++)
				printf("%s\"%s\": %.6f", k ? ", " : "", core_crit_names[k], part[k]);
			printf("}}");
		}
		printf("%s]}\n", n > r0 ? "\n" : "");
	} else {
		const char *how = cli_word(core_rank_method_name(method),
		    method == CORE_RANK_SAW ? N_("SAW") : N_("TOPSIS"));
		size_t len;
		char head[800];

		/* the plural form by the count of the needs left out: in
		 * Persian its verb agrees with it («۱ نیاز ... ندارد»).
		 * Under --explain, read by a person, in the digits of the
		 * raw values below («۹۶ نیاز به روش TOPSIS ...»); else in
		 * ASCII, as the rows scripts read */
		unsigned hf = explain ? flags : 0;

		if (left > 0)
			cli_snprintf(head, sizeof head, hf, P_("needs ranked: %zu, by %s; open needs not ranked for having no gap (pledged in full, or no estimated cost): %zu\n",
			    "needs ranked: %zu, by %s; open needs not ranked for having no gap (pledged in full, or no estimated cost): %zu\n", left),
			    g.nitems, how, left);
		else
			cli_snprintf(head, sizeof head, hf, _("needs ranked: %zu, by %s\n"), g.nitems, how);
		/* on the same first line */
		len = strcspn(head, "\n");
		head[len] = '\0';
		if (left_unit > 0)
			cli_snprintf(head + len, sizeof head - len, hf, P_("; open needs of a unit marked inactive, not ranked: %zu",
			    "; open needs of a unit marked inactive, not ranked: %zu", left_unit),
			    left_unit);
		puts(head);
		for (r = r0; r < n; r++) {
			const struct core_rank_item *x = &g.items[res[r].item];
			size_t ni = g.item_need[res[r].item];
			double score, part[CORE_NCRIT], nv[CORE_NCRIT];
			int vw;

			/* shown to four places, the parts add up to the score */
			core_rank_explain_round(&res[r], 4, &score, part);
			core_rank_normalised(&norm, x, nv);
			/* the county by name, as report and the screens give it */
			printf("%4zu  %-12s  %.4f  ", res[r].rank, x->id, score);
			cli_pad(stdout, cli_county_name(g.needs[ni].county), -12);
			fputs("  ", stdout);
			/* no raw controls; under --explain, whose raw values
			 * below are a person's figures in the user's digits,
			 * the title in those digits too (before, «کلیبر 4»
			 * above «۱۶۰٬۰۰۰٬۰۰۰»); plain rows, for scripts, as
			 * stored */
			cli_put_stored(stdout, g.titles[ni], explain ? flags : 0);
			putchar('\n');
			if (!explain)
				continue;
			/* the raw values right-aligned to the widest of the
			 * six, so that the parts after them line up (before,
			 * «۴  -> 0.4236» and «۴۵٬۰۰۰  -> 0.0200» started their
			 * parts five columns apart) */
			for (vw = 1, k = 0; k < CORE_NCRIT; k++) {
				char num[64];
				const char *v = x->missing[k] ? cli_word("unknown", N_("unknown")) :
				    fig_text(x->crit[k], flags, num, sizeof num);

				if (tui_text_width(v) > vw)
					vw = tui_text_width(v);
			}
			for (k = 0; k < CORE_NCRIT; k++) {
				char num[64];

				/* Persian labels, or the --json keys in English */
				fputs("        ", stdout);
				cli_pad(stdout, cli_word(core_crit_names[k], core_crit_labels[k]), -10);
				putchar(' ');
				/* not entered: said so, not shown as 0 (the line
				 * under the criteria gives what stood in) */
				if (x->missing[k])
					cli_pad(stdout, cli_word("unknown", N_("unknown")), vw);
				else
					cli_pad(stdout, fig_text(x->crit[k], flags, num, sizeof num), vw);
				/* and what it came from, as the ranking screen
				 * shows: the normalised value (six places: under
				 * TOPSIS, x / ||x|| is small among many needs)
				 * and the weight; SAW's part is their product */
				printf("  -> %.4f  %s %.6f  %s %.4f\n", part[k],
				    cli_word("normalised", N_("Normalised")), nv[k],
				    cli_word("weight", N_("Weight")), wsum > 0 ? w.w[k] / wsum : 0);
			}
			/* what an unknown value was ranked as */
			for (k = 0; k < CORE_NCRIT; k++) {
				char num[64];

				if (!x->missing[k])
					continue;
				fig_text(x->crit[k], flags, num, sizeof num);
				fputs("        ", stdout);
				printf(_("%s unknown: ranked as the median of the ranked needs that have one, %s\n"),
				    cli_word(core_crit_names[k], core_crit_labels[k]), num);
			}
			/* TOPSIS: the two distances the score is made of, so
			 * that a need near the best in most criteria but far in
			 * one can be seen to be (SAW's score is the sum above) */
			if (method == CORE_RANK_TOPSIS && res[r].dist_best + res[r].dist_worst > 0) {
				fputs("        ", stdout);
				printf(_("distance to the best need S+ = %.6f, to the worst S- = %.6f; score = S- / (S+ + S-)\n"),
				    res[r].dist_best, res[r].dist_worst);
			}
			/* equal scores: the rule that ordered them (SPEC §8),
			 * the rank in the raw values' digits, scores ASCII */
			{
				char tie[400];

				if (tui_rank_tie_note(g.items, res, g.nitems, r, 1, tie, sizeof tie) != NULL)
					printf("        %s\n", tie);
			}
		}
		/* what the figure after "->" is, once under the needs: under
		 * TOPSIS not weight x normalised (SAW's) and not bounded by
		 * the weight, which read as a mistake (core_rank) */
		if (explain && method == CORE_RANK_TOPSIS && r0 < n)
			fputs(_("each criterion's part (the figure after its value) is its share of the score: the score "
			    "split in proportion to the squares of the need's distances from the worst "
			    "need, criterion by criterion; the shares add up to the score and one may "
			    "exceed its weight\n"), stdout);
	}
	free(res);
	store_rank_data_free(&g);
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_SYSTEM;
}

/* ---- match ---- */

/* 1 if record id of kind k is stored, active, and refused to the user for
 * reading (a clerk: another county's), with the reason in msg; else 0. */
static int
other_county(const struct hamyar_opts *o, enum core_kind k, const char *id, char *msg, size_t n)
{
	struct store *st;
	struct store_txn *t;
	struct core_record *r;
	struct store_meta m;
	struct core_access a;
	int refused = 0;

	if (tui_identity_open_verb(o, STORE_RDONLY, &st) != 0)
		return 0;
	if (store_read_begin(st, &t) == 0) {
		if (store_get(t, k, id, &r, &m) == 0) {
			if (!m.deleted && store_users_may(t, store_users_identity(st),
			    CORE_ACCESS_READ, r, &a) == 0) {
				tui_access_message(&a, msg, n);
				refused = 1;
			}
			core_record_free(r);
		}
		store_read_end(t);
	}
	store_close(st);
	return refused;
}

/* Whether id, not a record of kind want, is one of another kind (ids are
 * unique across kinds): msg (n bytes) then says which, and for a donor's
 * id given as a need's, or a need's as a donor's, the verb to use.  A
 * mistyped id is then not looked for.  Returns 1 if so, else 0. */
static int
other_kind(const struct hamyar_opts *o, enum core_kind want, const char *id, char *msg, size_t n)
{
	struct store *st;
	struct store_txn *t;
	int k, found = -1;

	if (tui_identity_open_verb(o, STORE_RDONLY, &st) != 0)
		return 0;
	if (store_read_begin(st, &t) == 0) {
		for (k = 0; found < 0 && k < CORE_NKINDS; k++)
			if (k != (int)want && k != CORE_USER &&
			    store_exists(t, (enum core_kind)k, id, NULL) == 0)
				found = k;
		store_read_end(t);
	}
	store_close(st);
	if (found < 0)
		return 0;
	if (want == CORE_NEED && found == CORE_DONOR)
		snprintf(msg, n, _("%s is a donor's id, not a need's; for the needs this donor fits: hamyar match donor %s"),
		    id, id);
	else if (want == CORE_DONOR && found == CORE_NEED)
		snprintf(msg, n, _("%s is a need's id, not a donor's; for the donors who fit this need: hamyar match need %s"),
		    id, id);
	else {
		char a[64], b[64];

		snprintf(msg, n, _("%s is the id of a record of another kind (%s), not of a %s"), id,
		    cli_label_mid(core_schema_get((enum core_kind)found)->label, a, sizeof a),
		    cli_label_mid(core_schema_get(want)->label, b, sizeof b));
	}
	return 1;
}

/* match of an id no donor (need) has: cand, a record's id, added to list
 * (size n, ", " between) if it has id's number at another station ("503"
 * typed at HQ is HQ-503; TBZ-503 is there). */
static void
same_number(const char *id, const char *cand, char *list, size_t n)
{
	uint64_t want, seq;
	size_t len = strlen(list);

	if (core_id_parse(id, NULL, &want) != 0 || core_id_parse(cand, NULL, &seq) != 0 ||
	    seq != want || len + strlen(cand) + 3 >= n)
		return;
	snprintf(list + len, n - len, "%s%s", len > 0 ? ", " : "", cand);
}

int
verb_match(int argc, char **argv, const struct hamyar_opts *o)
{
	struct store_rank_data g;
	struct core_weights w;
	struct core_rank_result *res = NULL;
	struct core_match *m = NULL;
	size_t nm = 0, i;
	int pass, gw, aw, bw;	/* the figures' columns' widths */
	int rc, by_donor, found = -1;
	char cbuf[CORE_COUNTY_MAX];	/* a clerk: his county */
	char whybuf[700], *id, station[CORE_STATION_MAX + 1];
	const char *why = NULL, *typed;
	unsigned flags = 0;

	if (argc != 3 || (strcmp(argv[1], "donor") != 0 && strcmp(argv[1], "need") != 0)) {
		cli_error("%s", _("usage: hamyar match donor ID | need ID"));
		return EXIT_USAGE;
	}
	by_donor = strcmp(argv[1], "donor") == 0;
	/* "tbz-12" or "TBZ-۱۲" typed: TBZ-12; " TBZ-12 " pasted from a
	 * sheet: TBZ-12; "no donor" names it as typed; "12" alone is this
	 * station's TBZ-12 */
	station[0] = '\0';
	if (core_id_bare(cli_trim(argv[2]), "XX", whybuf))
		(void)cli_db_station(o, station);	/* only then opened for it */
	if ((id = cli_id_arg(argv[2], station, &typed)) == NULL) {
		cli_error(_("cannot read the database: %s"), tui_store_strerror(STORE_ENOMEM));
		return EXIT_SYSTEM;
	}
	if (id[0] == '\0') {
		/* '' (an empty variable): "no donor " said nothing */
		free(id);
		cli_error("%s", _("usage: hamyar match donor ID | need ID"));
		return EXIT_USAGE;
	}
	if ((rc = gather_scoped(o, NULL, cbuf, sizeof cbuf, &w, &g, by_donor ? NULL : id,
	    by_donor ? id : NULL, &flags)) != 0) {
		free(id);
		return rc;
	}
	/* priority scores of the rankable needs */
	if ((res = calloc(g.nitems + 1, sizeof *res)) == NULL ||
	    core_rank(g.items, g.nitems, &w, CORE_RANK_TOPSIS, res) != 0)
		rc = STORE_ENOMEM;
	for (i = 0; rc == 0 && i < g.nitems; i++)
		g.needs[g.item_need[res[i].item]].score = res[i].score;
	if (rc == 0 && (m = calloc((by_donor ? g.nneeds : g.ndonors) + 1, sizeof *m)) == NULL)
		rc = STORE_ENOMEM;
	if (rc != 0) {
		cli_error(_("cannot read the database: %s"), tui_store_strerror(rc));
		goto out;
	}
	if (by_donor) {
		for (i = 0; i < g.ndonors; i++)
			if (strcmp(g.donors[i].id, id) == 0)
				found = (int)i;
		if (found < 0) {
			if (other_kind(o, CORE_DONOR, id, whybuf, sizeof whybuf))
				cli_error("%s", whybuf);
			else {
				char same[200] = "";

				for (i = 0; i < g.ndonors; i++)
					same_number(id, g.donors[i].id, same, sizeof same);
				if (same[0] != '\0')
					cli_error(_("no donor %s; donors of that number: %s"), typed, same);
				else
					cli_error(_("no donor %s"), typed);
			}
			rc = 1;
			goto out;
		}
		if (cbuf[0] != '\0' && strcmp(g.donors[found].county, cbuf) != 0) {
			/* a clerk asking about another county's donor */
			cli_error(_("Records of %s county are seen only by the clerks of that county, supervisors, provincial HQ and auditors."),
			    tui_county_name(g.donors[found].county));
			rc = 1;
			goto out;
		}
		if ((why = tui_match_none_why(&g, 1, (size_t)found, whybuf, sizeof whybuf)) == NULL)
			core_match_needs(&g.donors[found], g.needs, g.nneeds, m, &nm);
		/* his needs are listed, the non-material ones he can still
		 * help with above all, but his money is all pledged: said */
		if (nm > 0 && tui_match_no_free(&g.donors[found], whybuf, sizeof whybuf) != NULL)
			cli_error("%s", whybuf);
		/* the gaps right-aligned to the widest, so that the titles
		 * after them start in one column (before, a gap of
		 * ۱٬۲۸۴٬۰۰۰٬۰۰۰ pushed its title two columns past those of
		 * ۴۵۰٬۰۰۰٬۰۰۰); each figure is still one word of its line */
		for (gw = 1, pass = 0; pass < 2; pass++)
		for (i = 0; i < nm; i++) {
			const struct core_match_need *x = &g.needs[m[i].index];

			char gap[64];

			/* the gap grouped as the report writes it, a
			 * non-material need's too (SPEC §3: its estimated
			 * cost less its material pledges), as rank and the
			 * screen's column give it; before, "-" for one */
			loc_amount_format(x->gap, flags, gap, sizeof gap);
			if (pass == 0) {
				if (tui_text_width(gap) > gw)
					gw = tui_text_width(gap);
				continue;
			}
			/* a need the ranking leaves out (in progress, a
			 * volunteer need with no cost): score "-" */
			if (core_match_need_ranked(x))
				printf("%-12s  %.4f  %.4f  ", x->id, x->score, m[i].fit);
			else
				printf("%-12s  %-6s  %.4f  ", x->id, "-", m[i].fit);
			cli_pad(stdout, gap, gw);
			fputs("  ", stdout);
			cli_put_stored(stdout, g.titles[m[i].index], flags);
			putchar('\n');
		}
	} else {
		for (i = 0; i < g.nneeds; i++)
			if (strcmp(g.needs[i].id, id) == 0)
				found = (int)i;
		if (found < 0) {
			/* a clerk's needs are his county's: another county's
			 * need is there, and "no need" would send him looking
			 * for a mistyped id; say who may read it, as for a
			 * donor */
			if (cbuf[0] != '\0' && other_county(o, CORE_NEED, id, whybuf,
			    sizeof whybuf))
				cli_error("%s", whybuf);
			else if (other_kind(o, CORE_NEED, id, whybuf, sizeof whybuf))
				cli_error("%s", whybuf);
			else {
				char same[200] = "";

				for (i = 0; i < g.nneeds; i++)
					same_number(id, g.needs[i].id, same, sizeof same);
				if (same[0] != '\0')
					cli_error(_("no need %s; needs of that number: %s"), typed, same);
				else
					cli_error(_("no need %s"), typed);
			}
			rc = 1;
			goto out;
		}
		/* none for a need that takes no pledge (each would fit «best»
		 * with nothing to give), and say why */
		if ((why = tui_match_none_why(&g, 0, (size_t)found, whybuf, sizeof whybuf)) == NULL)
			core_match_donors(&g.needs[found], g.donors, g.ndonors, m, &nm);
		/* capacity and free money right-aligned to the widest of
		 * each, the names after them in one column */
		for (aw = bw = 1, pass = 0; pass < 2; pass++)
		for (i = 0; i < nm; i++) {
			const struct core_match_donor *x = &g.donors[m[i].index];
			int32_t same, other;
			char a[64], b[64];

			/* a non-material need: his past pledges of its type
			 * and of the other non-material types, which its fit
			 * weighs, as the screen's columns (rials play no part) */
			core_match_past(x, g.needs[found].category, &same, &other);
			if (core_ptype_material(g.needs[found].category)) {
				loc_amount_format(x->capacity, flags, a, sizeof a);
				loc_amount_format(core_match_free(x), flags, b, sizeof b);
			} else {
				loc_amount_format(same, flags, a, sizeof a);
				loc_amount_format(other, flags, b, sizeof b);
			}
			if (pass == 0) {
				if (tui_text_width(a) > aw)
					aw = tui_text_width(a);
				if (tui_text_width(b) > bw)
					bw = tui_text_width(b);
				continue;
			}
			/* figures grouped (and in the user's digits) as the
			 * report's; the fit, a fraction, in ASCII */
			printf("%-12s  %.4f  ", x->id, m[i].fit);
			cli_pad(stdout, a, aw);
			fputs("  ", stdout);
			cli_pad(stdout, b, bw);
			fputs("  ", stdout);
			cli_put_stored(stdout, g.dnames[m[i].index], flags);
			putchar('\n');
		}
	}
	/* none because each would be a non-material need he already has
	 * an open pledge on: said, not a bare "no matches" */
	if (nm == 0 && why == NULL)
		why = tui_match_pledged_why(&g, by_donor, (size_t)found, whybuf, sizeof whybuf);
out:
	free(id);
	free(m);
	free(res);
	store_rank_data_free(&g);
	if (rc == 1)
		return EXIT_INVALID;
	if (rc != 0)
		return EXIT_SYSTEM;
	if (nm == 0)
		fprintf(stderr, "%s\n", why != NULL ? why : _("no matches"));
	return fflush(stdout) == 0 ? EXIT_OK : EXIT_SYSTEM;
}

/* ---- backup and verify ---- */

static void print_problem(const struct store_problem *p, void *ctx);

/* 1 if the folder path would be made in is on a disk mounted read-only. */
static int
ro_folder(const char *path)
{
	char dir[4096];

	store_dir_of(path, dir, sizeof dir);
	return tui_identity_ro_disk(dir);
}

/* A size for the administrator: kilobytes (rounded up) or megabytes. */
static void
size_text(uint64_t b, char *buf, size_t n)
{
	if (b < 1024 * 1024)
		snprintf(buf, n, _("%llu KB"), (unsigned long long)((b + 1023) / 1024));
	else
		snprintf(buf, n, _("%.1f MB"), (double)b / (1024.0 * 1024.0));
}

#define SUM_BYTES 64
static int file_sum(const char *path, unsigned char *out);
static int copy_sum(const char *from, int fd, unsigned char *sum);
static int sum_name(const char *path, char *buf, size_t n);
static int write_sum(const char *out, const char *path, const unsigned char *sum);
static int backup_sum_check(const char *path);

/* What backup_place did with the backup's checksum (PATH.b2sum): 0
 * written, else the errno that stopped it (the backup then has none). */
static int backup_sum_err;

/* store_backup_checked's place: cli_out_place, how being what
 * cli_out_free saw at the start; the checksum of the copy, checked and
 * final, written beside it under a hidden name first and given its name
 * once the copy has its own (an earlier backup's, which would no longer
 * match, is removed if it cannot be). */
static int
backup_place(const char *tmp, const char *path, const void *how)
{
	unsigned char sum[SUM_BYTES];
	char spath[4096 + 8], stmp[4096 + 64];
	int e, se = 0;

	/* done whole: a stop that comes meanwhile ends the program after,
	 * the backup in place (and not said to be stopped) or not at all */
	cli_stop_hold(1);
	if (sum_name(path, spath, sizeof spath) != 0 ||
	    store_backup_tmpname(spath, stmp, sizeof stmp) != 0)
		se = ENAMETOOLONG;
	if (se == 0)
		se = file_sum(tmp, sum);
	if (se == 0) {
		cli_remove_on_stop_add(stmp);
		se = write_sum(stmp, path, sum);
	}
	if ((e = cli_out_place(tmp, path, how)) != 0) {
		if (se == 0)
			unlink(stmp);
		cli_stop_hold(0);
		return e;
	}
	if (se == 0 && rename(stmp, spath) != 0) {
		se = errno;
		unlink(stmp);
	}
	if (se != 0)
		unlink(spath);
	backup_sum_err = se;
	cli_remove_on_stop(NULL);
	cli_stop_hold(0);
	return 0;
}

/* 1 if the file at path is a backup (or database file) of another
 * station than mine, its code copied into theirs (CORE_STATION_MAX + 1
 * bytes): two stations' administrators, or HQ backing up several, sharing
 * one stick and one name.  0 for no such file, one that cannot be read
 * (an earlier backup cut short is replaced as before), or mine. */
static int
other_station(const char *path, const char *mine, char *theirs)
{
	struct store *b = NULL;
	struct stat sb;
	int rc;

	*theirs = '\0';
	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size == 0 ||
	    !store_file_is_db(path))
		return 0;
	if (store_open(path, STORE_RDONLY, &b) != 0)
		return 0;
	rc = store_station(b, theirs);
	store_close(b);
	return rc == 0 && *theirs != '\0' && strcmp(theirs, mine) != 0;
}

int
verb_backup(int argc, char **argv, const struct hamyar_opts *o)
{
	struct store *st;
	char tmp[4096], msg[2048];
	size_t n = 0, used = 0;
	int rc;
	struct cli_out_seen over;
	const char *not_backup = _("backup to %s refused: that file is there and is not a backup (a CSV, a document?); nothing was written and it is kept. Back up under another name, or remove that file first if it is not needed.");

	/* an empty FILE (a script's unset variable: backup "$DEST") is no
	 * file name, not a folder that is missing */
	if (argc != 2 || argv[1][0] == '\0') {
		cli_error("%s", _("usage: hamyar backup FILE"));
		return EXIT_USAGE;
	}
	/* "backup --all" (an option of another verb) wrote a backup named
	 * "--all" in the current folder; a file so named is ./--all */
	if (argv[1][0] == '-' && argv[1][1] != '\0')
		return bad_option("backup", argv[1]);
	if (!tui_identity_out_ok(o, argv[1]))
		return EXIT_USAGE;
	if ((rc = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return rc;
	/* "backup /mnt/usb", "backup nodir/x.mdb": the administrator's path
	 * to correct (exit 2), said before anything is copied, a folder
	 * given with a name for the file in it: hamyar-STATION-DATE.mdb,
	 * the date Jalali (cli_out_where, as export --out says it) */
	{
		char station[CORE_STATION_MAX + 1], name[64 + CORE_STATION_MAX];
		int y, m, d;

		if (store_station(st, station) != 0)
			snprintf(station, sizeof station, "%s", "STATION");
		if (loc_day_to_jalali(loc_day_today(), &y, &m, &d) != 0)
			y = m = d = 0;
		snprintf(name, sizeof name, "hamyar-%s-%04d-%02d-%02d.mdb", station, y, m, d);
		if (!cli_out_where(argv[1], _("backup to %s failed"), name)) {
			store_close(st);
			return EXIT_USAGE;
		}
	}
	/* The copy is the whole database: every county's records, the users
	 * and the station's secret sync key, which only the administrator
	 * may see (a clerk reads his county; `sync key` is HQ's and the
	 * admin's).  So the backup is his, as the restore is. */
	{
		const struct store_identity *me = store_users_identity(st);

		if (me == NULL || me->actor.role != CORE_ROLE_ADMIN) {
			store_close(st);
			cli_error(_("Only the administrator (role admin) can back up the database: the copy holds every county's records, the users and the station's sync key. Nothing was written; ask the station's administrator to run: hamyar --db %s backup %s"),
			    cli_db_path(o), argv[1]);
			return EXIT_INVALID;
		}
	}
	/* A backup takes the place of the one of that name (the last one on
	 * the stick), but not of another file: "backup needs.csv" typed for
	 * "import needs needs.csv" replaced the sheet with a database. */
	if (!cli_out_free(argv[1], 0, store_file_is_db, not_backup, &over)) {
		store_close(st);
		return EXIT_INVALID;
	}
	/* nor of another station's backup: TBZ's new, empty database took
	 * the place of MRD's backup of every donor, in silence */
	{
		char mine[CORE_STATION_MAX + 1], theirs[CORE_STATION_MAX + 1];

		if (store_station(st, mine) == 0 && other_station(argv[1], mine, theirs)) {
			store_close(st);
			cli_error(_("backup to %s refused: that file is a backup of another station's database (%s), not of this one (%s); nothing was written and it is kept. Back up under another name, or remove that file first if it is not needed."),
			    argv[1], theirs, mine);
			return EXIT_INVALID;
		}
	}
	/* The copy is made under a hidden name that says it is incomplete,
	 * removed if the backup is stopped (a SIGKILL's is removed by the
	 * next backup into that folder: store_backup_checked), and checked
	 * before it takes its name: a damaged page that stops LMDB while
	 * copying or checking ends the run with the copy removed. */
	if (store_backup_tmpname(argv[1], tmp, sizeof tmp) != 0) {
		store_close(st);
		cli_error(_("backup to %s failed: %s"), argv[1], tui_errno_text(ENAMETOOLONG));
		return EXIT_SYSTEM;
	}
	snprintf(msg, sizeof msg, _("backup to %s failed: a page of the database could not be read: it is damaged; nothing was written and a file already there is kept. Run 'hamyar --db %s verify' and restore the last backup (README, \"Backup and restore\")."),
	    argv[1], cli_db_path(o));
	cli_remove_on_stop(tmp);
	cli_catch_damage(msg);
	/* Ctrl-C (or a dropped session) midway: said, not a bare prompt */
	snprintf(msg, sizeof msg, _("backup to %s stopped: nothing was written and a file already there is kept"),
	    argv[1]);
	cli_stop_message(msg);
	/* and takes its name as the check above said: where nothing was,
	 * only if nothing came meanwhile (a sheet saved there, another
	 * backup to that name while this one ran); where an earlier backup
	 * (or an empty file) was, only over that same file, unchanged */
	rc = store_backup_checked(st, argv[1], backup_place, &over, print_problem, NULL, &n);
	cli_remove_on_stop(NULL);
	if (store_map_info(st, NULL, &used, NULL) != 0)
		used = 0;
	store_close(st);
	if (rc == STORE_ECORRUPT) {
		/* the problems named above, as verify names them */
		fflush(stdout);
		if (n > 0)
			snprintf(msg, sizeof msg, _("the database is damaged (problems: %zu, named above); nothing was written and a file already there is kept"), n);
		else
			snprintf(msg, sizeof msg, _("the database is damaged: a page could not be read; nothing was written and a file already there is kept. Run 'hamyar --db %s verify' and restore the last backup (README, \"Backup and restore\")."),
			    cli_db_path(o));
		cli_error(_("backup to %s failed: %s"), argv[1], msg);
		return EXIT_SYSTEM;
	}
	if (rc == STORE_EEXIST) {
		/* a file came at that name, or took the place of the one
		 * there at the start, while the copy was made: kept, as the
		 * check at the start keeps one, in the words that say what it
		 * is (another backup is not "not a backup") */
		cli_out_kept(argv[1], store_file_is_db(argv[1]) ?
		    _("backup to %s refused: another backup was written at that name while this one was being made; it is kept and nothing was written. Back up again to write over it, or under another name.") :
		    not_backup);
		return EXIT_INVALID;
	}
	if (rc != 0) {
		/* STORE_ENODB here is the file's folder that is missing, not
		 * the database; STORE_EPERM is EROFS too (store's xlate): a
		 * USB stick the system remounted read-only is not a folder to
		 * chmod */
		const char *why = tui_store_strerror(rc);

		if (rc == STORE_ENODB)
			why = _("its folder does not exist");
		else if (rc == STORE_ENOSPC && used > 0) {
			/* the administrator needs the sizes to choose a stick,
			 * and to know the old backup there survived */
			static char full[4096 + 512];
			char dir[4096], need[64], have[64];
			struct statvfs vfs;

			store_dir_of(argv[1], dir, sizeof dir);
			if (statvfs(dir, &vfs) == 0) {
				size_text((uint64_t)used, need, sizeof need);
				size_text((uint64_t)vfs.f_bavail * vfs.f_frsize, have, sizeof have);
				snprintf(full, sizeof full, _("the disk is full: the copy needs up to %s and that disk has %s free. Nothing was written and a file already there is kept; make room on it (df -h %s) or back up to another disk."),
				    need, have, dir);
				why = full;
			}
		}
		else if (rc == STORE_EPERM && ro_folder(argv[1]))
			why = tui_errno_text(EROFS);
		cli_error(_("backup to %s failed: %s"), argv[1], why);
		return EXIT_SYSTEM;
	}
	printf(_("Backup written to %s\n"), argv[1]);
	{
		char spath[4096 + 8];

		if (sum_name(argv[1], spath, sizeof spath) != 0)
			snprintf(spath, sizeof spath, "%s", argv[1]);
		if (backup_sum_err == 0)
			printf(_("Its checksum written to %s (b2sum -c checks it too)\n"), spath);
		else
			cli_error(_("warning: the backup's checksum could not be written to %s (%s): the backup is written, but a change made to it on the disk cannot be found when it is restored"),
			    spath, tui_errno_text(backup_sum_err));
	}
	return EXIT_OK;
}

static const char *
problem_text(enum store_problem_code c)
{
	switch (c) {
	case STORE_PB_DANGLING:	   return _("index entry names a missing record");
	case STORE_PB_STALE:	   return _("index entry does not match the record");
	case STORE_PB_UNINDEXED:   return _("record missing from an index");
	case STORE_PB_UNDECODABLE: return _("record cannot be read");
	case STORE_PB_COUNTER:	   return _("id counter is behind the records");
	case STORE_PB_DERIVED:	   return _("need's county differs from its unit's");
	case STORE_PB_AUDIT:	   return _("audit log entry cannot be read");
	case STORE_PB_AUDIT_DANGLING: return _("audit log index names a missing entry");
	case STORE_PB_UNREADABLE:  return _("a page of the database cannot be read");
	default:		   return "?";
	}
}

/* The tables store_verify names in a STORE_PB_UNREADABLE problem, in
 * words (store_unreadable_label); a name it has no words for, as it is. */
static const char *
table_text(const char *t)
{
	const char *label = store_unreadable_label(t);

	return label != NULL ? _(label) : t;
}

static void
print_problem(const struct store_problem *p, void *ctx)
{
	const struct core_schema *s = core_schema_get(p->kind);

	(void)ctx;
	if (p->code == STORE_PB_UNREADABLE) {
		/* a table, not a record: named for the administrator */
		printf("%s: %s\n", problem_text(p->code), table_text(p->detail));
		return;
	}
	printf("%s: %s %s", problem_text(p->code), s ? s->name : "-", p->id[0] ? p->id : "-");
	if (s && p->field >= 0 && (size_t)p->field < s->nfields)
		printf(" %s", s->fields[p->field].name);
	if (p->detail[0])
		printf(" (%s)", p->detail);
	putchar('\n');
}

int
verb_verify(int argc, char **argv, const struct hamyar_opts *o)
{
	struct store *st;
	size_t n = 0;
	int rc;

	(void)argv;
	if (argc != 1) {
		cli_error("%s", _("usage: hamyar verify"));
		return EXIT_USAGE;
	}
	/* a backup file given to --db: its checksum first, where it has one
	 * (LMDB keeps none: a digit changed on the stick is sound to it) */
	if (cli_db_path(o) != NULL && backup_sum_check(cli_db_path(o)) != 0)
		return EXIT_INVALID;
	if ((rc = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return rc;
	/* verify is what an administrator runs to find out whether the
	 * file is sound: there such a stop is reported as what it is */
	cli_catch_damage(_("verify stopped: a page of the database is damaged; restore the last backup"));
	rc = store_verify(st, print_problem, NULL, &n);
	store_close(st);
	if (rc != 0) {
		/* an error LMDB has no name for, from a page it could not
		 * make sense of, is damage too */
		cli_error(_("cannot check the database: %s"),
		    tui_store_strerror(rc == STORE_EIO ? STORE_ECORRUPT : rc));
		/* damage: what to do, as when problems are found */
		if (rc == STORE_EIO || rc == STORE_ECORRUPT)
			cli_error(_("put back the last sound backup with 'hamyar --db %s restore FILE', which keeps the damaged file aside, then run verify again (README, \"Backup and restore\"); what the station sent to HQ since comes back with its next sync"),
			    cli_db_path(o));
		return EXIT_SYSTEM;
	}
	if (n > 0) {
		fflush(stdout);
		cli_error(_("problems found: %zu"), n);
		/* what to do next: the administrator reading this has no
		 * other tool to mend a database than a sound backup */
		cli_error(_("put back the last sound backup with 'hamyar --db %s restore FILE', which keeps the damaged file aside, then run verify again (README, \"Backup and restore\"); what the station sent to HQ since comes back with its next sync"),
		    cli_db_path(o));
		return EXIT_INVALID;
	}
	printf("%s\n", _("The database is consistent."));
	return EXIT_OK;
}

/* ---- checksums beside a backup, and restore ---- */

/* (SUM_BYTES: b2sum's default, BLAKE2b with a 64-byte digest) */

/* The BLAKE2b-512 of the file at path (as b2sum gives it) into out.
 * Returns 0, or an errno. */
static int
file_sum(const char *path, unsigned char *out)
{
	return copy_sum(path, -1, out);
}

/* path's checksum file, "PATH.b2sum", into buf.  0, or -1 if too long. */
static int
sum_name(const char *path, char *buf, size_t n)
{
	int len = snprintf(buf, n, "%s.b2sum", path);

	return len < 0 || (size_t)len >= n ? -1 : 0;
}

/* Writes sum as b2sum writes it ("HEX  NAME\n", NAME being path's last
 * part, so that `cd /mnt/usb && b2sum -c NAME.b2sum` checks it) into the
 * new file out.  Returns 0, or an errno. */
static int
write_sum(const char *out, const char *path, const unsigned char *sum)
{
	const char *base = strrchr(path, '/'), *c;
	char hex[SUM_BYTES * 2 + 1];
	FILE *f;
	int fd, e = 0, esc;

	base = base != NULL ? base + 1 : path;
	esc = strpbrk(base, "\\\n") != NULL;
	sodium_bin2hex(hex, sizeof hex, sum, SUM_BYTES);
	if ((fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)) < 0)
		return errno;
	if ((f = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		unlink(out);
		return e;
	}
	/* b2sum's escapes for a name holding a backslash or a newline */
	fprintf(f, "%s%s  ", esc ? "\\" : "", hex);
	for (c = base; *c != '\0'; c++)
		if (*c == '\\')
			fputs("\\\\", f);
		else if (*c == '\n')
			fputs("\\n", f);
		else
			fputc(*c, f);
	fputc('\n', f);
	if (fflush(f) != 0 || fsync(fileno(f)) != 0)
		e = errno;
	if (fclose(f) != 0 && e == 0)
		e = errno;
	if (e != 0)
		unlink(out);
	return e;
}

/* Reads the checksum in the file sumpath (b2sum's format, its first line)
 * into sum.  Returns 0, ENOENT for no such file, EINVAL for a file that
 * holds no such checksum, or another errno. */
static int
read_sum(const char *sumpath, unsigned char *sum)
{
	char line[1024], *p;
	size_t got;
	FILE *f;

	if ((f = fopen(sumpath, "re")) == NULL)
		return errno;
	p = fgets(line, sizeof line, f);
	fclose(f);
	if (p == NULL)
		return EINVAL;
	if (*p == '\\')
		p++;
	if (sodium_hex2bin(sum, SUM_BYTES, p, SUM_BYTES * 2, NULL, &got, NULL) != 0 ||
	    got != SUM_BYTES || (p[SUM_BYTES * 2] != ' ' && p[SUM_BYTES * 2] != '\t'))
		return EINVAL;
	return 0;
}

/* The station code (and name, "" if none) of the open database st. */
static int
station_of_db(struct store *st, char *code, char *name, size_t n)
{
	struct store_txn *t;
	char *s;
	size_t len;

	*name = '\0';
	if (store_station(st, code) != 0)
		return -1;
	if (store_read_begin(st, &t) == 0) {
		if (store_setting_get(t, "station.name", &s, &len) == 0) {
			loc_utf8_copy(name, n, s);
			free(s);
		}
		store_read_end(t);
	}
	return 0;
}

/* Copies the file from into the new file fd (written whole, synced), its
 * BLAKE2b-512 into sum; with fd -1, only its checksum.  Returns 0, or an
 * errno. */
static int
copy_sum(const char *from, int fd, unsigned char *sum)
{
	crypto_generichash_state s;
	unsigned char buf[65536];
	ssize_t r, w, off;
	int in, e = 0;

	if (sodium_init() < 0)
		return ENOMEM;
	if ((in = open(from, O_RDONLY | O_CLOEXEC)) < 0)
		return errno;
	crypto_generichash_init(&s, NULL, 0, SUM_BYTES);
	while (e == 0 && (r = read(in, buf, sizeof buf)) != 0) {
		if (r < 0) {
			if (errno != EINTR)
				e = errno;
			continue;
		}
		crypto_generichash_update(&s, buf, (size_t)r);
		for (off = 0; fd >= 0 && off < r; off += w)
			if ((w = write(fd, buf + off, (size_t)(r - off))) < 0) {
				if (errno != EINTR) {
					e = errno;
					break;
				}
				w = 0;
			}
	}
	close(in);
	if (e == 0 && fd >= 0 && fsync(fd) != 0)
		e = errno;
	if (e == 0)
		crypto_generichash_final(&s, sum, SUM_BYTES);
	return e;
}

/* "hamyar restore FILE [--other-station]": the backup FILE put in the
 * place of the database in the --db folder (made, as init makes it, if
 * there is none), the database that was there kept beside it under a
 * dated name.  Refused, with nothing changed, for a file that is not a
 * backup, a backup that fails its checksum or verify, another station's
 * backup (unless --other-station), and while any session has the
 * database open. */
static int key_chain(struct store *st, const char *name, const char *old, const char *cur,
    int64_t *when);

/* The keys a database trusts for other stations, and those that the
 * database replaced trusted anew after the backup was made. */
#define TRUST_MAX 64
struct trusts {
	size_t n;
	struct {
		char code[CORE_STATION_MAX + 1];
		char key[TUI_KEY_HEX];
		int64_t when;		/* (newer: when it was replaced) */
		int fate;		/* (newer: what its first bundle signed
					   with the key said of the station,
					   store_sync_peer_keyed; 0 none came) */
	} v[TRUST_MAX];
};

static int
trust_each(const char *name, const void *data, size_t len, void *vctx)
{
	struct trusts *tr = vctx;
	const char *code = name + strlen("sync.trust.");

	if (tr->n < TRUST_MAX && len == TUI_KEY_HEX - 1 && core_station_valid(code)) {
		snprintf(tr->v[tr->n].code, sizeof tr->v[tr->n].code, "%s", code);
		memcpy(tr->v[tr->n].key, data, len);
		tr->v[tr->n].key[len] = '\0';
		tr->v[tr->n].when = 0;
		tr->v[tr->n].fate = 0;
		tr->n++;
	}
	return 0;
}

static void
trusts_of_db(struct store *st, struct trusts *tr)
{
	struct store_txn *t;

	memset(tr, 0, sizeof *tr);
	if (store_read_begin(st, &t) != 0)
		return;
	(void)store_setting_each(t, "sync.trust.", trust_each, tr);
	store_read_end(t);
}

/* What the first bundle signed with station code's key came to the
 * database replaced (cur) said of the station (store_sync_peer_keyed):
 * STORE_KEYED_SAME, STORE_KEYED_FRESH, or 0 if none came (or it cannot
 * be read). */
static int
keyed_in_db(struct store *cur, const char *code, const char *key)
{
	struct store_txn *t;
	int fate;

	if (store_read_begin(cur, &t) != 0)
		return 0;
	fate = store_sync_peer_keyed(t, code, key);
	store_read_end(t);
	return fate > 0 ? fate : 0;
}

/* Of the stations the backup trusts (old), those whose key the database
 * replaced (cur) trusts another, into newer (made from old's key, as its
 * audit log shows: a key replaced with --replace after the backup, with
 * what the station's first bundle signed with it said there, if one
 * came) and odd (not shown so). */
static void
trusts_newer(struct store *cur, const struct trusts *old, const struct trusts *now,
    struct trusts *newer, struct trusts *odd)
{
	size_t i, j;
	char name[64];

	memset(newer, 0, sizeof *newer);
	memset(odd, 0, sizeof *odd);
	for (i = 0; i < old->n; i++)
		for (j = 0; j < now->n; j++) {
			struct trusts *to;
			int64_t when = 0;

			if (strcmp(old->v[i].code, now->v[j].code) != 0 ||
			    strcasecmp(old->v[i].key, now->v[j].key) == 0)
				continue;
			snprintf(name, sizeof name, "sync.trust.%s", now->v[j].code);
			to = key_chain(cur, name, old->v[i].key, now->v[j].key, &when) ? newer : odd;
			to->v[to->n] = now->v[j];
			to->v[to->n].when = when;
			if (to == newer)
				to->v[to->n].fate = keyed_in_db(cur, now->v[j].code,
				    now->v[j].key);
			to->n++;
		}
}

/* Of the stations the backup (old) trusts with the key the database
 * replaced (cur, now) trusts too, those whose first bundle signed with
 * that key came to cur (store_sync_peer_keyed), into settled, with what
 * it said: a backup made after `sync trust --replace` and before that
 * bundle still has the station's numbers set aside for it, which that
 * bundle, imported into cur, can no longer settle at the restored
 * database (the station's next bundle goes on past what the backup
 * holds of it, and would be taken for a new log). */
static void
trusts_settled(struct store *cur, const struct trusts *old, const struct trusts *now,
    struct trusts *settled)
{
	size_t i, j;

	memset(settled, 0, sizeof *settled);
	for (i = 0; i < old->n; i++)
		for (j = 0; j < now->n; j++) {
			int fate;

			if (strcmp(old->v[i].code, now->v[j].code) != 0 ||
			    strcasecmp(old->v[i].key, now->v[j].key) != 0 ||
			    (fate = keyed_in_db(cur, now->v[j].code, now->v[j].key)) == 0)
				continue;
			settled->v[settled->n] = now->v[j];
			settled->v[settled->n].fate = fate;
			settled->n++;
		}
}

/* The stations the database replaced (now) trusts and the backup (old)
 * does not: trusted there after the backup was made (a station's trust is
 * never removed), into added; those whose key the backup has for itself
 * or for another station, or that the restored database will trust for
 * another (newer), cannot be trusted again (one key, one station): into
 * clash. */
static void
trusts_added(const struct trusts *old, const struct trusts *now, const struct trusts *newer,
    const char *own_key, struct trusts *added, struct trusts *clash)
{
	size_t i, j;

	memset(added, 0, sizeof *added);
	memset(clash, 0, sizeof *clash);
	for (j = 0; j < now->n; j++) {
		struct trusts *to = added;

		for (i = 0; i < old->n && strcmp(old->v[i].code, now->v[j].code) != 0; i++)
			;
		if (i < old->n)
			continue;
		if (strcasecmp(now->v[j].key, own_key) == 0)
			to = clash;
		for (i = 0; i < old->n; i++)
			if (strcasecmp(old->v[i].key, now->v[j].key) == 0)
				to = clash;
		for (i = 0; i < newer->n; i++)
			if (strcasecmp(newer->v[i].key, now->v[j].key) == 0)
				to = clash;
		to->v[to->n++] = now->v[j];
	}
}

/* The time of the last entry of the audit log of st (the backup, made
 * at about near, its file's time: store_stats_recent reads back from it in
 * widening windows), 0 if none or it cannot be read (a damaged backup,
 * which the restore refuses after its check). */
static int64_t
last_entry_time(struct store *st, int64_t near)
{
	struct store_txn *t;
	struct store_activity a;
	size_t n = 0;

	if (store_read_begin(st, &t) != 0)
		return 0;
	if (store_stats_recent(t, near, &a, 1, &n) != 0)
		n = 0;
	store_read_end(t);
	return n > 0 ? a.time : 0;
}

/* What restore writes in the restored database's audit log. */
struct restore_note {
	char from[PATH_MAX];		/* the backup, its full path */
	const char *station;		/* the backup's station */
	const char *aside;		/* the file there before kept as, or NULL */
	const char *keep_pub;		/* the database there had made its sync
					   key anew after the backup: its key
					   pair, put in the restored database in
					   the same transaction (NULL: none) */
	const char *keep_sec;
	int kept;			/* set: the key pair was put back */
	struct trusts *trust;		/* stations' keys trusted anew after the
					   backup: trusted again, their numbers
					   set aside (store_sync_peer_rekey)
					   unless the station's first bundle
					   signed with the key came to the
					   database replaced (fate): then kept
					   as the backup has them (the same
					   database) or forgotten (installed
					   afresh); fate 0 where set aside */
	int trusted;			/* set: they were */
	const struct trusts *added;	/* stations trusted after the backup:
					   trusted again */
	int readded;			/* set: they were */
	struct trusts *settled;		/* stations trusted with the same key in
					   both whose first bundle signed with it
					   came to the database replaced (fate):
					   if the backup still waits for it (its
					   numbers set aside), they are put back
					   or dropped as that bundle said; fate
					   0 where the backup did not wait */
	int settled_done;		/* set: they were */
};

/* ---- the station's sync key, made anew after the backup ----
 *
 * A backup holds the station's sync key pair as it was that day.  Once
 * `sync key --new` has replaced it (the old secret may have leaked with a
 * lost backup), the stations that exchange bundles with this one trust
 * the new key only (`sync trust --replace`), and refuse a bundle signed
 * with the old one.  A restore that brought the old pair back would make
 * the station's bundles refused everywhere, and sign them with a key that
 * may be in other hands.  So when the database being replaced holds a
 * newer pair, and its audit log shows that pair replaced the backup's key
 * (one or more `sync key --new` after the backup), the newer pair is put
 * in the restored database (its change audited, old key and new); when it
 * cannot be shown (a database made again with `init`, a key made anew by
 * a program before the audit said so), or cannot be written, the restore
 * says that the backup's key is not the one the stations may trust, and
 * what to do. */

struct keys_seen {
	char pub[TUI_KEY_HEX];		/* the database's public key ("": none) */
	char *sec;			/* its secret (hex; owned), or NULL */
};

static void
keys_seen_done(struct keys_seen *k)
{
	if (k->sec != NULL) {
		sodium_memzero(k->sec, strlen(k->sec));
		free(k->sec);
	}
	memset(k, 0, sizeof *k);
}

/* The key pair of the open database st (with_secret: the secret too). */
static void
keys_of_db(struct store *st, int with_secret, struct keys_seen *k)
{
	struct store_txn *t;
	char *v = NULL;

	memset(k, 0, sizeof *k);
	if (store_read_begin(st, &t) != 0)
		return;
	if (store_setting_get(t, "sync.key.public", &v, NULL) == 0 && strlen(v) == TUI_KEY_HEX - 1)
		memcpy(k->pub, v, TUI_KEY_HEX);
	free(v);
	if (k->pub[0] != '\0' && with_secret &&
	    store_setting_get(t, "sync.key.secret", &k->sec, NULL) != 0)
		k->sec = NULL;
	store_read_end(t);
}

/* Whether st's audit log shows its key made anew, from old (the backup's
 * key) through every later one, to cur: 1 with the time of the first
 * change into *when, else 0. */
static int key_chain(struct store *st, const char *name, const char *old, const char *cur,
    int64_t *when);

static int
key_renewed_from(struct store *st, const char *old, const char *cur, int64_t *when)
{
	return key_chain(st, "sync.key.public", old, cur, when);
}

/* key_renewed_from for the key of setting name (sync.key.public, or
 * sync.trust.STATION: a station's key replaced with --replace). */
static int
key_chain(struct store *st, const char *name, const char *old, const char *cur, int64_t *when)
{
	char chain[TUI_KEY_HEX];
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;

	*when = 0;
	snprintf(chain, sizeof chain, "%s", old);
	if (store_read_begin(st, &t) != 0)
		return 0;
	if (store_audit_iter(t, name, 0, &it) == 0) {
		for (;;) {
			int r;

			memset(&a, 0, sizeof a);
			if ((r = store_audit_next(it, &a)) == STORE_ECORRUPT)
				continue;
			if (r != 0)
				break;
			if (a.action == STORE_ACT_SETTING && a.nfields == 1 &&
			    strcmp(a.fields[0].name, name) == 0 &&
			    strcasecmp(a.fields[0].old_text, chain) == 0 &&
			    strlen(a.fields[0].new_text) == TUI_KEY_HEX - 1) {
				if (*when == 0)
					*when = a.time;
				snprintf(chain, sizeof chain, "%s", a.fields[0].new_text);
			}
			store_audit_done(&a);
		}
		store_iter_free(it);
	}
	store_read_end(t);
	return *when != 0 && strcasecmp(chain, cur) == 0;
}

static int
restore_audit(struct store_txn *t, void *vctx)
{
	struct restore_note *rn = vctx;
	struct store_audit_field f[3];
	size_t n = 0;
	int rc;

	f[n].name = "from";
	f[n].old_text = "";
	f[n++].new_text = (char *)rn->from;
	f[n].name = "station";
	f[n].old_text = "";
	f[n++].new_text = (char *)rn->station;
	if (rn->aside != NULL) {
		f[n].name = "aside";
		f[n].old_text = "";
		f[n++].new_text = (char *)rn->aside;
	}
	if ((rc = store_audit_db_restored(t, f, n)) != 0)
		return rc;
	if (rn->keep_pub != NULL && rn->keep_sec != NULL) {
		/* the newer pair back, the public half's change audited
		 * (the backup's key -> the newer one), never the secret */
		if ((rc = store_setting_set(t, "sync.key.secret", rn->keep_sec,
		    strlen(rn->keep_sec))) != 0 ||
		    (rc = store_setting_set(t, "sync.key.public", rn->keep_pub,
		    strlen(rn->keep_pub))) != 0)
			return rc;
		rn->kept = 1;
	}
	if (rn->trust != NULL && rn->trust->n > 0) {
		size_t i;

		for (i = 0; i < rn->trust->n; i++) {
			const char *code = rn->trust->v[i].code, *key = rn->trust->v[i].key;
			int *fate = &rn->trust->v[i].fate;
			char name[64], mark[TUI_KEY_HEX + 8];
			uint64_t v;

			snprintf(name, sizeof name, "sync.trust.%s", code);
			if ((rc = store_setting_set(t, name, key, strlen(key))) != 0)
				return rc;
			/* The station's first bundle signed with the key came
			 * to the database replaced, and said whether it is the
			 * same database (its key made anew: what it
			 * acknowledged here, as the backup has it, still holds,
			 * so the next bundle for it carries only what it lacks)
			 * or one installed afresh (it holds none of the
			 * backup's numbers).  Setting them aside as --replace
			 * does would make the next bundle for it carry the
			 * whole log, and its next bundle, which goes on from
			 * the log the database replaced acknowledged, past the
			 * backup's, be taken for a new log.  Numbers the
			 * backup itself set aside (a key replaced before it
			 * was made) are left to its next bundle. */
			if (*fate != 0 &&
			    (rc = store_sync_peer_before_num(t, code, "recv", &v)) != 0) {
				if (rc < 0)
					return rc;
				*fate = 0;
			}
			if (*fate == STORE_KEYED_SAME)
				rc = 0;
			else if (*fate == STORE_KEYED_FRESH)
				rc = store_sync_peer_reset(t, code);
			else
				rc = store_sync_peer_rekey(t, code);
			if (rc != 0)
				return rc;
			if (*fate != 0) {
				snprintf(name, sizeof name, "sync.peer.%s.keyed", code);
				snprintf(mark, sizeof mark, "%s %s",
				    *fate == STORE_KEYED_SAME ? "same" : "fresh", key);
				if ((rc = store_setting_set(t, name, mark, strlen(mark))) != 0)
					return rc;
			}
		}
		rn->trusted = 1;
	}
	if (rn->added != NULL && rn->added->n > 0) {
		size_t i;

		for (i = 0; i < rn->added->n; i++) {
			char name[64];

			snprintf(name, sizeof name, "sync.trust.%s", rn->added->v[i].code);
			if ((rc = store_setting_set(t, name, rn->added->v[i].key,
			    strlen(rn->added->v[i].key))) != 0)
				return rc;
		}
		rn->readded = 1;
	}
	if (rn->settled != NULL) {
		size_t i;

		for (i = 0; i < rn->settled->n; i++) {
			const char *code = rn->settled->v[i].code, *key = rn->settled->v[i].key;
			int *fate = &rn->settled->v[i].fate;
			char name[64], mark[TUI_KEY_HEX + 8];
			uint64_t v;

			/* (store_write may run this again: a station settled
			 * the first time keeps its fate, as it is again) */
			if (*fate == 0)
				continue;
			if ((rc = store_sync_peer_before_num(t, code, "recv", &v)) < 0)
				return rc;
			if (rc == 0) {
				*fate = 0;	/* the backup did not wait: nothing to do */
				continue;
			}
			if ((rc = store_sync_peer_before(t, code, *fate == STORE_KEYED_SAME)) < 0)
				return rc;
			snprintf(name, sizeof name, "sync.peer.%s.keyed", code);
			snprintf(mark, sizeof mark, "%s %s",
			    *fate == STORE_KEYED_SAME ? "same" : "fresh", key);
			if ((rc = store_setting_set(t, name, mark, strlen(mark))) != 0)
				return rc;
		}
		rn->settled_done = 1;
	}
	return 0;
}

/* What restore says of the station's sync key: renewed is 1 when the
 * database replaced had made its key anew after the backup (its audit
 * log shows it, first at when), -1 when it had another key that the log
 * does not show made from the backup's, 0 when the two are the same (or
 * cannot be told); kept, that the newer pair was put in the restored
 * database. */
static void
restore_key_said(int renewed, int64_t when, int kept, const char *code)
{
	char at[48];

	if (renewed == 0)
		return;
	fflush(stdout);
	if (renewed == 1 && kept) {
		tui_fmt_when(when, TUI_WHEN_ASCII, at, sizeof at);
		printf(_("The backup holds station %s's old sync key, which 'sync key --new' replaced on %s, after the backup was made; the stations that exchange bundles with this one trust the newer key and would refuse bundles signed with the old one. So the newer key is kept, put in the restored database (its audit log says so): nothing to do, the stations need not trust a key again. The old key signs nothing more.\n"),
		    code, at);
		return;
	}
	if (renewed == 1)
		tui_fmt_when(when, TUI_WHEN_ASCII, at, sizeof at);
	cli_error(renewed == 1 ?
	    _("warning: the backup holds station %s's old sync key, which 'sync key --new' replaced on %s, after the backup was made, and the newer key could not be put back: the stations that trust the newer key will refuse this station's bundles. Make a new key here now (hamyar sync key --new, the administrator) and have every station that exchanges bundles with this one trust it (hamyar sync trust %s KEY --replace, the key confirmed by phone or in person); do not go back to the old key, which may have leaked") :
	    _("warning: the backup holds another sync key of station %s than the database it replaced (kept beside it) had, and the audit log does not show which is newer: the stations that trust the other key will refuse this station's bundles. Make a new key here now (hamyar sync key --new, the administrator) and have every station that exchanges bundles with this one trust it (hamyar sync trust %s KEY --replace, the key confirmed by phone or in person)"),
	    code, renewed == 1 ? at : code, code);
}

/* What restore says of the keys it trusts for other stations: newer,
 * replaced after the backup (trusted again if trusted is set), odd,
 * another key than the database replaced trusted, not shown newer. */
static void
restore_trust_said(const struct trusts *newer, const struct trusts *odd, int trusted)
{
	char at[48];
	size_t i;

	fflush(stdout);
	for (i = 0; i < newer->n; i++) {
		tui_fmt_when(newer->v[i].when, TUI_WHEN_ASCII, at, sizeof at);
		if (trusted && newer->v[i].fate == STORE_KEYED_SAME)
			printf(_("The backup trusts station %s's old key, which a new one replaced here on %s, after the backup was made; the new key is trusted again (the old one may have leaked). %s's first bundle signed with it had come and showed the same database, its key made anew, so what %s acknowledged stays as the backup has it: the next bundle for it carries only what it lacks.\n"),
			    newer->v[i].code, at, newer->v[i].code, newer->v[i].code);
		else if (trusted && newer->v[i].fate == STORE_KEYED_FRESH)
			printf(_("The backup trusts station %s's old key, which a new one replaced here on %s, after the backup was made; the new key is trusted again (the old one may have leaked). %s's first bundle signed with it had come and began a new change log (the station installed afresh), so what it acknowledged is forgotten: the next bundle for it carries everything, its own records too.\n"),
			    newer->v[i].code, at, newer->v[i].code);
		else if (trusted)
			printf(_("The backup trusts station %s's old key, which a new one replaced here on %s, after the backup was made; the new key is trusted again (the old one may have leaked), and what %s acknowledged is set aside until its next bundle, as sync trust --replace does.\n"),
			    newer->v[i].code, at, newer->v[i].code);
		else
			cli_error(_("warning: the backup trusts station %s's old key, which a new one replaced here on %s, after the backup was made, and the new key could not be trusted again: %s's bundles will be refused. Confirm its key with %s by phone or in person and run: hamyar sync trust %s KEY --replace"),
			    newer->v[i].code, at, newer->v[i].code, newer->v[i].code,
			    newer->v[i].code);
	}
	for (i = 0; i < odd->n; i++)
		cli_error(_("warning: the backup trusts another key for station %s than the database it replaced did, and the audit log does not show which is newer; if %s's bundles are refused, confirm its key with %s by phone or in person and run: hamyar sync trust %s KEY --replace"),
		    odd->v[i].code, odd->v[i].code, odd->v[i].code, odd->v[i].code);
}

/* What restore says of the stations whose numbers the backup had set
 * aside until their first bundle signed with a new key, settled as that
 * bundle, come to the database replaced, said (fate; 0: not done). */
static void
restore_settled_said(const struct trusts *settled)
{
	size_t i;

	fflush(stdout);
	for (i = 0; i < settled->n; i++)
		if (settled->v[i].fate == STORE_KEYED_SAME)
			printf(_("The backup was made after station %s's new key was trusted and before its first bundle signed with it came; that bundle had come since and showed the same database, its key made anew, so what %s acknowledged before is put back: the next bundle for it carries only what it lacks.\n"),
			    settled->v[i].code, settled->v[i].code);
		else if (settled->v[i].fate == STORE_KEYED_FRESH)
			printf(_("The backup was made after station %s's new key was trusted and before its first bundle signed with it came; that bundle had come since and began a new change log (the station installed afresh), so what it acknowledged before stays forgotten: the next bundle for it carries everything, its own records too.\n"),
			    settled->v[i].code);
}

/* What restore says of the stations trusted after the backup: added,
 * trusted again if readded is set; clash, not (their key is another's). */
static void
restore_added_said(const struct trusts *added, const struct trusts *clash, int readded)
{
	size_t i;

	fflush(stdout);
	for (i = 0; i < added->n; i++)
		if (readded)
			printf(_("Station %s was trusted after the backup was made; it is trusted again, with the key the database replaced trusted for it: nothing to do.\n"),
			    added->v[i].code);
		else
			cli_error(_("warning: station %s was trusted after the backup was made and could not be trusted again: its bundles will be refused. Confirm its key with %s by phone or in person and run: hamyar sync trust %s KEY"),
			    added->v[i].code, added->v[i].code, added->v[i].code);
	for (i = 0; i < clash->n; i++)
		cli_error(_("warning: station %s was trusted after the backup was made, with a key that the backup holds for another station or for this one, so it is not trusted again (one key, one station): its bundles will be refused. Confirm its key with %s by phone or in person and run: hamyar sync trust %s KEY"),
		    clash->v[i].code, clash->v[i].code, clash->v[i].code);
}

/* What restore says where it had no database of the station to learn
 * from (why: none there, one it could not read, another station's): what
 * of the sync keys it cannot know, changed after the backup (its last
 * entry at last, 0 if none), and what to do.  own is the backup's key,
 * trust the keys it trusts. */
enum unknown_why { UNKNOWN_NONE, UNKNOWN_UNREADABLE, UNKNOWN_OTHER };

static void
restore_unknown_said(enum unknown_why why, const char *db, const char *code, int64_t last,
    const char *own, const struct trusts *trust)
{
	char at[48], list[TRUST_MAX * (CORE_STATION_MAX + 2) + 1];
	size_t i, len = 0;

	list[0] = '\0';
	for (i = 0; i < trust->n && len + CORE_STATION_MAX + 3 < sizeof list; i++)
		len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "",
		    trust->v[i].code);
	if (last != 0)
		tui_fmt_when(last, TUI_WHEN_ASCII, at, sizeof at);
	else
		snprintf(at, sizeof at, "%s", _("its making"));
	fflush(stdout);
	printf(why == UNKNOWN_NONE ?
	    _("There was no database in %s to compare the backup with, so restore cannot know what changed in the sync keys after the backup's last entry (%s):\n") :
	    why == UNKNOWN_UNREADABLE ?
	    _("The database that was in %s could not be read, so restore cannot know what changed in the sync keys after the backup's last entry (%s):\n") :
	    _("The database that was in %s was another station's, so restore cannot know what changed in the sync keys after the backup's last entry (%s):\n"),
	    db, at);
	if (strlen(own) >= 16)
		printf(_("  - this station's key is the backup's, %.8s...%s (hamyar sync key prints it whole). If it was made anew since (sync key --new), the stations that exchange bundles with %s trust the newer key and will refuse its bundles: compare it with the key they trust for %s, and if it is not that one, make a new key here (hamyar sync key --new, the administrator) and have each of them trust it (hamyar sync trust %s KEY --replace).\n"),
		    own, own + strlen(own) - 8, code, code, code);
	else
		printf(_("  - the backup holds no sync key of this station: one is made when it is first needed (hamyar sync key prints it), and each station that exchanges bundles with %s must trust it (hamyar sync trust %s KEY --replace).\n"),
		    code, code);
	if (trust->n > 0)
		printf(_("  - the stations whose keys are trusted here are the backup's: %s. A station trusted since is not trusted here, and one whose key was replaced since is trusted with its old key: their bundles will be refused. Confirm each one's key by phone or in person and run hamyar sync trust STATION KEY (with --replace for one listed here).\n"),
		    list);
	else
		printf("%s\n", _("  - the backup trusts no station's key: trust HQ's and every station's this one exchanges bundles with, each key confirmed by phone or in person (hamyar sync trust STATION KEY)."));
}

/* restore's failure after its checks, why being the cause: the database
 * in db as it was, or, where there was none (a new or empty folder),
 * nothing made there (before, "as it was" of a database never there). */
static void
restore_failed(const char *file, const char *why, const char *db, int none)
{
	if (none)
		cli_error(_("restore from %s failed: %s; nothing was made in %s (there was no database there, and there is none now)"),
		    file, why, db);
	else
		cli_error(_("restore from %s failed: %s; nothing was changed (the database in %s is as it was)"),
		    file, why, db);
}

/* Skips a hidden file (a backup still being made) in the listing. */
static int
not_hidden(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* "restore /mnt/usb": the stick's folder given for the backup in it, a
 * usage error (exit 2) naming the folder and the backups in it (LMDB
 * files, by name), or saying there is none.  Before, exit 1, «it cannot
 * be read (it is a folder, not a file)» and "ls /mnt/usb" to run. */
static int
restore_folder(const char *dir)
{
	struct dirent **e = NULL;
	char list[3000], path[4096 + 256];
	size_t len = 0;
	int i, n, found = 0;

	list[0] = '\0';
	n = scandir(dir, &e, not_hidden, alphasort);
	for (i = 0; i < n; i++) {
		struct stat sb;

		if (cli_path_join(path, sizeof path, dir, e[i]->d_name) == 0 &&
		    stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
		    store_file_is_db(path) && len + strlen(path) + 8 < sizeof list) {
			len += (size_t)snprintf(list + len, sizeof list - len, "\n  %s", path);
			found++;
		}
		free(e[i]);
	}
	free(e);
	if (found == 0)
		cli_error(_("restore from %s refused: it is a folder, not a backup file, and there is no backup in it; nothing was changed. Give the backup file that 'hamyar backup' wrote."),
		    dir);
	else
		cli_error(_("restore from %s refused: it is a folder, not a backup file; nothing was changed. Give one of the backups in it:%s"),
		    dir, list);
	return EXIT_USAGE;
}

int
verb_restore(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *db = cli_db_path(o), *file = NULL;
	char data[4096], lock[4096], tmp[4096], spath[4096 + 8], aside[4096 + 64];
	char code[CORE_STATION_MAX + 1], name[256], mine[CORE_STATION_MAX + 1];
	char msg[2048];
	unsigned char want[SUM_BYTES], got[SUM_BYTES];
	struct stat sb, fb, db_sb;
	struct store *b;
	struct flock fl;
	size_t n = 0;
	int i, other = 0, made = 0, lock_made = 0, lfd = -1, fd = -1, rc, e, se, linked = 0;
	int have_old, none = 0, renewed = 0, restored_kept = 0, restored_trusted = 0;
	struct keys_seen bkey, ckey;
	int64_t renewed_at = 0;
	static struct trusts btrust, ctrust, ntrust, otrust, atrust, xtrust, strust;
	int compared = 0, unreadable = 0, readded = 0, settled = 0;
	int64_t backup_last = 0;

	memset(&bkey, 0, sizeof bkey);
	memset(&ckey, 0, sizeof ckey);
	memset(&btrust, 0, sizeof btrust);
	memset(&ntrust, 0, sizeof ntrust);
	memset(&otrust, 0, sizeof otrust);
	memset(&atrust, 0, sizeof atrust);
	memset(&strust, 0, sizeof strust);
	memset(&xtrust, 0, sizeof xtrust);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--other-station") == 0)
			other = 1;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
			return bad_option("restore", argv[i]);
		else if (file == NULL)
			file = argv[i];
		else
			file = "";
	}
	if (file == NULL || *file == '\0') {
		cli_error("%s", _("usage: hamyar restore FILE [--other-station]"));
		return EXIT_USAGE;
	}
	if (db == NULL) {
		cli_error("%s", _("no database path: use --db DIR or set HAMYAR_DB"));
		return EXIT_SYSTEM;
	}
	if (cli_path_join(data, sizeof data, db, "data.mdb") != 0 ||
	    cli_path_join(lock, sizeof lock, db, "lock.mdb") != 0 ||
	    store_backup_tmpname(data, tmp, sizeof tmp) != 0 ||
	    sum_name(file, spath, sizeof spath) != 0) {
		cli_error(_("restore from %s failed: %s; nothing was changed"), file,
		    tui_errno_text(ENAMETOOLONG));
		return EXIT_SYSTEM;
	}
	if (stat(db, &db_sb) == 0 && !S_ISDIR(db_sb.st_mode)) {
		cli_error(_("restore from %s refused: %s is a file, not a database's folder; nothing was changed. Give --db the folder the database is in (or is to be made in)."),
		    file, db);
		return EXIT_INVALID;
	}

	if (stat(file, &fb) == 0 && S_ISDIR(fb.st_mode))
		return restore_folder(file);
	/* the backup: a file, readable, an LMDB file, a Hamyar database */
	e = stat(file, &fb) != 0 ? errno : S_ISDIR(fb.st_mode) ? EISDIR :
	    access(file, R_OK) != 0 ? errno : 0;
	if (e != 0) {
		cli_error(_("restore from %s refused: it cannot be read (%s); nothing was changed. Give the backup file that 'hamyar backup' wrote (ls /mnt/usb)."),
		    file, tui_errno_text(e));
		return EXIT_INVALID;
	}
	if (stat(data, &sb) == 0 && sb.st_dev == fb.st_dev && sb.st_ino == fb.st_ino) {
		cli_error(_("restore from %s refused: it is the database's own file, not a backup; nothing was changed. Give the backup file that 'hamyar backup' wrote."),
		    file);
		return EXIT_INVALID;
	}
	if (!S_ISREG(fb.st_mode) || !store_file_is_db(file) ||
	    (rc = store_open(file, STORE_RDONLY, &b)) == STORE_ENODB) {
		cli_error(_("restore from %s refused: it is not a backup of a Hamyar database (a CSV, a report, another file?); nothing was changed. Give the backup file that 'hamyar backup' wrote."),
		    file);
		return EXIT_INVALID;
	}
	if (rc != 0) {
		cli_error(_("restore from %s refused: the backup cannot be opened (%s); nothing was changed. Copy it again from where it was made, or restore an earlier backup."),
		    file, tui_store_strerror(rc));
		return EXIT_INVALID;
	}
	if (station_of_db(b, code, name, sizeof name) != 0) {
		store_close(b);
		cli_error(_("restore from %s refused: it is not a backup of a Hamyar database (a CSV, a report, another file?); nothing was changed. Give the backup file that 'hamyar backup' wrote."),
		    file);
		return EXIT_INVALID;
	}
	keys_of_db(b, 0, &bkey);
	trusts_of_db(b, &btrust);
	backup_last = last_entry_time(b, (int64_t)fb.st_mtime);
	store_close(b);
	if (name[0] != '\0')
		printf(_("%s is a backup of station %s (%s)\n"), file, code, name);
	else
		printf(_("%s is a backup of station %s\n"), file, code);
	fflush(stdout);

	/* its checksum, if it has one */
	se = read_sum(spath, want);
	if (se == EINVAL) {
		cli_error(_("restore from %s refused: its checksum file %s does not hold a checksum (b2sum's format), so the backup cannot be checked; nothing was changed. Restore another copy of the backup, or remove %s to restore this one unchecked."),
		    file, spath, spath);
		return EXIT_INVALID;
	}
	if (se != 0 && se != ENOENT) {
		cli_error(_("restore from %s refused: its checksum file %s cannot be read (%s); nothing was changed."),
		    file, spath, tui_errno_text(se));
		return EXIT_INVALID;
	}
	if (se == ENOENT)
		cli_error(_("warning: %s has no checksum beside it (%s: a backup of an older version of the program has none), so a change made to it on the disk cannot be found; it is checked as verify checks a database"),
		    file, spath);

	/* Ctrl-C (or a dropped session) before the backup has data.mdb's
	 * name: said, not a bare prompt (cli_stop_message speaks only while
	 * a file or the folder made is named for removal) */
	none = lstat(data, &sb) != 0 && (errno == ENOENT || errno == ENOTDIR);
	if (none)
		snprintf(msg, sizeof msg, _("restore from %s stopped: nothing was made in %s (there was no database there, and there is none now)"),
		    file, db);
	else
		snprintf(msg, sizeof msg, _("restore from %s stopped: nothing was changed (the database in %s is as it was)"),
		    file, db);
	cli_stop_message(msg);
	/* the folder: the owner's (or root's), made as init makes it */
	if (stat(db, &db_sb) == 0) {
		if (db_sb.st_uid != getuid() && getuid() != 0) {
			cli_error(_("restore from %s refused: only the owner of the folder %s (or root) can put a backup in it; nothing was changed. Ask the station's administrator to run: hamyar --db %s restore %s"),
			    file, db, db, file);
			return EXIT_INVALID;
		}
	} else if (errno == ENOENT) {
		/* as init: the parents too */
		if (store_mkdir(db) != 0) {
			cli_error(_("restore from %s failed: the folder %s cannot be made (%s); nothing was changed"),
			    file, db, tui_errno_text(errno));
			return EXIT_SYSTEM;
		}
		made = 1;
		cli_rmdir_on_stop(db);
		if (tui_identity_share_dir(db) != 0 || stat(db, &db_sb) != 0) {
			e = errno;
			rmdir(db);
			cli_error(_("restore from %s failed: the folder %s cannot be made (%s); nothing was changed"),
			    file, db, tui_errno_text(e));
			return EXIT_SYSTEM;
		}
	} else {
		restore_failed(file, tui_errno_text(errno), db, none);
		return EXIT_SYSTEM;
	}

	/* Nobody may have the database open: every process that has holds
	 * LMDB's shared lock on lock.mdb.  Its exclusive lock, held until the
	 * backup has its name, says so and keeps a session that starts
	 * meanwhile waiting (it then opens the backup). */
	lock_made = access(lock, F_OK) != 0;
	if ((lfd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0660)) < 0) {
		e = errno;
		if (made)
			rmdir(db);
		restore_failed(file, tui_errno_text(e), db, none);
		return EXIT_SYSTEM;
	}
	if (lock_made) {
		(void)fchmod(lfd, 0660);
		cli_remove_on_stop_add(lock);
	}
	memset(&fl, 0, sizeof fl);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_SET;
	fl.l_start = 0;
	fl.l_len = 1;
	if (fcntl(lfd, F_SETLK, &fl) != 0) {
		long pid = 0;

		memset(&fl, 0, sizeof fl);
		fl.l_type = F_WRLCK;
		fl.l_whence = SEEK_SET;
		fl.l_len = 1;
		if (fcntl(lfd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK)
			pid = (long)fl.l_pid;
		close(lfd);
		cli_error(_("restore from %s refused: the database in %s is in use (process %ld has it open); nothing was changed. End every session of the program on it (quit it everywhere; 'fuser -v %s' names them), then run restore again."),
		    file, db, pid, lock);
		return EXIT_INVALID;
	}

	/* the database there: whose it is */
	have_old = lstat(data, &sb) == 0;
	if (have_old) {
		struct store *cur;

		if (!S_ISREG(sb.st_mode)) {
			rc = STORE_ENODB;
		} else if ((rc = store_open(data, STORE_RDONLY, &cur)) == 0) {
			char cur_name[256];

			rc = station_of_db(cur, mine, cur_name, sizeof cur_name) == 0 ? 0 : STORE_ENODB;
			/* its sync key, if the backup's is another (the
			 * station's: another station's backup keeps its own) */
			if (rc == 0 && strcmp(mine, code) == 0) {
				keys_of_db(cur, 1, &ckey);
				if (ckey.pub[0] != '\0' && bkey.pub[0] != '\0' &&
				    strcasecmp(ckey.pub, bkey.pub) != 0)
					renewed = key_renewed_from(cur, bkey.pub, ckey.pub,
					    &renewed_at) ? 1 : -1;
				trusts_of_db(cur, &ctrust);
				trusts_newer(cur, &btrust, &ctrust, &ntrust, &otrust);
				trusts_settled(cur, &btrust, &ctrust, &strust);
				trusts_added(&btrust, &ctrust, &ntrust, bkey.pub, &atrust,
				    &xtrust);
				compared = 1;
			}
			store_close(cur);
		}
		if (rc != 0) {
			unreadable = 1;
			cli_error(_("warning: the database in %s cannot be read (%s), so its station is not compared with the backup's; it is kept beside the backup put in its place"),
			    db, tui_store_strerror(rc));
		} else if (strcmp(mine, code) != 0 && !other) {
			cli_error(_("restore from %s refused: it is a backup of station %s, and the database in %s is station %s's; nothing was changed. To put the other station's backup in its place all the same, add --other-station."),
			    file, code, db, mine);
			rc = EXIT_INVALID;
			goto undo;
		}
	}

	/* the copy, under a hidden name beside data.mdb, then checked */
	store_clean_stale(db);
	if ((fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0660)) < 0) {
		e = errno;
		rc = EXIT_SYSTEM;
		snprintf(msg, sizeof msg, "%s", tui_errno_text(e));
		goto fail;
	}
	(void)flock(fd, LOCK_EX | LOCK_NB);	/* store_clean_stale */
	cli_remove_on_stop_add(tmp);
	(void)fchmod(fd, 0660);
	/* the group the folder's files have (root restoring a folder of
	 * another owner: the old database's owner) */
	if (have_old && getuid() == 0)
		(void)fchown(fd, sb.st_uid, sb.st_gid);
	else
		(void)fchown(fd, (uid_t)-1, db_sb.st_gid);
	if ((e = copy_sum(file, fd, got)) != 0) {
		rc = EXIT_SYSTEM;
		if (e == ENOSPC || e == EDQUOT) {
			char need[64];

			size_text((uint64_t)fb.st_size, need, sizeof need);
			snprintf(msg, sizeof msg, _("the disk is full: the backup needs %s; make room (df -h %s)"),
			    need, db);
		} else
			snprintf(msg, sizeof msg, "%s", tui_errno_text(e));
		goto fail;
	}
	if (se == 0 && sodium_memcmp(want, got, SUM_BYTES) != 0) {
		rc = EXIT_INVALID;
		cli_error(_("restore from %s refused: the backup was changed after it was written (it does not match its checksum in %s); nothing was changed. Restore an earlier backup, or a copy of this one from another disk."),
		    file, spath);
		goto undo;
	}
	snprintf(msg, sizeof msg, _("restore from %s refused: the backup is damaged (a page of it could not be read); nothing was changed. Restore an earlier backup."),
	    file);
	cli_catch_damage(msg);
	{
		struct store *c;

		if ((rc = store_open(tmp, STORE_RDONLY, &c)) == 0) {
			rc = store_verify(c, print_problem, NULL, &n);
			store_close(c);
		}
	}
	if (rc != 0 || n > 0) {
		fflush(stdout);
		if (n > 0)
			cli_error(_("restore from %s refused: the backup is damaged (problems: %zu, named above); nothing was changed. Restore an earlier backup."),
			    file, n);
		else
			cli_error("%s", msg);
		rc = EXIT_INVALID;
		goto undo;
	}

	/* the old database kept aside under a dated name, the copy given
	 * data.mdb's name: data.mdb is, at every moment, the old file or the
	 * new one */
	cli_stop_hold(1);
	if (have_old) {
		time_t now = time(NULL);
		struct tm tm;
		char when[32];
		int k;

		localtime_r(&now, &tm);
		strftime(when, sizeof when, "%Y%m%d-%H%M%S", &tm);
		for (k = 1; k < 100; k++) {
			if (k == 1)
				snprintf(aside, sizeof aside, "%s.before-restore-%s", data, when);
			else
				snprintf(aside, sizeof aside, "%s.before-restore-%s-%d", data, when, k);
			if (link(data, aside) == 0) {
				linked = 1;
				break;
			}
			if (errno == EEXIST)
				continue;
			/* a disk without hard links: moved aside, then */
			if (access(aside, F_OK) != 0 && rename(data, aside) == 0)
				break;
			e = errno;
			cli_stop_hold(0);
			rc = EXIT_SYSTEM;
			snprintf(msg, sizeof msg, "%s", tui_errno_text(e));
			goto fail;
		}
	}
	if (rename(tmp, data) != 0) {
		e = errno;
		if (have_old && linked)
			unlink(aside);
		else if (have_old)
			(void)rename(aside, data);
		cli_stop_hold(0);
		rc = EXIT_SYSTEM;
		snprintf(msg, sizeof msg, "%s", tui_errno_text(e));
		goto fail;
	}
	store_sync_dir(data);
	cli_remove_on_stop(NULL);
	cli_stop_hold(0);
	close(fd);
	/* A session that started meanwhile waits for LMDB's shared lock, and
	 * then takes the lock file's state as it is: the old file's (and is
	 * refused, STORE_ECOPIED).  Opened here first, in this process that
	 * holds the exclusive lock, LMDB makes that state again from the
	 * backup, as the first process to open a database does; its close
	 * lets the lock go (an fcntl lock is the process's). */
	/* The restore in the restored database's audit log, so that a
	 * supervisor reading it sees that the log (and all) went back to
	 * the backup's day, by whom, from which file, and where the file
	 * that was there is: written after the rename, in a transaction of
	 * its own, in this process that opens the database first.  Not
	 * written (the user is not one of the backup's, a disk that will
	 * not take it): said, and the restore stands. */
	{
		struct store *fresh;
		struct restore_note rn;
		char why[1024];

		memset(&rn, 0, sizeof rn);
		if (realpath(file, rn.from) == NULL)
			snprintf(rn.from, sizeof rn.from, "%s", file);
		rn.station = code;
		rn.aside = have_old ? aside : NULL;
		if (renewed == 1 && ckey.sec != NULL) {
			rn.keep_pub = ckey.pub;
			rn.keep_sec = ckey.sec;
		}
		rn.trust = &ntrust;
		rn.added = &atrust;
		rn.settled = &strust;
		if ((rc = tui_identity_open_store(db, 0, &fresh, why, sizeof why)) == 0) {
			if ((rc = store_write(fresh, restore_audit, &rn)) != 0)
				snprintf(why, sizeof why, "%s", tui_store_strerror(rc));
			restored_kept = rn.kept;
			restored_trusted = rn.trusted;
			readded = rn.readded;
			settled = rc == 0 && rn.settled_done;
			store_close(fresh);
		} else if (store_open(db, STORE_RDONLY, &fresh) == 0)
			store_close(fresh);
		if (rc != 0) {
			fflush(stdout);
			cli_error(_("warning: the restore could not be written to the restored database's audit log: %s"),
			    why);
		}
	}
	close(lfd);	/* the lock: sessions may open the backup now */
	printf(_("The backup %s is restored into %s (station %s); the database there is consistent.\n"),
	    file, db, code);
	if (have_old)
		printf(_("The database that was there is kept as %s.\n"), aside);
	printf("%s\n", _("What was saved after the backup was made is not in it; what the station sent to HQ comes back with its next sync."));
	restore_key_said(renewed, renewed_at, restored_kept, code);
	restore_trust_said(&ntrust, &otrust, restored_trusted);
	if (settled)
		restore_settled_said(&strust);
	restore_added_said(&atrust, &xtrust, readded);
	if (!compared)
		restore_unknown_said(!have_old ? UNKNOWN_NONE : unreadable ? UNKNOWN_UNREADABLE :
		    UNKNOWN_OTHER, db, code, backup_last, bkey.pub, &btrust);
	keys_seen_done(&ckey);
	return EXIT_OK;

fail:
	restore_failed(file, msg, db, none);
undo:
	if (fd >= 0) {
		unlink(tmp);
		close(fd);
	}
	if (lock_made)
		unlink(lock);
	close(lfd);
	if (made)
		rmdir(db);
	cli_remove_on_stop(NULL);
	keys_seen_done(&ckey);
	return rc;
}

/* verify's check of a backup file (path, a regular file) against its
 * checksum PATH.b2sum: 0 if it matches or there is none (a warning: an
 * older version's backup), -1 (said) if it does not or cannot be read. */
static int
backup_sum_check(const char *path)
{
	unsigned char want[SUM_BYTES], got[SUM_BYTES];
	char spath[4096 + 8];
	struct stat sb;
	int e;

	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || !store_file_is_db(path) ||
	    sum_name(path, spath, sizeof spath) != 0)
		return 0;
	if ((e = read_sum(spath, want)) == ENOENT) {
		const char *base = strrchr(path, '/');

		/* a database's own data.mdb has none to have */
		if (strcmp(base != NULL ? base + 1 : path, "data.mdb") == 0)
			return 0;
		cli_error(_("warning: %s has no checksum beside it (%s: a backup of an older version of the program has none), so a change made to it on the disk cannot be found; it is checked as verify checks a database"),
		    path, spath);
		return 0;
	}
	if (e == 0 && (e = file_sum(path, got)) == 0 && sodium_memcmp(want, got, SUM_BYTES) == 0)
		return 0;
	if (e == EINVAL)
		cli_error(_("the checksum file %s does not hold a checksum (b2sum's format), so the backup %s cannot be checked. Use another copy of the backup."),
		    spath, path);
	else if (e != 0)
		cli_error(_("the checksum file %s cannot be read (%s)"), spath, tui_errno_text(e));
	else
		cli_error(_("the backup %s was changed after it was written: it does not match its checksum in %s. Restore an earlier backup, or a copy of this one from another disk."),
		    path, spath);
	return -1;
}
