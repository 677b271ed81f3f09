/*
 * tui/cli.h — what the command-line verbs share: global options, exit
 * codes, and the loop that answers one value per argument or stdin line.
 *
 * Exit codes (SPEC §12): 0 ok, 1 invalid data, 2 usage error, 3 storage or
 * system error.  Errors go to stderr with their cause.
 */
#ifndef TUI_CLI_H
#define TUI_CLI_H

#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#define EXIT_OK	     0
#define EXIT_INVALID 1
#define EXIT_USAGE   2
#define EXIT_SYSTEM  3

struct hamyar_opts {
	const char *db;		/* --db, else $HAMYAR_DB, else XDG default; NULL until resolved */
	const char *bidi;	/* --bidi app|terminal, or NULL */
	const char *lang;	/* --lang fa|en, or NULL (fa) */
};

/* A verb: argv[0] is the verb name.  Returns an exit code. */
typedef int (*cli_verb_fn)(int argc, char **argv, const struct hamyar_opts *o);

/* Answers each value: for argv[0..argc-1], or, if argc == 0, for each line
 * of stdin as cli_read_line reads it (line end and a leading byte-order
 * mark removed).  fn writes its answer for one value to out (without the
 * newline) and returns 0 for a good value or 1 for a bad one (its answer
 * then being "error: ...").  A stdin line holding a NUL byte is not passed
 * to fn: it is answered "error: ..." here and counts as bad.  Returns
 * EXIT_OK if every value was good, EXIT_INVALID if any was bad,
 * EXIT_SYSTEM on a read or write error. */
int cli_each_value(int argc, char **argv, FILE *out,
    int (*fn)(const char *value, FILE *out, void *ctx), void *ctx);

/* Reads the next line of f into *line (a getline buffer of *cap bytes, the
 * caller frees it) as SPEC §12's verbs take stdin lines: the line end (LF,
 * with any CRs before it, so CR LF too) is dropped, and, if first is set,
 * a UTF-8 byte-order mark at its start.  NUL bytes inside the line are kept
 * and the line is NUL-terminated after them.  Returns the length of what
 * is left, or -1 at the end of the input or on a read error (ferror(f)
 * tells which). */
ssize_t cli_read_line(char **line, size_t *cap, FILE *f, int first);

/* Parses s, a whole number written in digits only (ASCII, Persian or
 * Arabic-Indic, so "۱۰" is 10; no sign, no spaces), into *out.  Returns 0,
 * -1 if s is not such a number or is below min, or CLI_TOO_LARGE if it is
 * one above max (however many digits), *out then left alone.  For options
 * like --top N: the caller names the option in its usage error. */
#define CLI_TOO_LARGE (-2)
int cli_parse_long(const char *s, long min, long max, long *out);

/* Takes option opt written "--opt VALUE" or "--opt=VALUE" at argv[*i]:
 * returns the value (advancing *i past a separate one), or NULL if argv[*i]
 * is not that option; *missing is set to 1 when it is but no value
 * follows, or what follows is another option ("--html --county": the
 * value forgotten; "--out=--x" or "--out ./--x" gives such a name). */
const char *cli_opt_value(int argc, char **argv, int *i, const char *opt, int *missing);

/* A verb's option taking a value, as cli_opt_value reads it, into *val
 * (NULL before the verb's arguments are read): returns 1 when argv[*i] is
 * opt and its value is taken, 0 when argv[*i] is not opt, and -1, the
 * usage error said (naming opt), when opt has no value (or an empty one)
 * or was given before: of "--county MRD --county TBZ" one would go unread, and which
 * was meant is not known. */
int cli_opt(int argc, char **argv, int *i, const char *opt, const char **val);

/* Returns the word a verb prints for a thing that has an identifier (a
 * role, an action, a criterion, a participation type): in English (--lang
 * en) the identifier ident itself, as typed on the command line and read
 * by scripts; in Persian the translation of label, an English msgid.
 * Static; never NULL. */
const char *cli_word(const char *ident, const char *label);

/* Writes s to out padded with spaces to |cols| display columns, as
 * printf's "%*s" pads by bytes: cols > 0 puts the spaces before s (right
 * aligned), cols < 0 after it.  Widths are what a terminal shows (a Persian
 * letter one column, ZWNJ and harakat none), so Persian text lines up in
 * columns.  A wider s is written whole. */
