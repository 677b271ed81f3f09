/*
 * tui/identity.c — the real-uid identity and opening the database as that
 * user (see tui/identity.h).
 *
 * Only getuid() is trusted.  The effective uid is not used (were the program
 * ever installed set-id, the real uid is still the person), and the
 * environment never is: a clerk who sets USER=admin is still the clerk.
 */
#include "tui/identity.h"

#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "core/record.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/text.h"
#include "tui/cli.h"

int
tui_identity_login(char *buf, size_t n)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw == NULL || pw->pw_name == NULL || *pw->pw_name == '\0' ||
	    strlen(pw->pw_name) >= n || strlen(pw->pw_name) >= STORE_LOGIN_MAX)
		return -1;
	strcpy(buf, pw->pw_name);
	return 0;
}

int
tui_identity_owns(const char *path)
{
	struct stat sb;

	return path != NULL && stat(path, &sb) == 0 && sb.st_uid == getuid();
}

int
tui_identity_share_dir(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) != 0)
		return -1;
	if (!S_ISDIR(sb.st_mode)) {
		errno = ENOTDIR;
		return -1;
	}
	return chmod(path, S_ISGID | 0770);
}

/* Is real path p the directory d or inside it? */
static int
within(const char *p, const char *d)
{
	size_t n = strlen(d);

	return strncmp(p, d, n) == 0 && (p[n] == '\0' || p[n] == '/' || (n == 1 && d[0] == '/'));
}

int
tui_identity_path_ok(const char *db_path, const char *path)
{
	char db[PATH_MAX], dir[PATH_MAX], real[PATH_MAX];
	int ok = 1;

	if (db_path == NULL || path == NULL || realpath(db_path, db) == NULL)
		return 1;
	/* the file itself, if it exists (a link into the database) */
	if (realpath(path, real) != NULL && within(real, db))
		return 0;
	/* else the folder it would be made in */
	store_dir_of(path, dir, sizeof dir);
	if (realpath(dir, real) != NULL && within(real, db))
		ok = 0;
	return ok;
}

/* 1 if the file at path (links followed) is a database folder's own
 * data.mdb or lock.mdb, the other of the two beside it; the folder, as
 * typed where path names the file itself, copied into dir (n bytes). */
static int
other_db_file(const char *path, char *dir, size_t n)
{
	char real[PATH_MAX], twin[PATH_MAX + 16];
	const char *base, *typed;

	if (realpath(path, real) == NULL)
		return 0;
	base = strrchr(real, '/');
	base = base != NULL ? base + 1 : real;
	if (strcmp(base, "data.mdb") != 0 && strcmp(base, "lock.mdb") != 0)
		return 0;
	store_dir_of(real, dir, n);
	snprintf(twin, sizeof twin, "%s/%s", dir,
	    strcmp(base, "data.mdb") == 0 ? "lock.mdb" : "data.mdb");
	if (access(twin, F_OK) != 0)
		return 0;
	typed = strrchr(path, '/');
	typed = typed != NULL ? typed + 1 : path;
	if (strcmp(typed, base) == 0)
		store_dir_of(path, dir, n);
	return 1;
}

int
tui_identity_out_ok(const struct hamyar_opts *o, const char *path)
{
	const char *db = cli_db_path(o);
	char other[PATH_MAX];

	if (path == NULL || strcmp(path, "-") == 0)
		return 1;
	if (!tui_identity_path_ok(db, path)) {
		/* backup /var/lib/hamyar/data.mdb would put the copy in the
		 * place of the database under the sessions that have it open */
		cli_error(_("%s is in the database folder %s: a file written there could replace the database's own files; write it to another folder"),
		    path, db);
		return 0;
	}
	/* nor another database's: a backup restored into /srv/check to look
	 * at, backed up from there over the live database's data.mdb, took
	 * its place with every change made since (an export's --force alike) */
	if (other_db_file(path, other, sizeof other)) {
		cli_error(_("%s is the database file of the folder %s, not a backup: a file written there takes the place of that database; nothing was written. Give a name in another folder (to put a backup back into that folder: hamyar --db %s restore FILE)"),
		    path, other, other);
		return 0;
	}
	return 1;
}

const char *
tui_county_name(const char *code)
{
	const struct core_county *c;

	for (c = core_counties_seed; c->code != NULL; c++)
		if (strcmp(c->code, code) == 0)
			return strcmp(loc_lang(), "en") == 0 ? c->name_en : c->name_fa;
	return code;
}

