/* verb_exchange.c — placeholder until its issue lands; each verb here says so and exits 3. */
#include "locale/catalog.h"
#include "tui/cli.h"

int
verb_import(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "import");
	return EXIT_SYSTEM;
}

int
verb_export(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "export");
	return EXIT_SYSTEM;
}

int
verb_report(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "report");
	return EXIT_SYSTEM;
}

int
verb_sync(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "sync");
	return EXIT_SYSTEM;
}

