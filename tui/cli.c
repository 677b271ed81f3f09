/*
 * tui/cli.c — shared plumbing of the command-line verbs.
 *
 * cli_each_value is the hot loop of `date`, `check` and `text`: a million
 * stdin lines go through one process, so it reads with getline into one
 * reused buffer and writes through a large stdio buffer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/cli.h"

int
cli_each_value(int argc, char **argv, FILE *out,
    int (*fn)(const char *value, FILE *out, void *ctx), void *ctx)
{
	static char obuf[1 << 16];
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int bad = 0, i;

	setvbuf(out, obuf, _IOFBF, sizeof obuf);
	if (argc > 0) {
		for (i = 0; i < argc; i++) {
			bad |= fn(argv[i], out, ctx);
			putc('\n', out);
		}
	} else {
		while ((len = getline(&line, &cap, stdin)) >= 0) {
			while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
				line[--len] = '\0';
			bad |= fn(line, out, ctx);
			putc('\n', out);
		}
		if (ferror(stdin)) {
			free(line);
			fflush(out);
			cli_error("cannot read standard input");
			return EXIT_SYSTEM;
		}
		free(line);
	}
	if (fflush(out) != 0)
		return EXIT_SYSTEM;
	return bad ? EXIT_INVALID : EXIT_OK;
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("hamyar: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

const char *
cli_db_path(const struct hamyar_opts *o)
{
	static char path[4096];
	const char *env, *home;

	if (o != NULL && o->db != NULL && *o->db != '\0')
		return o->db;
	if ((env = getenv("HAMYAR_DB")) != NULL && *env != '\0')
		return env;
	if ((env = getenv("XDG_DATA_HOME")) != NULL && *env == '/') {
		snprintf(path, sizeof path, "%s/hamyar", env);
		return path;
	}
	if ((home = getenv("HOME")) == NULL || *home == '\0')
		return NULL;
	snprintf(path, sizeof path, "%s/.local/share/hamyar", home);
	return path;
}
