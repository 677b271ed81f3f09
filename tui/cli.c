/*
 * tui/cli.c — shared plumbing of the command-line verbs.
 *
 * cli_each_value is the hot loop of `date`, `check` and `text`: a million
 * stdin lines go through one process, so it reads with getline into one
 * reused buffer and writes through a large stdio buffer.
 *
 * What a stdin line is (cli_read_line, also used by `layout`): the bytes up
 * to a LF, or to the end of the input for a last line without one; the LF
 * and any CRs just before it are dropped, so CR LF (Windows) ends a line
 * too.  A CR anywhere else is a character of the value, for the verb to
 * judge.  A UTF-8 byte-order mark at the start of the input (Notepad writes
 * one) is dropped.  Lines have no length limit.  A NUL byte cannot be in a
 * C string value, so cli_each_value answers such a line with an error
 * instead of passing on the part before the NUL.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>
#include <uniwidth.h>

#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/text.h"
#include "tui/cli.h"
#include "tui/identity.h"
#include "tui/form.h"
#include "tui/report.h"

ssize_t
cli_read_line(char **line, size_t *cap, FILE *f, int first)
{
	ssize_t len;

	if ((len = getline(line, cap, f)) < 0)
		return -1;
	if (len > 0 && (*line)[len - 1] == '\n')
		len--;
	while (len > 0 && (*line)[len - 1] == '\r')
		len--;
	if (first && len >= 3 && memcmp(*line, "\357\273\277", 3) == 0) {
		len -= 3;
		memmove(*line, *line + 3, (size_t)len);
	}
	(*line)[len] = '\0';
	return len;
}

int
cli_each_value(int argc, char **argv, FILE *out,
    int (*fn)(const char *value, FILE *out, void *ctx), void *ctx)
{
	static char obuf[1 << 16];
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int bad = 0, i;

	setvbuf(out, obuf, _IOFBF, sizeof obuf);
	if (argc > 0) {
		for (i = 0; i < argc; i++) {
			bad |= fn(argv[i], out, ctx);
			putc('\n', out);
		}
	} else {
		for (i = 1; (len = cli_read_line(&line, &cap, stdin, i)) >= 0; i = 0) {
			if (memchr(line, '\0', (size_t)len) != NULL) {
				fputs("error: ", out);
				fputs(_("the line holds a NUL byte, which is not text"), out);
				bad = 1;
			} else {
				bad |= fn(line, out, ctx);
			}
			putc('\n', out);
		}
		if (ferror(stdin)) {
			free(line);
			fflush(out);
			cli_error("%s", _("cannot read standard input"));
			return EXIT_SYSTEM;
		}
		free(line);
	}
	if (fflush(out) != 0)
		return EXIT_SYSTEM;
	return bad ? EXIT_INVALID : EXIT_OK;
}

const char *
cli_opt_value(int argc, char **argv, int *i, const char *opt, int *missing)
{
	size_t n = strlen(opt);

	if (strncmp(argv[*i], opt, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] != '\0')
		return NULL;
	/* "report --html --county MRD": the value forgotten, the next
	 * option taken for it, and a report written to a file named
	 * "--county"; an option there is no value ("--out=--x" or
	 * "--out ./--x" names such a file) */
	if (*i + 1 >= argc || (argv[*i + 1][0] == '-' && argv[*i + 1][1] == '-' &&
	    argv[*i + 1][2] != '\0')) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

int
cli_opt(int argc, char **argv, int *i, const char *opt, const char **val)
{
	int missing = 0;
	const char *v = cli_opt_value(argc, argv, i, opt, &missing);

	if (v == NULL && !missing)
		return 0;
	if (v == NULL || *v == '\0') {
		/* "--out ''", "--out=": an unset shell variable, most often */
		cli_error(_("option %s needs a value"), opt);
		return -1;
	}
	if (*val != NULL) {
		cli_error(_("option %s is given twice ('%s' and '%s'): give it once"), opt, *val, v);
		return -1;
	}
	*val = v;
	return 1;
}

