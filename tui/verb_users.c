/*
 * tui/verb_users.c — `hamyar user add|remove|list` and `hamyar audit` (SPEC §11,
 * §12).
 *
 * Both open the database through tui_identity_open_store, so they run as
 * the real uid's login under the access policy: only the admin (the
 * database's owner, or a user with role admin) adds users; auditors,
 * supervisors, HQ and the admin read the audit log.
 *
 * `user add` of a login already in the table changes its role and county
 * (one user record per login).  When the table is still empty, the owner is
 * recorded as admin in the same write, so the table shows who owns it.
 *
 * `audit` prints one line per change — Jalali date, time (local), login,
 * action, record kind and id — and under it one line per field:
 * `  FIELD: "OLD" -> "NEW"`.  In Persian the action, kind, field and the
 * choices among the values are the catalog's words (as on the audit
 * screen); under --lang en they are the identifiers scripts read
 * ("create user", "role", "clerk") and values are as stored.  Digits are
 * ASCII; values are quoted, with '"', '\' and control characters escaped
 * and bidi controls written as \u{XXXX}, so nothing in the database
 * reaches the terminal raw.
 *
 * `user add` and `user list` name a role by its Persian label, or under
 * --lang en by the word --role takes.  `user add` confirms the county by
 * its name and code; `user list` prints its code and, in Persian only, its
 * name in a fourth column (under --lang en the three columns scripts read
 * are unchanged).  `user list --all` lists the removed users too, every
 * line then ending in the state (active or removed).  A clerk lists the
 * users of his own county only, as the users' screen shows him
 * (tui_actor_read_county decides for both).
 *
 * `user add` and `user remove` ask the access policy before anything about
 * the login named (may_users), as the verbs a clerk may not use do.
 */
#include <ctype.h>
#include <errno.h>
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/access.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/layout.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/auditscr.h"
#include "tui/cli.h"
#include "tui/form.h"
#include "tui/screens.h"
#include "tui/identity.h"
#include "tui/report.h"

/* ---- shared ---- */

/* Exit status for a failed write: a refusal is the request's fault. */
static int
fail(const struct store *st, int rc)
{
	const struct store_identity *id = store_users_identity(st);
	char msg[1024];

	if (rc == STORE_ERDONLY && id != NULL && id->actor.role == CORE_ROLE_AUDITOR) {
		/* an auditor's handle is read-only (tui/identity.c): the
		 * write he asked for here is a user's, the administrator's */
		struct core_access ro;

		memset(&ro, 0, sizeof ro);
		ro.why = CORE_ACCESS_READONLY;
		ro.action = CORE_ACCESS_USERS;
		cli_error("%s", tui_access_message(&ro, msg, sizeof msg));
		return EXIT_INVALID;
	}
	cli_error("%s", tui_identity_why(st, rc, msg, sizeof msg));
	return rc == STORE_EACCES || rc == STORE_ERDONLY || rc == STORE_EINVAL ? EXIT_INVALID :
	    EXIT_SYSTEM;
}

/* The role rule first: may the user of st add, change or remove users?
 * Returns 0 if so; else says why (as the write would be refused: a clerk
 * is told that users are the administrator's, an auditor that he only
 * reads) and returns the exit status.  Asked before anything about the
 * login named, so that a clerk is not told rules (the owner's, a login's
 * spelling) of a verb he may not use at all. */
static int
may_users(struct store *st)
{
	const struct store_identity *id = store_users_identity(st);
	struct store_txn *t = NULL;
	struct core_access acc;
	char msg[1024];
	int rc;

	if ((rc = store_read_begin(st, &t)) != 0)
		return fail(st, rc);
	rc = store_users_may(t, id, CORE_ACCESS_USERS, NULL, &acc);
	store_read_end(t);
	if (rc == 1)
		return 0;
	if (rc < 0)
		return fail(st, rc);
	cli_error("%s", tui_access_message(&acc, msg, sizeof msg));
	return EXIT_INVALID;
}

/* Says that s is not a Unix login, and the rule it breaks (as the users'
 * form says it under the login): «علی‌رضا», a Persian name typed for the
 * login, was refused without a word of why.  An empty one is said to be
 * empty, not «» quoted as if it were a name. */
static void
login_refused(const char *s)
{
	if (s[0] == '\0')
		cli_error(_("the login is empty: %s"), cli_msg(CORE_MSG_LOGIN_FORMAT));
	else
		cli_error(_("'%s' is not a Unix login name: %s"), s, cli_msg(CORE_MSG_LOGIN_FORMAT));
}

/* A login as typed, its digits of any set made ASCII ("ali۲", typed with
 * the Persian layout on, is ali2; no login has other digits), copied into
 * buf (CORE_ID_MAX bytes; a longer one is kept whole, to be refused as
 * too long).  Returns the login to use: buf, or typed. */
static const char *
login_arg(const char *typed, char *buf)
{
	char *ascii = loc_digits_to_ascii(typed);

	if (ascii == NULL || strlen(ascii) >= CORE_ID_MAX) {
		free(ascii);
		return typed;
	}
	strcpy(buf, ascii);
	free(ascii);
	return buf;
}

/* The login that id, typed with Persian or Arabic-Indic digits ("ali۲"),
 * stands for, copied into out (CORE_ID_MAX bytes): 1 if that differs from
 * id and is a login, else 0. */
static int
login_digits(const char *id, char *out)
{
	const char *l = login_arg(id, out);

	if (l == out && strcmp(out, id) != 0 && core_login_valid(out))
		return 1;
	out[0] = '\0';
	return 0;
}

/* typed, not a login (capitals in it), is refused: when its lower-case
 * form is a user of st (removed ones too) or an account of this
 * computer, as «کاربر ALI نیست؛ ali را می‌خواستید؟» (Unix logins tell
 * case apart, and Hamyar's are lower case); else with the rule it breaks,
 * as login_refused says it. */
static void
login_refused_in(struct store *st, const char *typed)
{
	char lower[CORE_ID_MAX];
	struct store_txn *t;
	struct store_meta m;
	int known = 0;

	if (core_login_lowered(typed, lower)) {
		if (getpwnam(lower) != NULL)
			known = 1;
		else if (st != NULL && store_read_begin(st, &t) == 0) {
			known = store_exists(t, CORE_USER, lower, &m) == 0;
			store_read_end(t);
		}
	}
	if (known)
		cli_error(_("there is no user %s; did you mean %s? (logins are lower case)"), typed, lower);
	else
		login_refused(typed);
}

/* The role r as printed: its Persian label, or in English the name that
 * --role takes. */
static const char *
role_word(int r)
{
	const struct core_field *f = &core_schema_get(CORE_USER)->fields[CORE_USER_ROLE];

	return cli_word(core_role_name(r), core_choice_label(f, r));
}

/* The county of code as `user add` confirms it: its name in the current
 * language and its code, "مرند (MRD)", so the administrator reads which
 * county he gave (a code mistyped for a neighbour's shows at once). */
static void
county_words(const char *code, char *buf, size_t n)
{
	const char *name = tui_county_name(code);

	if (strcmp(name, code) == 0)
		snprintf(buf, n, "%s", code);	/* not in the table: the code */
	else
		snprintf(buf, n, "%s (%s)", name, code);
}

/* ---- user add ---- */

struct add_ctx {
	struct core_record *rec;	/* the user to write */
	const struct store_identity *me;
	int updated, owner_added, restored, unchanged;
	char dropped[CORE_ID_MAX];	/* the county on record that a role
					   working with every county took off
					   (said on the standard error) */
};

