/* verb_date.c — placeholder until its issue lands; each verb here says so and exits 3. */
#include "locale/catalog.h"
#include "tui/cli.h"

int
verb_date(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "date");
	return EXIT_SYSTEM;
}

