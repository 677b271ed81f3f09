/*
 * tui/main.c — the hamyar program: global options, then a verb or the TUI.
 *
 * Global options come before the verb: --db DIR, --bidi MODE, --lang LANG,
 * --help, --version.  Each verb parses its own arguments (tui/verb_*.c).
 * With no verb the full-screen program starts (tui/app.c).
 */
#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "tui/cli.h"

/* own_help: the verb answers --help itself (with more than its synopsis);
 * for the others main prints synopsis, the verb's lines of usage() below. */
static const struct {
	const char *name;
	cli_verb_fn fn;
	int own_help;
	const char *synopsis;
} verbs[] = {
	{ "init", verb_init, 0, "init --station CODE [--name TEXT]" },
	{ "demo", verb_demo, 0, "demo [--size N]" },
	{ "date", verb_date, 1, NULL },
	{ "check", verb_check, 0, "check nid|legal|mobile|phone|postal|sheba [VALUE ...]" },
	{ "text", verb_text, 1, NULL },
	{ "layout", verb_layout, 1, NULL },
	{ "import", verb_import, 0,
	    "import KIND FILE.csv | all DIR [--dry-run] [--allow-repeats]\n"
	    "    KIND: donors|groups|units|needs|pledges|payments|stages|recognitions" },
	{ "export", verb_export, 0,
	    "export KIND|all [--format csv|json] [--headers en|fa] [--overdue] [--out FILE [--force]]\n"
	    "    KIND: donors|groups|units|needs|pledges|payments|stages|recognitions" },
	{ "ahp", verb_ahp, 1, NULL },
	{ "rank", verb_rank, 0, "rank [--method topsis|saw] [--county C] [--top N] [--id ID] [--explain] [--json]" },
	{ "match", verb_match, 0, "match donor ID | need ID" },
	{ "report", verb_report, 0, "report [--html FILE [--force]] [--county C]" },
	{ "sync", verb_sync, 0,
	    "sync export --to PEER [--out FILE [--force]] | import FILE|- | push [USER@]HOST | conflicts [--clocks] [--all]\n"
	    "  sync resolve ID mine|theirs|merge|FIELD,... | key [--new] | trust STATION PUBKEY|- [--replace] | status" },
	{ "user", verb_user, 0, "user add LOGIN --role ROLE [--county C] | remove LOGIN | list [--all]" },
	{ "audit", verb_audit, 0, "audit [--id ID] [--user LOGIN] [--since DATE]" },
	{ "backup", verb_backup, 0, "backup FILE" },
	{ "restore", verb_restore, 0, "restore FILE [--other-station]" },
	{ "verify", verb_verify, 0, "verify" },
};

/* hamyar VERB ... --help (or -h right after the verb): the verb's help on
 * stdout, exit 0, whatever else is given.  Before, most verbs took it for
 * a value: backup --help wrote a backup named "--help", report --html
 * --help a page so named, and others answered with a usage error. */
static int
verb_help(size_t k, char **argv, const struct hamyar_opts *o)
{
	char *help_argv[3];

	if (verbs[k].own_help) {
		help_argv[0] = argv[0];
		help_argv[1] = (char *)"--help";
		help_argv[2] = NULL;
		return verbs[k].fn(2, help_argv, o);
	}
	printf(_("usage: hamyar %s"), verbs[k].synopsis);
	putchar('\n');
	fputs(_("See hamyar(1) for details.\n"), stdout);
	return EXIT_OK;
}

static int
asks_help(int argc, char **argv)
{
	int j;

	if (argc > 1 && strcmp(argv[1], "-h") == 0)
		return 1;
	for (j = 1; j < argc; j++)
		if (strcmp(argv[j], "--help") == 0)
			return 1;
	return 0;
}