/* The county old had that new, given a role with none, no longer has. */
static void
note_dropped(struct add_ctx *a, const struct core_record *old, const struct core_record *new)
{
	if (old != NULL && old->v[CORE_USER_COUNTY].set && !new->v[CORE_USER_COUNTY].set &&
	    core_record_text(old, CORE_USER_COUNTY)[0] != '\0')
		snprintf(a->dropped, sizeof a->dropped, "%s", core_record_text(old, CORE_USER_COUNTY));
}

static int
add_fn(struct store_txn *t, void *vctx)
{
	struct add_ctx *a = vctx;
	struct core_record *copy, *owner;
	struct store_meta m;
	size_t n;
	int rc;

	a->updated = a->owner_added = a->restored = a->unchanged = 0;
	a->dropped[0] = '\0';
	if ((rc = store_count(t, CORE_USER, &n)) != 0)
		return rc;
	if (n == 0 && a->me->owner && strcmp(a->me->login, core_record_text(a->rec, 0)) != 0) {
		if ((owner = core_record_new(CORE_USER)) == NULL)
			return STORE_ENOMEM;
		if (core_record_set_text(owner, CORE_USER_ID, a->me->login) != 0) {
			core_record_free(owner);
			return STORE_ENOMEM;
		}
		core_record_set_num(owner, CORE_USER_ROLE, CORE_ROLE_ADMIN);
		rc = store_put_new(t, owner, NULL);
		core_record_free(owner);
		if (rc != 0)
			return rc;
		a->owner_added = 1;
	}
	if ((copy = core_record_dup(a->rec)) == NULL)
		return STORE_ENOMEM;
	rc = store_exists(t, CORE_USER, core_record_text(a->rec, 0), &m);
	if (rc == 0 && m.deleted) {
		/* removed earlier (user remove): back, with the role given now */
		a->restored = 1;
		if ((rc = store_reactivate(t, CORE_USER, core_record_text(a->rec, 0), m.rev)) == 0 &&
		    (rc = store_exists(t, CORE_USER, core_record_text(a->rec, 0), &m)) == 0) {
			struct core_record *old = NULL;

			if (store_get(t, CORE_USER, core_record_text(a->rec, 0), &old, NULL) == 0)
				note_dropped(a, old, copy);
			core_record_free(old);
			rc = store_update(t, copy, m.rev);
		}
	} else if (rc == 0) {
		struct core_record *old = NULL;

		/* the same role and county again: nothing to write, and
		 * "changed" would be untrue (store_update writes nothing) */
		if ((rc = store_get(t, CORE_USER, core_record_text(a->rec, 0), &old, NULL)) == 0 &&
		    core_value_equal(old, copy, CORE_USER_ROLE) &&
		    core_value_equal(old, copy, CORE_USER_COUNTY))
			a->unchanged = 1;
		else if (rc == 0) {
			a->updated = 1;
			note_dropped(a, old, copy);
			rc = store_update(t, copy, m.rev);
		}
		core_record_free(old);
	} else if (rc == STORE_ENOTFOUND) {
		rc = store_put_new(t, copy, NULL);
	}
	core_record_free(copy);
	return rc;
}

/* Does login's uid own the database folder (its admin, store/users.h)? */
static int
owns_db(const struct hamyar_opts *o, const char *login)
{
	return tui_identity_login_owns(cli_db_path(o), login);
}

/* A user already recorded with a county (a clerk or supervisor, or one
 * removed earlier) who is given a role that needs one and no --county keeps the
 * county on record: `user add ali --role supervisor` after `--role clerk
 * --county MRD` should not make the admin type MRD again. */
static void
keep_county(struct store *st, struct core_record *r)
{
	struct store_txn *t;
	struct core_record *old = NULL;

	if (store_read_begin(st, &t) != 0)
		return;
	/* a county recorded for another role (an older version took one
	 * for HQ) limited nothing: not taken as his */
	if (store_get(t, CORE_USER, core_record_text(r, CORE_USER_ID), &old, NULL) == 0 &&
	    old->v[CORE_USER_COUNTY].set && old->v[CORE_USER_ROLE].set &&
	    (old->v[CORE_USER_ROLE].num == CORE_ROLE_CLERK ||
	    old->v[CORE_USER_ROLE].num == CORE_ROLE_SUPERVISOR))
		(void)core_record_set_text(r, CORE_USER_COUNTY, core_record_text(old, CORE_USER_COUNTY));
	core_record_free(old);
	store_read_end(t);
}

static int
user_add(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *login = NULL, *role = NULL, *county = NULL;
	struct core_record *r;
	struct core_issue is;
	struct store *st = NULL;
	struct add_ctx a;
	char lbuf[CORE_ID_MAX];
	int i, rc, ret, got;

	for (i = 2; i < argc; i++) {
		if ((got = cli_opt(argc, argv, &i, "--role", &role)) == 0)
			got = cli_opt(argc, argv, &i, "--county", &county);
		if (got < 0)
			return EXIT_USAGE;
		if (got > 0)
			continue;
		if (login == NULL && argv[i][0] != '-')
			login = argv[i];
		else
			goto usage;
	}
	if (login == NULL || role == NULL)
		goto usage;
	/* who may add users first: the rules of the login, role and county
	 * named are the administrator's to hear (may_users) */
	if ((ret = tui_identity_open_verb(o, 0, &st)) != 0)
		return ret;
	if ((ret = may_users(st)) != 0) {
		store_close(st);
		return ret;
	}
	ret = EXIT_SYSTEM;
	login = login_arg(login, lbuf);
	if (!core_login_valid(login)) {
		login_refused_in(st, login);
		store_close(st);
		return EXIT_INVALID;
	}
	if ((r = core_record_new(CORE_USER)) == NULL) {
		store_close(st);
		return EXIT_SYSTEM;
	}
	if (core_record_set_text(r, CORE_USER_ID, login) != 0)
		goto out;
	if (core_field_parse(r, CORE_USER_ROLE, role, &is) == CORE_SEV_ERROR || !r->v[CORE_USER_ROLE].set) {
		cli_error(_("no role '%s': the roles are admin, hq, supervisor, clerk and auditor"), role);
		ret = EXIT_USAGE;
		goto out;
	}
	if (county != NULL && (core_field_parse(r, CORE_USER_COUNTY, county, &is) == CORE_SEV_ERROR ||
	    !r->v[CORE_USER_COUNTY].set)) {
		cli_no_county(county);
		ret = EXIT_USAGE;
		goto out;
	}
	if ((r->v[CORE_USER_ROLE].num == CORE_ROLE_CLERK ||
	    r->v[CORE_USER_ROLE].num == CORE_ROLE_SUPERVISOR) && !r->v[CORE_USER_COUNTY].set)
		keep_county(st, r);	/* a clerk made supervisor keeps his county */
	if ((r->v[CORE_USER_ROLE].num == CORE_ROLE_CLERK ||
	    r->v[CORE_USER_ROLE].num == CORE_ROLE_SUPERVISOR) && !r->v[CORE_USER_COUNTY].set) {
		cli_error("%s", _("a clerk or supervisor needs --county: the county they work for"));
		ret = EXIT_USAGE;
		goto out;
	}
	if (county != NULL && r->v[CORE_USER_ROLE].num != CORE_ROLE_CLERK &&
	    r->v[CORE_USER_ROLE].num != CORE_ROLE_SUPERVISOR) {
		/* the policy gives admin, hq and auditors every county
		 * (core/access.c): "ستاد استان مرند (MRD)" confirmed a limit
		 * that is not there */
		cli_error(_("--county is for a clerk or supervisor: %s works with every county; leave --county out"),
		    role_word((int)r->v[CORE_USER_ROLE].num));
		ret = EXIT_USAGE;
		goto out;
	}
	if (r->v[CORE_USER_ROLE].num != CORE_ROLE_ADMIN && owns_db(o, login)) {
		/* the owner is admin whatever the table says (store/users.h):
		 * a lower role recorded for him would only mislead */
		cli_error(_("%s owns this database and is always its administrator: another role would not apply"),
		    login);
		ret = EXIT_INVALID;
		goto out;
	}
	memset(&a, 0, sizeof a);
	a.rec = r;
	a.me = store_users_identity(st);
	rc = store_write(st, add_fn, &a);
	if (rc != 0) {
		ret = fail(st, rc);
	} else {
		if (a.owner_added)
			printf(_("%s (the owner of this database) recorded as admin\n"), a.me->login);
		char where[160];

		if (r->v[CORE_USER_COUNTY].set)
			county_words(core_record_text(r, CORE_USER_COUNTY), where, sizeof where);
		else
			snprintf(where, sizeof where, "%s", _("(every county)"));
		printf(a.unchanged ? _("user %s is already %s %s: nothing changed\n") :
		    a.updated ? _("user %s changed: %s %s\n") : a.restored ?
		    _("user %s added back: %s %s\n") : _("user %s added: %s %s\n"), login,
		    role_word((int)r->v[CORE_USER_ROLE].num), where);
		/* his county on record, which the role given now does not
		 * take (the users' form says it under the county): said, not
		 * dropped without a word (exit 0 all the same) */
		if (a.dropped[0]) {
			county_words(a.dropped, where, sizeof where);
			fflush(stdout);
			cli_error(_("%s's county %s is taken off: %s works with every county"),
			    login, where, role_word((int)r->v[CORE_USER_ROLE].num));
		}
		/* a login mistyped, or an account not made yet: the person
		 * cannot sign in, and the admin is the one to know */
		if (getpwnam(login) == NULL) {
			fflush(stdout);
			cli_error(_("warning: there is no Unix account '%s' on this computer: the user cannot sign in until the station's administrator makes it (useradd %s) and sets its password (passwd %s)"),
			    login, login, login);
		}
		ret = EXIT_OK;
	}
out:
	store_close(st);
	core_record_free(r);
	return ret;
usage:
	cli_error("%s", _("usage: hamyar user add LOGIN --role admin|hq|supervisor|clerk|auditor [--county C] | user remove LOGIN | user list [--all]"));
	return EXIT_USAGE;
}