int
cli_parse_long(const char *s, long min, long max, long *out)
{
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;
	long v = 0;
	int d, big = 0;

	if (len == 0)
		return -1;
	while (i < len) {
		if ((n = loc_utf8_decode(s + i, len - i, &cp)) == 0 ||
		    (d = loc_digit_value(cp)) < 0)
			return -1;
		if (v > (LONG_MAX - d) / 10)
			big = 1;	/* the other digits are still judged */
		else
			v = v * 10 + d;
		i += n;
	}
	if (big || v > max)
		return CLI_TOO_LARGE;
	if (v < min)
		return -1;
	*out = v;
	return 0;
}

const char *
cli_word(const char *ident, const char *label)
{
	if (strcmp(loc_lang(), "en") == 0 || label == NULL)
		return ident;
	return _(label);
}

int
cli_width(const char *s)
{
	if (u8_check((const uint8_t *)s, strlen(s)) != NULL)
		return (int)strlen(s);
	return u8_strwidth((const uint8_t *)s, "UTF-8");
}

/* A label as an English sentence takes it inside: its first letter in
 * lower case ("no donor has the national id ..."), a label being
 * capitalised as a form's heading is; an acronym (two capitals) is kept.
 * Persian (no case) is the label as it is.  Returns buf, or the
 * translated label itself. */
const char *
cli_label_mid(const char *label, char *buf, size_t n)
{
	const char *t = _(label);

	if (strcmp(loc_lang(), "en") != 0 || !(t[0] >= 'A' && t[0] <= 'Z') ||
	    (t[1] >= 'A' && t[1] <= 'Z') || strlen(t) >= n)
		return t;
	strcpy(buf, t);
	buf[0] = (char)(buf[0] - 'A' + 'a');
	return buf;
}

const char *
cli_county_name(const char *code)
{
	return code == NULL || code[0] == '\0' ? "-" : tui_county_name(code);
}

void
cli_put_text(FILE *out, const char *s)
{
	size_t n = strlen(s), i, len;

	for (i = 0; i < n; i += len) {
		uint32_t cp;
		char u[4];

		if ((len = loc_utf8_decode(s + i, n - i, &cp)) == 0) {
			len = 1;
			cp = 0xFFFD;	/* a byte of no character */
		}
		if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
			continue;
		if (cp < 0x20)
			cp = 0x2400 + cp;
		else if (cp == 0x7F)
			cp = 0x2421;
		else if (cp >= 0x80 && cp < 0xA0)
			cp = 0xFFFD;
		else if (cp == 0x2028 || cp == 0x2029)
			cp = 0x2424;
		else {
			fwrite(s + i, 1, len, out);
			continue;
		}
		fwrite(u, 1, loc_utf8_encode(cp, u), out);
	}
}

void
cli_put_stored(FILE *out, const char *s, unsigned flags)
{
	char *p = (flags & LOC_FMT_FA_DIGITS) ? loc_digits_to_fa_text(s) : NULL;

	cli_put_text(out, p != NULL ? p : s);
	free(p);
}

unsigned
cli_person_digits(struct store *st)
{
	unsigned flags = LOC_FMT_GROUP;

	if (st != NULL)
		flags = tui_text_amount_flags(st);
	else if (strcmp(loc_lang(), "en") != 0)
		flags |= LOC_FMT_FA_DIGITS;
	tui_fa_digits = (flags & LOC_FMT_FA_DIGITS) != 0;
	return flags;
}

