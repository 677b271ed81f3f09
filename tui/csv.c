/*
 * tui/csv.c — CSV rows in and out.
 *
 * Reading: libcsv does the RFC 4180 state machine; it is told to report
 * every unquoted CR and LF (CSV_REPALL_NL), so a row end arrives as the
 * character that ended it.  Line numbers count LF characters: those that end
 * rows and those inside quoted fields.  A lone CR (old Mac files) also
 * counts as a line end when no LF follows it.
 *
 * The separator is the comma, unless the first line has none and has
 * semicolons or tabs instead (not both): Excel writes a CSV with the list
 * separator of the machine's region, a semicolon in many (and so in its
 * "CSV UTF-8 (Comma delimited)" too, whatever the name says), and cells
 * copied from a spreadsheet into a text editor are separated by tabs.  A
 * header row is field names, which have neither, so the first line tells.
 *
 * A cell loses the invisible characters that carry nothing in it (a BOM
 * inside the file, U+FEFF; a zero width space; a word joiner: see
 * invisible_at), so that a value is stored, and compared, as it is seen.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "tui/csv.h"

struct reader {
	tui_csv_row_fn fn;
	void *ctx;
	char **fields;
	size_t nfields, cap;
	size_t line;		/* current line, 1-based */
	size_t row_line;	/* line the current row started on */
	int in_row;
	int last_cr;		/* the previous row end was a CR */
	int err;
	int stopped;
	size_t nul_line;	/* TUI_CSV_ENUL: the NUL's line */
	int to_arabic;		/* the callback asked for ؛ (not yet taken) */
};

/* The byte that stands for ؛ in the text given to libcsv: never in UTF-8
 * text, so never a cell's. */
#define ARABIC_SEP 0xff

/* b[0..n) with each ؛ (U+061B: d8 9b) outside quotes made ARABIC_SEP, in
 * place; *quoted carries the quotes' state from one call to the next (a
 * doubled quote inside a quoted cell turns it twice).  Returns the new
 * length. */
static size_t
arabic_semicolons(char *b, size_t n, int *quoted)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (b[i] == '"') {
			*quoted = !*quoted;
		} else if (!*quoted && (unsigned char)b[i] == 0xd8 && i + 1 < n &&
		    (unsigned char)b[i + 1] == 0x9b) {
			b[o++] = (char)ARABIC_SEP;
			i++;
			continue;
		}
		b[o++] = b[i];
	}
	return o;
}

/* buf[from..n) of a read (buf has room for one byte more) with its ؛
 * made ARABIC_SEP, a ؛ cut by the end of the read completed with the next
 * byte of f first.  Returns the new end. */
static size_t
arabic_chunk(FILE *f, char *buf, size_t from, size_t n, int *quoted)
{
	if (from < n && (unsigned char)buf[n - 1] == 0xd8) {
		int c = getc(f);

		if (c != EOF)
			buf[n++] = (char)c;
	}
	return from + arabic_semicolons(buf + from, n - from, quoted);
}

/* The length of a character at s (n bytes left) that a cell loses: U+FEFF
 * (a BOM: one from the middle of two files joined, or a "zero width
 * no-break space" a spreadsheet or a web page left in a cell), U+200B
 * (zero width space) and U+2060 (word joiner), none of which Persian
 * writing uses or anyone sees; 0 for any other.  ZWNJ and ZWJ, which
 * Persian writing does use, and the direction marks (kept by normalising,
 * SPEC 5) stay. */
static size_t
invisible_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n < 3 || (u[0] != 0xEF && u[0] != 0xE2))
		return 0;
	if ((u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ||
	    (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B) ||
	    (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0))
		return 3;
	return 0;
}

/* Copies the cell s (len bytes) to out without its invisible characters
 * (invisible_at); returns the length written. */
static size_t
invisible_out(char *out, const char *s, size_t len)
{
	size_t i = 0, o = 0, k;

	while (i < len) {
		if ((k = invisible_at(s + i, len - i)) != 0) {
			i += k;
			continue;
		}
		out[o++] = s[i++];
	}
	return o;
}