/* ---- user remove ---- */

struct remove_ctx {
	const char *login;
	int already;
};

static int
remove_fn(struct store_txn *t, void *vctx)
{
	struct remove_ctx *x = vctx;
	struct store_meta m;
	int rc;

	x->already = 0;
	if ((rc = store_exists(t, CORE_USER, x->login, &m)) != 0)
		return rc;
	if (m.deleted) {
		x->already = 1;
		return 0;
	}
	return store_deactivate(t, CORE_USER, x->login, m.rev);
}

/* Takes a login's access away: its user record is marked removed (kept,
 * with its history and audit trail; `user add` brings it back). */
static int
user_remove(const char *login, const struct hamyar_opts *o)
{
	struct store *st = NULL;
	struct remove_ctx x = { login, 0 };
	char lbuf[CORE_ID_MAX];
	int rc, ret;

	/* the role rule first, as for the verbs a clerk may not use: not
	 * the owner's rule nor a login's spelling (may_users) */
	if ((ret = tui_identity_open_verb(o, 0, &st)) != 0)
		return ret;
	if ((ret = may_users(st)) != 0) {
		store_close(st);
		return ret;
	}
	login = x.login = login_arg(login, lbuf);
	if (!core_login_valid(login)) {
		login_refused_in(st, login);
		store_close(st);
		return EXIT_INVALID;
	}
	if (owns_db(o, login)) {
		/* the owner gets in whatever the table says (store/users.h):
		 * "can no longer open this database" would be untrue */
		cli_error(_("%s owns this database and is always its administrator: he cannot be removed"),
		    login);
		store_close(st);
		return EXIT_INVALID;
	}
	if (strcmp(store_users_identity(st)->login, login) == 0) {
		/* an admin removing himself could leave nobody to manage it */
		cli_error("%s", _("you cannot remove yourself: another admin can"));
		store_close(st);
		return EXIT_INVALID;
	}
	rc = store_write(st, remove_fn, &x);
	if (rc == STORE_ENOTFOUND) {
		cli_error(_("no user %s in this database"), login);
		ret = EXIT_INVALID;
	} else if (rc != 0) {
		ret = fail(st, rc);
	} else {
		printf(x.already ? _("user %s was removed already\n") :
		    _("user %s removed: that login can no longer open this database\n"), login);
		ret = EXIT_OK;
	}
	store_close(st);
	return ret;
}

/* ---- user list ---- */

/* A user record as user list prints it: login, role, county (its code;
 * in Persian, for people, its name after it), and under --all its state
 * last.  The county's name column is there, empty, on every line under
 * --all in Persian, so that the state is always the same column. */
static void
list_line(const char *login, int role, const char *county, int all, int removed)
{
	int fa = strcmp(loc_lang(), "en") != 0;

	/* a clerk or supervisor saved with no county (tui/list.c) */
	printf("%s\t%s\t%s", login, role_word(role), county[0] == '\0' &&
	    (role == CORE_ROLE_CLERK || role == CORE_ROLE_SUPERVISOR) ?
	    _("none: needs one") : county);
	/* In Persian, for people, the county's name after its code, and
	 * for a role that works with every county (the administrator, HQ,
	 * an auditor) «همهٔ شهرستان‌ها», as the users screen says it, where
	 * the column was blank; the code column stays empty for scripts.
	 * Under --lang en the three columns scripts read, as before, an
	 * empty county there meaning every county. */
	if (county[0] != '\0' && fa)
		printf("\t%s", tui_county_name(county));
	else if (fa && role != CORE_ROLE_CLERK && role != CORE_ROLE_SUPERVISOR)
		printf("\t%s", _("All counties"));
	else if (all && fa)
		putchar('\t');
	if (all)
		printf("\t%s", removed ? _("removed") : _("active"));
	putchar('\n');
}