/* cli_printf's work, on a va_list (ap_in, copied). */
static int
cli_vprintf(FILE *out, unsigned flags, const char *fmt, va_list ap_in)
{
	va_list ap;
	const char *p = fmt;
	int total = 0, k;

	/* a count or a line's number, not grouped, as verbs always
	 * wrote them (scripts read "changes sent: 2000" under --lang en) */
	flags &= ~LOC_FMT_GROUP;
	va_copy(ap, ap_in);
	while (*p != '\0') {
		char spec[32], num[64];
		const char *start = p;
		size_t n;
		int len = 0;	/* 1 h, 2 hh, 3 l, 4 ll, 5 z, 6 j, 7 t */

		if (*p != '%' || p[1] == '%') {
			/* the text up to the next conversion; "%%" as "%" */
			n = *p == '%' ? 1 : strcspn(p, "%");
			if (fwrite(*p == '%' ? "%" : p, 1, n, out) != n) {
				va_end(ap);
				return -1;
			}
			total += (int)n;
			p += *p == '%' ? 2 : n;
			continue;
		}
		/* %[flags][width][.precision][length]conversion */
		p++;
		p += strspn(p, "-+ #0'");
		if (*p == '*') {
			va_end(ap);
			return -1;	/* not taken: no sentence of the catalog has one */
		}
		p += strspn(p, "0123456789");
		if (*p == '.')
			p += 1 + strspn(p + 1, "0123456789");
		if (p[0] == 'h' && p[1] == 'h')
			len = 2, p += 2;
		else if (p[0] == 'l' && p[1] == 'l')
			len = 4, p += 2;
		else if (*p == 'h' || *p == 'l' || *p == 'z' || *p == 'j' || *p == 't')
			len = *p == 'h' ? 1 : *p == 'l' ? 3 : *p == 'z' ? 5 : *p == 'j' ? 6 : 7, p++;
		n = (size_t)(p + 1 - start);
		if (*p == '\0' || n >= sizeof spec) {
			va_end(ap);
			return -1;
		}
		memcpy(spec, start, n);
		spec[n] = '\0';
		switch (*p++) {
		case 'd': case 'i': {
			long long v = len == 3 ? va_arg(ap, long) : len == 4 ? va_arg(ap, long long) :
			    len == 5 ? (long long)va_arg(ap, ssize_t) : len == 6 ? (long long)va_arg(ap, intmax_t) :
			    len == 7 ? (long long)va_arg(ap, ptrdiff_t) : va_arg(ap, int);

			if (len == 1)
				v = (short)v;
			else if (len == 2)
				v = (signed char)v;
			loc_amount_format((int64_t)v, flags, num, sizeof num);
			k = fprintf(out, "%s", num);
			break;
		}
		case 'u': {
			unsigned long long v = len == 3 ? va_arg(ap, unsigned long) :
			    len == 4 ? va_arg(ap, unsigned long long) : len == 5 ? va_arg(ap, size_t) :
			    len == 6 ? (unsigned long long)va_arg(ap, uintmax_t) :
			    len == 7 ? (unsigned long long)va_arg(ap, ptrdiff_t) : va_arg(ap, unsigned);

			if (len == 1)
				v = (unsigned short)v;
			else if (len == 2)
				v = (unsigned char)v;
			if (v > (unsigned long long)INT64_MAX)
				k = fprintf(out, "%llu", v);	/* past what an amount is */
			else {
				loc_amount_format((int64_t)v, flags, num, sizeof num);
				k = fprintf(out, "%s", num);
			}
			break;
		}
		case 'x': case 'X': case 'o':
			k = len == 3 ? fprintf(out, spec, va_arg(ap, unsigned long)) :
			    len == 4 ? fprintf(out, spec, va_arg(ap, unsigned long long)) :
			    len == 5 ? fprintf(out, spec, va_arg(ap, size_t)) :
			    fprintf(out, spec, va_arg(ap, unsigned));
			break;
		case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
			k = fprintf(out, spec, va_arg(ap, double));
			break;
		case 'c':
			k = fprintf(out, spec, va_arg(ap, int));
			break;
		case 's':
			k = fprintf(out, spec, va_arg(ap, const char *));
			break;
		case 'p':
			k = fprintf(out, spec, va_arg(ap, void *));
			break;
		default:
			k = -1;
			break;
		}
		if (k < 0) {
			va_end(ap);
			return -1;
		}
		total += k;
	}
	va_end(ap);
	return total;
}

int
cli_printf(FILE *out, unsigned flags, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = cli_vprintf(out, flags, fmt, ap);
	va_end(ap);
	return k;
}

int
cli_snprintf(char *buf, size_t n, unsigned flags, const char *fmt, ...)
{
	va_list ap;
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	int k;

	if (n > 0)
		buf[0] = '\0';
	if ((f = open_memstream(&text, &len)) == NULL)
		return -1;
	va_start(ap, fmt);
	k = cli_vprintf(f, flags, fmt, ap);
	va_end(ap);
	if (fclose(f) != 0 || text == NULL) {
		free(text);
		return -1;
	}
	if (k >= 0 && n > 0) {
		/* cut at a character's end, as cli_ascii cuts */
		size_t m = len < n ? len : n - 1;

		while (m > 0 && m < len && ((unsigned char)text[m] & 0xC0) == 0x80)
			m--;
		memcpy(buf, text, m);
		buf[m] = '\0';
	}
	free(text);
	return k;
}