/* The label of need status st in the current language. */
static const char *
need_status(int st)
{
	const char *l = core_choice_label(&core_schema_get(CORE_NEED)->fields[CORE_NEED_STATUS], st);

	return l != NULL ? _(l) : "?";
}

/* Who the roles of mask are, as the end of a sentence ("... only by %s"). */
static const char *
roles_phrase(unsigned mask)
{
	const unsigned reviewers = (1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) |
	    (1u << CORE_ROLE_SUPERVISOR);

	if (mask == reviewers)
		return _("a supervisor, provincial HQ or the administrator");
	if (mask == (reviewers | (1u << CORE_ROLE_CLERK)))
		return _("a clerk, a supervisor, provincial HQ or the administrator");
	return _("the administrator");
}

/* Writes into list (size n) the statuses of to[0..nn) as a phrase:
 * “a”, “b” or “c”. */
static void
status_list(const int *to, int nn, char *list, size_t n)
{
	size_t len;
	int i;

	list[0] = '\0';
	for (i = 0; i < nn; i++) {
		len = strlen(list);
		snprintf(list + len, n - len, "%s", i == 0 ? "" : i == nn - 1 ? _(" or ") : _(", "));
		len = strlen(list);
		snprintf(list + len, n - len, _("“%s”"), need_status(to[i]));
	}
}

void
tui_workflow_none_message(int from, char *buf, size_t n)
{
	int next[6], nn, i;
	unsigned roles = 0;
	char list[300];

	nn = core_workflow_next(from, next, 6);
	if (nn == 0) {
		snprintf(buf, n, "%s", _("This need's status is final."));
		return;
	}
	for (i = 0; i < nn; i++)
		roles |= core_workflow_roles(from, next[i]);
	status_list(next, nn, list, sizeof list);
	snprintf(buf, n, _("This need is “%s”: its next step, to %s, is taken only by %s."),
	    need_status(from), list, roles_phrase(roles));
}

/* The sentence for a need's status step refused (CORE_ACCESS_WORKFLOW):
 * the step, and who may take it or where the need may go instead. */
static void
workflow_message(const struct core_access *a, char *buf, size_t n)
{
	int next[6], nn;
	char list[300];

	if (a->from < 0) {
		snprintf(buf, n, _("Only %s may record a new need as “%s”; record it as “%s”."),
		    roles_phrase(a->roles_ok), need_status(a->to), need_status(CORE_NEED_IDENTIFIED));
		return;
	}
	if (a->roles_ok != 0) {
		snprintf(buf, n, _("Changing a need's status from “%s” to “%s” is done only by %s."),
		    need_status(a->from), need_status(a->to), roles_phrase(a->roles_ok));
		return;
	}
	nn = core_workflow_next(a->from, next, 6);
	if (nn == 0) {
		snprintf(buf, n, _("A need's status does not go from “%s” to “%s”: “%s” is final."),
		    need_status(a->from), need_status(a->to), need_status(a->from));
		return;
	}
	status_list(next, nn, list, sizeof list);
	snprintf(buf, n, _("A need's status does not go from “%s” to “%s”; its next step: %s."),
	    need_status(a->from), need_status(a->to), list);
}