static int
user_list(const struct hamyar_opts *o, int all)
{
	const struct store_identity *me;
	struct store *st = NULL;
	struct store_txn *t = NULL;
	struct store_iter *it = NULL;
	struct core_record *u;
	struct store_meta m;
	char login[CORE_ID_MAX], cbuf[CORE_COUNTY_MAX];
	const char *only;
	int rc, ret, owner_seen = 0, pass;

	if ((ret = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return ret;
	me = store_users_identity(st);
	/* a clerk lists his county's users only, as the users' screen shows
	 * them (SPEC §11; the one rule, tui_actor_read_county) */
	only = tui_actor_read_county(&me->actor, cbuf, sizeof cbuf);
	if ((rc = store_read_begin(st, &t)) != 0)
		goto out;
	/* Two walks of the users, in one read transaction: the first reads
	 * them all, printing nothing, the second lists them.  A table read
	 * short or a user that cannot be read stops the first: nothing is
	 * listed, as export lists nothing unless whole; before, the users
	 * before it were listed, then the error, a list that reads as whole
	 * once the error has gone by.  (A few dozen users: the second walk
	 * costs nothing to speak of.) */
	for (pass = 0; pass < 2 && rc == 0; pass++) {
		store_iter_free(it);
		it = NULL;
		if ((rc = store_iter_kind(t, CORE_USER, &it)) != 0)
			break;
		while ((rc = store_iter_next(it, login)) == 0) {
			int role;

			if ((rc = store_get(t, CORE_USER, login, &u, &m)) == STORE_ENOTFOUND)
				continue;
			if (rc != 0)
				break;
			role = u->v[CORE_USER_ROLE].set ? (int)u->v[CORE_USER_ROLE].num : -1;
			if (core_role_name(role) == NULL) {
				core_record_free(u);
				rc = STORE_ECORRUPT;
				break;
			}
			/* removed (user remove): only under --all */
			if (pass == 1 && (!m.deleted || all) && (only == NULL ||
			    strcmp(core_record_text(u, CORE_USER_COUNTY), only) == 0)) {
				if (me->owner && strcmp(login, me->login) == 0 && !m.deleted)
					owner_seen = 1;
				list_line(login, role, core_record_text(u, CORE_USER_COUNTY), all, m.deleted);
			}
			core_record_free(u);
		}
		if (rc == STORE_ENOTFOUND)
			rc = 0;
	}
	if (rc == 0 && me->owner && !owner_seen && only == NULL) {
		printf("%s\t%s\t%s", me->login, role_word(CORE_ROLE_ADMIN), _("(owner)"));
		/* an administrator: every county, as list_line says it */
		if (strcmp(loc_lang(), "en") != 0)
			printf("\t%s", _("All counties"));
		if (all)
			printf("\t%s", _("active"));
		putchar('\n');
	}
	if (rc == 0 && only != NULL && strcmp(only, TUI_NO_COUNTY) == 0) {
		/* a clerk saved with no county (by an older version) reads
		 * none: not an empty list with no word why */
		fflush(stdout);
		cli_error(_("your account (%s, %s) has no county, and a clerk sees only the users of his own county: no user is listed. Ask the database administrator to set your county ('hamyar user add %s --role %s --county COUNTY')."),
		    me->login, role_word(me->actor.role), me->login, core_role_name(me->actor.role));
	}
out:
	store_iter_free(it);
	store_read_end(t);
	/* a user's record or the table read as fewer users than it holds
	 * (store_iter_next): not only «the database is damaged», but what
	 * to do; before, a user left out in silence, exit 0 */
	if (rc == STORE_ECORRUPT)
		tui_identity_damaged(cli_db_path(o));
	if (rc == STORE_ECORRUPT)
		ret = EXIT_SYSTEM;
	else if (rc != 0)
		ret = fail(st, rc);
	store_close(st);
	return ret;
}

/* Is w one of the words (a NULL-ended list)? */
static int
word_in(const char *w, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(w, *words) == 0)
			return 1;
	return 0;
}

/*
 * `user passwd ali`, `user lock ali`, `user role ali supervisor`: what an
 * administrator plausibly types for a thing done otherwise got the usage
 * line alone.  Says the command that does it (exit 2, nothing done), with
 * the login typed when it is one.  argv[1] is the word, argv[2] the login.
 * top: typed as a verb of its own (`hamyar passwd ali`): only the words
 * that cannot mean a record's (delete, edit ... are not about users
 * there).  Returns 1 if it said something.
 */
int
verb_user_hint(int argc, char **argv, int top)
{
	static const char *const top_words[] = { "passwd", "password", "lock", "unlock",
	    "role", "set-role", "setrole", NULL };

	static const char *const pw[] = { "passwd", "password", "pass", "pw", "setpass",
	    "reset-password", "reset", NULL };
	static const char *const lock[] = { "lock", "disable", "deactivate", "block",
	    "suspend", "delete", "del", "rm", NULL };
	static const char *const unlock[] = { "unlock", "enable", "activate", "restore", NULL };
	static const char *const role[] = { "role", "set-role", "setrole", "change", "edit",
	    "modify", "set", "update", "mod", NULL };
	const char *sub = argv[1], *login = "LOGIN", *rolew = "ROLE";
	char lbuf[CORE_ID_MAX];

	if (argc < 2 || (top && !word_in(sub, top_words)))
		return 0;
	if (argc >= 3 && argv[2][0] != '-') {
		const char *l = login_arg(argv[2], lbuf);

		if (core_login_valid(l))
			login = l;
	}
	if (argc >= 4 && argv[3][0] != '-') {
		/* a role typed after the login, as --role takes it */
		struct core_record *r = core_record_new(CORE_USER);
		struct core_issue is;

		if (r != NULL && core_field_parse(r, CORE_USER_ROLE, argv[3], &is) != CORE_SEV_ERROR &&
		    r->v[CORE_USER_ROLE].set)
			rolew = argv[3];
		core_record_free(r);
	}
	if (word_in(sub, pw))
		cli_error(_("hamyar keeps no passwords: a user signs in with his Unix account. The station's administrator sets a new one as root with: passwd %s (the user changes his own with passwd)"),
		    login);
	else if (word_in(sub, lock))
		cli_error(_("to take a user's access away: hamyar user remove %s (his record and its audit trail stay; user add brings him back)"),
		    login);
	else if (word_in(sub, unlock))
		cli_error(_("to give a removed user his access back: hamyar user add %s --role %s [--county C]"),
		    login, rolew);
	else if (word_in(sub, role))
		cli_error(_("to change a user's role or county: hamyar user add %s --role %s [--county C] (a user already there is changed; a clerk or supervisor keeps his county if none is given)"),
		    login, rolew);
	else
		return 0;
	return 1;
}

int
verb_user(int argc, char **argv, const struct hamyar_opts *o)
{
	if (argc >= 2 && strcmp(argv[1], "add") == 0)
		return user_add(argc, argv, o);
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return user_list(o, 0);
	if (argc == 3 && strcmp(argv[1], "list") == 0 && strcmp(argv[2], "--all") == 0)
		return user_list(o, 1);
	if (argc == 3 && strcmp(argv[1], "remove") == 0)
		return user_remove(argv[2], o);
	if (argc >= 2 && verb_user_hint(argc, argv, 0))
		return EXIT_USAGE;
	cli_error("%s", _("usage: hamyar user add LOGIN --role admin|hq|supervisor|clerk|auditor [--county C] | user remove LOGIN | user list [--all]"));
	return EXIT_USAGE;
}

/* ---- audit ---- */

/* Writes s quoted, escaping what must not reach a terminal raw. */
static void
put_quoted(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', out);
	for (; *p; p++) {
		if (*p == '"' || *p == '\\') {
			putc('\\', out);
			putc(*p, out);
		} else if (*p == '\n') {
			fputs("\\n", out);
		} else if (*p == '\t') {
			fputs("\\t", out);
		} else if (*p < 0x20 || *p == 0x7f) {
			fprintf(out, "\\x%02x", *p);
		} else if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			fprintf(out, "\\u{%04X}", p[1]);	/* C1 controls */
			p++;
		} else if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) {
			fprintf(out, "\\u{%04X}", 0x2000 + (p[2] - 0x80));	/* LRE..RLO */
			p += 2;
		} else if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9) {
			fprintf(out, "\\u{%04X}", 0x2040 + (p[2] - 0x80));	/* LRI..PDI */
			p += 2;
		} else {
			putc(*p, out);
		}
	}
	putc('"', out);
}

/* The action as the English heading prints it: the word scripts read
 * ("create").  The Persian heading is a sentence (put_heading). */