void
cli_pad(FILE *out, const char *s, int cols)
{
	int w = cli_width(s), right = cols > 0;

	if (!right)
		cols = -cols;
	if (!right)
		fputs(s, out);
	for (; w < cols; w++)
		putc(' ', out);
	if (right)
		fputs(s, out);
}

const char *
cli_ascii(const char *s)
{
	static char ring[4][2048];
	static unsigned next;
	char *buf = ring[next++ % 4];
	char *a = loc_digits_to_ascii(s != NULL ? s : "");
	const unsigned char *p = (const unsigned char *)(a != NULL ? a : s);
	size_t n = 0, k;

	while (p != NULL && *p != '\0') {
		/* U+066C and U+066B (D9 AC, D9 AB), the Arabic thousands and
		 * decimal separators of Persian figures (۱۲٬۰۰۰٬۰۰۰), as
		 * ASCII's; the digits of any set were made ASCII above */
		if (p[0] == 0xD9 && (p[1] == 0xAC || p[1] == 0xAB)) {
			if (n + 1 >= sizeof ring[0])
				break;
			buf[n++] = p[1] == 0xAC ? ',' : '.';
			p += 2;
			continue;
		}
		/* a whole character (its continuation bytes) or nothing */
		for (k = 1; (p[k] & 0xC0) == 0x80; k++)
			;
		if (n + k >= sizeof ring[0])
			break;
		memcpy(buf + n, p, k);
		n += k;
		p += k;
	}
	buf[n] = '\0';
	free(a);
	return buf;
}