const char *
tui_access_message(const struct core_access *a, char *buf, size_t n)
{
	const char *county = tui_county_name(a->county);

	switch (a->why) {
	case CORE_ACCESS_OK:
		snprintf(buf, n, "%s", _("Allowed."));
		break;
	case CORE_ACCESS_COUNTY:
		switch (a->action) {
		case CORE_ACCESS_CREATE:
			snprintf(buf, n, _("Recording in %s county can be done only by a clerk or supervisor of that county, or by provincial HQ."), county);
			break;
		case CORE_ACCESS_UPDATE:
			snprintf(buf, n, _("Changing records of %s county can be done only by a clerk or supervisor of that county, or by provincial HQ."), county);
			break;
		case CORE_ACCESS_DEACTIVATE:
			snprintf(buf, n, _("Deactivating records of %s county can be done only by a clerk or supervisor of that county, or by provincial HQ."), county);
			break;
		default:
			snprintf(buf, n, _("Records of %s county are seen only by the clerks of that county, supervisors, provincial HQ and auditors."), county);
			break;
		}
		break;
	case CORE_ACCESS_PROVINCE:
		snprintf(buf, n, "%s", _("A record that belongs to no single county (province-wide) can be written only by provincial HQ or the administrator."));
		break;
	case CORE_ACCESS_READONLY:
		/* who makes this change: the ranking weights, sync and the
		 * station's settings are not the counties' clerks' to
		 * change, users the administrator's (by the action: a
		 * record's refusal without its scope says PROVINCE too) */
		if (a->action == CORE_ACCESS_USERS)
			snprintf(buf, n, "%s", _("Auditors can only read: users are added and changed by the database administrator."));
		else if (a->action == CORE_ACCESS_WEIGHTS || a->action == CORE_ACCESS_SYNC ||
		    a->action == CORE_ACCESS_SETTINGS)
			snprintf(buf, n, "%s", _("Auditors can only read: this is changed by provincial HQ or the administrator."));
		else
			snprintf(buf, n, "%s", _("Auditors can only read: changes are made by the clerks and supervisors of each county or by provincial HQ."));
		break;
	case CORE_ACCESS_NOSCOPE:
		snprintf(buf, n, "%s", _("Your account has no county set: ask the database administrator to set one with 'hamyar user add'."));
		break;
	case CORE_ACCESS_ROLE:
		switch (a->action) {
		case CORE_ACCESS_WEIGHTS:
			snprintf(buf, n, "%s", _("Only provincial HQ or the administrator can change the ranking weights."));
			break;
		case CORE_ACCESS_SYNC:
			snprintf(buf, n, "%s", _("Only provincial HQ or the administrator can exchange sync bundles."));
			break;
		case CORE_ACCESS_SETTINGS:
			snprintf(buf, n, "%s", _("Only provincial HQ or the administrator can change the station's settings."));
			break;
		case CORE_ACCESS_USERS:
			snprintf(buf, n, "%s", _("Only the database administrator can add, change or remove users."));
			break;
		case CORE_ACCESS_AUDIT:
			snprintf(buf, n, "%s", _("Only auditors, supervisors, provincial HQ and the administrator can read the audit log."));
			break;
		default:
			snprintf(buf, n, "%s", _("Only the database administrator can do this."));
			break;
		}
		break;
	case CORE_ACCESS_WORKFLOW:
		workflow_message(a, buf, n);
		break;
	case CORE_ACCESS_GONE:
		snprintf(buf, n, "%s", _("Your account was removed from this database while you were working: nothing more can be saved. Ask the database administrator."));
		break;
	case CORE_ACCESS_SELF:
		snprintf(buf, n, "%s", _("You cannot remove yourself or take away your own administrator role: another administrator can."));
		break;
	case CORE_ACCESS_LOST:
		/* its county lost with a record it names: not his to read,
		 * and not to be put right by him */
		snprintf(buf, n, "%s", _("This record's county cannot be read: a record it names could not be read from the database, which may be damaged. Until it is put right it is seen only by supervisors, provincial HQ and auditors: ask provincial HQ."));
		break;
	case CORE_ACCESS_FOREIGN: {
		/* the form's sentence (tui/form.c ref_check), naming the field
		 * and the id only: not the record he may not read */
		const struct core_schema *s = core_schema_get((enum core_kind)a->kind);

		snprintf(buf, n,
		    _("%s: %s is a record of another county; a county clerk works with his own county's records only."),
		    s != NULL && a->field > 0 && (size_t)a->field < s->nfields ?
		    _(s->fields[a->field].label) : "?", a->ref);
		break;
	}
	default:
		snprintf(buf, n, "%s", _("Your account's role is not known: ask the database administrator."));
		break;
	}
	return buf;
}

const char *
tui_identity_why(const struct store *st, int rc, char *buf, size_t n)
{
	const struct core_access *a = store_users_refusal(st);
	const struct store_identity *id = store_users_identity(st);

	if (rc == STORE_EACCES && a != NULL && !a->allowed)
		return tui_access_message(a, buf, n);
	if (rc == STORE_ERDONLY && id != NULL && id->actor.role == CORE_ROLE_AUDITOR) {
		struct core_access ro;

		memset(&ro, 0, sizeof ro);
		ro.why = CORE_ACCESS_READONLY;
		return tui_access_message(&ro, buf, n);
	}
	if (rc == STORE_ECONFLICT) {
		snprintf(buf, n, "%s", _("Someone else changed this record after you opened it: nothing was overwritten. Open it again to see their change."));
		return buf;
	}
	snprintf(buf, n, "%s", tui_store_strerror(rc));
	return buf;
}