static const char *
action_word(enum store_action a)
{
	switch (a) {
	case STORE_ACT_CREATE:		return "create";
	case STORE_ACT_UPDATE:		return "update";
	case STORE_ACT_DEACTIVATE:	return "deactivate";
	case STORE_ACT_SYNC:		return "sync";
	/* "set setting NAME", not "setting setting NAME" */
	case STORE_ACT_SETTING:		return "set";
	case STORE_ACT_RESOLVE:		return "resolve";
	case STORE_ACT_RESTORE:		return "restore";
	case STORE_ACT_DB_RESTORE:	return "restore-backup";
	default:			return "?";
	}
}

/* An entry's heading after its time: who, what was done, to what.  In
 * English the words scripts read, "ali create unit "MRD-12""; in Persian
 * a sentence with its verb last, as the audit screen's heading
 * (tui_audit_action_sentence): «ali واحد "MRD-12" را ساخت».  Before, the
 * Persian kept the English order, verb first («ali ساخت واحد "MRD-12"»).
 * s is the record's schema, NULL for a setting. */
static void
put_heading(const struct store_audit *a, const struct core_schema *s)
{
	char *quoted = NULL, sentence[600];
	size_t qlen = 0;
	FILE *q;

	if (strcmp(loc_lang(), "en") == 0) {
		printf(" %s %s %s ", a->user, action_word(a->action),
		    s == NULL ? "setting" : s->name);
		put_quoted(stdout, a->id);
		putchar('\n');
		return;
	}
	if ((q = open_memstream(&quoted, &qlen)) == NULL) {
		printf(" %s ?\n", a->user);
		return;
	}
	/* the object: «واحد "MRD-12"»; a setting changed here is «تنظیم
	 * "rank.weights" را تغییر داد», its sentence naming it a setting */
	if (s != NULL)
		fprintf(q, "%s ", _(s->label));
	else if (a->action != STORE_ACT_SETTING)
		fprintf(q, "%s ", _("setting"));
	put_quoted(q, a->id);
	fclose(q);
	tui_audit_action_sentence(a->action, quoted != NULL ? quoted : "?", sentence,
	    sizeof sentence);
	printf(" %s %s\n", a->user, sentence);
	free(quoted);
}

/* A database restore's entry (store_audit_db_restored): the heading, then
 * the backup's file, its station and the name the database there before
 * is kept under.  English: "root restore-backup database", "  from:
 * "/mnt/usb/b.mdb"", "  station: TBZ", "  aside: "..."". */
static void
put_db_restore(const struct store_audit *a)
{
	char sentence[300];
	size_t i;
	int en = strcmp(loc_lang(), "en") == 0;

	if (en)
		printf(" %s %s database\n", a->user, action_word(a->action));
	else {
		tui_audit_action_sentence(a->action, "", sentence, sizeof sentence);
		printf(" %s %s\n", a->user, sentence);
	}
	for (i = 0; i < a->nfields; i++) {
		printf("  %s: ", en ? a->fields[i].name : tui_audit_restore_label(a->fields[i].name));
		if (strcmp(a->fields[i].name, "station") == 0)
			fputs(a->fields[i].new_text, stdout);	/* a code, as "other station" */
		else
			put_quoted(stdout, a->fields[i].new_text);
		putchar('\n');
	}
}

/* One line of a conflict decision's entry (store_audit_resolved) that is
 * not a record field, worded: in English with the words a script reads
 * ("decision: kept mine", "decision: merged", "other station: TBZ",
 * "fields from mine: address phone"), in Persian as the audit screen
 * says it ("تصمیم: ادغام فیلد به فیلد").  Before, in English, each was
 * "peer: "" -> "TBZ"", an empty old value the entry never had. */
static void
put_decision(enum core_kind k, const struct store_audit_field *f)
{
	static const struct { const char *name, *word; } names[] = {
		{ "decision", "decision" }, { "result", "result" },
		{ "peer", "other station" }, { "kept", "record kept" },
		{ "retired", "record retired" },
		{ "from_mine", "fields from mine" }, { "from_theirs", "fields from theirs" },
	};
	static const struct { const char *state, *word; } states[] = {
		{ "mine", "kept mine" }, { "theirs", "kept theirs" },
		{ "merged", "merged" }, { "open", "open" },
	};
	const char *label = tui_audit_note_label(f->name), *word = NULL, *value;
	char *shown, *fields;
	size_t i;

	if (strcmp(loc_lang(), "en") == 0 || label == NULL) {
		for (i = 0; i < sizeof names / sizeof names[0]; i++)
			if (strcmp(f->name, names[i].name) == 0)
				word = names[i].word;
		if (word == NULL) {
			/* a line of a later program: as stored */
			printf("  %s: ", f->name);
			put_quoted(stdout, f->old_text);
			fputs(" -> ", stdout);
			put_quoted(stdout, f->new_text);
			putchar('\n');
			return;
		}
		value = f->new_text;
		if (strcmp(f->name, "decision") == 0 || strcmp(f->name, "result") == 0)
			for (i = 0; i < sizeof states / sizeof states[0]; i++)
				if (strcmp(value, states[i].state) == 0)
					value = states[i].word;
		if (strcmp(f->name, "result") == 0 && value != f->new_text)
			printf("  %s: the same as %s\n", word, f->new_text);
		else if (value[0] == '\0')
			printf("  %s: (none)\n", word);
		else {
			const char *c;

			shown = loc_text_sanitize(value);	/* from the database */
			printf("  %s: ", word);
			/* a merge's field names: "address, phone" */
			for (c = shown != NULL ? shown : "?"; *c != '\0'; c++)
				if (*c == ' ' && strncmp(f->name, "from_", 5) == 0)
					fputs(", ", stdout);
				else
					putchar(*c);
			putchar('\n');
			free(shown);
		}
		return;
	}
	/* a merge's fields of each side: by their labels */
	fields = tui_audit_note_fields(k, f->name, f->new_text);
	shown = loc_text_sanitize(fields != NULL ? fields : tui_audit_note_value(f->name, f->new_text));	/* from the database */
	free(fields);
	printf("  %s: %s\n", label, shown != NULL ? shown : "?");
	free(shown);
}

/* The field called name of schema s (NULL for a setting), or NULL.  The
 * line "active" of a kind that keeps its deactivation out of its fields
 * (a need received by sync retired: store_apply) is read as a donor's
 * Active field, a yes or no. */
static const struct core_field *
audit_field(const struct core_schema *s, const char *name)
{
	int f;

	if (s != NULL && (f = core_field_find(s, name)) < 0 && strcmp(name, "active") == 0 &&
	    (s = core_schema_get(CORE_DONOR)) != NULL)
		f = core_field_find(s, name);
	if (s == NULL || f < 0)
		return NULL;
	return &s->fields[f];
}

/* An empty value (a field not set yet, or emptied): as the audit screen
 * says it, «(خالی)», (empty) in English, unquoted, so that a value that
 * is that text itself ("(خالی)") is told apart.  Before, it was "". */
static void
put_empty(FILE *out)
{
	fputs(_("(empty)"), out);
}

/* How audit writes an amount for a person (cli_person_digits), set
 * once its database is open. */
static unsigned audit_amount_flags = LOC_FMT_GROUP | LOC_FMT_FA_DIGITS;

/* tui_fmt_when's flags for an entry's time and a version's origin: with
 * seconds, in the digits of the entry's figures («۱۴۰۵/۰۹/۰۷ ۰۸:۱۵:۰۲»
 * in Persian; before, always ASCII beside «۵۰۰٬۰۰۰٬۰۰۰»), ASCII for a
 * user who chose ASCII digits and under --lang en. */