void cli_pad(FILE *out, const char *s, int cols);

/* Writes stored text s (a title, a name) to out as the screens show it
 * safely: the bidi embedding, override and isolate controls (U+202A-E,
 * U+2066-9), which today's normalisation removes on input but an older
 * version kept, are left out (an RLO turned the rest of the line around
 * in a terminal that orders bidi text); control characters, which no
 * terminal may get raw (ESC), become the visible placeholders of the
 * screen (␛, ␡, �, ␤).  The marks LRM, RLM and ALM are written. */
void cli_put_text(FILE *out, const char *s);
/* cli_put_text for a text stored in the database (a title, a name, a
 * place) beside figures written with flags (tui_text_amount_flags): with
 * LOC_FMT_FA_DIGITS its digits Persian, as the screens show stored text in
 * the digits of their figures, a Latin word's or code's as written
 * (loc_digits_to_fa_text: «کلانتری ۱۶», `4MP`); else as stored. */
void cli_put_stored(FILE *out, const char *s, unsigned flags);

/* The loc_amount_format flags of what a verb prints for a person from the
 * database st (tui_text_amount_flags: Persian digits, grouped by threes,
 * unless the user chose ASCII digits or --lang en), which also become the
 * digits of the screens' formatters the verb uses (tui_fa_digits:
 * tui_fmt_when, tui_fmt_amount).  st NULL: no user's choice to read
 * (Persian digits in Persian).  What a verb prints for scripts (--json,
 * CSV, rank's rows, ids) is ASCII whatever this says. */
struct store;
unsigned cli_person_digits(struct store *st);

/* printf for a sentence a person reads: each whole number it formats
 * (%d, %ld, %zu, %llu ... of any length; not %x) written in the digits
 * flags says (cli_person_digits: «۴۱۰ ردیف وارد شد»; not grouped, as
 * the verbs' counts always were: «۳۰۰۰۰ ردیف»), everything else as printf
 * writes it (%s as given, %g and %f in ASCII); a width given a number
 * is not kept.  So a catalog sentence
 * keeps its %zu, and its numbers their digits.  Returns as fprintf. */