const char *
cli_msg(int m)
{
	return cli_ascii(_(core_msg_text((enum core_msg)m)));
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("hamyar: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_no_county(const char *county)
{
	const struct core_county *t;
	char list[2048];
	size_t len = 0;

	list[0] = '\0';
	for (t = core_counties_seed; t->code != NULL; t++) {
		int k = snprintf(list + len, sizeof list - len, "%s%s %s",
		    len > 0 ? _(", ") : "", t->code, cli_county_name(t->code));

		if (k < 0 || (size_t)k >= sizeof list - len)
			break;
		len += (size_t)k;
	}
	cli_error(_("no county '%s' (--county): give the code or the name of one of these: %s"),
	    county, list);
}

const char *
cli_db_path(const struct hamyar_opts *o)
{
	static char path[4096];
	const char *env, *home;

	if (o != NULL && o->db != NULL && *o->db != '\0')
		return o->db;
	if ((env = getenv("HAMYAR_DB")) != NULL && *env != '\0')
		return env;
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/') {
		snprintf(path, sizeof path, "%s/hamyar", env);
		return path;
	}
	if ((home = getenv("HOME")) == NULL || *home == '\0')
		return NULL;
	snprintf(path, sizeof path, "%s/.local/share/hamyar", home);
	return path;
}

int
cli_out_there(const char *path)
{
	struct stat sb;

	return path != NULL && stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0;
}

void
cli_out_kept(const char *path, const char *other_kind)
{
	cli_error(other_kind != NULL ? other_kind :
	    _("%s is already there: nothing was written and the file is kept as it was. Give another name, or add --force to write over it."),
	    path);
}

void
cli_out_look(const char *path, struct cli_out_seen *seen)
{
	struct stat sb;

	memset(seen, 0, sizeof *seen);
	seen->how = CLI_OUT_SAME;
	if (lstat(path, &sb) != 0) {
		/* nothing there at all (not even a dangling link): nothing
		 * may be there when the file takes its name either */
		if (errno == ENOENT)
			seen->how = CLI_OUT_NEW;
		/* else (EACCES on the folder) nothing to compare with: the
		 * look at the end fails again, said in its own words, or
		 * finds a file, not the one seen, and keeps it */
		return;
	}
	/* what is there, as the rename would replace it: the name itself
	 * (a link, not what it points to) */
	seen->dev = sb.st_dev;
	seen->ino = sb.st_ino;
	seen->size = sb.st_size;
	seen->mtime = sb.st_mtim;
}

int
cli_out_free(const char *path, int force, int (*same_kind)(const char *path),
    const char *other_kind, struct cli_out_seen *seen)
{
	/* --force: whatever is there at the end, not only what is there now
	 * (out_force.sh, out_race.sh) */
	if (force) {
		struct cli_out_seen any = CLI_OUT_ANY;

		*seen = any;
		return 1;
	}
	/* Seen before it is judged: a file put in its place after this look
	 * (a sheet saved there while same_kind reads a bundle) is not the
	 * one seen, and is kept at the end. */
	cli_out_look(path, seen);
	if (!cli_out_there(path) || (same_kind != NULL && same_kind(path)))
		return 1;
	cli_out_kept(path, other_kind);
	return 0;
}

int
cli_out_where(const char *path, const char *failed, const char *name)
{
	char head[4200], dir[4096], in[4096 + 256], why[9000];
	struct stat sb;

	snprintf(head, sizeof head, failed, path);
	/* "backup /mnt/usb": the file would be made beside the folder and
	 * then fail to take its name, said as a disk error (exit 3) */
	if (name != NULL && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		if (cli_path_join(in, sizeof in, path, name) != 0)
			snprintf(in, sizeof in, "%s", name);
		snprintf(why, sizeof why, _("it is a folder, not a file; give the name of the file to write in it, such as %s"), in);
		cli_error("%s: %s", head, why);
		return 0;
	}
	if (name == NULL && stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return 1;
		snprintf(why, sizeof why, _("%s is a file, not a folder"), path);
		cli_error("%s: %s", head, why);
		return 0;
	}
	/* "backup nodir/x.mdb": a folder mistyped, or a stick not mounted
	 * (before, exit 3 at the end, "no such file or folder") */
	store_dir_of(path, dir, sizeof dir);
	if (stat(dir, &sb) != 0 && (errno == ENOENT || errno == ENOTDIR)) {
		snprintf(why, sizeof why, _("the folder %s does not exist; check its name (a USB stick not mounted?), or make the folder first"), dir);
		cli_error("%s: %s", head, why);
		return 0;
	}
	if (stat(dir, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
		snprintf(why, sizeof why, _("%s is a file, not a folder"), dir);
		cli_error("%s: %s", head, why);
		return 0;
	}
	return 1;
}

/* Is what lstat says of the file at a name (sb) the file seen? */
static int
out_same(const struct cli_out_seen *seen, const struct stat *sb)
{
	return sb->st_dev == seen->dev && sb->st_ino == seen->ino &&
	    sb->st_size == seen->size && sb->st_mtim.tv_sec == seen->mtime.tv_sec &&
	    sb->st_mtim.tv_nsec == seen->mtime.tv_nsec;
}

/* cli_out_still, and with *gone set to 1 when a file seen
 * (CLI_OUT_SAME) is no longer there at all. */
static int
out_still(const char *path, const struct cli_out_seen *over, int *gone)
{
	struct stat sb;

	*gone = 0;
	if (over->how == CLI_OUT_OVER)
		return 0;
	if (lstat(path, &sb) != 0) {
		if (errno != ENOENT)
			return errno;
		*gone = 1;
		return 0;
	}
	if (over->how == CLI_OUT_SAME && (out_same(over, &sb) || S_ISDIR(sb.st_mode)))
		return 0;	/* (a folder: refused by the rename, EISDIR) */
	return EEXIST;
}

int
cli_out_still(const char *path, const struct cli_out_seen *over)
{
	int gone;

	return out_still(path, over, &gone);
}

int
cli_out_place(const char *tmp, const char *path, const struct cli_out_seen *over)
{
	struct stat sb;
	int e, gone;

	if (over->how == CLI_OUT_OVER)
		return rename(tmp, path) == 0 ? 0 : errno;
	if (over->how == CLI_OUT_SAME) {
		if ((e = out_still(path, over, &gone)) != 0)
			return e;
		/* The file seen, as it was: replaced.  What is left is the
		 * window between that lstat and this rename, two system calls
		 * with nothing between them: a file put at the name in it
		 * (another program's rename landing in those microseconds)
		 * is replaced.  No call closes it: rename has no "only over
		 * this inode", and RENAME_EXCHANGE (swap, look, swap back)
		 * would put the file found under the temporary name, which a
		 * stop or the next backup removes, and show the new file at
		 * the name before it is known to be allowed there.  The window
		 * that was the whole write is now that of two calls.  And the
		 * look is only as good as what lstat is told: a rewrite in
		 * place of the same size within the filesystem's time step
		 * (FAT's 2 s on a USB stick) looks unchanged, and an NFS
		 * client may answer from attributes it cached a few seconds
		 * before. */
		if (!gone)
			return rename(tmp, path) == 0 ? 0 : errno;
		/* gone meanwhile: taken as a new file, not over one that
		 * comes now */
	}
	/* Atomic: fails with EEXIST if anything took the name meanwhile. */
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return errno;
	/* A filesystem (NFS) or a kernel without it: a second name, which
	 * link gives only if there is none (EEXIST), then the temporary
	 * one removed. */
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return 0;
	}
	if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
		return errno;
	/* Nor hard links: looked at just before the rename, the best that
	 * is left (the window is that of two system calls, not of the
	 * whole export). */
	if (lstat(path, &sb) == 0)
		return EEXIST;
	return rename(tmp, path) == 0 ? 0 : errno;
}

/*
 * The new file tmp, to take path's name, opened to write: mode CLI_OUT_MODE
 * (0640) at most, whatever the umask (0022's 0644 made a bundle or a CSV
 * of donors' national ids and mobiles readable by every account on the
 * machine): its owner's and its group's, as a backup is, and narrower as a
 * narrower umask or the file it replaces has it (a bundle kept 0600 stays
 * 0600).  A temporary file left by an earlier run of the same pid is
 * truncated and narrowed too; a link there is not followed.
 */
static FILE *
out_private(const char *path, const char *tmp)
{
	struct stat sb;
	mode_t mode = CLI_OUT_MODE;
	FILE *f;
	int fd, e;

	if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		mode &= sb.st_mode | 0600;
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode)) < 0)
		return NULL;
	if (fstat(fd, &sb) != 0 || ((sb.st_mode & 07777 & ~mode) != 0 &&
	    fchmod(fd, sb.st_mode & mode) != 0) || (f = fdopen(fd, "wb")) == NULL) {
		e = errno;
		close(fd);
		unlink(tmp);
		errno = e;
		return NULL;
	}
	return f;
}

