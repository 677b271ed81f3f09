/*
 * tests/tui/test_csv.c — CSV reading (line numbers, BOM, RFC 4180 quoting)
 * and writing (round trip through the reader, minimal quoting).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/csv.h"
#include "tui/json.h"

struct got {
	size_t nrows;
	size_t lines[16];
	size_t nfields[16];
	char cells[16][8][128];
};

static int
collect(void *ctx, size_t line, size_t nfields, char *const *fields)
{
	struct got *g = ctx;
	size_t i;

	if (g->nrows >= 16)
		return 1;
	g->lines[g->nrows] = line;
	g->nfields[g->nrows] = nfields;
	for (i = 0; i < nfields && i < 8; i++)
		snprintf(g->cells[g->nrows][i], 128, "%s", fields[i]);
	g->nrows++;
	return 0;
}

static int
read_str(const char *text, size_t len, struct got *g, size_t *err_line, size_t *err_col)
{
	FILE *f = fmemopen((void *)text, len, "r");
	int rc;

	assert_non_null(f);
	memset(g, 0, sizeof *g);
	rc = tui_csv_read(f, collect, g, err_line, err_col);
	fclose(f);
	return rc;
}

static void
test_bom_crlf_quotes(void **state)
{
	static const char in[] =
	    "\xEF\xBB\xBF\"id\",name,notes\r\n"
	    "TBZ-1,\"علی‌رضا کریمی\",\"گفت \"\"سلام\"\"\"\r\n"
	    "\r\n"
	    "TBZ-2,\"چند\nخطی\nیادداشت\",x\r\n"
	    "TBZ-3,فاطمه,\r\n";
	struct got g;

	(void)state;
	assert_int_equal(read_str(in, sizeof in - 1, &g, NULL, NULL), 0);
	assert_int_equal(g.nrows, 4);
	assert_string_equal(g.cells[0][0], "id");	/* BOM gone, quotes gone */
	assert_string_equal(g.cells[1][1], "علی‌رضا کریمی");
	assert_string_equal(g.cells[1][2], "گفت \"سلام\"");
	assert_int_equal(g.lines[0], 1);
	assert_int_equal(g.lines[1], 2);
	assert_int_equal(g.lines[2], 4);	/* line 3 is blank */
	assert_string_equal(g.cells[2][1], "چند\nخطی\nیادداشت");
	assert_int_equal(g.lines[3], 7);	/* the quoted field spans 4..6 */
	assert_int_equal(g.nfields[3], 3);
	assert_string_equal(g.cells[3][2], "");
}

static void
test_lf_only_and_no_final_newline(void **state)
{
	static const char in[] = "a,b\n1,2\n\n\n3,4";
	struct got g;

	(void)state;
	assert_int_equal(read_str(in, sizeof in - 1, &g, NULL, NULL), 0);
	assert_int_equal(g.nrows, 3);
	assert_int_equal(g.lines[2], 5);
	assert_string_equal(g.cells[2][1], "4");
}

static void
test_malformed(void **state)
{
	static const char in[] = "a,b\n1,\"unterminated\n";
	static const char in2[] = "a,b,c\n1,2,3\n\"x\ny\n";
	struct got g;
	size_t line = 0, col = 0;

	(void)state;
	assert_int_equal(read_str(in, sizeof in - 1, &g, &line, &col), TUI_CSV_EPARSE);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	line = col = 0;		/* the row's first cell, over two lines */
	assert_int_equal(read_str(in2, sizeof in2 - 1, &g, &line, &col), TUI_CSV_EPARSE);
	assert_int_equal(line, 3);
	assert_int_equal(col, 1);
}

/* A quote out of place before the end of the file is told apart from one
 * never closed: a cell with a quote inside (ab"c, as typed in a text
 * editor) and text after a closing quote ("ab"c). */