const char *
tui_store_strerror(int rc)
{
	switch (rc) {
	case STORE_OK:		return _("success");
	case STORE_EINVAL:	return _("invalid argument or record");
	case STORE_ENOMEM:	return _("out of memory");
	case STORE_ENOTFOUND:	return _("not found");
	case STORE_EDUP:	return _("the value is already held by another record");
	case STORE_ECONFLICT:	return _("the record was changed by someone else meanwhile");
	case STORE_EEXIST:	return _("it already exists");
	case STORE_ENODB:	return _("there is no database there");
	case STORE_EFULL:	return _("the database reached its size limit: raise it with HAMYAR_MAP_LIMIT (README, \"When the database is full\")");
	case STORE_ENOSPC:	return _("the disk is full");
	case STORE_EPERM:	return _("permission denied");
	case STORE_ECORRUPT:	return _("the database is damaged");
	case STORE_EVERSION:	return _("the database was made by a newer version of hamyar");
	case STORE_EREF:	return _("a reference names a record that does not exist");
	case STORE_ERDONLY:	return _("the database is open read-only");
	case STORE_EBUSY:	return _("the database is busy");
	case STORE_EACCES:	return _("not allowed for this user");
	case STORE_EMOVED:	return _("the database's file was replaced while the program ran (a backup put back?): nothing was saved; quit and start the program again");
	case STORE_ECOPIED:	return _("its file data.mdb was overwritten (a backup copied over it?) while sessions of the program had the database open: nothing was read or saved. Every session must end first (quit the program everywhere); the next start opens the file copied in. To put a backup back, see README, \"Backup and restore\".");
	case STORE_EIO:		return _("input/output error");
	default:		return _("unknown error");
	}
}

const char *
tui_errno_text(int e)
{
	switch (e) {
	case ENOENT:	return _("no such file or folder");
	case ENOTDIR:	return _("a part of the path is not a folder");
	case EISDIR:	return _("it is a folder, not a file");
	case EACCES:
	case EPERM:	return _("permission denied");
	case EROFS:	return _("the disk is read-only");
	case ENOSPC:
	case EDQUOT:	return _("the disk is full");
	case EEXIST:	return _("it already exists");
	case ENOMEM:	return _("out of memory");
	case EAGAIN:	return _("the system is out of resources; try again");
	case ENAMETOOLONG: return _("the name is too long");
	case ELOOP:	return _("too many symbolic links in the path");
	case EIO:	return _("input/output error");
	default:	return _("system error");
	}
}

/* LMDB makes lock.mdb again when it is missing (a restored backup), with
 * the mode 0660 less the umask of whoever opened it first: 0640 under the
 * usual 022, which would lock the station's other accounts out.  The
 * files' owner puts the group's rw back. */