/* cli_out_open, and cli_out_open_here when stop is 0. */
static FILE *
out_open(const char *path, char *tmp, size_t n, int stop)
{
	struct stat sb;

	/* Not a file but a device, a pipe or a link to one (/dev/stdout, a
	 * FIFO a script reads): written to as it is.  A file renamed over it
	 * would replace the device or pipe with a plain file, and what was
	 * written would never reach the reader. */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)) {
		if (n > 0)
			tmp[0] = '\0';
		return fopen(path, "wb");
	}
	if ((size_t)snprintf(tmp, n, "%s.tmp%ld", path, (long)getpid()) >= n) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	/* named for removal before it is made: a stop in between leaves
	 * nothing (unlinking a name not made yet is harmless) */
	if (stop && cli_remove_on_stop_add(tmp) != 0) {
		errno = ENAMETOOLONG;
		return NULL;
	}
	return out_private(path, tmp);
}

FILE *
cli_out_open(const char *path, char *tmp, size_t n)
{
	return out_open(path, tmp, n, 1);
}

FILE *
cli_out_open_here(const char *path, char *tmp, size_t n)
{
	return out_open(path, tmp, n, 0);
}

int
cli_path_join(char *buf, size_t n, const char *dir, const char *name)
{
	size_t len = strlen(dir);

	while (len > 1 && dir[len - 1] == '/')
		len--;
	if (len == 1 && dir[0] == '/')
		len = 0;	/* the root: "/" then name */
	return snprintf(buf, n, "%.*s/%s", (int)len, dir, name) >= (int)n ? -1 : 0;
}

int
cli_out_close(FILE *f, const char *tmp, const char *path, int ok,
    const struct cli_out_seen *over)
{
	int e = 0;

	if (fflush(f) != 0 || ferror(f))
		e = errno != 0 ? errno : EIO;
	/* On the disk before it is said to be written: a USB stick is pulled
	 * out as soon as the command returns, and what was still in the
	 * page cache (the bundle's end, with its signature) is lost, or a
	 * failing stick's write error is only seen here. */
	if (ok && e == 0 && tmp[0] != '\0' && fsync(fileno(f)) != 0)
		e = errno != 0 ? errno : EIO;
	if (fclose(f) != 0 && e == 0)
		e = errno != 0 ? errno : EIO;
	if (tmp[0] == '\0')	/* written straight to a device or pipe */
		return ok ? e : 0;
	if (ok && e == 0)
		e = cli_out_place(tmp, path, over);
	if (!ok || e != 0)
		unlink(tmp);
	else
		store_sync_dir(path);
	return ok ? e : 0;
}