static unsigned
audit_when_flags(void)
{
	return TUI_WHEN_SECONDS | ((audit_amount_flags & LOC_FMT_FA_DIGITS) ? 0 : TUI_WHEN_ASCII);
}

/* Writes the stored text of a value quoted.  In Persian a choice (or a set
 * of them, space-separated) is written as its label, several joined with
 * "، ", a county by its name (تبریز, not TBZ), a yes/no flag as بله/خیر,
 * an amount or a whole number (urgency, population) grouped by threes as
 * the text report writes it («۴۰۰٬۰۰۰٬۰۰۰», was «400000000»; «۵», was
 * "5"), and a text (a title, a name) in the digits of those figures
 * (loc_digits_to_fa_text, with Persian digits), a date too («۱۴۰۳/۰۲/۰۱»);
 * anything else (ids, codes, phone numbers), and every value in English,
 * as stored; an empty one as put_empty does. */
static void
put_value(FILE *out, const struct core_field *f, const char *text)
{
	char buf[1024], name[64];
	const char *p = text;
	size_t len = 0, n;
	int i;

	if (text[0] == '\0') {
		put_empty(out);
		return;
	}
	if (f == NULL || strcmp(loc_lang(), "en") == 0) {
		put_quoted(out, text);
		return;
	}
	if (f->type == CORE_FT_BOOL && (strcmp(text, "1") == 0 || strcmp(text, "0") == 0)) {
		put_quoted(out, text[0] == '1' ? _("Yes") : _("No"));
		return;
	}
	if (f->type == CORE_FT_AMOUNT || f->type == CORE_FT_INT) {
		char *end;
		long long v;

		/* stored in ASCII digits; anything else (a value this
		 * program cannot read back) as stored */
		errno = 0;
		v = strtoll(text, &end, 10);
		if (errno == 0 && end != text && *end == '\0' &&
		    (isdigit((unsigned char)text[0]) || text[0] == '-')) {
			loc_amount_format((int64_t)v, audit_amount_flags, buf, sizeof buf);
			put_quoted(out, buf);
			return;
		}
	}
	if (f->type == CORE_FT_COUNTY) {
		/* by its name, as the audit screen and sync conflicts show
		 * it; a code this program does not know as stored */
		const char *nm = tui_county_name(text);

		put_quoted(out, nm != NULL ? nm : text);
		return;
	}
	if ((f->type == CORE_FT_TEXT || f->type == CORE_FT_DATE) &&
	    (audit_amount_flags & LOC_FMT_FA_DIGITS)) {
		/* a title, a name, a place: in the digits of the figures
		 * around it, as the screens show stored text (before,
		 * «ساخت پاسگاه 2» under «۵۰۰٬۰۰۰٬۰۰۰»), a Latin word's as
		 * written (`4MP`); a date «۱۴۰۳/۰۲/۰۱», as the entry's
		 * time above it (before, "1403/02/01") */
		char *shown = loc_digits_to_fa_text(text);

		put_quoted(out, shown != NULL ? shown : text);
		free(shown);
		return;
	}
	if (f->type != CORE_FT_ENUM && f->type != CORE_FT_SET) {
		put_quoted(out, text);
		return;
	}
	buf[0] = '\0';
	while (*p != '\0') {
		n = strcspn(p, " ");
		if (n > 0) {
			if (n >= sizeof name)
				goto raw;
			memcpy(name, p, n);
			name[n] = '\0';
			if ((i = core_choice_find(f, name)) < 0 || core_choice_label(f, i) == NULL)
				goto raw;	/* not a choice this program knows: as stored */
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
			    len > 0 ? "، " : "", _(core_choice_label(f, i)));
			if (len >= sizeof buf)
				goto raw;
		}
		p += n + (p[n] == ' ');
	}
	put_quoted(out, buf);
	return;
raw:
	put_quoted(out, text);
}

/* Writes the stored text of setting name quoted: the ranking's numbers,
 * stored with 17 significant digits (0.29999999999999999), each as the
 * fewest digits that read back as the same number (0.3); anything else as
 * stored. */
static void
put_setting(FILE *out, const char *name, const char *text)
{
	char *shown;

	if (text[0] == '\0') {
		put_empty(out);	/* a setting not set before */
		return;
	}
	shown = tui_setting_numbers(name, text, 1);
	put_quoted(out, shown != NULL ? shown : text);
	free(shown);
}

/* One comparison or weight of the ranking that changed, under the whole
 * setting's line: "    Waiting/Interest: "1" -> "3"". */
static int
put_rank_change(void *arg, const char *label, const char *old_text, const char *new_text)
{
	(void)arg;
	printf("    %s: ", label);
	put_quoted(stdout, old_text);
	fputs(" -> ", stdout);
	put_quoted(stdout, new_text);
	putchar('\n');
	return 0;
}

/* --user by, with no change listed: is by a user (in the users table,
 * removed too, or the database's owner) or in the log at all (an owner
 * before this one)?  *no_user set if neither.  0 or a store error. */
static int
known_login(struct store *st, struct store_txn *t, const struct hamyar_opts *o,
    const char *by, int *no_user)
{
	struct store_iter *it = NULL;
	struct store_audit a;
	struct store_meta m;
	int rc;

	*no_user = 0;
	if ((rc = store_exists(t, CORE_USER, by, &m)) != STORE_ENOTFOUND)
		return rc;
	if (strcmp(store_users_identity(st)->login, by) == 0 || owns_db(o, by))
		return 0;
	if ((rc = store_audit_iter(t, NULL, 0, &it)) != 0)
		return rc;
	memset(&a, 0, sizeof a);
	while ((rc = store_audit_next(it, &a)) == 0 || rc == STORE_ECORRUPT) {
		int his = rc == 0 && strcmp(a.user, by) == 0;

		store_audit_done(&a);
		if (his)
			break;
	}
	store_iter_free(it);
	if (rc == STORE_ENOTFOUND) {
		*no_user = 1;
		rc = 0;
	}
	return rc;
}

/* audit --id of a bare number ("503") no record of this station has
 * (HQ-503 at HQ): the records of that number at other stations, of any
 * kind a search finds by its number (TBZ-503, MRD-503), joined by ", "
 * into list (size n), for the refusal to name. */
static void
same_number(struct store_txn *t, const char *id, char *list, size_t n)
{
	struct store_iter *it;
	char got[CORE_ID_MAX], num[24];
	uint64_t want, seq;
	size_t len;
	int k;

	list[0] = '\0';
	if (core_id_parse(id, NULL, &want) != 0)
		return;
	snprintf(num, sizeof num, "%llu", (unsigned long long)want);
	for (k = 0; k < CORE_NKINDS; k++) {
		if (store_iter_search(t, (enum core_kind)k, num, &it) != 0)
			continue;	/* a kind with no search field */
		/* the records of that number come first */
		while (store_iter_next(it, got) == 0 && core_id_parse(got, NULL, &seq) == 0 &&
		    seq == want) {
			len = strlen(list);
			if (strstr(list, got) != NULL || len + strlen(got) + 3 >= n)
				continue;
			snprintf(list + len, n - len, "%s%s", len > 0 ? ", " : "", got);
		}
		store_iter_free(it);
	}
}

/* store_audit_lost's each entry of the period lost: named on the
 * standard error by its number, its time and its record, as the log's id
 * index still keeps them. */