static void
on_field(void *data, size_t len, void *rdr)
{
	struct reader *r = rdr;
	const char *s = data;
	char *copy, **nf;
	size_t i;

	if (r->err || r->stopped)
		return;
	if (!r->in_row) {
		r->in_row = 1;
		r->row_line = r->line;
	}
	if (s == NULL)
		len = 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '\0' && !r->err) {
			/* The copy below is a C string: the cell would
			 * end at the NUL and the rest of it go unseen. */
			r->err = TUI_CSV_ENUL;
			r->nul_line = r->line;
		}
		if (s[i] == '\n')
			r->line++;
	}
	if (r->err)
		return;
	if (r->nfields == r->cap) {
		size_t ncap = r->cap ? r->cap * 2 : 16;

		if ((nf = realloc(r->fields, ncap * sizeof *nf)) == NULL) {
			r->err = TUI_CSV_ENOMEM;
			return;
		}
		memset(nf + r->cap, 0, (ncap - r->cap) * sizeof *nf);
		r->fields = nf;
		r->cap = ncap;
	}
	if ((copy = malloc(len + 1)) == NULL) {
		r->err = TUI_CSV_ENOMEM;
		return;
	}
	copy[invisible_out(copy, s, len)] = '\0';
	free(r->fields[r->nfields]);
	r->fields[r->nfields++] = copy;
}

static void
end_row(struct reader *r)
{
	size_t i;

	if (r->in_row && r->nfields > 0 && !r->err && !r->stopped) {
		/* A row of one empty field is a blank line. */
		if (!(r->nfields == 1 && r->fields[0][0] == '\0')) {
			int rc = r->fn(r->ctx, r->row_line, r->nfields, r->fields);

			if (rc == TUI_CSV_ARABIC_SEMICOLON)
				r->to_arabic = 1;
			else if (rc != 0)
				r->stopped = 1;
		}
	}
	for (i = 0; i < r->nfields; i++) {
		free(r->fields[i]);
		r->fields[i] = NULL;
	}
	r->nfields = 0;
	r->in_row = 0;
}

static void
on_row(int c, void *rdr)
{
	struct reader *r = rdr;

	end_row(r);
	if (c == '\n') {
		r->line++;
		r->last_cr = 0;
	} else if (c == '\r') {
		/* Counted when the next character is not LF (see tui_csv_read). */
		r->last_cr = 1;
	} else {
		r->last_cr = 0;
	}
}

/* The separator of the file tui_csv_read is reading in this thread
 * (tui_csv_separator). */
static _Thread_local unsigned char read_sep = ',';

unsigned char
tui_csv_separator(void)
{
	return read_sep;
}

/* The separator of a file whose first line starts at buf[0] (n bytes of
 * it): ',' unless that line, outside quotes, has no comma and semicolons or
 * tabs but not both. */
