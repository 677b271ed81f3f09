/*
 * tests/tui/test_identity.c — tui/identity.h: the login is the real uid's
 * whatever the environment says; ownership; opening a store as the real
 * user (owner = admin, stranger refused, auditor read-only); the refusal
 * sentences in Persian and English naming who may; paths that would land
 * in the database directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/access.h"
#include "core/record.h"
#include "locale/catalog.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/identity.h"

static char dir[512];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "%s/ident-%ld", getenv("HAMYAR_TEST_TMP") ?
	    getenv("HAMYAR_TEST_TMP") : "/tmp", (long)getpid());
	return 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* The login comes from the passwd entry of getuid(), not from USER,
 * LOGNAME or HOME. */
static void
test_login_is_real_uid(void **state)
{
	struct passwd *pw = getpwuid(getuid());
	char login[64], small[2];

	(void)state;
	assert_non_null(pw);
	setenv("USER", "someone-else", 1);
	setenv("LOGNAME", "someone-else", 1);
	setenv("HOME", "/nonexistent", 1);
	assert_int_equal(tui_identity_login(login, sizeof login), 0);
	assert_string_equal(login, pw->pw_name);
	assert_int_equal(tui_identity_login(small, sizeof small), -1);	/* does not fit */
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_init(t, "MRD", "ایستگاه مرند");
}

struct put {
	const char *county;
};

static int
put_unit(struct store_txn *t, void *ctx)
{
	struct put *p = ctx;
	struct core_record *r = core_record_new(CORE_UNIT);
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_num(r, CORE_UNIT_KIND, 0);
	core_record_set_text(r, CORE_UNIT_NAME, "کلانتری ۱۱");
	core_record_set_text(r, CORE_UNIT_COUNTY, p->county);
	rc = store_put_new(t, r, NULL);
	core_record_free(r);
	return rc;
}

static int
add_user(struct store_txn *t, void *ctx)
{
	const char *const *u = ctx;	/* login, role */
	struct core_record *r = core_record_new(CORE_USER);
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_text(r, CORE_USER_ID, u[0]);
	core_record_set_num(r, CORE_USER_ROLE, core_role_from_name(u[1]));
	if (u[2] != NULL)
		core_record_set_text(r, CORE_USER_COUNTY, u[2]);
	rc = store_put_new(t, r, NULL);
	core_record_free(r);
	return rc;
}

/* Creating: the directory is 2770 and ours; we are its admin. */
static void
test_open_create_owner(void **state)
{
	struct store *st;
	const struct store_identity *id;
	struct stat sb;
	char msg[512], login[64];
	struct put p = { "TBZ" };

	(void)state;
	assert_int_equal(tui_identity_open_store(dir, STORE_CREATE | STORE_NOSYNC, &st, msg, sizeof msg), 0);
	assert_int_equal(store_write(st, init_fn, NULL), 0);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 02770);
	assert_true(tui_identity_owns(dir));
	id = store_users_identity(st);
	assert_non_null(id);
	assert_int_equal(id->actor.role, CORE_ROLE_ADMIN);
	assert_true(id->owner);
	assert_int_equal(tui_identity_login(login, sizeof login), 0);
	assert_string_equal(store_user(st), login);
	assert_int_equal(store_write(st, put_unit, &p), 0);	/* admin: any county */
	store_close(st);
}

/* Opening a database that is not there says so, naming the path; making
 * one in somebody else's folder is refused (root only: chown). */
static void
test_open_errors(void **state)
{
	struct store *st;
	char msg[512], nodb[600];

	(void)state;
	snprintf(nodb, sizeof nodb, "%s-none", dir);
	assert_int_equal(tui_identity_open_store(nodb, 0, &st, msg, sizeof msg), STORE_ENODB);
	assert_null(st);
	assert_non_null(strstr(msg, nodb));
	if (getuid() != 0)
		return;
	assert_int_equal(mkdir(dir, 02770), 0);
	assert_int_equal(chown(dir, 65534, (gid_t)-1), 0);
	assert_int_equal(tui_identity_open_store(dir, STORE_CREATE, &st, msg, sizeof msg), STORE_EPERM);
	assert_null(st);
	assert_non_null(strstr(msg, dir));
	snprintf(nodb, sizeof nodb, "%s/data.mdb", dir);
	assert_int_equal(access(nodb, F_OK), -1);	/* nothing made */
}

/* Sentences: Persian by default, naming the county by its Persian name and
 * who may do it instead. */
