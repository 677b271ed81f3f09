/*
 * Fuzz target: the CSV import — tui/csv.h's reader, and the import's
 * row -> record checks and write (tui/verb_exchange.c, through verb_import).
 *
 * Input: byte 0 picks the kind (one of the eight importable kinds), whether
 * the import really writes (bit 7) or is a --dry-run, and whether the verb
 * runs at all (bits 4-6 clear, one input in eight: it is slow, a thread
 * and a database open per input); the rest is the CSV file.  Each input is:
 *   1. read with tui_csv_read from memory: the callback checks that line
 *      numbers never go back and every field is a NUL-terminated string;
 *      the result is a TUI_CSV_* code; the first row names columns (English
 *      field names), and every later row becomes a record through
 *      core_field_parse and core_record_validate, as the import does;
 *   2. (bits 4-6 clear) imported with `hamyar import KIND FILE [--dry-run]` (verb_import,
 *      the verb's own function) into a scratch database made once, so the
 *      header matching, every field's parse, the whole-record checks and
 *      the store's unique/reference checks all see the bytes.  The exit
 *      code must be one of SPEC §12's (0-3).
 * The verbs' messages go to /dev/null (the stdio streams, not fd 2, so
 * sanitizer reports still show).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/record.h"
#include "core/validate.h"
#include "store/store.h"
#include "tui/cli.h"
#include "tui/csv.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[256], dbpath[300], csvpath[300];
static struct hamyar_opts opts;

static const char *const kinds[] = { "groups", "donors", "units", "needs", "pledges",
	"payments", "stages", "recognitions" };

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "فاز");
}

static void
cleanup(void)
{
	char cmd[400];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct store *st;
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof dir, "%s/fuzz_csv.XXXXXX", tmp ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL)
		abort();
	atexit(cleanup);
	snprintf(dbpath, sizeof dbpath, "%s/db", dir);
	snprintf(csvpath, sizeof csvpath, "%s/in.csv", dir);
	setenv("HAMYAR_MAP_INIT", "64M", 1);
	if (store_open(dbpath, STORE_CREATE | STORE_NOSYNC, &st) != 0 ||
	    store_write(st, init_fn, (void *)"TBZ") != 0)
		abort();
	store_close(st);
	opts.db = dbpath;
	opts.lang = "en";
	/* Quiet the verbs; libFuzzer and the sanitizers write to fd 2 or
	 * their own stream. */
	stdout = fopen("/dev/null", "w");
	stderr = fopen("/dev/null", "w");
	if (stdout == NULL || stderr == NULL)
		abort();
	return 0;
}

struct seen {
	size_t last_line;
	size_t rows;
	const struct core_schema *s;
	int col[64];		/* column -> field, -1 none */
	size_t ncols;
};

static int
row(void *ctx, size_t line, size_t nfields, char *const *fields)
{
	struct seen *s = ctx;
	size_t i, total = 0;

	if (line < s->last_line || line == 0 || nfields == 0)
		abort();
	s->last_line = line;
	for (i = 0; i < nfields; i++)
		total += strlen(fields[i]);	/* each must be a string */
	if (s->rows++ == 0) {
		for (i = 0; i < nfields && i < 64; i++)
			s->col[i] = core_field_find(s->s, fields[i]);
		s->ncols = i;
	} else {
		struct core_record *r = core_record_new(s->s->kind);
		struct core_issues all;
		struct core_issue is;
		int sev;

		if (r == NULL)
			return 1;
		for (i = 0; i < nfields && i < s->ncols; i++) {
			if (s->col[i] < 0)
				continue;
			sev = core_field_parse(r, s->col[i], fields[i], &is);
			if (sev != CORE_ENOMEM && (sev < CORE_SEV_OK || sev > CORE_SEV_ERROR))
				abort();
		}
		sev = core_record_validate(r, NULL, &all);
		if (sev < CORE_SEV_OK || sev > CORE_SEV_ERROR)
			abort();
		core_record_free(r);
	}
	return total > (1u << 30);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seen s;
	char *argv[5];
	size_t err_line = 0, err_col = 0;
	FILE *f;
	int rc;

	if (size < 1)
		return 0;
	memset(&s, 0, sizeof s);
	s.s = core_schema_get((enum core_kind)core_kind_from_name(kinds[(data[0] & 0x0f) % 8]));
	/* 1. the reader, and rows to records */
	if (size > 1 && (f = fmemopen((void *)(data + 1), size - 1, "r")) != NULL) {
		rc = tui_csv_read(f, row, &s, &err_line, &err_col);
		fclose(f);
		if (rc != 0 && rc != TUI_CSV_EPARSE && rc != TUI_CSV_EQUOTE &&
		    rc != TUI_CSV_ENUL && rc != TUI_CSV_ENOMEM && rc != TUI_CSV_ESTOP)
			abort();
		if ((rc == TUI_CSV_EPARSE || rc == TUI_CSV_EQUOTE || rc == TUI_CSV_ENUL) &&
		    (err_line == 0 || err_col == 0))
			abort();
	}
	/* 2. the import */
	if (data[0] & 0x70)
		return 0;
	if ((f = fopen(csvpath, "wb")) == NULL)
		abort();
	if (size > 1 && fwrite(data + 1, 1, size - 1, f) != size - 1)
		abort();
	fclose(f);
	argv[0] = "import";
	argv[1] = (char *)kinds[(data[0] & 0x0f) % 8];
	argv[2] = csvpath;
	argv[3] = (data[0] & 0x80) ? NULL : "--dry-run";
	argv[4] = NULL;
	rc = verb_import(argv[3] ? 4 : 3, argv, &opts);
	if (rc < EXIT_OK || rc > EXIT_SYSTEM)
		abort();
	return 0;
}
