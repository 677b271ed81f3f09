/*
 * tui/main.c — the hamyar program: global options, then a verb or the TUI.
 *
 * Global options come before the verb: --db DIR, --bidi MODE, --lang LANG,
 * --help, --version.  Each verb parses its own arguments (tui/verb_*.c).
 * With no verb the full-screen program starts (tui/app.c).
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "tui/cli.h"

static const struct {
	const char *name;
	cli_verb_fn fn;
} verbs[] = {
	{ "init", verb_init },	   { "demo", verb_demo },
	{ "date", verb_date },	   { "check", verb_check },
	{ "text", verb_text },	   { "layout", verb_layout },
	{ "import", verb_import }, { "export", verb_export },
	{ "ahp", verb_ahp },	   { "rank", verb_rank },
	{ "match", verb_match },   { "report", verb_report },
	{ "sync", verb_sync },	   { "user", verb_user },
	{ "audit", verb_audit },   { "backup", verb_backup },
	{ "verify", verb_verify },
};

static void
usage(FILE *f)
{
	fputs(_("Usage: hamyar [--db DIR] [--bidi app|terminal] [--lang fa|en] [VERB ...]\n"), f);
	fputs(_("With no verb, opens the full-screen program.\n"), f);
	fputs(_("Verbs:\n"), f);
	fputs(
	    "  init --station CODE [--name TEXT]\n"
	    "  demo [--size N]\n"
	    "  date j2g|g2j [DATE ...]\n"
	    "  check nid|legal|mobile|phone|postal|sheba [VALUE ...]\n"
	    "  text normalize|key|digits-fa|digits-en\n"
	    "  layout [--dir rtl|ltr|auto] [--no-shape]\n"
	    "  import KIND FILE.csv | all DIR [--dry-run] [--allow-repeats]\n"
	    "  export KIND|all [--format csv|json] [--out FILE]\n"
	    "    KIND: donors|groups|units|needs|pledges|payments|stages|recognitions\n"
	    "  ahp\n"
	    "  rank [--method topsis|saw] [--county C] [--top N] [--explain] [--json]\n"
	    "  match donor ID | need ID\n"
	    "  report [--html FILE] [--county C]\n"
	    "  sync export --to PEER [--out FILE] | import FILE|- | push [USER@]HOST | conflicts\n"
	    "  sync resolve ID mine|theirs|merge|FIELD,... | key | trust STATION PUBKEY [--replace] | status\n"
	    "  user add LOGIN --role ROLE [--county C] | remove LOGIN | list\n"
	    "  audit [--id ID] [--user LOGIN] [--since DATE]\n"
	    "  backup FILE | verify\n", f);
	fputs(_("Also: hamyar --help (this text), hamyar --version (the version).\n"), f);
	fputs(_("See hamyar(1) for details.\n"), f);
}

int
main(int argc, char **argv)
{
	struct hamyar_opts o = { NULL, NULL, NULL };
	const char *v;
	int i, missing = 0;
	size_t k;

	/* The character set must be UTF-8 whatever the login set (SPEC §7). */
	if (setlocale(LC_ALL, "") == NULL || strstr(setlocale(LC_CTYPE, NULL), "UTF-8") == NULL)
		if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
			setlocale(LC_CTYPE, "C.utf8");
	setlocale(LC_NUMERIC, "C");
	if ((v = getenv("HAMYAR_LANG")) != NULL)
		loc_lang_set(v);

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("hamyar %s\n", HAMYAR_VERSION);
			return EXIT_OK;
		} else if ((v = cli_opt_value(argc, argv, &i, "--db", &missing)) != NULL) {
			o.db = v;
		} else if ((v = cli_opt_value(argc, argv, &i, "--bidi", &missing)) != NULL) {
			if (strcmp(v, "app") != 0 && strcmp(v, "terminal") != 0) {
				cli_error(_("--bidi takes app or terminal, not '%s'"), v);
				return EXIT_USAGE;
			}
			o.bidi = v;
		} else if ((v = cli_opt_value(argc, argv, &i, "--lang", &missing)) != NULL) {
			if (loc_lang_set(v) != 0) {
				cli_error(_("--lang takes fa or en, not '%s'"), v);
				return EXIT_USAGE;
			}
			o.lang = v;
		} else {
			if (missing)
				cli_error(_("option %s needs a value"), argv[i]);
			else
				cli_error(_("unknown option '%s'"), argv[i]);
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (i == argc)
		return tui_main(&o);
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (strcmp(argv[i], verbs[k].name) == 0)
			return verbs[k].fn(argc - i, argv + i, &o);
	cli_error(_("unknown verb '%s'"), argv[i]);
	usage(stderr);
	return EXIT_USAGE;
}
