/*
 * tui/verb_check.c — `hamyar check nid|legal|mobile|phone|postal|sheba
 * [VALUE ...]` (SPEC §12).
 *
 * Each value (argument, or stdin line when there are none) is answered on
 * its own line, in input order: "ok", "warning: MESSAGE" or "error:
 * MESSAGE", the message in the UI language (Persian unless --lang en).  The
 * normalised value is not printed: the verb answers "is this valid?".
 * Exit 0 when no value is an error, 1 when any is, 2 for an unknown kind.
 */
#include <stdio.h>
#include <string.h>

#include "core/validate.h"
#include "locale/catalog.h"
#include "tui/cli.h"

struct kind {
	const char *name;
	int (*check)(const char *, char *, size_t, enum core_msg *);
};

static const struct kind kinds[] = {
	{ "nid", core_check_nid }, { "legal", core_check_legal },
	{ "mobile", core_check_mobile }, { "phone", core_check_phone },
	{ "postal", core_check_postal }, { "sheba", core_check_sheba },
};

static int
check_one(const char *value, FILE *out, void *ctx)
{
	const struct kind *k = ctx;
	char norm[64];
	enum core_msg m = CORE_MSG_OK;
	int sev = k->check(value, norm, sizeof(norm), &m);

	if (sev == CORE_SEV_OK) {
		fputs("ok", out);
		return 0;
	}
	fprintf(out, "%s: %s", sev == CORE_SEV_WARNING ? "warning" : "error",
	    cli_msg(m));	/* ASCII digits, as the screen's are not */
	return sev == CORE_SEV_ERROR;
}

int
verb_check(int argc, char **argv, const struct hamyar_opts *o)
{
	const struct kind *k = NULL;
	size_t i;

	(void)o;
	if (argc < 2) {
		cli_error("%s", _("usage: hamyar check nid|legal|mobile|phone|postal|sheba [VALUE ...]"));
		return EXIT_USAGE;
	}
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(argv[1], kinds[i].name) == 0)
			k = &kinds[i];
	if (k == NULL) {
		cli_error(_("check: unknown kind '%s' (nid, legal, mobile, phone, postal or sheba)"),
		    argv[1]);
		return EXIT_USAGE;
	}
	return cli_each_value(argc - 2, argv + 2, stdout, check_one, (void *)k);
}