static void
usage(FILE *f)
{
	fputs(_("usage: hamyar [--db DIR] [--bidi app|terminal] [--lang fa|en] [VERB ...]\n"), f);
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
	    "  export KIND|all [--format csv|json] [--headers en|fa] [--overdue] [--out FILE [--force]]\n"
	    "    KIND: donors|groups|units|needs|pledges|payments|stages|recognitions\n"
	    "  ahp\n"
	    "  rank [--method topsis|saw] [--county C] [--top N] [--id ID] [--explain] [--json]\n"
	    "  match donor ID | need ID\n"
	    "  report [--html FILE [--force]] [--county C]\n"
	    "  sync export --to PEER [--out FILE [--force]] | import FILE|- | push [USER@]HOST | conflicts [--clocks] [--all]\n"
	    "  sync resolve ID mine|theirs|merge|FIELD,... | key [--new] | trust STATION PUBKEY|- [--replace] | status\n"
	    "  user add LOGIN --role ROLE [--county C] | remove LOGIN | list [--all]\n"
	    "  audit [--id ID] [--user LOGIN] [--since DATE]\n"
	    "  backup FILE | verify\n"
	    "  restore FILE [--other-station]\n", f);
	fputs(_("Also: hamyar --help (this text), hamyar --version (the version).\n"), f);
	fputs(_("See hamyar(1) for details.\n"), f);
}

/* Takes HAMYAR_LANG, written as --lang takes it or as a login's LANG is
 * ("en", "EN", "en_US.UTF-8", "fa_IR", "en-US"): its first two letters,
 * before a "_", ".", "@" or "-".  Returns 0, or -1 for any other value
 * (the language left Persian), which was passed over in silence: an
 * administrator who set HAMYAR_LANG=english was not told why the messages
 * stayed Persian. */
static int
env_lang(const char *v)
{
	char code[3];

	if (strlen(v) < 2 || (v[2] != '\0' && strchr("_.@-", v[2]) == NULL))
		return -1;
	code[0] = (char)tolower((unsigned char)v[0]);
	code[1] = (char)tolower((unsigned char)v[1]);
	code[2] = '\0';
	return loc_lang_set(code) == 0 ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct hamyar_opts o = { NULL, NULL, NULL };
	const char *v, *bad_env_lang = NULL;
	int i, missing = 0;
	size_t k;

	/* The character set must be UTF-8 whatever the login set (SPEC §7). */
	if (setlocale(LC_ALL, "") == NULL || strstr(setlocale(LC_CTYPE, NULL), "UTF-8") == NULL)
		if (setlocale(LC_CTYPE, "C.UTF-8") == NULL)
			setlocale(LC_CTYPE, "C.utf8");
	setlocale(LC_NUMERIC, "C");
	if ((v = getenv("HAMYAR_LANG")) != NULL && *v != '\0' && env_lang(v) != 0)
		bad_env_lang = v;	/* said once --lang is known not given */

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("hamyar %s\n", HAMYAR_VERSION);
			return EXIT_OK;
		} else if ((v = cli_opt_value(argc, argv, &i, "--db", &missing)) != NULL) {
			if (*v == '\0') {
				/* --db "$DIR" with DIR unset: not the default
				 * database, which a write would then change */
				cli_error(_("option %s needs a value"), "--db");
				return EXIT_USAGE;
			}
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
	if (bad_env_lang != NULL && o.lang == NULL)
		cli_error(_("HAMYAR_LANG is '%s', not fa or en: Persian is used"), bad_env_lang);
	if (i == argc)
		return tui_main(&o);
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (strcmp(argv[i], verbs[k].name) == 0) {
			if (asks_help(argc - i, argv + i))
				return verb_help(k, argv + i, &o);
			return verbs[k].fn(argc - i, argv + i, &o);
		}
	/* `hamyar passwd ali`: the command that does it, not the verbs */
	if (verb_user_hint(argc - i + 1, argv + i - 1, 1))
		return EXIT_USAGE;
	cli_error(_("unknown verb '%s'"), argv[i]);
	usage(stderr);
	return EXIT_USAGE;
}