static void
audit_lost_one(void *ctx, uint64_t seq, int64_t time, const char *id, size_t idlen)
{
	char when[48], num[24], *rid, *shown;

	(void)ctx;
	if ((rid = malloc(idlen + 1)) == NULL)
		return;
	memcpy(rid, id, idlen);
	rid[idlen] = '\0';
	shown = loc_text_sanitize(rid);
	snprintf(num, sizeof num, "%llu", (unsigned long long)seq);
	cli_error(_("audit log entry %s (%s, record %s) is lost: the log no longer holds it"), num,
	    tui_fmt_when(time, TUI_WHEN_ASCII | TUI_WHEN_SECONDS, when, sizeof when),
	    shown != NULL ? shown : "?");
	free(shown);
	free(rid);
}

int
verb_audit(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *id = NULL, *since_s = NULL, *by = NULL;
	const struct store_identity *me;
	const struct core_schema *s;
	struct store *st = NULL;
	struct store_txn *t = NULL;
	struct store_iter *it = NULL;
	struct store_audit a;
	struct core_access acc;
	int64_t since = 0;
	int32_t since_day = 0;
	enum core_msg dmsg;
	size_t i, n = 0, bad = 0, others = 0, lost = 0, unknown = 0;
	int k, rc, ret, setting, fa_digits, apart, no_user = 0, no_rec = 0, broken = 0;
	char upper[CORE_ID_MAX] = "", bare[CORE_ID_MAX], bybuf[CORE_ID_MAX], same[200] = "";

	for (k = 1; k < argc; k++) {
		int got;

		if ((got = cli_opt(argc, argv, &k, "--id", &id)) == 0 &&
		    (got = cli_opt(argc, argv, &k, "--user", &by)) == 0)
			got = cli_opt(argc, argv, &k, "--since", &since_s);
		if (got < 0)
			return EXIT_USAGE;
		if (got == 0) {
			cli_error("%s", _("usage: hamyar audit [--id ID] [--user LOGIN] [--since DATE]"));
			return EXIT_USAGE;
		}
	}
	/* " MRD-99 " pasted from a sheet: MRD-99, as match and sync resolve
	 * take it (no login or setting has blanks); its case and digits
	 * are made right below, once the text as typed is tried */
	if (id != NULL && *(id = cli_trim((char *)id)) == '\0') {
		cli_error(_("option %s needs a value"), "--id");
		return EXIT_USAGE;
	}
	if (by != NULL)
		by = login_arg(by, bybuf);	/* "ali۲": ali2 */
	if (by != NULL && !core_login_valid(by)) {
		/* no change can be by it: say so, not an empty answer; "ALI"
		 * when there is ali, which one was meant */
		struct store *qs = NULL;

		if (cli_db_path(o) != NULL && store_open(cli_db_path(o), STORE_RDONLY, &qs) != 0)
			qs = NULL;
		login_refused_in(qs, by);
		if (qs != NULL)
			store_close(qs);
		return EXIT_USAGE;
	}
	if (since_s != NULL && tui_audit_since(since_s, &since, &since_day, &dmsg) != 0) {
		cli_error(_("--since '%s': %s (Jalali Y/M/D or YYYY-MM-DD)"), since_s,
		    cli_msg(dmsg));
		return EXIT_USAGE;
	}
	if ((ret = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return ret;
	audit_amount_flags = cli_person_digits(st);
	me = store_users_identity(st);
	if (!core_access_check(&me->actor, CORE_ACCESS_AUDIT, NULL, NULL, &acc)) {
		char msg[1024];

		cli_error("%s", tui_access_message(&acc, msg, sizeof msg));
		store_close(st);
		return EXIT_INVALID;
	}
	if (id != NULL) {
		/* "503" or "۵۰۳" alone: this station's TBZ-503 (no login or
		 * setting is a number), which the answer names */
		char station[CORE_STATION_MAX + 1];

		if (store_station(st, station) == 0 && core_id_bare(id, station, bare))
			id = bare;
	}
	memset(&a, 0, sizeof a);
	if ((rc = store_read_begin(st, &t)) != 0 ||
	    (rc = store_audit_iter(t, id, since, &it)) != 0)
		goto out;
again:
	while ((rc = store_audit_next(it, &a)) == 0 || rc == STORE_ECORRUPT) {
		if (rc == STORE_ECORRUPT && store_audit_broken(it)) {
			/* the log itself: the walk is over */
			broken = 1;
			continue;
		}
		if (rc == STORE_ECORRUPT) {
			/* one entry a failing disk garbled: named, and the
			 * rest listed; the end says so (exit 3) */
			char when[48], num[24];

			store_audit_done(&a);
			fflush(stdout);
			snprintf(num, sizeof num, "%llu", (unsigned long long)a.seq);
			cli_error(_("audit log entry %s (%s) cannot be read; the entries after it are listed"),
			    a.seq != 0 ? num : "?", a.seq != 0 ? tui_fmt_when(a.time,
			    TUI_WHEN_ASCII | TUI_WHEN_SECONDS, when, sizeof when) : "?");
			bad++;
			continue;
		}
		if (by != NULL && strcmp(a.user, by) != 0) {
			/* --user: the changes that login made */
			store_audit_done(&a);
			others++;
			continue;
		}
		{
			char when[48];

			/* "۱۴۰۵/۰۹/۰۷ ۰۸:۱۵:۰۲" in local time, in the
			 * digits of the entry's figures */
			fputs(tui_fmt_when(a.time, audit_when_flags(), when, sizeof when), stdout);
		}
		if (a.action == STORE_ACT_DB_RESTORE) {
			put_db_restore(&a);
			store_audit_done(&a);
			n++;
			continue;
		}
		/* a setting's entry: changed here, or taken from a bundle */
		setting = a.kind >= CORE_NKINDS;
		s = setting ? NULL : core_schema_get(a.kind);
		put_heading(&a, s);
		apart = tui_audit_apart(&a);
		for (i = 0; i < a.nfields; i++) {
			const struct core_field *f = audit_field(s, a.fields[i].name);

			if (a.action == STORE_ACT_SYNC && !setting &&
			    strcmp(a.fields[i].name, "origin") == 0) {
				/* the station and time the version was made */
				char made[160];

				printf("  %s: %s\n", cli_word("made at", N_("made at")),
				    tui_audit_origin(a.fields[i].new_text, audit_when_flags(),
				    made, sizeof made));
				continue;
			}
			if (f == NULL && tui_audit_unit_reason(a.fields[i].name) != NULL) {
				/* a need's county that followed its unit's */
				char *shown = loc_text_sanitize(a.fields[i].new_text);

				fputs("  ", stdout);
				printf(tui_audit_unit_reason(a.fields[i].name), shown != NULL ? shown : "?");
				putchar('\n');
				free(shown);
				continue;
			}
			if (a.action == STORE_ACT_RESOLVE && f == NULL) {
				put_decision(a.kind, &a.fields[i]);
				continue;
			}
			if (apart && f == NULL) {
				/* another record under this number: said, in
				 * English too (not "apart: "" -> "TBZ"") */
				char *shown = loc_text_sanitize(tui_audit_note_value(a.fields[i].name,
				    a.fields[i].new_text));

				printf("  %s: %s%s\n", tui_audit_note_label(a.fields[i].name) != NULL ?
				    tui_audit_note_label(a.fields[i].name) : a.fields[i].name,
				    shown != NULL ? shown : "?",
				    strcmp(a.fields[i].name, "apart") == 0 ? " (hamyar sync conflicts)" : "");
				free(shown);
				continue;
			}
			if (setting && strcmp(a.fields[i].name, "from") == 0) {
				/* weights taken from a bundle: its station */
				printf("  %s: %s\n", cli_word("from", N_("from station")),
				    a.fields[i].new_text);
				continue;
			}
			if (setting) {
				/* by what people call it, as the audit screen
				 * does (the entry's heading keeps the name
				 * --id takes) */
				char label[120];

				printf("  %s: ", tui_setting_label(a.fields[i].name, label, sizeof label));
			} else
				printf("  %s: ", f != NULL ? cli_word(f->name, f->label) : a.fields[i].name);
			if (apart) {
				/* not an edit: the version in use, and this
				 * database's, waiting (or the reverse) */
				int theirs = a.nfields > 1 && strcmp(a.fields[1].new_text, "theirs") == 0;

				printf("%s ", cli_word("in use", N_("in use")));
				put_value(stdout, f, theirs ? a.fields[i].new_text : a.fields[i].old_text);
				fputs(cli_word(", waiting ", N_(", waiting ")), stdout);
				put_value(stdout, f, theirs ? a.fields[i].old_text : a.fields[i].new_text);
				putchar('\n');
				continue;
			}
			if (a.action == STORE_ACT_RESOLVE) {
				/* the value set aside -> the value kept */
				printf("%s ", cli_word("kept", N_("kept")));
				put_value(stdout, f, a.fields[i].new_text);
				fputs(cli_word(" over ", N_(", not ")), stdout);
				put_value(stdout, f, a.fields[i].old_text);
				putchar('\n');
				continue;
			}
			if (setting) {
				put_setting(stdout, a.fields[i].name, a.fields[i].old_text);
				fputs(" -> ", stdout);
				put_setting(stdout, a.fields[i].name, a.fields[i].new_text);
				putchar('\n');
				/* under it, as on the audit screen, each
				 * comparison or weight that changed; in
				 * ASCII digits, as the line above */
				fa_digits = tui_fa_digits;
				tui_fa_digits = 0;
				tui_rank_changes(a.fields[i].name, a.fields[i].old_text,
				    a.fields[i].new_text, put_rank_change, NULL);
				tui_fa_digits = fa_digits;
				continue;
			}
			put_value(stdout, f, a.fields[i].old_text);
			fputs(" -> ", stdout);
			put_value(stdout, f, a.fields[i].new_text);
			putchar('\n');
		}
		store_audit_done(&a);
		n++;
	}
	/* Nothing under the text as typed: a record id typed in lower case
	 * ("tbz-12") is the record's (TBZ-12), a login typed with capitals
	 * ("ALI") the user's (ali: logins are lower case), a login typed
	 * with Persian digits ("ali۲") ali2's.  Only then, so that the text
	 * as typed is tried first. */
	if (rc == STORE_ENOTFOUND && n == 0 && id != NULL && upper[0] == '\0' &&
	    (core_id_raised(id, upper) || core_id_lowered(id, upper) ||
	    login_digits(id, upper))) {
		store_iter_free(it);
		it = NULL;
		if ((rc = store_audit_iter(t, upper, since, &it)) != 0)
			goto out;
		goto again;
	}
	/* The whole log read (no --id, no --since): as many entries as LMDB
	 * says it holds, else a page of it read as fewer (or none) */
	if (rc == STORE_ENOTFOUND && !broken && id == NULL && since_s == NULL) {
		uint64_t held;

		if (store_audit_count(t, &held) == 0 && held > (uint64_t)(n + bad + others))
			broken = 1;
	}
	/* From a day on (a part of the log, not counted above): its entries
	 * lost, each named, if any; a sound log costs one look-up */
	if (rc == STORE_ENOTFOUND && !broken && id == NULL && since_s != NULL) {
		fflush(stdout);
		if ((rc = store_audit_lost(it, audit_lost_one, NULL, &lost, &unknown)) == STORE_ECORRUPT)
			broken = 1;
		if (rc == 0 || rc == STORE_ECORRUPT)
			rc = STORE_ENOTFOUND;
	}
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	if (broken) {
		store_iter_free(it);
		store_read_end(t);
		store_close(st);
		tui_identity_damaged(cli_db_path(o));
		return EXIT_SYSTEM;
	}
	if (rc == 0 && n == 0 && bad == 0 && by != NULL) {
		store_iter_free(it);
		it = NULL;
		rc = known_login(st, t, o, by, &no_user);
	}
	if (rc == 0 && n == 0 && bad == 0 && id != NULL) {
		store_iter_free(it);
		it = NULL;
		rc = tui_audit_id_known(t, id, upper, &no_rec);
		if (rc == 0 && no_rec && id == bare)
			same_number(t, id, same, sizeof same);
	}
out:
	store_iter_free(it);
	store_read_end(t);
	if (rc != 0)
		ret = fail(st, rc);
	else if (lost > 0 || unknown > 0) {
		/* the period's entries lost (a walk of it whole, no --since
		 * or one before the log, stopped above instead); the
		 * entries it still holds listed */
		char day[32] = "", num[24];

		if (loc_date_format(since_day, 0, day, sizeof day) == 0)
			snprintf(day, sizeof day, "%s", since_s);
		if (bad > 0)
			cli_error(P_("%zu audit log entry could not be read: the database may be damaged; run 'hamyar --db %s verify'",
			    "%zu audit log entries could not be read: the database may be damaged; run 'hamyar --db %s verify'", bad),
			    bad, cli_db_path(o));
		if (unknown > 0) {
			snprintf(num, sizeof num, "%zu", unknown);
			cli_error(_("audit log entries lost whose time is not known (they may be of these days): %s"),
			    num);
		}
		snprintf(num, sizeof num, "%zu", lost + unknown);
		cli_error(_("audit log entries on or after %s lost: %s; the database may be damaged: run 'hamyar --db %s verify' and restore the last backup"),
		    day, num, cli_db_path(o));
		ret = EXIT_SYSTEM;
	} else if (bad > 0) {
		fflush(stdout);
		cli_error(P_("%zu audit log entry could not be read: the database may be damaged; run 'hamyar --db %s verify'",
		    "%zu audit log entries could not be read: the database may be damaged; run 'hamyar --db %s verify'", bad),
		    bad, cli_db_path(o));
		ret = EXIT_SYSTEM;
	} else if (no_user) {
		/* not "no changes by ghost", as if ghost were a user who
		 * changed nothing: as user remove says it (exit 1) */
		cli_error(_("no user %s in this database"), by);
		ret = EXIT_INVALID;
	} else if (no_rec) {
		/* not "no changes recorded for GHOST-99", as if it were a
		 * record never changed: as an unknown id is refused (exit 1) */
		if (same[0] != '\0')
			cli_error(_("no record %s; records of that number: %s"), id, same);
		else
			cli_error(_("no record %s"), id);
		ret = EXIT_INVALID;
	} else if (n == 0 && (id != NULL || by != NULL)) {
		/* with --since, the period: root's changes before it are
		 * not "none" */
		char day[32] = "";

		if (since_s != NULL && loc_date_format(since_day, 0, day, sizeof day) == 0)
			snprintf(day, sizeof day, "%s", since_s);
		if (id != NULL)
			fprintf(stderr, since_s != NULL ? _("no changes recorded for %s on or after %s\n") :
			    _("no changes recorded for %s\n"), id, day);
		else
			fprintf(stderr, since_s != NULL ? _("no changes recorded by %s on or after %s\n") :
			    _("no changes recorded by %s\n"), by, day);
	}
	store_close(st);
	if (fflush(stdout) != 0)
		return EXIT_SYSTEM;
	return ret;
}