int cli_printf(FILE *out, unsigned flags, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* cli_printf into buf (size n), NUL-terminated, cut at a character's
 * end if longer.  Returns the length it wrote whole, or -1. */
int cli_snprintf(char *buf, size_t n, unsigned flags, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Returns the display width of UTF-8 text s (its byte count if s is not
 * valid UTF-8). */
int cli_width(const char *s);

/* A record or field label (a catalog msgid) as an English sentence takes
 * it inside: "Donor" as "donor"; Persian and acronyms as they are.
 * Returns buf, or the translated label itself. */
const char *cli_label_mid(const char *label, char *buf, size_t n);

/* The name of county code for people, as tui_county_name gives it
 * (Persian, or English under --lang en; an unknown code as it is), and
 * "-" for no county, as the dashboard shows it. */
const char *cli_county_name(const char *code);

/* Drops the spaces and tabs around s, in place (a value pasted from a
 * sheet or a message).  Returns s moved past the leading ones. */
char *cli_trim(char *s);

/* A record id given as an argument, as typed or pasted: the spaces and
 * tabs around it dropped (in place; *typed is then s as typed, for the
 * messages, which quote it so), and the id it stands for returned: its
 * station code raised and its digits made ASCII (core_id_upper), so
 * "mrd-۹۹" typed on a Persian keyboard is MRD-99.  Returns a copy,
 * "" if nothing was given but blanks, or NULL for want of memory.
 * Caller frees.  A bare number ("503", "۵۰۳") is the record of that
 * number at station (this database's; NULL: none), TBZ-503, and *typed
 * is then that id too, so that a refusal names the id tried.  Zeros
 * before a number are dropped ("TBZ-0503": TBZ-503, core_id_upper). */
char *cli_id_arg(char *s, const char *station, const char **typed);
/* This database's station code into buf (CORE_STATION_MAX + 1 bytes),
 * opened to read and closed again; 0, or -1 (buf "") if it cannot be read
 * (the verb then says why when it opens it). */
int cli_db_station(const struct hamyar_opts *o, char *buf);

/* Refuses a value --county does not take, on stderr: the value, the
 * option, and every county by its code and name (as cli_county_name). */
void cli_no_county(const char *county);

/* Message s (a catalog text, as _() gives it) with its digits ASCII, for
 * the command line: some messages are shared with the screens, whose
 * Persian text writes their fixed numbers in Persian digits («کد ملی ۱۰
 * رقم دارد»); a verb's errors and warnings (stderr, and the "error: ..."
 * answers of the value verbs) give their numbers in ASCII, as their line
 * numbers (%zu) and TUI_WHEN_ASCII's dates are.  (What a verb says it did,
 * on stdout, is in the digits a person reads: cli_printf.)  Persian and Arabic-Indic digits
 * become 0-9, the Arabic thousands and decimal separators (U+066C,
 * U+066B) ',' and '.'; nothing else changes.  The result is in one of four static
 * buffers used in turn (so up to four may be passed to one printf), cut at
 * a character's end if longer than 2 KB. */
const char *cli_ascii(const char *s);

/* _(core_msg_text(m)) with ASCII digits (cli_ascii). */
const char *cli_msg(int m);

/* Prints "hamyar: " and the formatted message to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An output file written whole or not at all: cli_out_open opens a
 * temporary file beside path (its name into tmp, n bytes), first adding it
 * to the files removed on a stop (cli_remove_on_stop_add), so Ctrl-C or a
 * kill leaves no half-written file beside path; it fails with ENAMETOOLONG
 * if no more can be added.  cli_out_close closes it and, if ok and every
 * write reached the file, renames it over path, else removes it (an
 * earlier file at path is left as it was); it returns 0 or the errno of
 * what failed.  The caller clears the files named for a stop
 * (cli_remove_on_stop(NULL)) when done.  A path that is a device or a pipe
 * (or a link to one) is written to directly (tmp "").
 *
 * cli_out_finish is cli_out_close for the one file of a verb: with the
 * stop signals held while it renames or removes it, and the files named
 * for a stop cleared after.
 *
 * over is what cli_out_free saw at the start, carried to the end
 * (struct cli_out_seen): with CLI_OUT_NEW (nothing was at path when the
 * verb began) the file takes its name only if nothing took it meanwhile;
 * with CLI_OUT_SAME (a file there that may be replaced: an empty one, an
 * earlier bundle or backup) only over that same file, unchanged.  Else
 * the file found there is kept as it is, the new one removed, and EEXIST
 * returned, for the caller to say what cli_out_kept says, with the exit
 * status of the check at the start: a file that appeared, or took the
 * place of the one seen, while the verb wrote is never replaced unless
 * --force was given (CLI_OUT_OVER). */
/* How an output file may take its name at the end, and the file it may
 * replace: CLI_OUT_NEW, only if nothing is there (renameat2's
 * RENAME_NOREPLACE); CLI_OUT_SAME, over the file seen at the start if it
 * is still the one there, as it was (same device and inode, same size and
 * modification time: one rewritten in place is another file now), or
 * where nothing is left, as CLI_OUT_NEW; CLI_OUT_OVER, over whatever is
 * there (--force: the administrator said to replace what is at that name,
 * whatever it is by then). */
#define CLI_OUT_NEW  1
#define CLI_OUT_OVER 2
#define CLI_OUT_SAME 3
struct cli_out_seen {
	int how;		/* CLI_OUT_NEW, CLI_OUT_SAME or CLI_OUT_OVER */
	dev_t dev;		/* CLI_OUT_SAME: what lstat said of it */
	ino_t ino;
	off_t size;
	struct timespec mtime;
};
/* A cli_out_seen that replaces whatever is there (CLI_OUT_OVER). */
#define CLI_OUT_ANY { CLI_OUT_OVER, 0, 0, 0, { 0, 0 } }
/* May path, an output file a verb was told to write, be written?  An
 * administrator who mistypes a name must not lose the file it names, so a
 * file already there with something in it is written over only with
 * force (the verb's --force) or when same_kind (NULL for none) says it is
 * one the verb writes itself (an earlier bundle).  Nothing there, an empty
 * file (mktemp's), a device or a pipe (/dev/stdout) and a folder (which
 * the writer refuses in its own words) may be.  Returns 1, or 0 after
 * saying on stderr that path is there and kept, naming it; other_kind is
 * the message then (NULL: the general one), with one %s for path.  When
 * path may be written, *seen says how it may take its name at the end
 * (cli_out_close's over): CLI_OUT_OVER with force, CLI_OUT_SAME and the
 * file seen if one is there that may be replaced (looked at before it is
 * judged, so a file put in its place after the look is not the one seen),
 * CLI_OUT_NEW if nothing was there. */
int cli_out_free(const char *path, int force, int (*same_kind)(const char *path),
    const char *other_kind, struct cli_out_seen *seen);
/* Is path a place a file can be written?  A folder given for the file
 * (`--out /mnt/usb`, the stick's mount point), a folder that does not
 * exist (a stick not mounted, a name mistyped) or a file where a folder
 * should be is the user's path to correct, said on stderr after failed
 * (one %s for path: "backup to %s failed") and 0 returned, a usage error
 * (exit 2); a folder gets a name to write in it, folder/name.  name NULL:
 * path is to be a folder (`export all --out DIR`), made if it is not
 * there; only the folder it would be made in is looked at.  Else 1.
 * backup, export, report --html and sync export --out share it. */
int cli_out_where(const char *path, const char *failed, const char *name);
/* What is at path now, into *seen, for a file that may replace it
 * (cli_out_free's answer but for a file it keeps; a screen's after its
 * question, cli_out_there): CLI_OUT_NEW if nothing at all is there
 * (lstat: ENOENT, not even a dangling link), else CLI_OUT_SAME and what
 * lstat says of it. */
void cli_out_look(const char *path, struct cli_out_seen *seen);
/* What cli_out_free says of a file it keeps (other_kind as there), for a
 * file found at path only at the end (cli_out_close's EEXIST). */
void cli_out_kept(const char *path, const char *other_kind);
/* 0 if a file may take the name path as over says (nothing there for
 * CLI_OUT_NEW; the file seen, unchanged, or nothing, for CLI_OUT_SAME;
 * anything for CLI_OUT_OVER), EEXIST if not, or the errno of lstat.  A
 * look only, for a verb that places several files to see that none
 * would be refused before it places the first (export all --out DIR):
 * cli_out_place looks again. */
int cli_out_still(const char *path, const struct cli_out_seen *over);
/* tmp renamed to path as over says (cli_out_still).  Returns 0 or an
 * errno: EEXIST if over does not let it take the place of what is there
 * now (tmp then left as it was). */
int cli_out_place(const char *tmp, const char *path, const struct cli_out_seen *over);
/* 1 if a file with something in it is at path (a regular file, not
 * empty): what cli_out_free keeps, and a screen asks about before writing
 * over (a letter). */
int cli_out_there(const char *path);

/* The mode of a file cli_out_open writes (a bundle, an export, a report's
 * page, a letter), at most, whatever the umask: the owner's to write, the
 * group's to read, as a backup (store_backup_checked); nobody else's. */
#define CLI_OUT_MODE 0640
FILE *cli_out_open(const char *path, char *tmp, size_t n);
/* cli_out_open for a screen (a letter written from it): the temporary file
 * is not named for removal on a stop, whose handlers would replace the
 * screen's own (tui/screen.c: a stop there is taken after the write, which
 * cli_out_close ends, renamed or removed, before the next key is read). */
FILE *cli_out_open_here(const char *path, char *tmp, size_t n);
int cli_out_close(FILE *f, const char *tmp, const char *path, int ok,
    const struct cli_out_seen *over);
int cli_out_finish(FILE *f, const char *tmp, const char *path, int ok,
    const struct cli_out_seen *over);

/* dir and name joined into buf (n bytes) with one '/' between them,
 * whatever slashes dir ends with ("exp/" and "exp//" give "exp/x.csv", as
 * "exp" does; "/" gives "/x.csv").  Returns 0, or -1 if buf is too small
 * (buf then holds the start). */
int cli_path_join(char *buf, size_t n, const char *dir, const char *name);

/* From here on, a segmentation fault, a bus error or an abort (what LMDB
 * does on a page it cannot make sense of: it keeps no checksums) ends the
 * verb with "hamyar: TEXT" on stderr and exit 3 instead of the shell's
 * "Segmentation fault".  TEXT is copied; a later call replaces it.  A
 * handler that was there before (AddressSanitizer's, in make asan) runs
 * first, so that its report is not hidden; the program still ends with
 * TEXT and exit 3. */
void cli_catch_damage(const char *text);

/* The same while a database is opened (LMDB reads its first pages there:
 * a damaged one killed every verb and the full-screen program with the
 * shell's "Bus error"), unless a handler is there already that is not
 * AddressSanitizer's (the full-screen program's, a verb's own).  Returns 1
 * if it set them; cli_release_damage then puts back what was there. */
int cli_catch_damage_open(const char *text);
void cli_release_damage(void);

/* From here on until cli_remove_on_stop(NULL), the file path (copied) is
 * removed when the program is stopped by SIGINT, SIGTERM or SIGHUP (which
 * then end it as they would have), or ends on damage (cli_catch_damage):
 * a half-written temporary file.  SIGINT ignored at the start (a
 * background job of a script) stays ignored. */
void cli_remove_on_stop(const char *path);

/* Adds path (copied) to the files removed on a stop, as cli_remove_on_stop
 * does, without forgetting those named before (up to 16: the temporary
 * files of `export all`).  Returns 0, or -1 if full or path too long. */
int cli_remove_on_stop_add(const char *path);

/* The folder dir (copied) is removed on a stop too, after the files, if
 * nothing else is in it (a folder the program made for them).  Forgotten
 * with the files by cli_remove_on_stop.  Returns 0, or -1 if too long. */
int cli_rmdir_on_stop(const char *dir);

/* The sentence (copied; NULL: none) said on stderr, as "hamyar: TEXT", when
 * a stop removes what cli_remove_on_stop names: what the stop left as it
 * was ("backup ... stopped: nothing was written").  Said only while files
 * are named; forgotten, as they are, by cli_remove_on_stop. */
void cli_stop_message(const char *text);

/* hold 1 holds SIGINT, SIGTERM and SIGHUP back (a step that must be done
 * whole, such as renaming the files of an export into place); hold 0 lets
 * them in again: one that came meanwhile then ends the program. */
void cli_stop_hold(int hold);

/* Resolves the database directory: o->db, else $HAMYAR_DB, else
 * $XDG_DATA_HOME/hamyar, else ~/.local/share/hamyar.  Returns a static
 * buffer, or NULL if no home is known. */
const char *cli_db_path(const struct hamyar_opts *o);

/* Initialises a new database in the write transaction t for station
 * (its name, or NULL) and records login (the real uid's; NULL or "?":
 * none) as its admin, as `init` and the first start both do.  Returns 0
 * or a STORE_* code. */
struct store_txn;
int cli_init_store(struct store_txn *t, const char *station, const char *name,
    const char *login);

/* The verbs (tui/verb_*.c). */
/* 1 after saying why if the user is a clerk saved with no county (by an
 * older version: he may read no county's records), else 0. */
struct store;
int cli_clerk_without_county(struct store *st);

int verb_date(int argc, char **argv, const struct hamyar_opts *o);
int verb_check(int argc, char **argv, const struct hamyar_opts *o);
int verb_text(int argc, char **argv, const struct hamyar_opts *o);
int verb_layout(int argc, char **argv, const struct hamyar_opts *o);
int verb_ahp(int argc, char **argv, const struct hamyar_opts *o);
int verb_init(int argc, char **argv, const struct hamyar_opts *o);
int verb_demo(int argc, char **argv, const struct hamyar_opts *o);
int verb_rank(int argc, char **argv, const struct hamyar_opts *o);
int verb_match(int argc, char **argv, const struct hamyar_opts *o);
int verb_backup(int argc, char **argv, const struct hamyar_opts *o);
int verb_restore(int argc, char **argv, const struct hamyar_opts *o);
int verb_verify(int argc, char **argv, const struct hamyar_opts *o);
int verb_import(int argc, char **argv, const struct hamyar_opts *o);
int verb_export(int argc, char **argv, const struct hamyar_opts *o);
int verb_report(int argc, char **argv, const struct hamyar_opts *o);
int verb_sync(int argc, char **argv, const struct hamyar_opts *o);
int verb_user(int argc, char **argv, const struct hamyar_opts *o);
/* `user passwd ali`, `hamyar lock ali` (top): says the command that does
 * what such a word asks for, if it is one, and returns 1 (exit 2). */
int verb_user_hint(int argc, char **argv, int top);
int verb_audit(int argc, char **argv, const struct hamyar_opts *o);

/* The full-screen program (tui/app.c). */
int tui_main(const struct hamyar_opts *o);

#endif