static unsigned char
separator(const char *buf, size_t n)
{
	size_t i, semis = 0, tabs = 0;
	int quoted = 0;

	for (i = 0; i < n; i++) {
		if (buf[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (buf[i] == '\n' || buf[i] == '\r')
			break;
		else if (buf[i] == ',')
			return ',';
		else if (buf[i] == ';')
			semis++;
		else if (buf[i] == '\t')
			tabs++;
	}
	if (semis > 0 && tabs == 0)
		return ';';
	if (tabs > 0 && semis == 0)
		return '\t';
	return ',';
}

/* Spaces around an unquoted cell that libcsv drops: a space, and a tab
 * unless tabs separate the cells. */
static int
space_comma(unsigned char c)
{
	return c == CSV_SPACE || c == CSV_TAB;
}

static int
space_tab(unsigned char c)
{
	return c == CSV_SPACE;
}

int
tui_csv_read(FILE *f, tui_csv_row_fn fn, void *ctx, size_t *err_line, size_t *err_col)
{
	struct csv_parser p;
	struct reader r;
	char buf[1 << 16];
	size_t n, i;
	int rc = 0, first = 1, arabic = 0, quoted = 0;

	memset(&r, 0, sizeof r);
	r.fn = fn;
	r.ctx = ctx;
	r.line = 1;
	read_sep = ',';
	if (csv_init(&p, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI) != 0)
		return TUI_CSV_ENOMEM;
	/* libcsv grows a cell's buffer by this much at a time (128 bytes by
	 * default): a 10 MB cell was 80,000 reallocs, each a copy where the
	 * allocator cannot grow in place (under ASan: 30 s a megabyte) */
	csv_set_blk_size(&p, 1 << 16);
	while ((n = fread(buf, 1, sizeof buf - 1, f)) > 0) {
		/* Lone CRs: count a CR line end unless an LF follows it. */
		size_t start = 0;

		if (arabic)
			n = arabic_chunk(f, buf, 0, n, &quoted);

		if (first) {
			first = 0;
			if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
				start = 3;
			csv_set_delim(&p, separator(buf + start, n - start));
			read_sep = csv_get_delim(&p);
			csv_set_space_func(&p, csv_get_delim(&p) == '\t' ? space_tab : space_comma);
		}

		for (i = start; i < n; i++) {
			if (r.last_cr && buf[i] != '\n' && i == start) {
				r.line++;
				r.last_cr = 0;
			}
			if (buf[i] == '\r' || buf[i] == '\n' || i + 1 == n) {
				size_t len = i + 1 - start;

				if (csv_parse(&p, buf + start, len, on_field, on_row, &r) != len) {
					/* before the end of the file: the
					 * quote that opens a quoted cell can
					 * only close at the end (csv_fini) */
					rc = csv_error(&p) == CSV_ENOMEM ? TUI_CSV_ENOMEM : TUI_CSV_EQUOTE;
					goto out;
				}
				start = i + 1;
				if (r.to_arabic && !arabic) {
					/* from the next row on (this one ended
					 * outside quotes) */
					arabic = 1;
					r.to_arabic = 0;
					csv_set_delim(&p, ARABIC_SEP);
					csv_set_space_func(&p, space_comma);
					n = arabic_chunk(f, buf, start, n, &quoted);
				}
			}
			if (r.err || r.stopped)
				goto out;
		}
	}
	if (ferror(f)) {
		rc = TUI_CSV_EIO;
		goto out;
	}
	if (csv_fini(&p, on_field, on_row, &r) != 0)
		rc = TUI_CSV_EPARSE;
	else
		end_row(&r);
out:
	if (rc == 0 && r.err)
		rc = r.err;
	if (rc == 0 && r.stopped)
		rc = TUI_CSV_ESTOP;
	if (err_line != NULL)
		*err_line = rc == TUI_CSV_ENUL ? r.nul_line : r.in_row ? r.row_line : r.line;
	/* the cell the parser gave up in: the one after those of the row it
	 * has handed on (a NUL's cell is not handed on either) */
	if (err_col != NULL)
		*err_col = r.in_row ? r.nfields + 1 : 1;
	for (i = 0; i < r.cap; i++)
		free(r.fields[i]);
	free(r.fields);
	csv_free(&p);
	return rc;
}

int
tui_csv_field(FILE *f, const char *text, int first)
{
	size_t len = strlen(text);
	int quote;
	const char *s;

	if (!first && putc(',', f) == EOF)
		return TUI_CSV_EIO;
	quote = strpbrk(text, ",\"\r\n") != NULL ||
	    (len > 0 && (text[0] == ' ' || text[len - 1] == ' '));
	if (!quote)
		return fwrite(text, 1, len, f) == len ? 0 : TUI_CSV_EIO;
	putc('"', f);
	for (s = text; *s; s++) {
		if (*s == '"')
			putc('"', f);
		putc(*s, f);
	}
	return putc('"', f) == EOF ? TUI_CSV_EIO : 0;
}

static int
formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@';
}

/* Would a spreadsheet run it, or would the import take an apostrophe off
 * it: a formula sign after any number of apostrophes. */
static int
looks_guarded(const char *text)
{
	while (*text == '\'')
		text++;
	return formula_start(*text);
}

int
tui_csv_field_text(FILE *f, const char *text, int first)
{
	char *g;
	int rc;

	if (!looks_guarded(text))
		return tui_csv_field(f, text, first);
	if ((g = malloc(strlen(text) + 2)) == NULL)
		return TUI_CSV_ENOMEM;
	g[0] = '\'';
	strcpy(g + 1, text);
	rc = tui_csv_field(f, g, first);
	free(g);
	return rc;
}

char *
tui_csv_unguard(char *text)
{
	return text[0] == '\'' && looks_guarded(text) ? text + 1 : text;
}

int
tui_csv_endrow(FILE *f)
{
	return fputs("\r\n", f) == EOF ? TUI_CSV_EIO : 0;
}

int
tui_csv_bom(FILE *f)
{
	return fputs("\xEF\xBB\xBF", f) == EOF ? TUI_CSV_EIO : 0;
}

const char *
tui_csv_strerror(int code)
{
	switch (code) {
	case 0: return "success";
	case TUI_CSV_EPARSE: return "malformed CSV";
	case TUI_CSV_EQUOTE: return "malformed CSV: a quote out of place";
	case TUI_CSV_ENOMEM: return "out of memory";
	case TUI_CSV_EIO: return "read error";
	case TUI_CSV_ESTOP: return "stopped";
	case TUI_CSV_ENUL: return "a NUL byte: not a text file";
	default: return "unknown error";
	}
}