static void
test_quote_out_of_place(void **state)
{
	static const char in1[] = "a,b\n1,2\n3,ab\"c\n5,6\n";
	static const char in2[] = "a,b\n1,\"ab\"c\n5,6\n";
	static const char in3[] = "a,b\nx\"y,2\n";
	struct got g;
	size_t line = 0, col = 0;

	(void)state;
	assert_int_equal(read_str(in1, sizeof in1 - 1, &g, &line, &col), TUI_CSV_EQUOTE);
	assert_int_equal(line, 3);
	assert_int_equal(col, 2);
	line = col = 0;
	assert_int_equal(read_str(in2, sizeof in2 - 1, &g, &line, &col), TUI_CSV_EQUOTE);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	line = col = 0;		/* the first cell of a row */
	assert_int_equal(read_str(in3, sizeof in3 - 1, &g, &line, &col), TUI_CSV_EQUOTE);
	assert_int_equal(line, 2);
	assert_int_equal(col, 1);
}

/* A NUL byte ends a C string: the cell would be cut there, the rest of it
 * lost without a word.  The reader stops at it, naming its line (in a
 * quoted cell of two lines, the second). */
static void
test_nul(void **state)
{
	static const char in1[] = "a,b\n1,2\n3,x\0y\n5,6\n";
	static const char in2[] = "a,b\n1,\"x\ny\0z\"\n5,6\n";
	struct got g;
	size_t line = 0;

	(void)state;
	assert_int_equal(read_str(in1, sizeof in1 - 1, &g, &line, NULL), TUI_CSV_ENUL);
	assert_int_equal(line, 3);
	line = 0;
	assert_int_equal(read_str(in2, sizeof in2 - 1, &g, &line, NULL), TUI_CSV_ENUL);
	assert_int_equal(line, 3);
}

/* A callback that asks for ؛ after the first row (the header), as the
 * import does for a header of Persian Windows' Excel. */
static int
collect_arabic(void *ctx, size_t line, size_t nfields, char *const *fields)
{
	struct got *g = ctx;
	int first = g->nrows == 0;

	if (collect(ctx, line, nfields, fields) != 0)
		return 1;
	return first ? TUI_CSV_ARABIC_SEMICOLON : 0;
}

static int
read_arabic(const char *text, size_t len, struct got *g)
{
	FILE *f = fmemopen((void *)text, len, "r");
	size_t err_line = 0;
	int rc;

	assert_non_null(f);
	memset(g, 0, sizeof *g);
	rc = tui_csv_read(f, collect_arabic, g, &err_line, NULL);
	fclose(f);
	return rc;
}

static void
test_arabic_semicolon(void **state)
{
	/* after the header, cells split at ؛ outside quotes only; commas
	 * are text; a quoted ؛ and a doubled quote stay in their cell */
	static const char in[] =
	    "نوع؛نام؛یادداشت‌ها\r\n"
	    "حقیقی؛علی‌رضا كريمي؛یادداشت, با ویرگول\r\n"
	    "حقوقی؛\"شرکت؛ پارس\"؛\"گفت \"\"سلام؛\"\"\"\r\n";
	struct got g;
	char *big;
	size_t at, i, k;

	(void)state;
	assert_int_equal(read_arabic(in, sizeof in - 1, &g), 0);
	assert_int_equal(g.nrows, 3);
	assert_int_equal(g.nfields[0], 1);	/* the header: the reader's split */
	assert_int_equal(g.nfields[1], 3);
	assert_string_equal(g.cells[1][1], "علی‌رضا كريمي");
	assert_string_equal(g.cells[1][2], "یادداشت, با ویرگول");
	assert_int_equal(g.nfields[2], 3);
	assert_string_equal(g.cells[2][1], "شرکت؛ پارس");
	assert_string_equal(g.cells[2][2], "گفت \"سلام؛\"");
	assert_int_equal(g.lines[2], 3);

	/* a ؛ cut in two by the reader's buffer (65,535 bytes a read): a
	 * row's ؛ starts on the buffer's last byte, in the read that finds
	 * the header and in the next one */
	for (k = 0; k < 2; k++) {
		at = k == 0 ? 65534 : 2 * 65535 - 1;	/* the ؛'s first byte */
		big = malloc(at + 16);
		assert_non_null(big);
		memcpy(big, "h\n", 2);
		for (i = 2; i < at - 1; i++)
			big[i] = 'a';
		big[at - 1] = 'b';
		memcpy(big + at, "\xd8\x9b" "c\n", 4);
		i = at + 4;
		memcpy(big + i, "x\xd8\x9by\n", 5);
		i += 5;
		assert_int_equal(read_arabic(big, i, &g), 0);
		assert_int_equal(g.nrows, 3);
		assert_int_equal(g.nfields[1], 2);
		assert_int_equal(strlen(g.cells[1][0]), 127);	/* cut by collect */
		assert_string_equal(g.cells[1][1], "c");
		assert_int_equal(g.nfields[2], 2);
		assert_string_equal(g.cells[2][0], "x");
		assert_string_equal(g.cells[2][1], "y");
		free(big);
	}
}

