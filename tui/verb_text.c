/*
 * tui/verb_text.c — `hamyar text normalize|key|digits-fa|digits-en`
 * (SPEC §12): the Persian text layer of locale/ on standard input.
 *
 * Every stdin line is one value and gets one answer line, in input order:
 * normalize prints the stored form (loc_text_normalize), key the search key
 * (loc_text_key), digits-fa and digits-en the line with its digits turned
 * Persian or ASCII.  A line that is not valid UTF-8 answers "error: REASON"
 * (the prefix stays ASCII for scripts) and makes the exit status 1.  Values
 * on the command line are a usage error: SPEC gives this verb stdin only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/text.h"
#include "tui/cli.h"

static int
answer(const char *value, FILE *out, void *ctx)
{
	char *(*fn)(const char *) = *(char *(**)(const char *))ctx;
	char *r;

	if (!loc_utf8_valid(value, strlen(value))) {
		fputs("error: ", out);
		fputs(_("not valid UTF-8"), out);
		return 1;
	}
	if ((r = fn(value)) == NULL) {
		fputs("error: ", out);
		fputs(_("out of memory"), out);
		return 1;
	}
	fputs(r, out);
	free(r);
	return 0;
}

static void
usage(FILE *f)
{
	fputs(_("usage: hamyar text normalize|key|digits-fa|digits-en\n"), f);
	fputs(_("Reads standard input and answers each line on its own line.\n"), f);
}

int
verb_text(int argc, char **argv, const struct hamyar_opts *o)
{
	static const struct {
		const char *name;
		char *(*fn)(const char *);
	} ops[] = {
		{ "normalize", loc_text_normalize },
		{ "key", loc_text_key },
		{ "digits-fa", loc_digits_to_fa },
		{ "digits-en", loc_digits_to_ascii },
	};
	char *(*fn)(const char *) = NULL;
	size_t i;

	(void)o;
	if (argc < 2) {
		cli_error("%s", _("text needs normalize, key, digits-fa or digits-en"));
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	for (i = 0; i < sizeof ops / sizeof ops[0]; i++)
		if (strcmp(argv[1], ops[i].name) == 0)
			fn = ops[i].fn;
	if (fn == NULL) {
		cli_error(_("unknown text operation '%s' (use normalize, key, digits-fa or digits-en)"),
		    argv[1]);
		usage(stderr);
		return EXIT_USAGE;
	}
	if (argc > 2) {
		cli_error("%s", _("text reads its values from standard input, one per line"));
		usage(stderr);
		return EXIT_USAGE;
	}
	return cli_each_value(0, NULL, stdout, answer, &fn);
}
