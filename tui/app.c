/* tui/app.c — placeholder for the full-screen program (issue 5). */
#include "locale/catalog.h"
#include "tui/cli.h"

int
tui_main(const struct hamyar_opts *o)
{
	(void)o;
	cli_error(_("the full-screen program is not available in this version"));
	return EXIT_SYSTEM;
}