int
cli_out_finish(FILE *f, const char *tmp, const char *path, int ok,
    const struct cli_out_seen *over)
{
	int e;

	cli_stop_hold(1);	/* renamed or removed whole */
	e = cli_out_close(f, tmp, path, ok, over);
	cli_remove_on_stop(NULL);
	cli_stop_hold(0);
	return e;
}

static char damage_msg[1024];	/* made before the handlers are set */
static size_t damage_len;
#define STOP_MAX 16
static char stop_paths[STOP_MAX][4096];	/* cli_remove_on_stop(_add) */
static volatile sig_atomic_t stop_n;	/* how many of them are set */
static char stop_dir[4096];		/* cli_rmdir_on_stop */
static volatile sig_atomic_t stop_dir_set;
static char stop_msg[2048];		/* cli_stop_message */
static volatile sig_atomic_t stop_msg_len;
static const int stop_sigs[] = { SIGINT, SIGTERM, SIGHUP };
static const int damage_sigs[] = { SIGSEGV, SIGBUS, SIGABRT };
static struct sigaction damage_old[3];	/* the handlers found there */
static volatile sig_atomic_t damage_hit;

/* Removes the files named for a stop, then the folder (rmdir: only if
 * nothing else is in it).  Async-signal-safe: unlink and rmdir only. */
static void
stop_remove(void)
{
	sig_atomic_t i, n = stop_n;

	for (i = 0; i < n && i < STOP_MAX; i++)
		unlink(stop_paths[i]);
	if (stop_dir_set)
		rmdir(stop_dir);
}

/* AddressSanitizer (make asan) handles SIGSEGV and SIGBUS itself, to
 * report them with a stack; its report of a fault in the program's own
 * code must not be replaced by the sentence about a damaged page. */
#if defined(__SANITIZE_ADDRESS__)
#define HAVE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HAVE_ASAN 1
#endif
#endif
#ifdef HAVE_ASAN
#include <sanitizer/common_interface_defs.h>

/* Called by the sanitizer when it ends the program, after its report:
 * one of ours that a damage signal led to still ends with the sentence
 * and exit 3 (what the scripts read), the report above it. */
static void
on_asan_death(void)
{
	ssize_t w;

	if (!damage_hit)
		return;
	w = write(STDERR_FILENO, damage_msg, damage_len);
	(void)w;
	_exit(EXIT_SYSTEM);
}
#endif

static void
on_damage(int sig, siginfo_t *si, void *uc)
{
	const struct sigaction *old = NULL;
	ssize_t w;
	size_t i;

	stop_remove();
	for (i = 0; i < sizeof damage_sigs / sizeof damage_sigs[0]; i++)
		if (damage_sigs[i] == sig)
			old = &damage_old[i];
	damage_hit = 1;
	/* a handler that was there before reports first (the sanitizer's;
	 * it ends the program through on_asan_death) */
	if (old != NULL && (old->sa_flags & SA_SIGINFO) && old->sa_sigaction != NULL)
		old->sa_sigaction(sig, si, uc);
	else if (old != NULL && !(old->sa_flags & SA_SIGINFO) && old->sa_handler != SIG_DFL &&
	    old->sa_handler != SIG_IGN)
		old->sa_handler(sig);
	w = write(STDERR_FILENO, damage_msg, damage_len);
	(void)w;
	_exit(EXIT_SYSTEM);
}

void
cli_catch_damage(const char *text)
{
	struct sigaction sa, cur;
	size_t i;

	fflush(stdout);
	snprintf(damage_msg, sizeof damage_msg, "hamyar: %s\n", text);
	damage_len = strlen(damage_msg);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_damage;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof damage_sigs / sizeof damage_sigs[0]; i++) {
		/* a second call keeps the handler found by the first */
		if (sigaction(damage_sigs[i], NULL, &cur) == 0 &&
		    ((cur.sa_flags & SA_SIGINFO) == 0 || cur.sa_sigaction != on_damage))
			damage_old[i] = cur;
		sigaction(damage_sigs[i], &sa, NULL);
	}