static void
test_write_roundtrip(void **state)
{
	const char *cells[] = { "TBZ-7", "ساده", "a,b", "say \"hi\"", " lead", "two\nlines", "" };
	char *buf = NULL;
	size_t len = 0, i;
	FILE *f = open_memstream(&buf, &len);
	struct got g;

	(void)state;
	assert_non_null(f);
	assert_int_equal(tui_csv_bom(f), 0);
	for (i = 0; i < 7; i++)
		assert_int_equal(tui_csv_field(f, cells[i], i == 0), 0);
	assert_int_equal(tui_csv_endrow(f), 0);
	fclose(f);
	assert_string_equal(buf, "\xEF\xBB\xBFTBZ-7,ساده,\"a,b\",\"say \"\"hi\"\"\",\" lead\",\"two\nlines\",\r\n");
	assert_int_equal(read_str(buf, len, &g, NULL, NULL), 0);
	assert_int_equal(g.nrows, 1);
	assert_int_equal(g.nfields[0], 7);
	for (i = 0; i < 7; i++)
		assert_string_equal(g.cells[0][i], cells[i]);
	free(buf);
}

/* A text written by tui_csv_field_text and read back through
 * tui_csv_unguard is the text: a formula is guarded by an apostrophe, and
 * a text that itself begins with apostrophes before a formula sign keeps
 * them ('=x is not read back as =x). */
static void
test_guard_roundtrip(void **state)
{
	const char *cells[] = { "=1+2", "'=1+2", "''@x", "-نکته", "'abc", "'", "abc", "" };
	const char *want[] = { "'=1+2", "''=1+2", "'''@x", "'-نکته", "'abc", "'", "abc", "" };
	size_t n = sizeof cells / sizeof cells[0], i;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct got g;

	(void)state;
	assert_non_null(f);
	for (i = 0; i < n; i++)
		assert_int_equal(tui_csv_field_text(f, cells[i], i == 0), 0);
	assert_int_equal(tui_csv_endrow(f), 0);
	fclose(f);
	assert_int_equal(read_str(buf, len, &g, NULL, NULL), 0);
	assert_int_equal(g.nfields[0], (int)n);
	for (i = 0; i < n; i++) {
		assert_string_equal(g.cells[0][i], want[i]);
		assert_string_equal(tui_csv_unguard(g.cells[0][i]), cells[i]);
	}
	free(buf);
}

static void
test_json_string(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	(void)state;
	tui_json_string(f, "می‌شود \"x\"\\\n\t\x01");
	fclose(f);
	assert_string_equal(buf, "\"می‌شود \\\"x\\\"\\\\\\n\\t\\u0001\"");
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bom_crlf_quotes),
		cmocka_unit_test(test_lf_only_and_no_final_newline),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_quote_out_of_place),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_arabic_semicolon),
		cmocka_unit_test(test_write_roundtrip),
		cmocka_unit_test(test_guard_roundtrip),
		cmocka_unit_test(test_json_string),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