static void
test_messages(void **state)
{
	struct core_actor clerk = { CORE_ROLE_CLERK, "MRD" }, aud = { CORE_ROLE_AUDITOR, "" };
	struct core_scope tbz = { .n = 1, .county = { "TBZ" } };
	struct core_access a;
	char buf[512];

	(void)state;
	loc_lang_set("fa");
	core_access_check(&clerk, CORE_ACCESS_CREATE, NULL, &tbz, &a);
	assert_string_equal(tui_access_message(&a, buf, sizeof buf),
	    "ثبت در شهرستان تبریز فقط از کارشناس یا سرپرست همان شهرستان یا ستاد استان ساخته است.");
	core_access_check(&clerk, CORE_ACCESS_UPDATE, &tbz, &tbz, &a);
	assert_non_null(strstr(tui_access_message(&a, buf, sizeof buf), "تبریز"));
	core_access_check(&clerk, CORE_ACCESS_WEIGHTS, NULL, NULL, &a);
	assert_non_null(strstr(tui_access_message(&a, buf, sizeof buf), "ستاد استان"));
	core_access_check(&aud, CORE_ACCESS_CREATE, NULL, &tbz, &a);
	assert_non_null(strstr(tui_access_message(&a, buf, sizeof buf), "حسابرس"));
	assert_string_equal(tui_county_name("MRD"), "مرند");
	assert_string_equal(tui_county_name("XYZ"), "XYZ");
	/* the store's refusal of a clerk's reference to another county's
	 * record (store/users.c): the form's sentence, naming the field and
	 * the id, not the record */
	memset(&a, 0, sizeof a);
	a.why = CORE_ACCESS_FOREIGN;
	a.action = CORE_ACCESS_CREATE;
	a.kind = CORE_PLEDGE;
	a.field = CORE_PLEDGE_DONOR;
	snprintf(a.ref, sizeof a.ref, "TBZ-12");
	snprintf(a.county, sizeof a.county, "TBZ");
	assert_string_equal(tui_access_message(&a, buf, sizeof buf),
	    "خیّر: TBZ-12 پرونده‌ای از شهرستانی دیگر است؛ کارشناس شهرستان فقط با پرونده‌های شهرستان خود کار می‌کند.");
	loc_lang_set("en");
	assert_string_equal(tui_access_message(&a, buf, sizeof buf),
	    "Donor: TBZ-12 is a record of another county; a county clerk works with his own county's records only.");
	core_access_check(&clerk, CORE_ACCESS_CREATE, NULL, &tbz, &a);
	assert_string_equal(tui_access_message(&a, buf, sizeof buf),
	    "Recording in Tabriz county can be done only by a clerk or supervisor of that county, or by provincial HQ.");
	core_access_check(&clerk, CORE_ACCESS_USERS, NULL, NULL, &a);
	assert_string_equal(tui_access_message(&a, buf, sizeof buf),
	    "Only the database administrator can add, change or remove users.");
	assert_non_null(strstr(tui_identity_why(NULL, STORE_ECONFLICT, buf, sizeof buf), "nothing was overwritten"));
	loc_lang_set("fa");
}

/* A refused write through an opened store names the refusal. */
static void
test_why_after_refusal(void **state)
{
	struct store *st;
	struct store_identity id;
	struct put p = { "TBZ" };
	const char *u[3] = { "ali", "clerk", "MRD" };
	char msg[512];

	(void)state;
	assert_int_equal(tui_identity_open_store(dir, STORE_CREATE | STORE_NOSYNC, &st, msg, sizeof msg), 0);
	assert_int_equal(store_write(st, init_fn, NULL), 0);
	assert_int_equal(store_write(st, add_user, u), 0);
	store_close(st);
	/* as ali (the store API stands in for a second uid) */
	assert_int_equal(store_open(dir, STORE_NOSYNC, &st), 0);
	assert_int_equal(store_users_resolve(st, "ali", 0, &id), 0);
	assert_int_equal(store_users_enforce(st, &id), 0);
	assert_int_equal(store_write(st, put_unit, &p), STORE_EACCES);
	assert_non_null(strstr(tui_identity_why(st, STORE_EACCES, msg, sizeof msg), "تبریز"));
	store_close(st);
}

/* Files the program is asked to write may not land in the database. */
static void
test_path_ok(void **state)
{
	struct store *st;
	char msg[512], p[1200], link[1200];

	(void)state;
	assert_int_equal(tui_identity_open_store(dir, STORE_CREATE | STORE_NOSYNC, &st, msg, sizeof msg), 0);
	store_close(st);
	snprintf(p, sizeof p, "%s/data.mdb", dir);
	assert_int_equal(tui_identity_path_ok(dir, p), 0);
	snprintf(p, sizeof p, "%s/letter.html", dir);
	assert_int_equal(tui_identity_path_ok(dir, p), 0);
	snprintf(p, sizeof p, "%s/../letter.html", dir);
	assert_int_equal(tui_identity_path_ok(dir, p), 1);
	/* a link elsewhere that points at the database */
	snprintf(link, sizeof link, "%s-link.html", dir);
	snprintf(p, sizeof p, "%s/data.mdb", dir);
	assert_int_equal(symlink(p, link), 0);
	assert_int_equal(tui_identity_path_ok(dir, link), 0);
	unlink(link);
	assert_int_equal(tui_identity_path_ok(dir, "/tmp/letter.html"), 1);
	assert_int_equal(tui_identity_path_ok(NULL, "x"), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_login_is_real_uid),
		cmocka_unit_test_setup_teardown(test_open_create_owner, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_errors, setup, teardown),
		cmocka_unit_test(test_messages),
		cmocka_unit_test_setup_teardown(test_why_after_refusal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_path_ok, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
