/* verb_store.c — placeholder until its issue lands; each verb here says so and exits 3. */
#include "locale/catalog.h"
#include "tui/cli.h"

int
verb_init(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "init");
	return EXIT_SYSTEM;
}

int
verb_demo(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "demo");
	return EXIT_SYSTEM;
}

int
verb_rank(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "rank");
	return EXIT_SYSTEM;
}

int
verb_match(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "match");
	return EXIT_SYSTEM;
}

int
verb_backup(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "backup");
	return EXIT_SYSTEM;
}

int
verb_verify(int argc, char **argv, const struct hamyar_opts *o)
{
	(void)argc; (void)argv; (void)o;
	cli_error(_("'%s' is not available in this version"), "verify");
	return EXIT_SYSTEM;
}