static void
group_rw(const char *dir)
{
	static const char *const files[] = { "data.mdb", "lock.mdb" };
	char p[4096];
	struct stat sb;
	size_t i;

	for (i = 0; i < 2; i++) {
		snprintf(p, sizeof p, "%s/%s", dir, files[i]);
		if (stat(p, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == getuid() &&
		    (sb.st_mode & 060) != 060)
			chmod(p, (sb.st_mode & 07777) | 060);
	}
}

/* 1 if the process is in group gid (its own group or a supplementary one). */
static int
in_group(gid_t gid)
{
	gid_t g[256];
	int n, i;

	if (getegid() == gid)
		return 1;
	if ((n = getgroups(256, g)) < 0)
		return 0;
	for (i = 0; i < n; i++)
		if (g[i] == gid)
			return 1;
	return 0;
}

/* The sentence for a refused login. */
static void
refused(const struct store_identity *id, char *msg, size_t n)
{
	if (id->empty)
		snprintf(msg, n, _("This database has no users yet, so only its owner can use it; the owner adds users with 'hamyar user add LOGIN --role ROLE'. (You are %s.)"), id->login);
	else if (id->removed)
		snprintf(msg, n, _("Your access (%s) to this database was taken away by its administrator ('hamyar user remove'); he gives it back with 'hamyar user add %s --role ROLE --county COUNTY'."), id->login, id->login);
	else
		snprintf(msg, n, _("You (%s) are not a user of this database: ask its administrator to add you with 'hamyar user add %s --role ROLE --county COUNTY'."), id->login, id->login);
}

int
tui_identity_attach(struct store *st, const char *path, char *msg, size_t n)
{
	struct store_identity id;
	char login[STORE_LOGIN_MAX];
	int rc;

	if (tui_identity_login(login, sizeof login) != 0) {
		snprintf(msg, n, _("Cannot tell who you are: user id %ld has no login name."),
		    (long)getuid());
		return STORE_EACCES;
	}
	rc = store_users_resolve(st, login, tui_identity_owns(path), &id);
	if (rc == STORE_EACCES) {
		refused(&id, msg, n);
		return rc;
	}
	if (rc != 0 || (rc = store_users_enforce(st, &id)) != 0) {
		if (rc == STORE_ECORRUPT)	/* a page of the users' table */
			snprintf(msg, n, _("cannot open the database %s: a page of it is damaged and cannot be read. Put back the last sound backup with 'hamyar --db %s restore FILE' (README, \"Backup and restore\"), which keeps the damaged file aside."),
			    path, path);
		else
			snprintf(msg, n, _("cannot open the database %s: %s"), path,
			    tui_store_strerror(rc));
		return rc;
	}
	return 0;
}

int
tui_identity_login_owns(const char *path, const char *login)
{
	struct passwd *pw = login != NULL ? getpwnam(login) : NULL;
	struct stat sd;

	return path != NULL && pw != NULL && stat(path, &sd) == 0 && sd.st_uid == pw->pw_uid;
}

int
tui_identity_ro_disk(const char *path)
{
	struct statvfs vfs;

	return statvfs(path, &vfs) == 0 && (vfs.f_flag & ST_RDONLY);
}

/* The sentence for a database whose data file is cut short (a backup that
 * did not finish copying, to the stick or back from it): "damaged" alone
 * does not tell the administrator which file, nor what to do with it.
 * Returns 0 (msg untouched) for a file that is whole: damaged otherwise. */
static int
cut_short(const char *path, char *msg, size_t n)
{
	uint64_t have, need;
	struct stat sb;
	char sizes[128];

	if (!store_data_short(path, &have, &need))
		return 0;
	if (need > 0)
		snprintf(sizes, sizeof sizes, _("%llu of %llu bytes"),
		    (unsigned long long)have, (unsigned long long)need);
	else
		snprintf(sizes, sizeof sizes, _("only %llu bytes"), (unsigned long long)have);
	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		snprintf(msg, n, _("cannot open the database %s: the database is damaged: this file is cut short (%s): a copy that did not finish, or a disk that filled up. Copy it again from where it came, or take an earlier backup, and check the copy with 'hamyar --db %s verify'."),
		    path, sizes, path);
	else
		snprintf(msg, n, _("cannot open the database %s: the database is damaged: its file data.mdb is cut short (%s): a copy that did not finish, or a disk that filled up. Put the last sound backup back with 'hamyar --db %s restore FILE' (README, \"Backup and restore\"), which keeps this file aside."),
		    path, sizes, path);
	return 1;
}

/* 1 if the database folder's data.mdb is a file of some other kind (a CSV,
 * a report, a document) copied in its place by a restore that took the
 * wrong file: LMDB calls it invalid, and "damaged" would send the
 * administrator after a sound backup.  A file too short to hold LMDB's
 * mark is left to cut_short. */
static int
foreign_data(const char *path)
{
	char file[4200];
	struct stat sb;

	if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return 0;
	if ((size_t)snprintf(file, sizeof file, "%s/data.mdb", path) >= sizeof file)
		return 0;
	return stat(file, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size >= 20 &&
	    !store_file_is_db(file);
}

/* Whether path holds a database already (a folder's data.mdb) or is a
 * file: store_open then refuses to make one (STORE_EEXIST) before it
 * writes anything, and init says so to anyone.  Before, a user of the
 * station's group (an auditor, a clerk) who typed init over the working
 * database was told only the folder's owner could make one there, exit 3,
 * as if the disk had failed. */
static int
db_there(const char *path)
{
	char dm[PATH_MAX];
	struct stat sb;

	if (stat(path, &sb) != 0)
		return 0;
	if (!S_ISDIR(sb.st_mode))
		return 1;
	return snprintf(dm, sizeof dm, "%s/data.mdb", path) < (int)sizeof dm &&
	    access(dm, F_OK) == 0;
}

int
tui_identity_create_refused(const char *path)
{
	return access(path, F_OK) == 0 && !tui_identity_owns(path) && !db_there(path);
}

static int
open_store(const char *path, unsigned flags, struct store **out,
    char *msg, size_t n)
{
	static const char *const sizevars[] = { "HAMYAR_MAP_LIMIT", "HAMYAR_MAP_INIT" };
	const struct store_identity *id;
	struct store *st = NULL;
	struct stat sb;
	int rc, i;

	*out = NULL;
	/* The administrator raises the limit when the database is full: a
	 * value the store cannot read ("1.5G") would be taken for the default,
	 * or before for 64 KiB, and the database said full again. */
	for (i = 0; i < 2; i++) {
		const char *v = getenv(sizevars[i]);
		size_t sz;

		if (v != NULL && *v != '\0' && store_size_parse(v, &sz) != 0) {
			snprintf(msg, n, _("%s takes a size in bytes, or with K, M or G (16G), not '%s'"),
			    sizevars[i], v);
			return STORE_EINVAL;
		}
	}
	/* A database is made only by the owner of its folder, who becomes its
	 * admin: a clerk of the station's group must not be the first to
	 * start the program in an empty /var/lib/hamyar and make it his. */
	if ((flags & STORE_CREATE) && tui_identity_create_refused(path)) {
		snprintf(msg, n, _("Only the owner of the folder %s can make a database in it."), path);
		return STORE_EPERM;
	}
	if ((rc = store_open(path, flags & ~(unsigned)(TUI_OPEN_UNCOMMITTED | TUI_OPEN_OWN_SETTINGS),
	    &st)) != 0) {
		/* A directory we may not enter looks empty to store_open. */
		if (rc == STORE_ENODB && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) &&
		    access(path, R_OK | X_OK) != 0 && errno == EACCES)
			rc = STORE_EPERM;
		if (rc == STORE_EPERM && !(flags & STORE_RDONLY) && tui_identity_ro_disk(path)) {
			/* not the group: nobody may write on that disk */
			snprintf(msg, n, _("The database %s is on a disk mounted read-only, so nothing can be saved in it: ask the administrator to mount it writable again. Meanwhile 'hamyar --db %s backup FILE' copies it to another disk."),
			    path, path);
		} else if (rc == STORE_EPERM) {
			/* the group the folder really has, not the README's name */
			struct stat sd;
			struct group *g;
			char gname[64];

			if (stat(path, &sd) == 0 && (g = getgrgid(sd.st_gid)) != NULL)
				loc_utf8_copy(gname, sizeof gname, g->gr_name);
			else if (stat(path, &sd) == 0)
				snprintf(gname, sizeof gname, "%ld", (long)sd.st_gid);
			else
				snprintf(gname, sizeof gname, "hamyar");
			if (stat(path, &sd) == 0 && in_group(sd.st_gid) && access(path, R_OK | X_OK) == 0)
				/* a member already: the files shut the group
				 * out (a backup copied in as the README says,
				 * with the umask's 0644), until their owner's
				 * first open gives it back its right (group_rw) */
				snprintf(msg, n, _("You may not write the database %s: your account is in the station's group (%s), but the group may not write the database's files (a backup put back?). Ask the station administrator to run 'hamyar --db %s verify' once as their owner, which gives the group its right back."),
				    path, gname, path);
			else
				snprintf(msg, n, _("You may not open the database %s: its files belong to the station's group (%s). Ask the station administrator to add your account to that group."), path, gname);
		}
		else if (rc == STORE_ECORRUPT && foreign_data(path))
			snprintf(msg, n, _("cannot open the database %s: its file data.mdb is neither a database nor a backup of one (a CSV, a report or another file copied there in its place?). Put the backup back with 'hamyar --db %s restore FILE' (README, \"Backup and restore\"), which keeps that file aside."),
			    path, path);
		else if (rc == STORE_ECORRUPT && cut_short(path, msg, n))
			;	/* which file, by how much, and what to do */
		else if (rc == STORE_ENODB && stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
			/* a CSV or a report given to --db: not "damaged" */
			snprintf(msg, n, _("cannot open the database %s: it is a file that is neither a database nor a backup of one; --db takes the database's folder"), path);
		else if (rc == STORE_ECORRUPT)
			/* what to do: verify cannot open it either */
			snprintf(msg, n, _("cannot open the database %s: a page of it is damaged and cannot be read. Put back the last sound backup with 'hamyar --db %s restore FILE' (README, \"Backup and restore\"), which keeps the damaged file aside."),
			    path, path);
		else
			snprintf(msg, n, _("cannot open the database %s: %s"), path, tui_store_strerror(rc));
		return rc;
	}
	group_rw(path);
	/* A new database: its directory keeps its group for the files LMDB
	 * makes later.  (A directory made ready by root, 2770 root:hamyar, is
	 * left as it is.) */
	if ((flags & STORE_CREATE) && tui_identity_owns(path) && tui_identity_share_dir(path) != 0) {
		snprintf(msg, n, _("cannot open the database %s: %s"), path, tui_errno_text(errno));
		store_close(st);
		return STORE_EPERM;
	}
	if ((rc = tui_identity_attach(st, path, msg, n)) != 0) {
		store_close(st);
		return rc;
	}
	id = store_users_identity(st);
	if (id->actor.role == CORE_ROLE_AUDITOR &&
	    !(flags & (STORE_RDONLY | STORE_OWN_SETTINGS | TUI_OPEN_UNCOMMITTED))) {
		store_close(st);
		/* read only; in the full-screen program, but for his own
		 * display settings (digits, rial or toman ...) */
		return tui_identity_open_store(path, (flags & ~(unsigned)(STORE_CREATE |
		    TUI_OPEN_OWN_SETTINGS)) | ((flags & TUI_OPEN_OWN_SETTINGS) ? STORE_OWN_SETTINGS :
		    STORE_RDONLY), out, msg, n);
	}
	*out = st;
	return 0;
}

int
tui_identity_open_store(const char *path, unsigned flags, struct store **out,
    char *msg, size_t n)
{
	char text[1024];
	int rc, caught;

	/* LMDB trusts the pages it reads while the database is opened (the
	 * station, the format, the users): one a failing disk damaged killed
	 * every verb and the program with the shell's "Bus error", verify
	 * and backup too, saying nothing of what to do */
	snprintf(text, sizeof text, _("cannot open the database %s: a page of it is damaged and cannot be read. Put back the last sound backup with 'hamyar --db %s restore FILE' (README, \"Backup and restore\"), which keeps the damaged file aside."),
	    path, path);
	caught = cli_catch_damage_open(text);
	rc = open_store(path, flags, out, msg, n);
	if (caught)
		cli_release_damage();
	return rc;
}

int
tui_identity_open_verb(const struct hamyar_opts *o, unsigned flags, struct store **st)
{
	const char *path = cli_db_path(o);
	struct stat sb;
	char msg[1024];
	int rc;

	*st = NULL;
	if (path == NULL) {
		cli_error("%s", _("no database: give --db DIR or set HAMYAR_DB"));
		return EXIT_SYSTEM;
	}
	if (!(flags & STORE_RDONLY) && stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
		/* a backup, or the data.mdb in a database's folder: store_open
		 * opens it to read only, and the verb's first write said
		 * "the database is open read-only", not why.  Opened to read
		 * first, for what else it may be (no database at all). */
		if ((rc = tui_identity_open_store(path, STORE_RDONLY, st, msg, sizeof msg)) != 0) {
			cli_error("%s", msg);
			return rc == STORE_EACCES ? EXIT_INVALID : EXIT_SYSTEM;
		}
		store_close(*st);
		*st = NULL;
		cli_error(_("%s is a file (a backup, or a database's data.mdb), which is opened to read only: verify, export, report; to change a database, give --db its folder"),
		    path);
		return EXIT_SYSTEM;
	}
	if ((rc = tui_identity_open_store(path, flags, st, msg, sizeof msg)) != 0) {
		cli_error("%s", msg);
		return rc == STORE_EACCES ? EXIT_INVALID : EXIT_SYSTEM;
	}
	/* LMDB trusts its pages: one a failing disk or a bad copy damaged can
	 * make it touch memory it should not (`audit` on a damaged log died
	 * of a segmentation fault).  The verb then stops with a sentence that
	 * says what to do; a write transaction not committed is lost whole. */
	snprintf(msg, sizeof msg, _("stopped on a page of the database %s that could not be read: it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
	    path, path);
	cli_catch_damage(msg);
	return 0;
}

void
tui_identity_damaged(const char *path)
{
	cli_error(_("stopped on a page of the database %s that could not be read: it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
	    path, path);
}