#ifdef HAVE_ASAN
	__sanitizer_set_death_callback(on_asan_death);
#endif
}

/* cli_catch_damage while a database is opened, where no handler of ours
 * is set yet: the full-screen program's (which gives the terminal back
 * first) and a verb's own sentence are kept.  Returns 1 if it set the
 * handlers, which cli_release_damage then takes off again. */
int
cli_catch_damage_open(const char *text)
{
	struct sigaction cur;

	if (sigaction(SIGBUS, NULL, &cur) != 0)
		return 0;
	if ((cur.sa_flags & SA_SIGINFO) ? cur.sa_sigaction == on_damage :
	    cur.sa_handler != SIG_DFL)
		return 0;
	cli_catch_damage(text);
	return 1;
}

void
cli_release_damage(void)
{
	size_t i;

	for (i = 0; i < sizeof damage_sigs / sizeof damage_sigs[0]; i++)
		sigaction(damage_sigs[i], &damage_old[i], NULL);
}

static void
on_stop(int sig)
{
	sig_atomic_t said = stop_msg_len;
	ssize_t w;

	if (said > 0 && (stop_n > 0 || stop_dir_set)) {
		stop_remove();
		w = write(STDERR_FILENO, stop_msg, (size_t)said);
		(void)w;
	} else
		stop_remove();
	signal(sig, SIG_DFL);
	raise(sig);	/* delivered when this returns: the usual end */
}

/* The handlers of SIGINT, SIGTERM and SIGHUP, set once (an ignored one
 * stays ignored). */
static void
stop_catch(void)
{
	static int set;
	struct sigaction sa, old;
	size_t i;

	if (set)
		return;
	set = 1;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof stop_sigs / sizeof stop_sigs[0]; i++)
		if (sigaction(stop_sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(stop_sigs[i], &sa, NULL);
}

void
cli_stop_message(const char *text)
{
	int n;

	stop_msg_len = 0;
	if (text == NULL)
		return;
	/* after the ^C the terminal echoed, on a line of its own */
	n = snprintf(stop_msg, sizeof stop_msg, "%shamyar: %s\n",
	    isatty(STDERR_FILENO) ? "\n" : "", text);
	if (n > 0 && (size_t)n < sizeof stop_msg)
		stop_msg_len = n;
}

void
cli_remove_on_stop(const char *path)
{
	stop_n = 0;
	stop_dir_set = 0;
	stop_msg_len = 0;
	if (path != NULL)
		cli_remove_on_stop_add(path);
}

int
cli_remove_on_stop_add(const char *path)
{
	sig_atomic_t n = stop_n;

	if (n >= STOP_MAX ||
	    snprintf(stop_paths[n], sizeof stop_paths[n], "%s", path) >= (int)sizeof stop_paths[n])
		return -1;
	stop_n = n + 1;		/* the name is whole before it is counted */
	stop_catch();
	return 0;
}

int
cli_rmdir_on_stop(const char *dir)
{
	if (snprintf(stop_dir, sizeof stop_dir, "%s", dir) >= (int)sizeof stop_dir)
		return -1;
	stop_dir_set = 1;
	stop_catch();
	return 0;
}

void
cli_stop_hold(int hold)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof stop_sigs / sizeof stop_sigs[0]; i++)
		sigaddset(&set, stop_sigs[i]);
	sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

char *
cli_trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

char *
cli_id_arg(char *s, const char *station, const char **typed)
{
	char *id, bare[CORE_ID_MAX];

	*typed = s = cli_trim(s);
	if (core_id_bare(s, station, bare)) {
		/* "503": this station's TBZ-503, which the messages name
		 * (the typed number alone would not say which was tried) */
		if ((id = strdup(bare)) != NULL)
			*typed = id;
		return id;
	}
	if ((id = strdup(s)) != NULL)
		core_id_upper(id);
	return id;
}

int
cli_db_station(const struct hamyar_opts *o, char *buf)
{
	struct store *st;
	int rc;

	buf[0] = '\0';
	if (cli_db_path(o) == NULL || store_open(cli_db_path(o), STORE_RDONLY, &st) != 0)
		return -1;
	rc = store_station(st, buf);
	store_close(st);
	return rc == 0 ? 0 : -1;
}
